package io.capitalist4j.domain.payment;

import java.util.Arrays;
import java.util.Optional;

/** The SBP beneficiary banks and the codes the batch format uses for them. */
public enum SbpBank {
    SBERBANK("Sberbank"),
    VTB("VTB"),
    ALFA_BANK("AlfaBank"),
    TINKOFF("Tinkoff"),
    RAIFFEISEN("Raiffeisen"),
    SOVCOMBANK("SKB"),
    ROSSELKHOZBANK("RSHB"),
    ROSBANK("RB"),
    PROMSVYAZBANK("PSB"),
    OTKRITIE("OTK"),
    GAZPROMBANK("GPB");

    private final String code;

    SbpBank(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<SbpBank> ofCode(String code) {
        return Arrays.stream(values()).filter(b -> b.code.equals(code)).findFirst();
    }
}
