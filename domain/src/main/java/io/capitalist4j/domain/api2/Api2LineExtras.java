package io.capitalist4j.domain.api2;

import java.util.Objects;
import java.util.Optional;

/**
 * What API2 needs for a payout beyond what its v1 batch line holds, given per line by the caller:
 * <ul>
 * <li>{@code midname}: the card holder's middle name (patronymic), required by RUCARD and RUCARDP2PDYN;</li>
 * <li>{@code firstName}, {@code lastName}: the card holder's names, required by RUCARDP2PDYN (a v1 RUCARDP2P_DYN
 *    line has none);</li>
 * <li>{@code nspk}: the NSPK member id of the beneficiary's bank, required by SBP (a v1 line names the bank, e.g.
 *    {@code Sberbank}; no source maps one onto the other);</li>
 * <li>{@code additionalRemark}: BRBANK's remark of at least 6 characters; the line's description when absent;</li>
 * <li>{@code addressCountryCode}: WORLDCARDEUR/USD's country as API2 should get it (its example is alpha-3,
 *    {@code USA}); the v1 line's country (alpha-2) when absent.</li>
 * </ul>
 */
public record Api2LineExtras(Optional<String> midname, Optional<String> firstName, Optional<String> lastName,
                             Optional<String> nspk, Optional<String> additionalRemark,
                             Optional<String> addressCountryCode) {

    private static final Api2LineExtras NONE = new Api2LineExtras(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public Api2LineExtras {
        Objects.requireNonNull(midname, "midname");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(nspk, "nspk");
        Objects.requireNonNull(additionalRemark, "additionalRemark");
        Objects.requireNonNull(addressCountryCode, "addressCountryCode");
    }

    /** No extras: enough for every opcode that maps onto API2 directly. */
    public static Api2LineExtras none() {
        return NONE;
    }

    public Api2LineExtras withMidname(String value) {
        return new Api2LineExtras(Optional.of(value), firstName, lastName, nspk, additionalRemark, addressCountryCode);
    }

    /** The card holder's three names (RUCARDP2PDYN). */
    public Api2LineExtras withHolder(String first, String last, String middle) {
        return new Api2LineExtras(Optional.of(middle), Optional.of(first), Optional.of(last), nspk, additionalRemark,
                addressCountryCode);
    }

    public Api2LineExtras withNspk(String value) {
        return new Api2LineExtras(midname, firstName, lastName, Optional.of(value), additionalRemark,
                addressCountryCode);
    }

    public Api2LineExtras withAdditionalRemark(String value) {
        return new Api2LineExtras(midname, firstName, lastName, nspk, Optional.of(value), addressCountryCode);
    }

    public Api2LineExtras withAddressCountryCode(String value) {
        return new Api2LineExtras(midname, firstName, lastName, nspk, additionalRemark, Optional.of(value));
    }
}
