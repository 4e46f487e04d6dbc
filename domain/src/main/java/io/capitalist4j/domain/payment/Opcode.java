package io.capitalist4j.domain.payment;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/** The first field of a batch line: which payment system pays the order out. */
public enum Opcode {
    CAPITALIST(Layout.CAPITALIST),
    RUCARD(Layout.RUCARD),
    RUCARDP2P_DYN(Layout.CARD),
    SBP(Layout.SBP),
    UKRCARD(Layout.CARD),
    KZCARD(Layout.CARD),
    WM(Layout.WEBMONEY),
    WORLDCARD(Layout.WORLDCARD),
    SNGCARD(Layout.WORLDCARD),
    WORLDCARDEUR(Layout.WORLDCARD),
    WORLDCARDUSD(Layout.WORLDCARD),
    YANDEX(Layout.WALLET),
    QIWI(Layout.WALLET),
    MEGAFON(Layout.WALLET),
    BEELINE(Layout.WALLET),
    MTS(Layout.WALLET),
    TELE2(Layout.WALLET),
    UNIONPAY(Layout.WALLET),
    UZCARD(Layout.WALLET),
    BITCOIN(Layout.WALLET),
    ETH(Layout.WALLET),
    USDTERC20(Layout.WALLET),
    USDTTRC20(Layout.WALLET),
    USDCERC20(Layout.WALLET),
    BRBANK(Layout.BRBANK);

    /**
     * The field layouts: opcodes sharing one layout are modelled by one record, which declares the layout's
     * fields ({@link LineLayout}).
     */
    public enum Layout {
        CAPITALIST(() -> CapitalistTransfer.LAYOUT),
        RUCARD(() -> RuCardPayout.LAYOUT),
        CARD(() -> CardPayout.LAYOUT),
        SBP(() -> SbpPayout.LAYOUT),
        WEBMONEY(() -> WebMoneyPayout.LAYOUT),
        WORLDCARD(() -> WorldCardPayout.LAYOUT),
        WALLET(() -> WalletPayout.LAYOUT),
        BRBANK(() -> BrBankPayout.LAYOUT);

        // a supplier, not the layout itself: building a layout may name opcodes, which are not built yet here
        private final Supplier<LineLayout<?>> lineLayout;

        Layout(Supplier<LineLayout<?>> lineLayout) {
            this.lineLayout = lineLayout;
        }

        /** The description of the layout's fields, which its record is written from, read from and checked by. */
        public LineLayout<?> lineLayout() {
            return lineLayout.get();
        }
    }

    private final Layout layout;

    Opcode(Layout layout) {
        this.layout = layout;
    }

    public Layout layout() {
        return layout;
    }

    /** The fields of this opcode's lines. */
    public LineLayout<?> lineLayout() {
        return layout.lineLayout();
    }

    public static Optional<Opcode> find(String wire) {
        return Arrays.stream(values()).filter(o -> o.name().equals(wire)).findFirst();
    }
}
