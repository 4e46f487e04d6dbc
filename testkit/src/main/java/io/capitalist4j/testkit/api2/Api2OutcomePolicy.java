package io.capitalist4j.testkit.api2;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The scenario hook: decides, when a payment reaches the end of its {@link Api2Timeline}, whether it is EXECUTED
 * or DECLINED. Called once per payment, under the server's lock; keep it fast and deterministic.
 */
@FunctionalInterface
public interface Api2OutcomePolicy {

    Api2Outcome decide(Api2Payment payment);

    /** Every payment is executed: the default. */
    static Api2OutcomePolicy executeAll() {
        return payment -> Api2Outcome.executed();
    }

    /** Declines the payments matching {@code when} with {@code reason}, executes the rest. */
    static Api2OutcomePolicy declineWhen(Predicate<Api2Payment> when, String reason) {
        Objects.requireNonNull(when, "when");
        Api2Outcome declined = Api2Outcome.declined(reason);
        return payment -> when.test(payment) ? declined : Api2Outcome.executed();
    }

    /** Declines the payments with these {@code userRequestId}s. */
    static Api2OutcomePolicy declineUserRequestIds(Set<String> ids, String reason) {
        Set<String> copy = Set.copyOf(ids);
        return declineWhen(p -> copy.contains(p.userRequestId()), reason);
    }

    /** Declines every payment to this beneficiary ({@code payload.account} as sent). */
    static Api2OutcomePolicy declineBeneficiary(String account, String reason) {
        Objects.requireNonNull(account, "account");
        return declineWhen(p -> p.beneficiary().map(account::equals).orElse(false), reason);
    }

    /** Declines every payment whose amount (as sent) is greater than {@code limit}. */
    static Api2OutcomePolicy declineAmountsAbove(BigDecimal limit, String reason) {
        Objects.requireNonNull(limit, "limit");
        return declineWhen(p -> p.amount().compareTo(limit) > 0, reason);
    }

    /** This policy's decision, unless it executes the payment, in which case {@code next} decides. */
    default Api2OutcomePolicy orElse(Api2OutcomePolicy next) {
        Objects.requireNonNull(next, "next");
        return payment -> {
            Api2Outcome first = decide(payment);
            return first.isExecuted() ? next.decide(payment) : first;
        };
    }
}
