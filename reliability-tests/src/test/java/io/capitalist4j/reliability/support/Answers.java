package io.capitalist4j.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.csv.wire.TokenGrant;
import io.capitalist4j.adapter.csv.wire.WireCodecs;
import io.capitalist4j.adapter.csv.wire.WireDecoder;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Valid answers of every operation (JSON and CSV, written from the protocol reference) and the ways to spoil
 * them: truncation, wrong types at any node, {@code data} as an array or an object, unknown codes, stray bytes.
 */
public final class Answers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One operation: its wire name, its decoder, the type its decoder gives for a success, and valid sample answers. */
    public record Operation(String name, Function<ResponseFormat, WireDecoder<?>> decoder, Class<?> valueType,
                            String json, String csv) {
        public JsonNode jsonTree() {
            try {
                return JSON.readTree(json);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final String BATCH_ID = "c1f56606-15a8-43ff-99ef-a2a63ddc819a";

    public static final List<Operation> OPERATIONS = List.of(
            new Operation("get_token", WireCodecs::token, TokenGrant.class, ServerKeys.tokenJson("9F86D081884C7D65"),
                    "0;9F86D081884C7D65;" + ServerKeys.key().publicKey().getModulus().toString(16) + ";10001"),
            new Operation("import_batch_advanced", WireCodecs::importBatch, BatchReceipt.class,
                    "{\"code\":0,\"message\":\"\",\"data\":{\"id\":\"" + BATCH_ID + "\",\"summary\":{\"RUR\":\"10.00\"},"
                            + "\"fee\":{\"RUR\":\"0.00\"},\"nettoSummary\":{\"RUR\":\"10.00\"},"
                            + "\"errors\":[{\"line\":2,\"comment\":\"bad account\"}]}}",
                    "0;" + BATCH_ID + ";10.00;0.00;0.00;0.00\nerrors;" + BATCH_ID + ";1\nerrorAtLine;2;bad account"),
            new Operation("process_batch", WireCodecs::processBatch, ConfirmationResult.class,
                    "{\"code\":0,\"message\":\"\",\"data\":{\"id\":\"" + BATCH_ID + "\",\"verificationSuccess\":1}}",
                    "0;" + BATCH_ID + ";1"),
            new Operation("get_batch_info", WireCodecs::batchInfo, BatchPage.class,
                    "{\"code\":0,\"message\":\"\",\"data\":{\"id\":\"" + BATCH_ID + "\",\"offset\":0,\"page\":0,"
                            + "\"pageSize\":100,\"pageCount\":1,\"totalCount\":2,\"records\":["
                            + "{\"lineNumber\":1,\"internalNumber\":\"PAY-1\",\"beneficiary\":\"R0000002\",\"amount\":\"10.00\","
                            + "\"currency\":\"RUR\",\"description\":\"Payout\",\"documentId\":123,\"state\":\"PROCESSED\","
                            + "\"paymentType\":\"CAPITALIST\",\"errorDetails\":\"\"},"
                            + "{\"lineNumber\":2,\"internalNumber\":\"PAY-2\",\"beneficiary\":\"R000\",\"amount\":\"5.00\","
                            + "\"currency\":\"RUR\",\"description\":\"Payout\",\"documentId\":0,\"state\":\"DECLINED\","
                            + "\"paymentType\":\"SKIP\",\"errorDetails\":\"bad account\"}]}}",
                    "0;" + BATCH_ID + ";0;100;2;1;0\n1;PAY-1;R0000002;10.00;RUR;Payout;123;PROCESSED;CAPITALIST;\n"
                            + "2;PAY-2;R000;5.00;RUR;Payout;0;DECLINED;SKIP;bad account"),
            new Operation("documents_search", WireCodecs::documentsSearch, List.class,
                    "{\"code\":0,\"message\":\"\",\"data\":{\"search\":{\"beginDate\":\"04.06.2016\",\"endDate\":\"04.07.2016\","
                            + "\"customNumber\":null},\"documents\":[{\"type\":\"CAPITALIST\",\"sourceAccount\":\"R0100813\","
                            + "\"destinationAccount\":\"R0100271\",\"batchId\":\"344bfcc6-1231-4eb1-a8bd-872c1f697bb0\","
                            + "\"timestamp\":1465483189,\"currency\":\"RUR\",\"amount\":\"10.00\",\"description\":\"Payout\","
                            + "\"customNumber\":\"PAY-1\",\"documentNumber\":92362566,\"comment\":\"\","
                            + "\"documentState\":\"PROCESSED\",\"localizedDocumentState\":\"Processed\"}]}}",
                    "0;\nCAPITALIST;344bfcc6-1231-4eb1-a8bd-872c1f697bb0;1465483189;R0100813;R0100271;10.00;RUR;Payout;"
                            + "PAY-1;92362566;;PROCESSED;Processed"),
            new Operation("get_documents_history_ext", WireCodecs::history, HistoryPage.class,
                    "{\"code\":0,\"message\":\"\",\"data\":{\"pages\":{\"itemCount\":1,\"pageCount\":1,\"pageSize\":100,"
                            + "\"currentPage\":1,\"currentPageCount\":1},\"history\":[{\"number\":92362566,\"id\":1,"
                            + "\"batch\":{\"id\":\"" + BATCH_ID + "\"},\"timestamp\":1465483189,\"state\":\"EXECUTED\","
                            + "\"stateLocalized\":\"Executed\",\"channel\":\"CAPITALIST\",\"correspondent\":\"R0100271\","
                            + "\"comment\":\"\",\"account\":\"R0100813\",\"amount\":-10.00,\"tax\":0,\"currency\":\"RUR\","
                            + "\"destAmount\":null,\"destCurrency\":null,\"description\":\"Payout\",\"outgoing\":true,"
                            + "\"selfExchange\":false}]}}",
                    null),
            new Operation("get_accounts", WireCodecs::accounts, AccountsOverview.class, ServerKeys.accountsJson(),
                    "0;2;1;10.00;1;5.00;0;0.00\n\"Main\";R0100001;RUR;10.00;0.00\nSecond;U0100001;USD;5.00;0.00"),
            new Operation("is_verified_account", WireCodecs::verifiedAccount, Boolean.class,
                    "{\"code\":0,\"message\":\"\",\"data\":{\"verified\":true}}", "0;1"),
            new Operation("currency_rates", WireCodecs::currencyRates, CurrencyRates.class,
                    "{\"code\":0,\"message\":\"\",\"data\":{\"rates\":{\"buy\":[{\"target\":\"EUR\",\"amount\":1.1,"
                            + "\"amountCur\":\"USD\"}],\"sell\":[{\"target\":\"EUR\",\"amount\":1.17,\"amountCur\":\"USD\"}],"
                            + "\"uahSell\":[{\"targetAmount\":100,\"target\":\"USD\",\"amount\":\"2765.00\",\"amountCur\":\"UAH\"}]}}}",
                    "0;\nbuy;EUR;1.1;USD\nsell;EUR;1.17;USD\nuahSell;USD;2765.00;UAH"),
            new Operation("get_document_fee", WireCodecs::documentFee, FeeQuote.class,
                    "{\"code\":0,\"message\":\"\",\"data\":{\"fee\":\"40.00\",\"currency\":\"USD\",\"amount\":\"100.00\"}}",
                    "0;40.00;USD;100.00"));

    private Answers() {
    }

    public static Operation operation(String name) {
        return OPERATIONS.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    /** Values that stand where another type belongs. */
    public static final List<JsonNode> WRONG_VALUES = List.of(
            NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(), NODES.textNode(""), NODES.textNode("x;y"),
            NODES.textNode("-1"), NODES.textNode("1e999999"), NODES.numberNode(-1), NODES.numberNode(1.5e308),
            NODES.numberNode(new java.math.BigDecimal("1E+2147483647")), NODES.numberNode(Long.MAX_VALUE),
            NODES.booleanNode(true), NODES.textNode("\u0000\uD800"), nestedArray(), NODES.textNode("9".repeat(5_000)));

    private static JsonNode nestedArray() {
        ArrayNode outer = NODES.arrayNode();
        outer.addArray().add(0).add("OK");
        return outer;
    }

    /** Every node of a JSON tree, root first. */
    public static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        node.forEach(child -> collect(child, into));
    }

    /**
     * The sample with node number {@code target} (in {@link #nodes} order, root excluded) replaced by
     * {@code replacement}, or removed when {@code replacement} is null.
     */
    public static String replaceNode(String json, int target, JsonNode replacement) {
        try {
            JsonNode root = JSON.readTree(json);
            List<JsonNode> all = nodes(root);
            JsonNode victim = all.get(1 + Math.floorMod(target, all.size() - 1));
            replaceIn(root, victim, replacement);
            return JSON.writeValueAsString(root);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean replaceIn(JsonNode parent, JsonNode victim, JsonNode replacement) {
        if (parent instanceof ObjectNode) {
            ObjectNode object = (ObjectNode) parent;
            for (var it = object.fields(); it.hasNext(); ) {
                var entry = it.next();
                if (entry.getValue() == victim) {
                    if (replacement == null) {
                        it.remove();
                    } else {
                        entry.setValue(replacement.deepCopy());
                    }
                    return true;
                }
                if (replaceIn(entry.getValue(), victim, replacement)) {
                    return true;
                }
            }
        } else if (parent instanceof ArrayNode) {
            ArrayNode array = (ArrayNode) parent;
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i) == victim) {
                    if (replacement == null) {
                        array.remove(i);
                    } else {
                        array.set(i, replacement.deepCopy());
                    }
                    return true;
                }
                if (replaceIn(array.get(i), victim, replacement)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The envelope with {@code code}, a message and any {@code data} (raw JSON, or absent when null). */
    public static String envelope(String code, String message, String data) {
        return "{\"code\":" + code + ",\"message\":" + message + (data == null ? "" : ",\"data\":" + data) + "}";
    }

    /** One of a dozen ways to spoil a body as bytes. */
    public static byte[] spoilBytes(String body, int kind, int position, String insert) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int at = Math.floorMod(position, bytes.length + 1);
        switch (kind) {
            case 0: return java.util.Arrays.copyOf(bytes, at);                                       // truncated
            case 1: return concat(java.util.Arrays.copyOf(bytes, at), insert.getBytes(StandardCharsets.UTF_8),
                    java.util.Arrays.copyOfRange(bytes, at, bytes.length));                          // inserted text
            case 2: return concat(java.util.Arrays.copyOf(bytes, at), new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                    java.util.Arrays.copyOfRange(bytes, at, bytes.length));                          // invalid UTF-8
            case 3: return new byte[0];                                                              // empty
            case 4: return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);        // BOM
            case 5: return (body + body).getBytes(StandardCharsets.UTF_8);                           // two answers
            case 6: return body.replace(";", ",").replace(":", "=").getBytes(StandardCharsets.UTF_8); // wrong separators
            case 7: return body.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);              // CRLF
            case 8: return "<html><body>502 Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
            case 9: return ("  \n" + body + "\n\n").getBytes(StandardCharsets.UTF_8);                // blank lines
            case 10: return body.replaceFirst("0", insert).getBytes(StandardCharsets.UTF_8);         // code replaced
            default: {                                                                                // one byte flipped
                byte[] copy = bytes.clone();
                if (copy.length > 0) {
                    int i = Math.floorMod(position, copy.length);
                    copy[i] = (byte) (copy[i] ^ (1 + Math.floorMod(insert.hashCode(), 255)));
                }
                return copy;
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
