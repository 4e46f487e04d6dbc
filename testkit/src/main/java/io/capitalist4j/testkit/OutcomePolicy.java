package io.capitalist4j.testkit;

import io.capitalist4j.domain.payment.PaymentOrder;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The scenario hook: decides, when a record reaches the end of its timeline, whether it is PROCESSED or
 * DECLINED. Called once per record, under the sandbox lock; keep it fast and deterministic.
 */
@FunctionalInterface
public interface OutcomePolicy {

    Outcome decide(PaymentOrder order);

    /** Every record is processed: the default. */
    static OutcomePolicy processAll() {
        return order -> Outcome.processed();
    }

    /** Declines the records matching {@code when} with {@code reason}, processes the rest. */
    static OutcomePolicy declineWhen(Predicate<PaymentOrder> when, String reason) {
        Objects.requireNonNull(when, "when");
        Outcome declined = Outcome.declined(reason);
        return order -> when.test(order) ? declined : Outcome.processed();
    }

    /** Declines every record paying this beneficiary (account, card, phone, purse …, as written on the line). */
    static OutcomePolicy declineBeneficiary(String beneficiary, String reason) {
        Objects.requireNonNull(beneficiary, "beneficiary");
        return declineWhen(order -> order.beneficiary().equals(beneficiary), reason);
    }

    /** Declines every record whose amount is greater than {@code limit} (in the record's own currency). */
    static OutcomePolicy declineAmountsAbove(BigDecimal limit, String reason) {
        Objects.requireNonNull(limit, "limit");
        return declineWhen(order -> order.amount().amount().compareTo(limit) > 0, reason);
    }

    /** This policy's decision, unless it processes the record, in which case {@code next} decides. */
    default OutcomePolicy orElse(OutcomePolicy next) {
        Objects.requireNonNull(next, "next");
        return order -> {
            Outcome first = decide(order);
            return first.isProcessed() ? next.decide(order) : first;
        };
    }
}
