package io.capitalist4j.adapter.csv.wire;

import io.capitalist4j.adapter.csv.ResponseFormat;
import static io.capitalist4j.adapter.csv.wire.Fixtures.bytes;
import static io.capitalist4j.adapter.csv.wire.Fixtures.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.error.DecodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * get_batch_info's JSON is read from the token stream ({@link BatchPageStream}); the tree mapping
 * ({@link BatchPageCodec#fromJson}) is the specification it must meet. Every body here, good or spoiled, must
 * end the same way through both: the same page, the same server error, or a decoding failure with the same
 * message.
 */
class StreamedBatchPageTest {

    private static final WireDecoder<BatchPage> STREAMED = WireCodecs.batchInfo(ResponseFormat.JSON);
    private static final WireDecoder<BatchPage> TREE = new FormatDecoder<>("get_batch_info", ResponseFormat.JSON,
            root -> BatchPageCodec.fromJson(root.get("data")), null);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    /** Values that stand where another type belongs, with the edges of each number type. */
    private static final List<String> WRONG = List.of("null", "true", "false", "0", "-0", "-1", "1.5", "10.00", "1e3",
            "-1.0E-2", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1E+2147483647",
            "123456789012345678901234567890", "\"\"", "\"x\"", "\"1\"", "\"-0\"", "\"1.50\"", "\"+1\"", "\"1e3\"",
            "\"١٢\"", "\"PROCESSED\"", "\"processed\"", "\"\\u0000\\ud800\"", "[]", "[1]", "{}", "{\"a\":1}",
            "{\"a\":{\"b\":[1,{\"c\":2.50}]}}", "[[0,\"OK\"]]", "\"" + "9".repeat(5_000) + "\"");

    // ------------------------------------------------------------------ the same decision as the tree

    @Test
    void decidesAsTheTreeMappingForTheFixturesAndOddEnvelopes() {
        for (String fixture : List.of("get_batch_info.json", "get_batch_info-string-numbers.json", "empty-success.json",
                "error-113-data-array.json", "error-135-string-code.json", "error-16-no-data.json",
                "error-20-data-object.json", "get_token.json", "get_accounts.json")) {
            assertSameOutcome(bytes(fixture));
        }
        for (String body : List.of("", "   ", "\n", "null", "null 1", "[]", "[1] 2", "5", "\"x\"", "true", "{}",
                "{} x", "{}{}", "{\"code\":0}", "{\"code\":null}", "{\"code\":0,\"data\":null}", "{\"code\":0,\"data\":[]}",
                "{\"code\":0,\"data\":{}}", "{\"code\":0,\"data\":{\"records\":{}}}",
                "{\"code\":0,\"data\":{\"records\":{\"a\":1}}}", "{\"code\":0,\"data\":{\"records\":\"x\"}}",
                "{\"code\":0,\"data\":{\"records\":[1]}}", "{\"code\":0,\"data\":{\"records\":[{}]}}",
                "{\"code\":0,\"data\":{\"records\":[null,{}]}}", "{\"code\":7,\"data\":{\"records\":[1]}}",
                "{\"data\":{\"records\":[1]},\"code\":\"7\",\"message\":\"m\"}", "{\"data\":[],\"code\":0}",
                "{\"code\":7,\"message\":{}}", "{\"code\":7,\"message\":[]}", "{\"code\":0,\"message\":{}}",
                "{\"code\":1.0,\"data\":{}}", "{\"code\":\"abc\"}", "{\"code\":99999999999999999999}",
                "{\"code\":7,\"code\":7}", "{\"code\":7,\"message\":\"a\",\"message\":\"a\"}",
                "{\"code\":7,\"data\":1,\"data\":1}", "{\"code\":7,\"x\":1,\"x\":1}", "{\"code\":7,\"x\":{\"y\":1,\"y\":2}}",
                "{\"code\":7,\"x\":[{\"y\":1,\"y\":2}]}", "{\"code\":7,\"\\u0078\":1,\"x\":1}", "{\"code\":7,\"é\":1,\"é\":1}",
                "{\"code\":7,\"a\":1,\"a\":x}", "{\"code\":7} <html>", "{\"code\":7}\n\n  {\"code\":7}",
                "{\"code\":0,\"data\":{\"records\":[{\"state\":\"NEW\",\"state\":\"NEW\"}]}}",
                "{\"code\":0,\"data\":{\"records\":[{\"z\":1,\"z\":1}]}}",
                "{\"code\":0,\"data\":{\"records\":[{\"z\":{\"a\":1,\"a\":1}}]}}",
                "{\"code\":0,\"data\":{\"id\":\"a\",\"id\":\"a\",\"records\":[]}}",
                "{\"code\":0,\"data\":{\"records\":[],\"records\":[]}}",
                "{\"code\":0,\"data\":{\"records\":[{\"lineNumber\":1}]}}",
                "{\"code\":0,\"data\":{\"records\":[{\"lineNumber\":1.5}],\"id\":{}}} x")) {
            assertSameOutcome(utf8(body));
        }
    }

    @Test
    void decidesAsTheTreeMappingForEveryWrongValueAtEveryNodeOfAPage() {
        for (byte[] sample : samples()) {
            JsonNode root = tree(sample);
            int nodes = nodes(root).size();
            for (int target = 1; target < nodes; target++) {
                for (String wrong : WRONG) {
                    assertSameOutcome(utf8(write(root, Edit.replace(target, wrong))));
                }
                assertSameOutcome(utf8(write(root, Edit.remove(target))));
            }
        }
    }

    @Test
    void refusesADuplicateKeyAtEveryLevelAsTheTreeMappingDoes() {
        int duplicates = 0;
        for (byte[] sample : samples()) {
            JsonNode root = tree(sample);
            for (JsonNode node : nodes(root)) {
                if (!node.isObject()) {
                    continue;
                }
                for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
                    String key = keys.next();
                    for (String value : List.of(text(node.get(key)), "null", "{\"a\":[1]}")) {
                        byte[] body = utf8(write(root, Edit.insert(node, quote(key) + ":" + value)));
                        assertSameOutcome(body);
                        assertThatThrownBy(() -> STREAMED.decode(body)).isInstanceOf(DecodingException.class)
                                .hasMessageContaining("malformed JSON");
                        duplicates++;
                    }
                }
            }
        }
        assertThat(duplicates).isGreaterThan(100);
    }

    @Test
    void ignoresUnknownKeysWithNestedValuesButNotTheirDuplicatesAsTheTreeMappingDoes() {
        List<String> extras = List.of("\"extra\":null", "\"extra\":{\"a\":[1,{\"b\":{}}],\"c\":\"d\"}",
                "\"extra\":[[[[{\"x\":1.5e300}]]]]", "\"extra\":{\"a\":1,\"a\":2}", "\"extra\":[{\"a\":1,\"b\":{\"c\":1,\"c\":1}}]",
                "\"e1\":1,\"e2\":2,\"e1\":3", "\"extra\":\"" + "x".repeat(3_000) + "\"", "\"\":0");
        for (byte[] sample : samples()) {
            JsonNode root = tree(sample);
            for (JsonNode node : nodes(root)) {
                if (node.isObject()) {
                    for (String extra : extras) {
                        assertSameOutcome(utf8(write(root, Edit.insert(node, extra))));
                    }
                }
            }
        }
        BatchPage plain = ok(STREAMED.decode(bytes("get_batch_info.json")));
        String spoiled = new String(bytes("get_batch_info.json"), StandardCharsets.UTF_8)
                .replace("\"lineNumber\":2,", "\"lineNumber\":2,\"note\":{\"deep\":[{\"x\":[]}]},");
        assertThat(ok(STREAMED.decode(utf8(spoiled)))).isEqualTo(plain);
    }

    @Test
    void readsTheKeysOfEveryObjectInAnyOrder() {
        for (byte[] sample : samples()) {
            JsonNode root = tree(sample);
            for (JsonNode node : nodes(root)) {
                if (node.isObject()) {
                    assertSameOutcome(utf8(write(root, Edit.reverse(node))));
                }
            }
            assertSameOutcome(utf8(write(root, Edit.reverseAll())));
        }
        BatchPage page = ok(STREAMED.decode(bytes("get_batch_info.json")));
        assertThat(ok(STREAMED.decode(utf8(write(tree(bytes("get_batch_info.json")), Edit.reverseAll()))))).isEqualTo(page);
    }

    @Test
    void decidesAsTheTreeMappingForEveryTruncation() {
        for (byte[] sample : List.of(bytes("get_batch_info.json"), bytes("get_batch_info-string-numbers.json"))) {
            for (int length = 0; length <= sample.length; length++) {
                assertSameOutcome(Arrays.copyOf(sample, length));
            }
        }
    }

    @Test
    void decidesAsTheTreeMappingForGeneratedPagesAndRandomEdits() {
        Gen<Integer> position = integers().between(0, 100_000);
        Gen<Integer> edit = integers().between(0, 3);
        Gen<Integer> piece = integers().between(0, PIECES.size() - 1);
        qt().withExamples(1_500).forAll(WireGen.batchPage(), booleans().all(), position, edit.zip(piece, (e, p) -> e * 1000 + p))
                .checkAssert((page, numbersAsText, at, how) -> {
                    byte[] body = WireRender.json(new WireRender(numbersAsText).batchPageJson(page));
                    assertThat(ok(STREAMED.decode(body))).isEqualTo(page);
                    assertSameOutcome(body);
                    assertSameOutcome(edit(body, at % (body.length + 1), how / 1000, PIECES.get(how % 1000)));
                });
    }

    @Test
    void readsALargePageWhoseShortValuesRecurAndWhoseLongOnesDoNot() {
        List<BatchRecord> records = new ArrayList<>();
        for (int i = 1; i <= 1_000; i++) {
            boolean skipped = i % 50 == 0;
            records.add(new BatchRecord(i, "PAY-" + (1_000_000 + i), "R" + (5_000_000 + i),
                    BigDecimal.valueOf(50_000 + 37L * i, i % 3), List.of("RUR", "USD", "EUR", "USDT").get(i % 4),
                    "Выплата №" + i, skipped ? Optional.empty() : Optional.of(Long.toString(92_000_000L + i)),
                    RecordState.values()[i % 5], skipped ? "SKIP" : i % 7 == 0 ? "CAPITALIST" : "",
                    skipped ? "Неверный номер карты" : i % 11 == 0 ? "ошибка " + i : ""));
        }
        BatchPage page = new BatchPage(BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a"), 0, 0, 1_000, 100, 100_000,
                records);
        for (boolean numbersAsText : List.of(false, true)) {
            byte[] body = WireRender.json(new WireRender(numbersAsText).batchPageJson(page));
            assertThat(ok(STREAMED.decode(body))).isEqualTo(page).isEqualTo(ok(TREE.decode(body)));
        }
    }

    // ------------------------------------------------------------------ the failures themselves

    @Test
    void keepsARecordWithAWrongTypeAtAnyFieldWithAProblemNamingTheFieldAndReadsTheRestOfThePage() throws Exception {
        JsonNode root = tree(bytes("get_batch_info.json"));
        BatchPage clean = ok(STREAMED.decode(bytes("get_batch_info.json")));
        for (String field : List.of("lineNumber", "amount", "currency", "state")) {
            for (String wrong : field.equals("currency") ? List.of("{}", "[1]", "null") : List.of("{}", "[1]", "\"x\"")) {
                if (field.equals("state") && wrong.equals("\"x\"")) {
                    continue; // a text state is a state this client does not know, not a problem
                }
                ObjectNode spoiled = root.deepCopy();
                ((ObjectNode) spoiled.get("data").get("records").get(1)).set(field, tree(utf8(wrong)));
                byte[] body = JSON.writeValueAsBytes(spoiled);
                BatchPage page = ok(STREAMED.decode(body));
                assertThat(page).isEqualTo(ok(TREE.decode(body)));
                assertThat(page.records()).hasSize(clean.records().size());
                assertThat(page.records().get(0)).isEqualTo(clean.records().get(0));
                assertThat(page.records().get(1).problem()).get(as(STRING)).contains(field)
                        .satisfies(text -> assertThat(text.length()).isLessThan(400));
            }
        }
        for (String field : List.of("internalNumber", "beneficiary", "description", "documentId", "paymentType",
                "errorDetails")) {
            ObjectNode spoiled = root.deepCopy();
            ((ObjectNode) spoiled.get("data").get("records").get(0)).set(field, F.objectNode());
            BatchPage page = ok(STREAMED.decode(JSON.writeValueAsBytes(spoiled)));
            assertThat(page.records().get(0).problem()).contains(field + " must be a text or a number, not object");
            assertThat(page.records().get(1)).isEqualTo(clean.records().get(1));
        }
    }

    @Test
    void keepsARecordWithANullAmountWithoutAnAmountAndAnUnknownStateAsItCame() {
        String body = "{\"code\":0,\"message\":\"\",\"data\":{\"id\":\"c1f56606\",\"offset\":0,\"page\":0,"
                + "\"pageSize\":100,\"pageCount\":1,\"totalCount\":2,\"records\":["
                + "{\"lineNumber\":1,\"internalNumber\":\"A1\",\"beneficiary\":\"R1\",\"amount\":null,"
                + "\"currency\":\"RUR\",\"description\":\"\",\"documentId\":null,\"state\":\"NEW\","
                + "\"paymentType\":\"\",\"errorDetails\":\"\"},"
                + "{\"lineNumber\":2,\"internalNumber\":\"A2\",\"beneficiary\":\"R2\",\"amount\":\"1.50\","
                + "\"currency\":\"RUR\",\"description\":\"\",\"documentId\":7,\"state\":\"HOLD_NEW\","
                + "\"paymentType\":\"\",\"errorDetails\":\"\"}]}}";
        BatchPage page = ok(STREAMED.decode(utf8(body)));
        assertThat(page).isEqualTo(ok(TREE.decode(utf8(body))));
        BatchRecord nullAmount = page.records().get(0);
        assertThat(nullAmount.amount()).isNull();
        assertThat(nullAmount.problem()).contains("amount is missing");
        assertThat(nullAmount.state()).isEqualTo(RecordState.NEW);
        BatchRecord held = page.records().get(1);
        assertThat(held.state()).isEqualTo(RecordState.UNKNOWN);
        assertThat(held.rawState()).isEqualTo("HOLD_NEW");
        assertThat(held.problem()).isEmpty();
        assertThat(held.isFinal()).isFalse();
        assertThat(held.amount()).isEqualByComparingTo("1.50");
    }

    @Test
    void readsPagingNumbersAsStringsAndWorksOutAMissingPageCountOrMarksAMissingTotalUnknown() {
        String records = "\"records\":[]";
        String asText = "{\"code\":0,\"data\":{\"id\":\"c1\",\"offset\":\"200\",\"page\":\"2\",\"pageSize\":\"100\","
                + "\"pageCount\":\"3\",\"totalCount\":\"250\"," + records + "}}";
        assertThat(ok(STREAMED.decode(utf8(asText)))).isEqualTo(new BatchPage(BatchId.of("c1"), 200, 2, 100, 3, 250,
                List.of())).isEqualTo(ok(TREE.decode(utf8(asText))));
        String noCount = "{\"code\":0,\"data\":{\"id\":\"c1\",\"offset\":200,\"pageSize\":100,\"totalCount\":250,"
                + records + "}}";
        assertThat(ok(STREAMED.decode(utf8(noCount)))).isEqualTo(new BatchPage(BatchId.of("c1"), 200, 2, 100, 3, 250,
                List.of())).isEqualTo(ok(TREE.decode(utf8(noCount))));
        String noTotal = "{\"code\":0,\"data\":{\"id\":\"c1\",\"offset\":100,\"page\":1,\"pageSize\":100,"
                + records + "}}";
        BatchPage unknown = ok(STREAMED.decode(utf8(noTotal)));
        assertThat(unknown).isEqualTo(new BatchPage(BatchId.of("c1"), 100, 1, 100, BatchPage.UNKNOWN, BatchPage.UNKNOWN,
                List.of())).isEqualTo(ok(TREE.decode(utf8(noTotal))));
        assertThat(unknown.hasTotal()).isFalse();
        assertThat(unknown.isLast()).isTrue();
    }

    @Test
    void reportsMalformedJsonBeforeAWrongTypeThatComesEarlier() {
        String body = "{\"code\":0,\"data\":{\"records\":[{\"lineNumber\":{}}]},\"x\":[1,}";
        assertThatThrownBy(() -> STREAMED.decode(utf8(body))).isInstanceOf(DecodingException.class)
                .hasMessageContaining("malformed JSON").hasMessageNotContaining("lineNumber");
    }

    @Test
    void keepsAnErrorCodeWhateverDataHoldsAndWhereverItComes() {
        for (String data : List.of("[]", "{}", "null", "\"text\"", "[[1,\"x\"]]", "{\"records\":[{\"amount\":{}}]}")) {
            for (String body : List.of("{\"code\":113,\"message\":\"bad words\",\"data\":" + data + "}",
                    "{\"data\":" + data + ",\"message\":\"bad words\",\"code\":\"113\"}")) {
                WireResult.Failed<?> failed = Fixtures.failed(STREAMED.decode(utf8(body)));
                assertThat(failed.error().code()).isEqualTo(113);
                assertThat(failed.error().message()).isEqualTo("bad words");
            }
        }
    }

    @Test
    void readsAPageWhoseDataComesBeforeItsCode() {
        String body = "{\"data\":{\"records\":[],\"totalCount\":0,\"pageCount\":0,\"pageSize\":100,\"page\":0,"
                + "\"offset\":0,\"id\":\"c1f56606\"},\"message\":\"\",\"code\":0}";
        assertThat(ok(STREAMED.decode(utf8(body)))).isEqualTo(new BatchPage(BatchId.of("c1f56606"), 0, 0, 100, 0, 0,
                List.of()));
    }

    // ------------------------------------------------------------------ helpers

    private static void assertSameOutcome(byte[] body) {
        Object tree = outcome(TREE, body);
        Object streamed = outcome(STREAMED, body);
        assertThat(streamed).as("the streamed decision for %s", shown(body)).isEqualTo(tree);
    }

    /** The value, the server's error, or the decoding message; any other exception fails the test. */
    private static Object outcome(WireDecoder<BatchPage> decoder, byte[] body) {
        try {
            WireResult<BatchPage> result = decoder.decode(body);
            return result instanceof WireResult.Ok ? ((WireResult.Ok<BatchPage>) result).value() : result;
        } catch (DecodingException e) {
            return "DecodingException: " + e.getMessage();
        }
    }

    private static String shown(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<byte[]> samples() {
        WireRender asNumbers = new WireRender(false);
        WireRender asText = new WireRender(true);
        BatchPage page = ok(TREE.decode(bytes("get_batch_info.json")));
        return List.of(bytes("get_batch_info.json"), bytes("get_batch_info-string-numbers.json"),
                WireRender.json(asNumbers.batchPageJson(page)), WireRender.json(asText.batchPageJson(page)));
    }

    private static JsonNode tree(byte[] body) {
        try {
            return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .setNodeFactory(F).readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String key) {
        return text(F.textNode(key));
    }

    /** Every node of a tree, root first. */
    private static List<JsonNode> nodes(JsonNode root) {
        List<JsonNode> all = new ArrayList<>();
        collect(root, all);
        return all;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        into.add(node);
        node.forEach(child -> collect(child, into));
    }

    /**
     * Pieces of JSON and of its grammar for random edits, and bytes that are not UTF-8 (a lone lead byte, a
     * lone continuation byte, an overlong NUL, a surrogate, a code point past U+10FFFF).
     */
    private static final List<byte[]> PIECES = pieces();

    private static List<byte[]> pieces() {
        List<byte[]> pieces = new ArrayList<>();
        for (String piece : List.of("", "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1", "-", ".", "e",
                "\"a\":1,", "\"id\":\"x\",", "\"records\":[],", "\"state\":\"NEW\",", "{\"a\":1,\"a\":2}",
                "\"lineNumber\":1,", "\"amount\":\"1.5\",", " ", "é", "\u0000", "\"code\":0,", "\\u0041", "\\\"")) {
            pieces.add(utf8(piece));
        }
        for (int[] raw : new int[][] {{0xC3}, {0x80}, {0xFF}, {0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}}) {
            byte[] bytes = new byte[raw.length];
            for (int i = 0; i < raw.length; i++) {
                bytes[i] = (byte) raw[i];
            }
            pieces.add(bytes);
        }
        return List.copyOf(pieces);
    }

    /** 0 inserts the piece, 1 replaces one byte with it, 2 deletes one byte, 3 deletes everything from there. */
    private static byte[] edit(byte[] body, int at, int how, byte[] piece) {
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String inserted = new String(piece, StandardCharsets.ISO_8859_1);
        String edited;
        switch (how) {
            case 0: edited = text.substring(0, at) + inserted + text.substring(at); break;
            case 1: edited = text.substring(0, at) + inserted + text.substring(Math.min(at + 1, text.length())); break;
            case 2: edited = text.substring(0, at) + text.substring(Math.min(at + 1, text.length())); break;
            default: edited = text.substring(0, at);
        }
        return edited.getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * One change to a tree as it is written out: the node at a place (in {@link #nodes} order) replaced or
     * removed with its key, members inserted at the start of an object, the keys of one or every object
     * reversed.
     */
    private static final class Edit {
        int target = -1;
        String replacement;
        JsonNode insertInto;
        String members;
        JsonNode reversed;
        boolean reverseAll;

        static Edit replace(int target, String json) {
            Edit e = new Edit();
            e.target = target;
            e.replacement = json;
            return e;
        }

        static Edit remove(int target) {
            return replace(target, null);
        }

        static Edit insert(JsonNode object, String members) {
            Edit e = new Edit();
            e.insertInto = object;
            e.members = members;
            return e;
        }

        static Edit reverse(JsonNode object) {
            Edit e = new Edit();
            e.reversed = object;
            return e;
        }

        static Edit reverseAll() {
            Edit e = new Edit();
            e.reverseAll = true;
            return e;
        }
    }

    private static String write(JsonNode root, Edit edit) {
        StringBuilder out = new StringBuilder();
        write(root, edit, new int[1], out);
        return out.toString();
    }

    /** Writes one node; false when it is removed (then nothing, not even its key, is written). */
    private static boolean write(JsonNode node, Edit edit, int[] place, StringBuilder out) {
        int here = place[0]++;
        if (here == edit.target) {
            skip(node, place);
            if (edit.replacement == null) {
                return false;
            }
            out.append(edit.replacement);
            return true;
        }
        if (node.isObject()) {
            List<String> members = new ArrayList<>();
            if (node == edit.insertInto) {
                members.add(edit.members);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                StringBuilder member = new StringBuilder(quote(field.getKey())).append(':');
                if (write(field.getValue(), edit, place, member)) {
                    members.add(member.toString());
                }
            }
            if (edit.reverseAll || node == edit.reversed) {
                Collections.reverse(members);
            }
            out.append('{').append(String.join(",", members)).append('}');
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : node) {
                StringBuilder one = new StringBuilder();
                if (write(item, edit, place, one)) {
                    items.add(one.toString());
                }
            }
            out.append('[').append(String.join(",", items)).append(']');
        } else {
            out.append(text(node));
        }
        return true;
    }

    /** Counts the places under a replaced node, so that the places after it keep their numbers. */
    private static void skip(JsonNode node, int[] place) {
        for (JsonNode child : node) {
            place[0]++;
            skip(child, place);
        }
    }
}
