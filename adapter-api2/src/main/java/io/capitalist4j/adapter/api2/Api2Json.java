package io.capitalist4j.adapter.api2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Account;
import io.capitalist4j.domain.api2.Api2Callback;
import io.capitalist4j.domain.api2.Api2Created;
import io.capitalist4j.domain.api2.Api2ExchangeRequest;
import io.capitalist4j.domain.api2.Api2Payload;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.api2.Api2PaymentState;
import io.capitalist4j.domain.api2.Api2Rate;
import io.capitalist4j.domain.api2.Api2Transaction;
import io.capitalist4j.domain.api2.Api2TransactionPage;
import io.capitalist4j.domain.api2.Api2TransactionQuery;
import io.capitalist4j.domain.api2.DepositAddress;
import io.capitalist4j.domain.api2.WhitelistEntry;
import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of API2: request bodies written once, compact, UTF-8 (non-ASCII as raw bytes, never {@code \}u escapes),
 * amounts as plain JSON numbers with their scale ({@code 1500.00}); answers read with decimals as
 * {@link BigDecimal} and ids as {@code long}, never through a double. Reading tolerates a trailing comma (the
 * documentation's deposit-address examples have one). A failure to read quotes a masked excerpt, never the
 * parser's own message (which quotes the answer unmasked).
 */
final class Api2Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // keep the digits as sent: 15.50 stays 15.50 (the tree would otherwise strip it to 15.5)
            .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .build();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final KnownSecrets secrets;

    Api2Json(KnownSecrets secrets) {
        this.secrets = secrets;
    }

    KnownSecrets secrets() {
        return secrets;
    }

    // ---- request bodies

    /** The fields in the order of the reference's examples: userRequestId, accountFrom, amount, currency, … */
    static byte[] paymentBody(Api2PaymentRequest request) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("userRequestId", request.userRequestId());
            g.writeStringField("accountFrom", request.accountFrom().value());
            g.writeFieldName("amount");
            g.writeNumber(request.amount().amount());
            g.writeStringField("currency", request.amount().currency().code());
            if (request.comment().isPresent()) {
                g.writeStringField("comment", request.comment().get());
            }
            if (request.callbackUrl().isPresent()) {
                g.writeStringField("callbackUrl", request.callbackUrl().get().toString());
            }
            g.writeFieldName("payload");
            g.writeStartObject();
            g.writeStringField("type", request.payload().type());
            for (Map.Entry<String, Object> field : request.payload().fields().entrySet()) {
                g.writeFieldName(field.getKey());
                value(g, field.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    static byte[] exchangeBody(Api2ExchangeRequest request) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("fromAccount", request.fromAccount().value());
            g.writeStringField("toAccount", request.toAccount().value());
            g.writeFieldName("amount");
            g.writeNumber(request.amount());
            g.writeEndObject();
        });
    }

    static byte[] whitelistBody(List<WhitelistEntry> entries) {
        return write(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("ip");
            for (WhitelistEntry entry : entries) {
                g.writeString(entry.value());
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private interface Writing {
        void to(JsonGenerator g) throws IOException;
    }

    private static byte[] write(Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writing.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON into memory", e);
        }
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value instanceof String) {
            g.writeString((String) value);
        } else if (value instanceof BigDecimal) {
            g.writeNumber((BigDecimal) value);
        } else if (value instanceof Long) {
            g.writeNumber((Long) value);
        } else if (value instanceof Boolean) {
            g.writeBoolean((Boolean) value);
        } else if (value instanceof Map) {
            g.writeStartObject();
            for (Map.Entry<String, Object> e : ((Map<String, Object>) value).entrySet()) {
                g.writeFieldName(e.getKey());
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List) {
            g.writeStartArray();
            for (Object item : (List<Object>) value) {
                value(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("not a payload value: " + value.getClass()); // Api2Payload refuses these
        }
    }

    // ---- answers

    /** The {@code error} text of an error body, if the body is a JSON object that has one. */
    Optional<String> errorMessage(byte[] body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (root == null || !root.isObject() || !root.has("error")) {
            return Optional.empty();
        }
        JsonNode error = root.get("error");
        return Optional.of(Excerpt.text(error.isTextual() ? error.asText() : error.toString(), secrets));
    }

    List<Api2Account> accounts(String op, byte[] body) {
        JsonNode root = tree(op, body);
        if (!root.isArray()) {
            throw bad(op, "expected an array of accounts", body);
        }
        List<Api2Account> accounts = new ArrayList<>(root.size());
        for (JsonNode a : root) {
            object(op, a, "account", body);
            try {
                accounts.add(new Api2Account(AccountNumber.of(text(op, a, "number", body)),
                        Currency.of(text(op, a, "currency", body)), optText(a, "name").orElse(""),
                        decimal(op, a, "balance", body)));
            } catch (IllegalArgumentException e) {
                throw bad(op, "an account that is not valid (" + e.getMessage() + ")", body);
            }
        }
        return List.copyOf(accounts);
    }

    Api2Rate rate(String op, byte[] body, Currency from, Currency to) {
        JsonNode root = tree(op, body);
        BigDecimal rate;
        if (root.isNumber()) {
            rate = root.decimalValue();
        } else if (root.isTextual()) {
            try {
                rate = Money.parseDecimal(root.asText());
            } catch (IllegalArgumentException e) {
                throw bad(op, "expected the rate as a number", body);
            }
        } else {
            throw bad(op, "expected the rate as a number", body);
        }
        return new Api2Rate(from, to, bounded(op, rate, body));
    }

    Api2Created created(String op, byte[] body, String userRequestId) {
        JsonNode root = tree(op, body);
        object(op, root, "answer", body);
        return new Api2Created(userRequestId, id(op, root, "documentId", body));
    }

    Api2Payment payment(String op, byte[] body) {
        JsonNode p = tree(op, body);
        object(op, p, "payment", body);
        String rawState = text(op, p, "state", body);
        Optional<String> payloadText = Optional.empty();
        Optional<Api2Payload> payload = Optional.empty();
        JsonNode payloadNode = p.get("payload");
        if (payloadNode != null && payloadNode.isTextual()) {
            payloadText = Optional.of(payloadNode.asText());
            payload = payload(payloadNode.asText(), optText(p, "type"));
        } else if (payloadNode != null && payloadNode.isObject()) {
            payloadText = Optional.of(payloadNode.toString());
            payload = payload(payloadNode, optText(p, "type"));
        }
        Optional<String> type = optText(p, "type").or(() -> payloadNode != null && payloadNode.isObject()
                ? optText(payloadNode, "type") : Optional.empty());
        return new Api2Payment(text(op, p, "userRequestId", body), id(op, p, "documentId", body),
                Api2PaymentState.of(rawState), rawState, decimal(op, p, "amount", body), currency(op, p, body),
                optDecimal(op, p, "fee", body), type, optText(p, "accountFrom"), optText(p, "comment"),
                optText(p, "callbackUrl"), payload, payloadText, optText(p, "txId"), optText(p, "dstAddress"));
    }

    Api2Callback callback(String op, byte[] body) {
        JsonNode c = tree(op, body);
        object(op, c, "callback", body);
        String rawState = text(op, c, "state", body);
        return new Api2Callback(text(op, c, "userRequestId", body), id(op, c, "documentId", body),
                Api2PaymentState.of(rawState), rawState, decimal(op, c, "amount", body), currency(op, c, body),
                optDecimal(op, c, "fee", body), optText(c, "type"), optText(c, "accountFrom"), optText(c, "comment"),
                optText(c, "callbackUrl"));
    }

    Api2TransactionPage transactions(String op, byte[] body, Api2TransactionQuery query) {
        JsonNode root = tree(op, body);
        object(op, root, "answer", body);
        JsonNode list = root.get("transactions");
        if (list == null || !list.isArray()) {
            throw bad(op, "expected 'transactions' as an array", body);
        }
        List<Api2Transaction> transactions = new ArrayList<>(list.size());
        for (JsonNode t : list) {
            object(op, t, "transaction", body);
            Currency currency = currency(op, t, body).orElseThrow(() -> bad(op, "a transaction without currency", body));
            transactions.add(new Api2Transaction(id(op, t, "transactionId", body), text(op, t, "type", body),
                    text(op, t, "state", body), decimal(op, t, "amount", body), currency,
                    instant(op, t, "createDate", body), instant(op, t, "executeDate", body),
                    instant(op, t, "planDate", body),
                    t.hasNonNull("version") ? Optional.of(id(op, t, "version", body)) : Optional.empty(),
                    optText(t, "txId"), optText(t, "dstAddress")));
        }
        long count = id(op, root, "count", body);
        if (count < 0) {
            throw bad(op, "a negative count", body);
        }
        return new Api2TransactionPage(query, transactions, count);
    }

    List<WhitelistEntry> whitelist(String op, byte[] body) {
        JsonNode root = tree(op, body);
        if (!root.isArray()) {
            throw bad(op, "expected an array of IP entries", body);
        }
        List<WhitelistEntry> entries = new ArrayList<>(root.size());
        for (JsonNode e : root) {
            if (!e.isTextual()) {
                throw bad(op, "an IP entry that is not a string", body);
            }
            try {
                entries.add(WhitelistEntry.of(e.asText()));
            } catch (IllegalArgumentException ex) {
                throw bad(op, ex.getMessage(), body);
            }
        }
        return List.copyOf(entries);
    }

    DepositAddress depositAddress(String op, byte[] body) {
        JsonNode root = tree(op, body);
        object(op, root, "answer", body);
        String address = text(op, root, "address", body);
        if (address.isBlank()) {
            throw bad(op, "a blank address", body);
        }
        return new DepositAddress(address);
    }

    // ---- the payload text of a status answer

    /** The payload text decoded, or empty when it is not a JSON object: it only echoes what was sent. */
    private static Optional<Api2Payload> payload(String text, Optional<String> topLevelType) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        return node != null && node.isObject() ? payload(node, topLevelType) : Optional.empty();
    }

    private static Optional<Api2Payload> payload(JsonNode node, Optional<String> topLevelType) {
        Optional<String> type = optText(node, "type").or(() -> topLevelType);
        if (type.isEmpty() || type.get().isBlank()) {
            return Optional.empty();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("type") && !e.getValue().isNull()) {
                Object value = plain(e.getValue());
                if (value != null) {
                    fields.put(e.getKey(), value);
                }
            }
        }
        return Optional.of(new Api2Payload(type.get(), fields));
    }

    private static Object plain(JsonNode n) {
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        if (n.isNumber()) {
            BigDecimal d = n.decimalValue();
            return Money.withinDigits(d) ? d : n.asText();
        }
        if (n.isArray()) {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : n) {
                Object v = plain(item);
                if (v != null) {
                    items.add(v);
                }
            }
            return items;
        }
        if (n.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                Object v = plain(e.getValue());
                if (v != null) {
                    map.put(e.getKey(), v);
                }
            }
            return map;
        }
        return null; // JSON null
    }

    // ---- reading helpers

    private JsonNode tree(String op, byte[] body) {
        if (body.length == 0) {
            throw bad(op, "an empty answer", body);
        }
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || root.isMissingNode()) {
                throw bad(op, "an empty answer", body);
            }
            return root;
        } catch (IOException e) {
            throw bad(op, "an answer that is not JSON", body);
        }
    }

    private void object(String op, JsonNode node, String what, byte[] body) {
        if (!node.isObject()) {
            throw bad(op, "expected the " + what + " as a JSON object", body);
        }
    }

    private String text(String op, JsonNode node, String field, byte[] body) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw bad(op, "'" + field + "' missing or not a string", body);
        }
        return v.asText();
    }

    private static Optional<String> optText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? Optional.of(v.asText()) : Optional.empty();
    }

    private long id(String op, JsonNode node, String field, byte[] body) {
        JsonNode v = node.get(field);
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw bad(op, "'" + field + "' missing or not a 64-bit integer", body);
        }
        return v.asLong();
    }

    private BigDecimal decimal(String op, JsonNode node, String field, byte[] body) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw bad(op, "'" + field + "' missing or not a number", body);
        }
        return bounded(op, v.decimalValue(), body);
    }

    private Optional<BigDecimal> optDecimal(String op, JsonNode node, String field, byte[] body) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(decimal(op, node, field, body));
    }

    private BigDecimal bounded(String op, BigDecimal value, byte[] body) {
        if (!Money.withinDigits(value)) {
            throw bad(op, "a number of more than " + Money.MAX_DIGITS + " digits", body);
        }
        return value;
    }

    private Optional<Currency> currency(String op, JsonNode node, byte[] body) {
        Optional<String> code = optText(node, "currency");
        if (code.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.of(code.get()));
        } catch (IllegalArgumentException e) {
            throw bad(op, "'currency' is not a currency code", body);
        }
    }

    /** An ISO 8601 instant; one without a zone is taken as UTC (the reference's choice, §14 Q7). */
    private Optional<Instant> instant(String op, JsonNode node, String field, byte[] body) {
        Optional<String> text = optText(node, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException withoutZone) {
            try {
                return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw bad(op, "'" + field + "' is not an ISO 8601 date and time", body);
            }
        }
    }

    private DecodingException bad(String op, String what, byte[] body) {
        return new DecodingException(op, op + ": unexpected answer, " + what + ": " + Excerpt.of(body, secrets), null);
    }
}
