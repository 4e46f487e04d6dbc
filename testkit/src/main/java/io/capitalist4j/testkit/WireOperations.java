package io.capitalist4j.testkit;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The v1 protocol over the engine: reads the form parameters of one request, calls the engine, and shapes
 * the answer for every format. Parameter problems the engine cannot see (a page size that is not a number,
 * a date that is not DD.MM.YYYY) are answered here with 202.
 */
final class WireOperations {

    static final List<String> OPERATIONS = List.of("get_token", "import_batch_advanced", "process_batch",
            "get_batch_info", "get_document_fee", "get_documents_history_ext", "documents_search",
            "is_verified_account", "get_accounts", "currency_rates");

    private final Engine engine;
    private final MoreOperations more;

    WireOperations(Engine engine) {
        this.engine = engine;
        this.more = new MoreOperations(engine);
    }

    static boolean known(String operation) {
        return OPERATIONS.contains(operation);
    }

    Reply handle(Map<String, String> params, ResponseFormat requested) {
        String op = params.get("operation");
        try {
            if (op != null && MoreOperations.known(op)) {
                return more.handle(op, params);
            }
            if (op == null || !known(op)) {
                throw new ApiFailure(151, "Unknown operation");
            }
            if (op.equals("get_token")) {
                return token(engine.getToken(params.get("login")));
            }
            SandboxUser user = engine.authenticate(params.get("login"), new Logins.Credentials(
                    text(params, "plain_password"), text(params, "token"), text(params, "encrypted_password")));
            switch (op) {
                case "import_batch_advanced": return receipt(engine.importBatch(user, params.get("batch"),
                        params.get("verification_type"), params.get("verification_data"), sourceAccounts(params)));
                case "process_batch": return confirmation(engine.processBatch(user, params.get("batch_id"),
                        params.get("verification_type"), params.get("verification_data")));
                case "get_batch_info": return batchPage(engine.batchInfo(user, params.get("batch_id"),
                        integer(params, "page_size"), integer(params, "start_offset"), integer(params, "page")));
                case "get_document_fee": return fee(engine.fee(user, params.get("document_type"),
                        params.get("source_account"), params.get("amount"), params.get("dest_account"),
                        params.get("wiretag"), params.get("usdt_network")));
                case "get_documents_history_ext": return history(user, params, requested);
                case "documents_search": return search(user, params);
                case "is_verified_account": return verified(engine.isVerified(params.get("account")));
                case "get_accounts": return accounts(engine.accounts(user));
                default: return rates(engine.rates());
            }
        } catch (ApiFailure f) {
            Reply r = Reply.error(f);
            return "get_documents_history_ext".equals(op) ? r.onlyIn(ResponseFormat.JSON) : r;
        }
    }

    // ------------------------------------------------------------------ operations

    private static Reply token(Logins.TokenGrant g) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("token", g.token());
        data.put("modulus", g.modulusHex());
        data.put("exponent", g.exponentHex());
        data.put("rsa_public_key_pkcs1_pem", g.pkcs1Pem());
        List<Object> lite = List.of(0, g.token(), g.modulusHex(), g.exponentHex(), g.pkcs1Pem());
        return Reply.ok(data, List.of(List.of("0", g.token(), g.modulusHex(), g.exponentHex(),
                        ReplyWriter.oneLine(g.pkcs1Pem()))))
                .withLiteRows(List.of(lite));
    }

    private static Reply receipt(BatchReceipt r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", r.id().value());
        data.put("summary", amounts(r.summary()));
        data.put("fee", amounts(r.fee()));
        data.put("nettoSummary", amounts(r.nettoSummary()));
        List<Object> errors = new ArrayList<>();
        for (LineRejection e : r.rejections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", e.line());
            m.put("comment", e.comment());
            errors.add(m);
        }
        data.put("errors", errors);
        List<List<String>> rows = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of("0", r.id().value()));
        for (Currency c : Uploads.REPORTED) {
            first.add(r.summary().get(c).toPlainString());
        }
        rows.add(first);
        if (!r.rejections().isEmpty()) {
            rows.add(List.of("errors", r.id().value(), Integer.toString(r.rejections().size())));
            r.rejections().forEach(e -> rows.add(List.of("errorAtLine", Integer.toString(e.line()), e.comment())));
        }
        return Reply.ok(data, rows);
    }

    private static Map<String, Object> amounts(Map<Currency, BigDecimal> byCurrency) {
        Map<String, Object> m = new LinkedHashMap<>();
        byCurrency.forEach((c, v) -> m.put(c.code(), v.toPlainString()));
        return m;
    }

    private static Reply confirmation(ConfirmationResult c) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", c.id().value());
        data.put("verificationSuccess", c.verificationSuccess());
        return Reply.ok(data, List.of(List.of("0", c.id().value(), Integer.toString(c.verificationSuccess()))));
    }

    private static Reply batchPage(BatchPage p) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", p.id().value());
        data.put("offset", p.offset());
        data.put("page", p.page());
        data.put("pageSize", p.pageSize());
        data.put("pageCount", p.pageCount());
        data.put("totalCount", p.totalCount());
        List<Object> records = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("0", p.id().value(), Integer.toString(p.offset()), Integer.toString(p.pageSize()),
                Integer.toString(p.totalCount()), Integer.toString(p.pageCount()), Integer.toString(p.page())));
        for (BatchRecord r : p.records()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("lineNumber", r.lineNumber());
            m.put("internalNumber", r.internalNumber());
            m.put("beneficiary", r.beneficiary());
            m.put("amount", r.amount().toPlainString());
            m.put("currency", r.currency());
            m.put("description", r.description());
            m.put("documentId", r.documentId().map(Long::valueOf).orElse(null));
            m.put("state", r.state().name());
            m.put("paymentType", r.paymentType());
            m.put("errorDetails", r.errorDetails());
            records.add(m);
            rows.add(List.of(Integer.toString(r.lineNumber()), r.internalNumber(), r.beneficiary(),
                    r.amount().toPlainString(), r.currency(), r.description(), r.documentId().orElse(""),
                    r.state().name(), r.paymentType(), r.errorDetails()));
        }
        data.put("records", records);
        return Reply.ok(data, rows);
    }

    private static Reply fee(FeeQuote q) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fee", q.fee().toPlainString());
        data.put("currency", q.currency());
        data.put("amount", q.amount().toPlainString());
        return Reply.ok(data, List.of(List.of("0", q.fee().toPlainString(), q.currency(), q.amount().toPlainString())));
    }

    private Reply history(SandboxUser user, Map<String, String> params, ResponseFormat requested) {
        if (engine.config().historyFormatPolicy() == SandboxConfig.HistoryFormatPolicy.REFUSE
                && requested != ResponseFormat.JSON) {
            throw ApiFailure.badParams("only response format json is allowed for this operation");
        }
        Period period = period(params, "period_from", "period_to");
        String stateText = text(params, "document_state");
        DocumentStateFilter state;
        try {
            state = stateText == null ? DocumentStateFilter.ANY : DocumentStateFilter.ofWire(stateText);
        } catch (IllegalArgumentException e) {
            throw ApiFailure.badParams("document_state must be any, inprocess, executed or declined");
        }
        Integer limitParam = integer(params, "limit");
        int limit;
        if (limitParam == null) {
            limit = 100;
        } else if (limitParam < 0) {
            throw ApiFailure.badParams("limit must not be negative");
        } else if (limitParam == 0) {
            limit = 0;
        } else {
            limit = Math.max(50, Math.min(1000, limitParam));
        }
        Integer pageParam = integer(params, "page");
        int page = pageParam == null || pageParam < 1 ? 1 : pageParam;
        HistoryPage h = engine.history(user, period, state, limit, page, Optional.ofNullable(text(params, "account")),
                Optional.ofNullable(text(params, "external_account")));
        Map<String, Object> pages = new LinkedHashMap<>();
        pages.put("itemCount", h.itemCount());
        pages.put("pageCount", h.pageCount());
        pages.put("pageSize", h.pageSize());
        pages.put("currentPage", h.currentPage());
        pages.put("currentPageCount", h.currentPageCount());
        List<Object> history = new ArrayList<>();
        for (HistoryEntry e : h.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", Long.valueOf(e.number()));
            m.put("id", Long.valueOf(e.id()));
            m.put("batch", e.batchId().map(id -> (Object) Map.of("id", id)).orElse(null));
            m.put("timestamp", e.timestamp().getEpochSecond());
            m.put("state", e.state());
            m.put("stateLocalized", e.stateLocalized());
            m.put("channel", e.channel());
            m.put("correspondent", e.correspondent());
            m.put("comment", e.comment());
            m.put("account", e.account());
            m.put("amount", e.amount());
            m.put("tax", e.tax().orElse(null));
            m.put("currency", e.currency());
            m.put("destAmount", e.destAmount().orElse(null));
            m.put("destCurrency", e.destCurrency().orElse(null));
            m.put("description", e.description());
            m.put("outgoing", e.outgoing());
            m.put("selfExchange", e.selfExchange());
            history.add(m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("pages", pages);
        data.put("history", history);
        return Reply.ok(data, List.of(List.of("0"))).onlyIn(ResponseFormat.JSON);
    }

    private Reply search(SandboxUser user, Map<String, String> params) {
        Period period = period(params, "beginDate", "endDate");
        // as sent, never trimmed here: the sandbox's PaymentNumberMatching treats it as it treats stored numbers
        Optional<String> customNumber = Optional.ofNullable(params.get("customNumber")).filter(n -> !n.isEmpty());
        List<FoundDocument> docs = engine.searchDocuments(user, period, customNumber);
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("beginDate", period.fromWire());
        search.put("endDate", period.toWire());
        search.put("customNumber", customNumber.orElse(null));
        List<Object> documents = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("0", ""));
        for (FoundDocument d : docs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", d.type());
            m.put("sourceAccount", d.sourceAccount());
            m.put("destinationAccount", d.destinationAccount());
            m.put("batchId", d.batchId().orElse(null));
            m.put("timestamp", d.timestamp().getEpochSecond());
            m.put("currency", d.currency());
            m.put("amount", d.amount().toPlainString());
            m.put("description", d.description());
            m.put("customNumber", d.customNumber());
            m.put("documentNumber", Long.valueOf(d.documentNumber()));
            m.put("comment", d.comment());
            m.put("documentState", d.documentState());
            m.put("localizedDocumentState", d.localizedDocumentState());
            documents.add(m);
            rows.add(List.of(d.type(), d.batchId().orElse(""), Long.toString(d.timestamp().getEpochSecond()),
                    d.sourceAccount(), d.destinationAccount(), d.amount().toPlainString(), d.currency(),
                    d.description(), d.customNumber(), d.documentNumber(), d.comment(), d.documentState(),
                    d.localizedDocumentState()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("search", search);
        data.put("documents", documents);
        return Reply.ok(data, rows);
    }

    private static Reply verified(boolean verified) {
        return Reply.ok(Map.of("verified", verified), List.of(List.of("0", verified ? "1" : "0")));
    }

    private Reply accounts(AccountsOverview o) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", amounts(o.summary()));
        List<Object> list = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<List<Object>> lite = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of("0", Integer.toString(o.accounts().size())));
        for (Currency c : List.of(Currency.RUR, Currency.USD, Currency.EUR)) {
            long count = o.accounts().stream().filter(a -> a.currency().equals(c)).count();
            first.add(Long.toString(count));
            first.add(o.summary().getOrDefault(c, BigDecimal.ZERO.setScale(c.scale())).toPlainString());
        }
        rows.add(first);
        List<Object> liteFirst = new ArrayList<>(first);
        liteFirst.set(0, 0);
        lite.add(liteFirst);
        boolean quote = engine.config().quoteNamesInCsv();
        for (Account a : o.accounts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            m.put("number", a.number().value());
            m.put("currency", a.currency().code());
            m.put("balance", a.balance().toPlainString());
            m.put("blockedAmount", a.blocked().toPlainString());
            list.add(m);
            rows.add(List.of(quote ? ReplyWriter.quoted(a.name()) : a.name(), a.number().value(),
                    a.currency().code(), a.balance().toPlainString(), a.blocked().toPlainString()));
            // json-lite cells are JSON strings: the CSV quoting would only be noise there
            lite.add(List.of(a.name(), a.number().value(), a.currency().code(), a.balance().toPlainString(),
                    a.blocked().toPlainString()));
        }
        data.put("accounts", list);
        return Reply.ok(data, rows).withLiteRows(lite);
    }

    private static Reply rates(CurrencyRates r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("0", ""));
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("buy", rateList("buy", r.buy(), rows));
        rates.put("sell", rateList("sell", r.sell(), rows));
        rates.put("uahSell", rateList("uahSell", r.uahSell(), rows));
        return Reply.ok(Map.of("rates", rates), rows);
    }

    private static List<Object> rateList(String kind, List<Rate> rates, List<List<String>> rows) {
        List<Object> out = new ArrayList<>();
        for (Rate rate : rates) {
            Map<String, Object> m = new LinkedHashMap<>();
            if (rate.targetAmount().isPresent()) {
                m.put("targetAmount", rate.targetAmount().get());
                m.put("target", rate.target());
                m.put("amount", rate.amount().toPlainString());
            } else {
                m.put("target", rate.target());
                m.put("amount", rate.amount());
            }
            m.put("amountCur", rate.amountCurrency());
            out.add(m);
            rows.add(List.of(kind, rate.target(), rate.amount().toPlainString(), rate.amountCurrency()));
        }
        return out;
    }

    // ------------------------------------------------------------------ parameters

    /** {@code account_RUR=R0000001} → RUR → R0000001, for every {@code account_*} parameter. */
    private static Map<String, String> sourceAccounts(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("account_") && v != null && !v.isEmpty()) {
                out.put(k.substring("account_".length()), v.trim());
            }
        });
        return out;
    }

    private Period period(Map<String, String> params, String fromName, String toName) {
        LocalDate today = engine.today();
        LocalDate from = date(params, fromName).orElse(today.minusDays(7));
        LocalDate to = date(params, toName).orElse(today);
        try {
            return Period.of(from, to);
        } catch (IllegalArgumentException e) {
            throw ApiFailure.badParams(toName + " is before " + fromName);
        }
    }

    private static Optional<LocalDate> date(Map<String, String> params, String name) {
        String t = text(params, name);
        if (t == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Period.parseDate(t));
        } catch (IllegalArgumentException e) {
            throw ApiFailure.badParams(name + " must be DD.MM.YYYY");
        }
    }

    /** The value, or null when absent or empty (clients send empty values for "not given"). */
    static String text(Map<String, String> params, String name) {
        String v = params.get(name);
        return v == null || v.trim().isEmpty() ? null : v.trim();
    }

    private static Integer integer(Map<String, String> params, String name) {
        String t = text(params, name);
        if (t == null) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw ApiFailure.badParams(name + " must be an integer");
        }
    }
}
