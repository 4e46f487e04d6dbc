package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.api2.Api2Payment;
import java.io.PrintWriter;
import java.util.List;

/** API2 payments as {@code search}, {@code payment status} and {@code batch submit --wait} print them. */
final class Api2Payments implements Report {
    private final List<Api2Payment> payments;

    Api2Payments(List<Api2Payment> payments) {
        this.payments = List.copyOf(payments);
    }

    @Override
    public void printTable(PrintWriter out) {
        TextTable table = TextTable.of("NUMBER", "DOCUMENT", "STATE", "TYPE", "AMOUNT", "CURRENCY", "FEE", "FROM", "TO", "COMMENT")
                .right("AMOUNT", "FEE");
        for (Api2Payment p : payments) {
            table.row(p.userRequestId(), p.documentId(), p.rawState(), p.type().orElse(""), Shown.amount(p.amount()),
                    p.currency().map(c -> c.code()).orElse(""), p.fee().map(Shown::amount).orElse(""),
                    p.accountFrom().orElse(""), Shown.beneficiary(beneficiary(p)), p.comment().orElse(""));
        }
        table.print(out);
    }

    @Override
    public JsonNode toJson(JsonNodeFactory json) {
        ArrayNode array = json.arrayNode();
        payments.forEach(p -> fill(array.addObject(), p));
        return array;
    }

    /** The payment's fields; amounts as strings that keep their scale, the document id as a string (API2 ids pass 2^53). */
    static ObjectNode fill(ObjectNode node, Api2Payment p) {
        node.put("paymentNumber", p.userRequestId()).put("documentId", String.valueOf(p.documentId())).put("state", p.rawState())
                .put("final", p.isFinal()).put("type", p.type().orElse(null)).put("amount", Shown.amount(p.amount()))
                .put("currency", p.currency().map(c -> c.code()).orElse(null))
                .put("fee", p.fee().map(Shown::amount).orElse(null)).put("accountFrom", p.accountFrom().orElse(null))
                .put("account", beneficiary(p)).put("comment", p.comment().orElse(null))
                .put("txId", p.txId().orElse(null));
        return node;
    }

    /** Whom the payment pays: the payload's {@code account} (card numbers are masked on the way out). */
    private static String beneficiary(Api2Payment p) {
        return p.payload().flatMap(payload -> payload.text("account")).or(p::dstAddress).orElse("");
    }
}
