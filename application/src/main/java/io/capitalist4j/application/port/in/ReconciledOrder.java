package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server holds for one payment number: no document (missing), exactly one that agrees with the order
 * (found), exactly one that carries the number but pays another amount, currency or recipient (differs), or several
 * (ambiguous: all are kept, none is chosen).
 *
 * <p>Only a {@link Status#MISSING missing} number may be sent again. A differing or ambiguous one is on the server
 * under that number: never send it again, and have a person look at it.
 *
 * @param expected the order the number was sent with, when the query knew it; without one a single document is
 *                 found by its number alone
 */
public record ReconciledOrder(String paymentNumber, Optional<PaymentOrder> expected, List<FoundDocument> documents) {

    /** What the documents carrying the number say about it. */
    public enum Status {
        /** No document carries the number: it was not accepted in the period searched. */
        MISSING,
        /** Exactly one document carries the number, and it agrees with the order (when the order is known). */
        FOUND,
        /**
         * Exactly one document carries the number but differs from the order in amount, currency or recipient
         * ({@link #differences()} says how). The number is taken: it must not be sent again.
         */
        DIFFERS,
        /** Several documents carry the number. */
        AMBIGUOUS
    }

    public ReconciledOrder {
        Objects.requireNonNull(paymentNumber, "paymentNumber");
        Objects.requireNonNull(expected, "expected");
        documents = List.copyOf(documents);
        expected.ifPresent(o -> {
            if (!o.paymentNumber().equals(paymentNumber)) {
                throw new IllegalArgumentException("the order expected carries payment number '" + o.paymentNumber()
                        + "', not '" + paymentNumber + "'");
            }
        });
        for (FoundDocument d : documents) {
            if (!d.customNumber().equals(paymentNumber)) {
                throw new IllegalArgumentException("document " + d.documentNumber() + " carries payment number '"
                        + d.customNumber() + "', not '" + paymentNumber + "'");
            }
        }
    }

    /** Matched by number alone: one document is {@link Status#FOUND}, never {@link Status#DIFFERS}. */
    public ReconciledOrder(String paymentNumber, List<FoundDocument> documents) {
        this(paymentNumber, Optional.empty(), documents);
    }

    public Status status() {
        if (documents.isEmpty()) {
            return Status.MISSING;
        }
        if (documents.size() > 1) {
            return Status.AMBIGUOUS;
        }
        return differences().isEmpty() ? Status.FOUND : Status.DIFFERS;
    }

    /**
     * Whether the number is on the server and nothing contradicts the order: {@link Status#FOUND} or
     * {@link Status#AMBIGUOUS}. False for a {@link Status#DIFFERS differing} number, which is on the server as well:
     * {@code !isFound()} does not mean "may be sent again", {@link #isMissing()} does.
     */
    public boolean isFound() {
        Status status = status();
        return status == Status.FOUND || status == Status.AMBIGUOUS;
    }

    /** Whether no document carries the number: the only case in which it may be sent again. */
    public boolean isMissing() {
        return documents.isEmpty();
    }

    public boolean isAmbiguous() {
        return documents.size() > 1;
    }

    /** Whether the one document carrying the number differs from the order. */
    public boolean differs() {
        return status() == Status.DIFFERS;
    }

    /** Whether a person must look at the number: it is {@link Status#AMBIGUOUS} or {@link Status#DIFFERS}. */
    public boolean needsAttention() {
        Status status = status();
        return status == Status.AMBIGUOUS || status == Status.DIFFERS;
    }

    /**
     * For a {@link Status#DIFFERS differing} number, one short text per field that differs, document first:
     * {@code amount 15.50 USD on the document, 16.00 USD in the file}, {@code currency EUR on the document, USD in
     * the file}, {@code recipient R0100999 on the document, R0100271 in the file} (card numbers masked). Empty for
     * every other status.
     */
    public List<String> differences() {
        if (documents.size() != 1 || expected.isEmpty()) {
            return List.of();
        }
        return DocumentAgreement.differences(expected.get(), documents.get(0));
    }

    /** The document when exactly one carries the number (whether it agrees or differs). */
    public Optional<FoundDocument> document() {
        return documents.size() == 1 ? Optional.of(documents.get(0)) : Optional.empty();
    }
}
