package io.capitalist4j.testkit.api2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's state and the meaning of every API2 operation (reference §3–§8), apart from HTTP: accounts and
 * balances, payments and their states, transactions, the whitelist, the callbacks due. Every method runs under
 * the instance lock, so concurrent requests see one consistent bank.
 */
final class Api2Bank {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A callback ready to go: URL, signed headers and the exact body. */
    record DueCallback(String url, long documentId, String userRequestId, String timestamp, String signature,
                       byte[] body, Instant at) {
    }

    private static final class Account {
        final Api2Account spec;
        BigDecimal balance;

        Account(Api2Account spec) {
            this.spec = spec;
            this.balance = spec.openingBalance();
        }
    }

    private static final class Transaction {
        final long id;
        final Instant createDate;
        final String type;
        final BigDecimal amount;
        final String currency;
        Instant executeDate;
        Api2State state;
        int version = 1;
        String txId;

        Transaction(long id, Instant createDate, String type, BigDecimal amount, String currency, Api2State state) {
            this.id = id;
            this.createDate = createDate;
            this.type = type;
            this.amount = amount;
            this.currency = currency;
            this.state = state;
            this.executeDate = state.isFinal() ? createDate : null;
        }
    }

    private static final class Payment {
        final long documentId;
        final String userRequestId;
        final String accountFrom;
        final BigDecimal amount;
        final String currency;
        final String type;
        final String payloadJson;
        final String beneficiary;
        final String comment;
        final String callbackUrl;
        final BigDecimal fee;
        final BigDecimal debit;
        final Instant createdAt;
        final Transaction transaction;
        Api2State state = Api2State.PENDING;
        Instant finishedAt;
        String declineReason = "";
        String txId;
        int lookups;

        Payment(long documentId, String userRequestId, String accountFrom, BigDecimal amount, String currency,
                String type, String payloadJson, String beneficiary, String comment, String callbackUrl, BigDecimal fee,
                BigDecimal debit, Instant createdAt, Transaction transaction) {
            this.documentId = documentId;
            this.userRequestId = userRequestId;
            this.accountFrom = accountFrom;
            this.amount = amount;
            this.currency = currency;
            this.type = type;
            this.payloadJson = payloadJson;
            this.beneficiary = beneficiary;
            this.comment = comment;
            this.callbackUrl = callbackUrl;
            this.fee = fee;
            this.debit = debit;
            this.createdAt = createdAt;
            this.transaction = transaction;
        }

        Api2Payment snapshot() {
            return new Api2Payment(documentId, userRequestId, accountFrom, amount, currency, type, payloadJson,
                    Optional.ofNullable(beneficiary), Optional.ofNullable(comment), Optional.ofNullable(callbackUrl),
                    fee, debit, state, createdAt, Optional.ofNullable(finishedAt), declineReason,
                    Optional.ofNullable(txId), lookups);
        }
    }

    private final Api2SandboxConfig config;
    private final Clock clock;
    private final Api2Rates rates;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Payment> byUserRequestId = new HashMap<>();
    private final Map<Long, Payment> byDocumentId = new LinkedHashMap<>();
    private final Map<Long, Payment> pending = new LinkedHashMap<>();
    private final List<Transaction> transactions = new ArrayList<>();
    private final Whitelist whitelist;
    private final List<DueCallback> outbox = new ArrayList<>();
    private long nextDocumentId;
    private long nextTransactionId = 8_367_700L;

    Api2Bank(Api2SandboxConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = config.clock();
        this.rates = new Api2Rates(config.usdValues());
        this.whitelist = new Whitelist(config.whitelist());
        this.nextDocumentId = config.firstDocumentId();
        Instant now = clock.instant();
        for (Api2Account a : config.accounts()) {
            accounts.put(a.number(), new Account(a));
            if (a.openingBalance().signum() > 0) {
                // the opening balance arrived somehow: one executed IN row per funded account
                transactions.add(new Transaction(nextTransactionId++, now, "IN", a.openingBalance(), a.currency(),
                        Api2State.EXECUTED));
            }
        }
    }

    // ------------------------------------------------------------------ §4.1, §4.2, §4.3

    synchronized ArrayNode accountList(Optional<String> currency) {
        String code = currency.filter(c -> !c.isEmpty())
                .orElseThrow(() -> Api2Error.badRequest("currency: required"));
        if (!Currencies.isKnown(code)) {
            throw Api2Error.badRequest("currency: unknown currency code " + code);
        }
        ArrayNode out = Api2Json.NODES.arrayNode();
        for (Account a : accounts.values()) {
            if (a.spec.currency().equals(code)) {
                ObjectNode n = out.addObject();
                n.put("number", a.spec.number());
                n.put("currency", code);
                n.put("name", a.spec.name());
                n.put("balance", a.balance);
            }
        }
        return out;
    }

    synchronized BigDecimal rate(Optional<String> from, Optional<String> to) {
        String f = knownCurrency("from", from);
        String t = knownCurrency("to", to);
        return rates.rate(f, t);
    }

    synchronized void exchange(JsonNode body) {
        requireObject(body);
        Account from = ownAccount("fromAccount", requiredString(body, "fromAccount"));
        Account to = ownAccount("toAccount", requiredString(body, "toAccount"));
        BigDecimal amount = positiveAmount(body, "amount");
        if (from == to) {
            throw Api2Error.badRequest("toAccount: must differ from fromAccount");
        }
        if (from.spec.currency().equals(to.spec.currency())) {
            throw Api2Error.badRequest("toAccount: an exchange needs accounts in two currencies");
        }
        BigDecimal debit = Currencies.scaled(from.spec.currency(), amount);
        if (from.balance.compareTo(debit) < 0) {
            throw Api2Error.badRequest("Insufficient funds");
        }
        BigDecimal credit = rates.convert(debit, from.spec.currency(), to.spec.currency());
        from.balance = from.balance.subtract(debit);
        to.balance = to.balance.add(credit);
        Instant now = clock.instant();
        transactions.add(new Transaction(nextTransactionId++, now, "EXCHANGE_OUT", debit, from.spec.currency(),
                Api2State.EXECUTED));
        transactions.add(new Transaction(nextTransactionId++, now, "EXCHANGE_IN", credit, to.spec.currency(),
                Api2State.EXECUTED));
    }

    // ------------------------------------------------------------------ §4.4 create a payment

    /** The {@code documentId} of the new payment, or of the first one under a repeated {@code userRequestId}. */
    synchronized long createPayment(JsonNode body) {
        settleDue();
        requireObject(body);
        String userRequestId = requiredString(body, "userRequestId");
        Account account = ownAccount("accountFrom", requiredString(body, "accountFrom"));
        BigDecimal amount = positiveAmount(body, "amount");
        String currency = optionalString(body, "currency").orElse(account.spec.currency());
        if (!Currencies.isKnown(currency) || !rates.knows(currency)) {
            throw Api2Error.badRequest("currency: unknown currency code " + currency);
        }
        Optional<String> comment = optionalString(body, "comment");
        Optional<String> callbackUrl = optionalString(body, "callbackUrl");
        JsonNode payloadNode = body.get("payload");
        if (payloadNode == null || payloadNode.isNull()) {
            throw Api2Error.badRequest("payload: required");
        }
        if (!payloadNode.isObject()) {
            throw Api2Error.badRequest("payload: must be an object");
        }
        ObjectNode payload = ((ObjectNode) payloadNode).deepCopy();
        String type = paymentType(body, payload);
        payload.put("type", type);
        PayloadRules.check(type, payload, new PayloadRules.Context(clock.instant().atZone(ZoneOffset.UTC).getYear()));
        String payloadJson = Api2Json.text(Api2Json.sorted(payload));

        Payment first = byUserRequestId.get(userRequestId);
        if (first != null && config.repeatPolicy() != Api2SandboxConfig.RepeatPolicy.CREATE_AGAIN) {
            return repeat(first, account, amount, currency, payloadJson);
        }

        BigDecimal fee = amount.multiply(config.feePercent()).divide(HUNDRED)
                .setScale(Currencies.scale(currency), RoundingMode.HALF_UP);
        BigDecimal debit = rates.convert(amount.add(fee), currency, account.spec.currency());
        if (account.balance.compareTo(debit) < 0) {
            throw Api2Error.badRequest("Insufficient funds");
        }
        account.balance = account.balance.subtract(debit);
        Instant now = clock.instant();
        Transaction tx = new Transaction(nextTransactionId++, now, "OUT", Currencies.scaled(currency, amount), currency,
                Api2State.PENDING);
        transactions.add(tx);
        JsonNode beneficiary = payload.get("account");
        Payment p = new Payment(nextDocumentId, userRequestId, account.spec.number(), amount, currency, type,
                payloadJson, beneficiary != null && beneficiary.isTextual() ? beneficiary.asText() : null,
                comment.orElse(null), callbackUrl.orElse(null), fee, debit, now, tx);
        nextDocumentId += 2;
        byUserRequestId.put(userRequestId, p);
        byDocumentId.put(p.documentId, p);
        pending.put(p.documentId, p);
        settle(p, now);
        return p.documentId;
    }

    private long repeat(Payment first, Account account, BigDecimal amount, String currency, String payloadJson) {
        switch (config.repeatPolicy()) {
            case FIRST_DOCUMENT_ALWAYS:
                return first.documentId;
            case REFUSE:
                throw Api2Error.badRequest("userRequestId " + first.userRequestId + " is already used");
            default:
                boolean same = first.accountFrom.equals(account.spec.number()) && first.amount.compareTo(amount) == 0
                        && first.currency.equals(currency) && first.payloadJson.equals(payloadJson);
                if (!same) {
                    throw Api2Error.badRequest("userRequestId " + first.userRequestId
                            + " is already used by another payment");
                }
                return first.documentId;
        }
    }

    private static String paymentType(JsonNode body, ObjectNode payload) {
        JsonNode inner = payload.get("type");
        JsonNode outer = body.get("type");
        if (inner != null && !inner.isNull() && !inner.isTextual()) {
            throw Api2Error.badRequest("payload.type: must be a string");
        }
        if (outer != null && !outer.isNull() && !outer.isTextual()) {
            throw Api2Error.badRequest("type: must be a string");
        }
        String in = inner == null || inner.isNull() ? null : inner.asText();
        String out = outer == null || outer.isNull() ? null : outer.asText();
        if (in != null && out != null && !in.equals(out)) {
            throw Api2Error.badRequest("type: " + out + " differs from payload.type " + in);
        }
        String type = in != null ? in : out;
        if (type == null || type.isEmpty()) {
            throw Api2Error.badRequest("payload.type: required");
        }
        return type;
    }

    // ------------------------------------------------------------------ §4.5 / §4.6 status

    synchronized Optional<ObjectNode> statusByUserRequestId(String userRequestId) {
        return status(Optional.ofNullable(byUserRequestId.get(userRequestId)));
    }

    synchronized Optional<ObjectNode> statusByDocumentId(long documentId) {
        return status(Optional.ofNullable(byDocumentId.get(documentId)));
    }

    private Optional<ObjectNode> status(Optional<Payment> found) {
        settleDue();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Payment p = found.get();
        p.lookups++;
        settle(p, clock.instant());
        ObjectNode n = Api2Json.object();
        n.put("state", p.state.name());
        n.put("fee", p.fee);
        n.put("documentId", p.documentId);
        n.put("comment", p.comment);
        n.put("amount", p.amount);
        n.put("currency", p.currency);
        n.put("type", p.type);
        n.put("accountFrom", p.accountFrom);
        n.put("payload", p.payloadJson);
        n.put("userRequestId", p.userRequestId);
        n.put("callbackUrl", p.callbackUrl);
        if (p.txId != null) {
            n.put("txId", p.txId);
        }
        return Optional.of(n);
    }

    // ------------------------------------------------------------------ states and callbacks

    /** Moves every payment whose time has come; their callbacks go to the outbox. */
    synchronized void settleDue() {
        Instant now = clock.instant();
        for (Payment p : new ArrayList<>(pending.values())) {
            settle(p, now);
        }
    }

    private void settle(Payment p, Instant now) {
        if (p.state.isFinal()) {
            return;
        }
        Api2Timeline t = config.timeline();
        if (now.isBefore(p.createdAt.plus(t.pendingFor())) || p.lookups < t.lookups()) {
            return;
        }
        Api2Outcome outcome = Objects.requireNonNull(config.outcomePolicy().decide(p.snapshot()), "outcome");
        p.state = outcome.state();
        p.finishedAt = now;
        p.declineReason = outcome.reason();
        if (p.state == Api2State.DECLINED) {
            accounts.get(p.accountFrom).balance = accounts.get(p.accountFrom).balance.add(p.debit);
        } else if (PayloadRules.CRYPTO.contains(p.type)) {
            p.txId = DepositAddresses.txId(p.documentId);
            p.transaction.txId = p.txId;
        }
        p.transaction.state = p.state;
        p.transaction.executeDate = now;
        p.transaction.version++;
        pending.remove(p.documentId);
        if (p.callbackUrl != null) {
            outbox.add(callback(p, now));
        }
    }

    private DueCallback callback(Payment p, Instant now) {
        ObjectNode n = Api2Json.object();
        n.put("state", p.state.name());
        n.put("fee", p.fee);
        n.put("documentId", p.documentId);
        String comment = p.state == Api2State.DECLINED ? p.declineReason : p.comment;
        if (comment != null) {
            n.put("comment", comment);
        }
        n.put("amount", p.amount);
        n.put("currency", p.currency);
        n.put("type", p.type);
        n.put("accountFrom", p.accountFrom);
        n.put("userRequestId", p.userRequestId);
        n.put("callbackUrl", p.callbackUrl);
        byte[] body = Api2Json.write(n);
        String timestamp = Long.toString(now.toEpochMilli());
        return new DueCallback(p.callbackUrl, p.documentId, p.userRequestId, timestamp,
                Api2Signature.sign(timestamp, body, config.apiSecret()), body, now);
    }

    synchronized List<DueCallback> drainOutbox() {
        List<DueCallback> out = List.copyOf(outbox);
        outbox.clear();
        return out;
    }

    // ------------------------------------------------------------------ §4.8 transactions

    synchronized ObjectNode transactions(TransactionQuery q) {
        settleDue();
        List<Transaction> matches = new ArrayList<>();
        for (Transaction t : transactions) {
            if (q.transactionId().isPresent() && q.transactionId().getAsLong() != t.id) {
                continue;
            }
            if (q.periodStart().isPresent() && t.createDate.isBefore(q.periodStart().get())) {
                continue;
            }
            if (q.periodEnd().isPresent() && !t.createDate.isBefore(q.periodEnd().get())) {
                continue;
            }
            matches.add(t);
        }
        matches.sort(Comparator.comparing((Transaction t) -> t.createDate).thenComparingLong(t -> t.id).reversed());
        ArrayNode page = Api2Json.NODES.arrayNode();
        for (int i = q.offset(); i < matches.size() && i - q.offset() < q.limit(); i++) {
            Transaction t = matches.get(i);
            ObjectNode n = page.addObject();
            n.put("transactionId", t.id);
            n.put("createDate", TransactionQuery.format(t.createDate));
            if (t.executeDate != null) {
                n.put("executeDate", TransactionQuery.format(t.executeDate));
            }
            n.put("type", t.type);
            n.put("state", t.state.name());
            n.put("amount", t.amount);
            n.put("currency", t.currency);
            n.put("planDate", TransactionQuery.format(t.createDate));
            n.put("version", t.version);
            if (t.txId != null) {
                n.put("txId", t.txId);
            }
        }
        ObjectNode out = Api2Json.object();
        out.set("transactions", page);
        out.put("count", matches.size());
        return out;
    }

    // ------------------------------------------------------------------ §3 whitelist, §4.9 addresses

    synchronized boolean allows(String ip) {
        return !config.enforceWhitelist() || whitelist.allows(ip);
    }

    synchronized ArrayNode whitelist() {
        ArrayNode out = Api2Json.NODES.arrayNode();
        whitelist.entries().forEach(out::add);
        return out;
    }

    synchronized ArrayNode whitelistChange(JsonNode body, boolean add) {
        requireObject(body);
        JsonNode ips = body.get("ip");
        if (ips == null || ips.isNull()) {
            throw Api2Error.badRequest("ip: required");
        }
        if (!ips.isArray()) {
            throw Api2Error.badRequest("ip: must be an array of strings");
        }
        List<String> entries = new ArrayList<>();
        for (JsonNode ip : ips) {
            if (!ip.isTextual() || !Whitelist.isValidEntry(ip.asText())) {
                throw Api2Error.badRequest("ip: not an IPv4 address or pattern with * as the last octet: " + ip);
            }
            entries.add(ip.asText());
        }
        for (String e : entries) {
            if (add) {
                whitelist.add(e);
            } else {
                whitelist.remove(e);
            }
        }
        return whitelist();
    }

    synchronized void clearWhitelist() {
        whitelist.clear();
    }

    synchronized List<String> whitelistEntries() {
        return whitelist.entries();
    }

    synchronized ObjectNode depositAddress(String currency) {
        if (!DepositAddresses.CURRENCIES.contains(currency)) {
            throw Api2Error.badRequest("currency: no deposit address for " + currency + "; one of "
                    + String.join(", ", DepositAddresses.CURRENCIES));
        }
        ObjectNode n = Api2Json.object();
        n.put("address", DepositAddresses.forCurrency(currency, config.apiKey(), clock.instant()));
        return n;
    }

    synchronized ObjectNode depositAddressAutoUsdtTrc20(String account) {
        ownAccount("account", account);
        ObjectNode n = Api2Json.object();
        n.put("address", DepositAddresses.autoUsdtTrc20(account, config.apiKey(), clock.instant()));
        return n;
    }

    // ------------------------------------------------------------------ views for tests

    synchronized List<Api2Payment> payments() {
        List<Api2Payment> out = new ArrayList<>();
        byDocumentId.values().forEach(p -> out.add(p.snapshot()));
        return out;
    }

    synchronized Optional<Api2Payment> payment(String userRequestId) {
        return Optional.ofNullable(byUserRequestId.get(userRequestId)).map(Payment::snapshot);
    }

    synchronized BigDecimal balance(String account) {
        Account a = accounts.get(account);
        if (a == null) {
            throw new IllegalArgumentException("not a sandbox account: " + account);
        }
        return a.balance;
    }

    // ------------------------------------------------------------------ field helpers

    private static void requireObject(JsonNode body) {
        if (!body.isObject()) {
            throw Api2Error.badRequest("the body must be a JSON object");
        }
    }

    private static String requiredString(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            throw Api2Error.badRequest(field + ": required");
        }
        if (!v.isTextual()) {
            throw Api2Error.badRequest(field + ": must be a string");
        }
        if (v.asText().isEmpty()) {
            throw Api2Error.badRequest(field + ": must not be empty");
        }
        return v.asText();
    }

    private static Optional<String> optionalString(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            throw Api2Error.badRequest(field + ": must be a string");
        }
        return Optional.of(v.asText());
    }

    private static BigDecimal positiveAmount(JsonNode body, String field) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            throw Api2Error.badRequest(field + ": required");
        }
        if (!v.isNumber()) {
            throw Api2Error.badRequest(field + ": must be a JSON number");
        }
        BigDecimal amount = v.decimalValue();
        if (amount.signum() <= 0) {
            throw Api2Error.badRequest(field + ": must be greater than 0");
        }
        return amount;
    }

    private Account ownAccount(String field, String number) {
        Account a = accounts.get(number);
        if (a == null) {
            throw Api2Error.badRequest(field + ": unknown account " + number);
        }
        return a;
    }

    private String knownCurrency(String field, Optional<String> code) {
        String c = code.filter(s -> !s.isEmpty()).orElseThrow(() -> Api2Error.badRequest(field + ": required"));
        if (!Currencies.isKnown(c) || !rates.knows(c)) {
            throw Api2Error.badRequest(field + ": unknown currency code " + c);
        }
        return c;
    }
}
