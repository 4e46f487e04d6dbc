package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.document.FoundDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the server holds for one payment number: no document (missing), exactly one (found), or several
 * (ambiguous: all are kept, none is chosen).
 */
public record ReconciledOrder(String paymentNumber, List<FoundDocument> documents) {

    /** How many documents carry the number. */
    public enum Status { MISSING, FOUND, AMBIGUOUS }

    public ReconciledOrder {
        Objects.requireNonNull(paymentNumber, "paymentNumber");
        documents = List.copyOf(documents);
        for (FoundDocument d : documents) {
            if (!d.customNumber().equals(paymentNumber)) {
                throw new IllegalArgumentException("document " + d.documentNumber() + " carries payment number '"
                        + d.customNumber() + "', not '" + paymentNumber + "'");
            }
        }
    }

    public Status status() {
        if (documents.isEmpty()) {
            return Status.MISSING;
        }
        return documents.size() == 1 ? Status.FOUND : Status.AMBIGUOUS;
    }

    public boolean isFound() {
        return !documents.isEmpty();
    }

    public boolean isAmbiguous() {
        return documents.size() > 1;
    }

    /** The document when exactly one carries the number. */
    public Optional<FoundDocument> document() {
        return documents.size() == 1 ? Optional.of(documents.get(0)) : Optional.empty();
    }
}
