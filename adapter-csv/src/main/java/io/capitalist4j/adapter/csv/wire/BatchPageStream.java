package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * get_batch_info's {@code data} read from the token stream: a page of a thousand records is 270 KB, and
 * building its tree first cost more than everything else. Decides as {@link BatchPageCodec#fromJson} does.
 *
 * <p>Each field of a record has a fast path for the type the server writes (numbers as numbers, text as
 * strings, {@code null} for an absent document id). A field of any other type, and an absent field, is
 * kept as a small tree and judged by the same {@link Json} reads the tree mapping uses, in the mapping's
 * order, so that the same body fails with the same message either way.
 */
final class BatchPageStream implements StreamedPayload<BatchPage> {

    static final BatchPageStream INSTANCE = new BatchPageStream();

    // One bit per record field, in the order the mapping reads them.
    private static final int LINE_NUMBER = 1;
    private static final int INTERNAL_NUMBER = 1 << 1;
    private static final int BENEFICIARY = 1 << 2;
    private static final int AMOUNT = 1 << 3;
    private static final int CURRENCY = 1 << 4;
    private static final int DESCRIPTION = 1 << 5;
    private static final int DOCUMENT_ID = 1 << 6;
    private static final int STATE = 1 << 7;
    private static final int PAYMENT_TYPE = 1 << 8;
    private static final int ERROR_DETAILS = 1 << 9;
    private static final int ALL = (1 << 10) - 1;

    private BatchPageStream() {
    }

    @Override
    public Payload<BatchPage> read(JsonParser p, byte[] body) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return problem(JsonStream.readNode(p, body));
        }
        ObjectNode paging = JsonNodeFactory.instance.objectNode();
        List<BatchRecord> records = List.of();
        RuntimeException problem = null;
        boolean sawRecords = false;
        Set<String> others = null;
        String name;
        while ((name = nextKey(p, body, paging, sawRecords, others)) != null) {
            switch (name) {
                case "id":
                case "offset":
                case "page":
                case "pageSize":
                case "pageCount":
                case "totalCount":
                    if (paging.has(name)) {
                        throw JsonStream.duplicate(p, body, name);
                    }
                    p.nextToken();
                    paging.set(name, JsonStream.readNode(p, body));
                    break;
                case "records":
                    if (sawRecords) {
                        throw JsonStream.duplicate(p, body, name);
                    }
                    sawRecords = true;
                    if (p.nextToken() == JsonToken.START_ARRAY) {
                        records = new ArrayList<>();
                        problem = readRecords(p, body, records);
                    } else {
                        problem = notAList(JsonStream.readNode(p, body));
                    }
                    break;
                default:
                    others = JsonStream.remember(others, name, p, body);
                    p.nextToken();
                    JsonStream.readNode(p, body);
            }
        }
        if (problem != null) {
            return Payload.problem(problem);
        }
        try {
            // The mapping reads the paging after the records.
            return Payload.of(BatchPageCodec.paging(paging, records));
        } catch (RuntimeException e) {
            return Payload.problem(e);
        }
    }

    private static String nextKey(JsonParser p, byte[] body, ObjectNode paging, boolean sawRecords, Set<String> others)
            throws IOException {
        return JsonStream.nextFieldName(p, body, name -> paging.has(name) || (sawRecords && name.equals("records"))
                || (others != null && others.contains(name)));
    }

    @Override
    public Payload<BatchPage> missing() {
        return problem(null);
    }

    /** data that is not an object: the mapping's own check says why. */
    private static Payload<BatchPage> problem(JsonNode data) {
        try {
            Json.requireObject(data, "data");
        } catch (RuntimeException e) {
            return Payload.problem(e);
        }
        throw new IllegalStateException("data is an object but was not read as one");
    }

    /** records that is not an array: null and {} mean none, anything else is refused as the mapping refuses it. */
    private static RuntimeException notAList(JsonNode records) {
        ObjectNode holder = JsonNodeFactory.instance.objectNode();
        holder.set("records", records);
        try {
            Json.array(holder, "records");
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * Reads to the end of the array; returns the first problem that sinks the page (an item that is not an object,
     * a hostile number), after which records are read but not kept. A record whose fields are odd is kept with its
     * problem.
     */
    private static RuntimeException readRecords(JsonParser p, byte[] body, List<BatchRecord> records) throws IOException {
        RuntimeException problem = null;
        Recurring recurring = new Recurring();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token == JsonToken.START_OBJECT) {
                try {
                    BatchRecord record = readRecord(p, body, recurring);
                    if (problem == null) {
                        records.add(record);
                    }
                } catch (RecordProblem e) {
                    problem = problem == null ? e.problem : problem;
                }
            } else {
                JsonNode item = JsonStream.readNode(p, body);
                if (problem == null) {
                    try {
                        Json.requireObject(item, "records[]");
                    } catch (RuntimeException e) {
                        problem = e;
                    }
                }
            }
        }
        return problem;
    }

    /** One record, the parser on its START_OBJECT; left on its END_OBJECT. */
    private static BatchRecord readRecord(JsonParser p, byte[] body, Recurring recurring) throws IOException {
        int seen = 0;
        int fast = 0;
        ObjectNode other = null;
        Set<String> unknown = null;
        int lineNumber = 0;
        String internalNumber = null;
        String beneficiary = null;
        BigDecimal amount = null;
        String currency = null;
        String description = null;
        Optional<String> documentId = null;
        RecordState state = null;
        String paymentType = null;
        String errorDetails = null;
        int expected = 0;
        while (true) {
            // The server writes the fields in one order: the parser can match the next name's bytes as they
            // are rather than look the name up. Any other order is read all the same, only slower.
            int index;
            String name;
            boolean matched;
            try {
                matched = p.nextFieldName(NAMES[expected]);
            } catch (JsonProcessingException e) {
                int before = seen;
                Set<String> unknownBefore = unknown;
                throw JsonStream.orDuplicate(e, p, body, key -> index(key) >= 0
                        ? (before & (1 << index(key))) != 0 : unknownBefore != null && unknownBefore.contains(key));
            }
            if (matched) {
                index = expected;
                name = NAMES[expected].getValue();
            } else if (p.currentToken() == JsonToken.FIELD_NAME) {
                name = p.currentName();
                index = index(name);
            } else {
                break;
            }
            if (index < 0) {
                unknown = JsonStream.remember(unknown, name, p, body);
                p.nextToken();
                JsonStream.readNode(p, body);
                continue;
            }
            int field = 1 << index;
            if ((seen & field) != 0) {
                throw JsonStream.duplicate(p, body, name);
            }
            seen |= field;
            expected = index + 1 < NAMES.length ? index + 1 : 0;
            JsonToken token = p.nextToken();
            switch (field) {
                case LINE_NUMBER:
                    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                        lineNumber = p.getIntValue();
                        fast |= field;
                    }
                    break;
                case INTERNAL_NUMBER:
                    if ((internalNumber = textOrEmpty(p, token)) != null) {
                        fast |= field;
                    }
                    break;
                case BENEFICIARY:
                    if ((beneficiary = textOrEmpty(p, token)) != null) {
                        fast |= field;
                    }
                    break;
                case AMOUNT:
                    if ((amount = decimal(p, token)) != null) {
                        fast |= field;
                    }
                    break;
                case CURRENCY:
                    if (token == JsonToken.VALUE_STRING) {
                        currency = recurring.text(p);
                        fast |= field;
                    }
                    break;
                case DESCRIPTION:
                    if ((description = textOrEmpty(p, token)) != null) {
                        fast |= field;
                    }
                    break;
                case DOCUMENT_ID:
                    if ((documentId = optText(p, token)) != null) {
                        fast |= field;
                    }
                    break;
                case STATE:
                    if (token == JsonToken.VALUE_STRING && (state = state(p)) != null) {
                        fast |= field;
                    }
                    break;
                case PAYMENT_TYPE:
                    if ((paymentType = recurringOrEmpty(p, token, recurring)) != null) {
                        fast |= field;
                    }
                    break;
                case ERROR_DETAILS:
                    if ((errorDetails = recurringOrEmpty(p, token, recurring)) != null) {
                        fast |= field;
                    }
                    break;
                default:
                    throw new IllegalStateException("field " + field);
            }
            if ((fast & field) == 0) {
                if (other == null) {
                    other = JsonNodeFactory.instance.objectNode();
                }
                other.set(name, JsonStream.readNode(p, body));
            }
        }
        if (fast == ALL) {
            return new BatchRecord(lineNumber, internalNumber, beneficiary, amount, currency, description, documentId,
                    state, paymentType, errorDetails);
        }
        // A field of another type, or absent: the tree mapping's reads decide, in the tree mapping's order.
        ObjectNode r = other == null ? JsonNodeFactory.instance.objectNode() : other;
        RecordProblems k = new RecordProblems();
        try {
            return BatchPageCodec.record((fast & LINE_NUMBER) != 0 ? lineNumber : k.read(r, "lineNumber", Json::integer, 0),
                    (fast & INTERNAL_NUMBER) != 0 ? internalNumber : k.read(r, "internalNumber", Json::textOrEmpty, ""),
                    (fast & BENEFICIARY) != 0 ? beneficiary : k.read(r, "beneficiary", Json::textOrEmpty, ""),
                    (fast & AMOUNT) != 0 ? amount : k.read(r, "amount", Json::decimal, null),
                    (fast & CURRENCY) != 0 ? currency : k.read(r, "currency", Json::text, ""),
                    (fast & DESCRIPTION) != 0 ? description : k.read(r, "description", Json::textOrEmpty, ""),
                    (fast & DOCUMENT_ID) != 0 ? documentId : k.read(r, "documentId", Json::optText, Optional.empty()),
                    (fast & STATE) != 0 ? state.name() : k.read(r, "state", Json::text, ""),
                    (fast & PAYMENT_TYPE) != 0 ? paymentType : k.read(r, "paymentType", Json::textOrEmpty, ""),
                    (fast & ERROR_DETAILS) != 0 ? errorDetails : k.read(r, "errorDetails", Json::textOrEmpty, ""), k);
        } catch (RuntimeException e) {
            throw new RecordProblem(e); // a hostile number: the page fails, as the tree mapping's would
        }
    }

    /** The record's keys in the order of the bits above, which is the order the server writes them. */
    private static final SerializedString[] NAMES = {new SerializedString("lineNumber"),
        new SerializedString("internalNumber"), new SerializedString("beneficiary"), new SerializedString("amount"),
        new SerializedString("currency"), new SerializedString("description"), new SerializedString("documentId"),
        new SerializedString("state"), new SerializedString("paymentType"), new SerializedString("errorDetails")};

    /** The bit number of a record key, -1 for a key the mapping does not read. */
    private static int index(String name) {
        switch (name) {
            case "lineNumber": return 0;
            case "internalNumber": return 1;
            case "beneficiary": return 2;
            case "amount": return 3;
            case "currency": return 4;
            case "description": return 5;
            case "documentId": return 6;
            case "state": return 7;
            case "paymentType": return 8;
            case "errorDetails": return 9;
            default: return -1;
        }
    }

    /** A string as it is, null as {@code ""}; null for any other type. */
    private static String textOrEmpty(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        return token == JsonToken.VALUE_NULL ? "" : null;
    }

    /** As {@link #textOrEmpty}, for a field whose few values recur from record to record. */
    private static String recurringOrEmpty(JsonParser p, JsonToken token, Recurring recurring) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return recurring.text(p);
        }
        return token == JsonToken.VALUE_NULL ? "" : null;
    }

    /** A string of the decimal shape, or a JSON float, keeping its scale and within bounds; null for anything else. */
    private static BigDecimal decimal(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            char[] text = p.getTextCharacters();
            int offset = p.getTextOffset();
            return Values.decimalOrNull(text, offset, offset + p.getTextLength());
        }
        return token == JsonToken.VALUE_NUMBER_FLOAT ? Values.boundedOrNull(p.getDecimalValue()) : null;
    }

    /** A document id: a number (as its digits) or a non-empty string; null and {@code ""} for none. */
    private static Optional<String> optText(JsonParser p, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return Optional.of(Long.toString(p.getLongValue()));
        }
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        return null;
    }

    /** One of the five documented states, matched on the parser's characters; null for anything else. */
    private static RecordState state(JsonParser p) throws IOException {
        char[] text = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        for (RecordState candidate : STATES) {
            if (Recurring.matches(candidate.name(), text, offset, length)) {
                return candidate;
            }
        }
        return null;
    }

    private static final RecordState[] STATES = {RecordState.NEW, RecordState.READY, RecordState.INPROCESS,
        RecordState.DECLINED, RecordState.PROCESSED};

    /** A record's page-sinking problem, carried out of the record to be kept as the page's first. */
    private static final class RecordProblem extends RuntimeException {
        private final RuntimeException problem;

        RecordProblem(RuntimeException problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }
}
