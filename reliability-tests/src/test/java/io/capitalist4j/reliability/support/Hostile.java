package io.capitalist4j.reliability.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.payment.CardNumber;
import java.util.List;

/**
 * Answers of a hostile server that puts text of its choosing (card numbers, echoed secrets, terminal escapes) into
 * the free-text fields the CLI prints: history, batch records, upload rejections. Built as JSON trees so that any
 * text survives the envelope exactly.
 */
public final class Hostile {

    public static final String BATCH_ID = "0f5c2a7e-3b1d-4c8e-9a6f-1d2e3f4a5b6c";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Hostile() {
    }

    /** A Luhn-valid card number: {@code prefix} followed by filler digits and the check digit, 16 digits in all. */
    public static String card(String prefix) {
        String body = (prefix + "000000000000000").substring(0, 15);
        for (int check = 0; check < 10; check++) {
            if (CardNumber.luhn(body + check)) {
                return body + check;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    /** The same digits in groups of four joined by {@code separator}. */
    public static String grouped(String card, String separator) {
        return card.substring(0, 4) + separator + card.substring(4, 8) + separator + card.substring(8, 12) + separator
                + card.substring(12);
    }

    /** get_documents_history_ext data with one entry carrying these three texts. */
    public static String history(String correspondent, String description, String comment) {
        ObjectNode data = NODES.objectNode();
        data.putObject("pages").put("itemCount", 1).put("pageCount", 1).put("pageSize", 100).put("currentPage", 1)
                .put("currentPageCount", 1);
        ObjectNode entry = data.putArray("history").addObject();
        entry.put("number", 92362566).put("id", 1);
        entry.putObject("batch").put("id", BATCH_ID);
        entry.put("timestamp", 1465483189).put("state", "EXECUTED").put("stateLocalized", "Executed")
                .put("channel", "RUCARD").put("correspondent", correspondent).put("comment", comment)
                .put("account", "R0100813").put("amount", -10.00).put("tax", 0).put("currency", "RUR")
                .putNull("destAmount").putNull("destCurrency").put("description", description).put("outgoing", true)
                .put("selfExchange", false);
        return write(data);
    }

    /** get_batch_info data: one declined record with these texts. */
    public static String batchPage(String beneficiary, String description, String errorDetails) {
        ObjectNode data = NODES.objectNode().put("id", BATCH_ID).put("offset", 0).put("page", 0).put("pageSize", 100)
                .put("pageCount", 1).put("totalCount", 1);
        data.putArray("records").addObject().put("lineNumber", 1).put("internalNumber", "PAY-1")
                .put("beneficiary", beneficiary).put("amount", "10.00").put("currency", "RUR")
                .put("description", description).put("documentId", 0).put("state", "DECLINED")
                .put("paymentType", "RUCARD").put("errorDetails", errorDetails);
        return write(data);
    }

    /** import_batch_advanced data: the batch accepted but for its first line, refused with {@code comment}. */
    public static String receipt(String comment) {
        ObjectNode data = NODES.objectNode().put("id", BATCH_ID);
        data.putObject("summary").put("RUR", "10.00");
        data.putObject("fee").put("RUR", "0.00");
        data.putObject("nettoSummary").put("RUR", "10.00");
        ArrayNode errors = data.putArray("errors");
        errors.addObject().put("line", 1).put("comment", comment);
        return write(data);
    }

    /** A {@code {"code":…,"message":…,"data":[]}} refusal with any message text. */
    public static String refusal(int code, String message) {
        ObjectNode root = NODES.objectNode().put("code", code).put("message", message);
        root.putArray("data");
        return write(root);
    }

    /** Every line of a text that is not pure JSON punctuation, for messages in assertions. */
    public static List<String> lines(String text) {
        return List.of(text.split("\n"));
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
