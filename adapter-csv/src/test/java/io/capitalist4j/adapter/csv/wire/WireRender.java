package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test-only renderers: a domain value as the server would write it in JSON and as CSV rows (which also
 * make the json-lite form). {@code numbersAsText} flips how numbers are written, as the server does both.
 */
final class WireRender {

    private static final ObjectMapper WRITER = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private final boolean numbersAsText;

    WireRender(boolean numbersAsText) {
        this.numbersAsText = numbersAsText;
    }

    // ---- envelopes

    /** A successful JSON answer: code 0, an empty message and {@code data}. */
    static byte[] json(JsonNode data) {
        ObjectNode root = F.objectNode();
        root.put("code", 0);
        root.put("message", "");
        root.set("data", data);
        try {
            return WRITER.writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] csv(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(quoted(cell));
            }
            text.append(String.join(";", cells)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] jsonLite(List<List<String>> rows) {
        ArrayNode data = F.arrayNode();
        for (List<String> row : rows) {
            ArrayNode cells = data.addArray();
            row.forEach(cells::add);
        }
        return json(data);
    }

    private static String quoted(String cell) {
        if (cell.contains(";") || cell.startsWith("\"")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    private JsonNode number(BigDecimal value) {
        return numbersAsText ? F.textNode(value.toPlainString()) : F.numberNode(value);
    }

    private JsonNode integer(long value) {
        return numbersAsText ? F.textNode(Long.toString(value)) : F.numberNode(value);
    }

    /** The server writes a yes/no as 1/0 where it writes numbers as text, else as a JSON boolean. */
    private JsonNode flag(boolean value) {
        return numbersAsText ? F.numberNode(value ? 1 : 0) : F.booleanNode(value);
    }

    private static JsonNode textOrNull(Optional<String> value) {
        return value.<JsonNode>map(F::textNode).orElse(F.nullNode());
    }

    private ObjectNode amounts(Map<Currency, BigDecimal> map) {
        ObjectNode node = F.objectNode();
        map.forEach((c, a) -> node.set(c.code(), number(a)));
        return node;
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    // ---- get_token

    JsonNode tokenJson(TokenGrant grant) {
        ObjectNode d = F.objectNode();
        d.put("token", grant.token());
        d.put("modulus", grant.key().modulusHex());
        d.put("exponent", grant.key().exponentHex());
        d.put("rsa_public_key_pkcs1_pem", grant.key().pkcs1Pem());
        return d;
    }

    List<List<String>> tokenRows(TokenGrant grant) {
        return List.of(List.of("0", grant.token(), grant.key().modulusHex(), grant.key().exponentHex(),
                grant.key().pkcs1Pem()));
    }

    // ---- import_batch_advanced (the CSV form has no fee or net amounts)

    JsonNode receiptJson(BatchReceipt receipt) {
        ObjectNode d = F.objectNode();
        d.put("id", receipt.id().value());
        d.set("summary", amounts(receipt.summary()));
        d.set("fee", receipt.fee().isEmpty() ? F.arrayNode() : amounts(receipt.fee()));
        d.set("nettoSummary", amounts(receipt.nettoSummary()));
        ArrayNode errors = d.putArray("errors");
        for (LineRejection r : receipt.rejections()) {
            errors.addObject().set("line", integer(r.line()));
            ((ObjectNode) errors.get(errors.size() - 1)).put("comment", r.comment());
        }
        return d;
    }

    List<List<String>> receiptRows(BatchReceipt receipt) {
        List<List<String>> rows = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of("0", receipt.id().value()));
        for (Currency c : ReceiptCodec.CSV_SUM_CURRENCIES) {
            BigDecimal sum = receipt.summary().get(c);
            first.add(sum == null ? "" : plain(sum));
        }
        rows.add(first);
        if (!receipt.rejections().isEmpty()) {
            rows.add(List.of("errors", receipt.id().value(), Integer.toString(receipt.rejections().size())));
        }
        for (LineRejection r : receipt.rejections()) {
            rows.add(List.of("errorAtLine", Integer.toString(r.line()), r.comment()));
        }
        return rows;
    }

    // ---- process_batch

    JsonNode confirmationJson(ConfirmationResult result) {
        ObjectNode d = F.objectNode();
        d.put("id", result.id().value());
        d.set("verificationSuccess", integer(result.verificationSuccess()));
        return d;
    }

    List<List<String>> confirmationRows(ConfirmationResult result) {
        return List.of(List.of("0", result.id().value(), Integer.toString(result.verificationSuccess())));
    }

    // ---- get_batch_info

    JsonNode batchPageJson(BatchPage page) {
        ObjectNode d = F.objectNode();
        d.put("id", page.id().value());
        d.set("offset", integer(page.offset()));
        d.set("page", integer(page.page()));
        d.set("pageSize", integer(page.pageSize()));
        d.set("pageCount", integer(page.pageCount()));
        d.set("totalCount", integer(page.totalCount()));
        ArrayNode records = d.putArray("records");
        for (BatchRecord r : page.records()) {
            ObjectNode o = records.addObject();
            o.set("lineNumber", integer(r.lineNumber()));
            o.put("internalNumber", r.internalNumber());
            o.put("beneficiary", r.beneficiary());
            o.set("amount", number(r.amount()));
            o.put("currency", r.currency());
            o.put("description", r.description());
            o.set("documentId", textOrNull(r.documentId()));
            o.put("state", r.state().name());
            o.put("paymentType", r.paymentType());
            o.put("errorDetails", r.errorDetails());
        }
        return d;
    }

    List<List<String>> batchPageRows(BatchPage page) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("0", page.id().value(), Integer.toString(page.offset()), Integer.toString(page.pageSize()),
                Integer.toString(page.totalCount()), Integer.toString(page.pageCount()), Integer.toString(page.page())));
        for (BatchRecord r : page.records()) {
            rows.add(List.of(Integer.toString(r.lineNumber()), r.internalNumber(), r.beneficiary(), plain(r.amount()),
                    r.currency(), r.description(), r.documentId().orElse(""), r.state().name(), r.paymentType(),
                    r.errorDetails()));
        }
        return rows;
    }

    // ---- documents_search

    JsonNode documentsJson(List<FoundDocument> documents) {
        ObjectNode d = F.objectNode();
        ObjectNode search = d.putObject("search");
        search.put("beginDate", "04.06.2016");
        search.put("endDate", "04.07.2016");
        search.putNull("customNumber");
        ArrayNode list = d.putArray("documents");
        for (FoundDocument doc : documents) {
            ObjectNode o = list.addObject();
            o.put("type", doc.type());
            o.put("sourceAccount", doc.sourceAccount());
            o.put("destinationAccount", doc.destinationAccount());
            o.set("batchId", textOrNull(doc.batchId()));
            o.set("timestamp", integer(doc.timestamp().getEpochSecond()));
            o.put("currency", doc.currency());
            o.set("amount", number(doc.amount()));
            o.put("description", doc.description());
            o.put("customNumber", doc.customNumber());
            o.put("documentNumber", doc.documentNumber());
            if (doc.comment().isEmpty()) {
                o.putNull("comment");
            } else {
                o.put("comment", doc.comment());
            }
            o.put("documentState", doc.documentState());
            o.put("localizedDocumentState", doc.localizedDocumentState());
        }
        return d;
    }

    List<List<String>> documentsRows(List<FoundDocument> documents) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("0", ""));
        for (FoundDocument doc : documents) {
            rows.add(List.of(doc.type(), doc.batchId().orElse(""), Long.toString(doc.timestamp().getEpochSecond()),
                    doc.sourceAccount(), doc.destinationAccount(), plain(doc.amount()), doc.currency(),
                    doc.description(), doc.customNumber(), doc.documentNumber(), doc.comment(), doc.documentState(),
                    doc.localizedDocumentState()));
        }
        return rows;
    }

    // ---- get_documents_history_ext (JSON only)

    JsonNode historyJson(HistoryPage page) {
        ObjectNode d = F.objectNode();
        ObjectNode pages = d.putObject("pages");
        pages.set("itemCount", integer(page.itemCount()));
        pages.set("pageCount", integer(page.pageCount()));
        pages.set("pageSize", integer(page.pageSize()));
        pages.set("currentPage", integer(page.currentPage()));
        pages.set("currentPageCount", integer(page.currentPageCount()));
        ArrayNode history = d.putArray("history");
        for (HistoryEntry h : page.entries()) {
            ObjectNode o = history.addObject();
            o.put("number", h.number());
            o.put("id", h.id());
            if (h.batchId().isPresent()) {
                o.putObject("batch").put("id", h.batchId().get());
            } else {
                o.putNull("batch");
            }
            o.set("timestamp", integer(h.timestamp().getEpochSecond()));
            o.put("state", h.state());
            o.put("stateLocalized", h.stateLocalized());
            o.put("channel", h.channel());
            o.put("correspondent", h.correspondent());
            o.put("comment", h.comment());
            o.put("account", h.account());
            o.set("amount", number(h.amount()));
            o.set("tax", h.tax().map(this::number).orElse(F.nullNode()));
            o.put("currency", h.currency());
            o.set("destAmount", h.destAmount().map(this::number).orElse(F.nullNode()));
            o.set("destCurrency", textOrNull(h.destCurrency()));
            o.put("description", h.description());
            o.set("outgoing", flag(h.outgoing()));
            o.put("selfExchange", h.selfExchange());
        }
        return d;
    }

    // ---- get_accounts (the CSV totals cover RUR, USD and EUR)

    JsonNode accountsJson(AccountsOverview overview) {
        ObjectNode d = F.objectNode();
        d.set("summary", amounts(overview.summary()));
        ArrayNode list = d.putArray("accounts");
        for (Account a : overview.accounts()) {
            ObjectNode o = list.addObject();
            o.put("name", a.name());
            o.put("number", a.number().value());
            o.put("currency", a.currency().code());
            o.set("balance", number(a.balance()));
            o.set("blockedAmount", number(a.blocked()));
        }
        return d;
    }

    List<List<String>> accountsRows(AccountsOverview overview) {
        List<List<String>> rows = new ArrayList<>();
        List<String> first = new ArrayList<>(List.of("0", Integer.toString(overview.accounts().size())));
        for (Currency c : AccountsCodec.CSV_TOTAL_CURRENCIES) {
            long count = overview.accounts().stream().filter(a -> a.currency().equals(c)).count();
            BigDecimal total = overview.summary().get(c);
            first.add(Long.toString(count));
            first.add(total == null ? "" : plain(total));
        }
        rows.add(first);
        for (Account a : overview.accounts()) {
            rows.add(List.of(a.name(), a.number().value(), a.currency().code(), plain(a.balance()), plain(a.blocked())));
        }
        return rows;
    }

    // ---- is_verified_account

    JsonNode verifiedJson(boolean verified) {
        ObjectNode d = F.objectNode();
        d.set("verified", flag(verified));
        return d;
    }

    List<List<String>> verifiedRows(boolean verified) {
        return List.of(List.of("0", verified ? "1" : "0"));
    }

    // ---- currency_rates (no targetAmount in CSV)

    JsonNode ratesJson(CurrencyRates rates) {
        ObjectNode d = F.objectNode();
        ObjectNode r = d.putObject("rates");
        r.set(RatesCodec.BUY, rateList(rates.buy()));
        r.set(RatesCodec.SELL, rateList(rates.sell()));
        r.set(RatesCodec.UAH_SELL, rateList(rates.uahSell()));
        return d;
    }

    private ArrayNode rateList(List<Rate> rates) {
        ArrayNode list = F.arrayNode();
        for (Rate rate : rates) {
            ObjectNode o = list.addObject();
            rate.targetAmount().ifPresent(t -> o.put("targetAmount", t));
            o.put("target", rate.target());
            o.set("amount", number(rate.amount()));
            o.put("amountCur", rate.amountCurrency());
        }
        return list;
    }

    List<List<String>> ratesRows(CurrencyRates rates) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("0", ""));
        addRates(rows, RatesCodec.BUY, rates.buy());
        addRates(rows, RatesCodec.SELL, rates.sell());
        addRates(rows, RatesCodec.UAH_SELL, rates.uahSell());
        return rows;
    }

    private static void addRates(List<List<String>> rows, String kind, List<Rate> rates) {
        for (Rate rate : rates) {
            rows.add(List.of(kind, rate.target(), plain(rate.amount()), rate.amountCurrency()));
        }
    }

    // ---- get_document_fee

    JsonNode feeJson(FeeQuote quote) {
        ObjectNode d = F.objectNode();
        d.set("fee", number(quote.fee()));
        d.put("currency", quote.currency());
        d.set("amount", number(quote.amount()));
        return d;
    }

    List<List<String>> feeRows(FeeQuote quote) {
        return List.of(List.of("0", plain(quote.fee()), quote.currency(), plain(quote.amount())));
    }
}
