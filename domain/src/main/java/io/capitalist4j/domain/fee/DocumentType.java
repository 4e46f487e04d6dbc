package io.capitalist4j.domain.fee;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code document_type} values of get_document_fee, with the lower-case aliases the docs also list. */
public enum DocumentType {
    INTERNAL("internal"), CONVERSION("conversion"), WIRE("WIRE", "wire"), YANDEX("YANDEX", "yandexmoney"),
    RUCARD("RUCARD", "rucard"), RUCARDP2P("RUCARDP2P", "card2card"), SBP("SBP", "sbp"), UKRCARD("UKRCARD", "uacard"),
    KZCARD("KZCARD"), TRCARD("TRCARD"), GECARD("GECARD"), WORLDCARD("WORLDCARD", "worldcard"), WM("WM", "webmoney"),
    QIWI("QIWI", "qiwi"), MEGAFON("MEGAFON", "megafon"), BEELINE("BEELINE", "beeline"), MTS("MTS", "mts"),
    TELE2("TELE2", "tele2"), YOTA("YOTA", "yota"), UKR_MOBILE("UKR_MOBILE"), USDTERC20("USDTERC20"),
    USDTTRC20("USDTTRC20"), USDT("usdt"), USDCERC20("USDCERC20"), ETH("ETH"), BITCOIN("BITCOIN"), IMPS("IMPS"),
    PAYTM("PAYTM");

    private final String wire;
    private final List<String> aliases;

    DocumentType(String wire, String... aliases) {
        this.wire = wire;
        this.aliases = List.of(aliases);
    }

    /** The name sent as {@code document_type}. */
    public String wire() {
        return wire;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** By wire name or alias, exact case. */
    public static Optional<DocumentType> find(String name) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(name) || t.aliases.contains(name)).findFirst();
    }

    /** internal and conversion need a destination account. */
    public boolean needsDestination() {
        return this == INTERNAL || this == CONVERSION;
    }
}
