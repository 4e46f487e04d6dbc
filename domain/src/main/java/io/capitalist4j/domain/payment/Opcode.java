package io.capitalist4j.domain.payment;

import java.util.Arrays;
import java.util.Optional;

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

    /** The field layouts: opcodes sharing one layout are modelled by one record. */
    public enum Layout { CAPITALIST, RUCARD, CARD, SBP, WEBMONEY, WORLDCARD, WALLET, BRBANK }

    private final Layout layout;

    Opcode(Layout layout) {
        this.layout = layout;
    }

    public Layout layout() {
        return layout;
    }

    public static Optional<Opcode> find(String wire) {
        return Arrays.stream(values()).filter(o -> o.name().equals(wire)).findFirst();
    }
}
