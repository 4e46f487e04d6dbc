package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.document.FoundDocument;

/** One found document in both output shapes; shared by search and reconcile. */
final class Documents {

    private Documents() {
    }

    static void fill(ObjectNode node, FoundDocument d) {
        node.put("paymentNumber", d.customNumber()).put("documentNumber", d.documentNumber())
                .put("state", d.documentState()).put("type", d.type()).put("time", Shown.time(d.timestamp()))
                .put("amount", Shown.amount(d.amount())).put("currency", d.currency())
                .put("sourceAccount", d.sourceAccount())
                .put("destinationAccount", Shown.beneficiary(d.destinationAccount()))
                .put("batchId", d.batchId().orElse(null)).put("description", d.description())
                .put("comment", d.comment());
    }
}
