package io.capitalist4j.testkit;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.VerificationMethod;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * import_batch_advanced and process_batch: the upload is verified, checked as a whole (codes 111, 112, 125,
 * 185, 187, 188), read line by line with the sandbox's own reader, paid for from the source accounts (130,
 * 131, 135) and stored; its accepted lines start moving at once, or after the SMS code for MOBILE.
 */
final class Uploads {

    /** Currencies import_batch_advanced always reports, in the CSV column order (§6.2). */
    static final List<Currency> REPORTED = List.of(Currency.RUR, Currency.USD, Currency.EUR, Currency.BTC);

    private final SandboxConfig config;
    private final Clock clock;
    private final UploadVerification verification;
    private final Ledger ledger;
    private final BatchStore store;
    private final Settlement settlement;

    Uploads(SandboxConfig config, Ledger ledger, BatchStore store, Settlement settlement) {
        this.config = config;
        this.clock = config.clock();
        this.verification = new UploadVerification(config);
        this.ledger = ledger;
        this.store = store;
        this.settlement = settlement;
    }

    BatchReceipt importBatch(SandboxUser user, String batch, String verificationType, String verificationData,
                             Map<String, String> sourceAccountParams) {
        String text = batch == null ? "" : batch;
        VerificationMethod method = verification.verify(user, text, verificationType, verificationData);
        List<String> texts = UploadReader.lines(text);
        if (texts.isEmpty() || text.isBlank()) {
            throw new ApiFailure(125, "Uploaded file cannot be parsed: the batch is empty");
        }
        rejectForbiddenCharacters(text);
        if (texts.size() > config.maxRecords()) {
            throw new ApiFailure(112, "Exceeded number of records in a single batch payment: " + texts.size()
                    + " records, the limit is " + config.maxRecords());
        }
        List<UploadLine> lines = UploadReader.read(texts, config.paymentNumberMatching());
        rejectZeroOrUnavailable(lines);
        List<UploadLine> accepted = lines.stream().filter(l -> l.order().isPresent()).collect(Collectors.toList());
        if (accepted.isEmpty() && lines.size() == 1) {
            throw new ApiFailure(188, "Error importing a single-record mass payment: " + lines.get(0).problem());
        }
        if (accepted.isEmpty()) {
            throw new ApiFailure(125, "Uploaded file cannot be parsed: no line is a valid payment");
        }
        Map<Currency, AccountState> sources = ledger.sources(user, sourceAccountParams, accepted.stream()
                .map(l -> l.order().get().amount().currency()).collect(Collectors.toList()));
        Map<Currency, BigDecimal> summary = zeroes();
        Map<Currency, BigDecimal> fees = zeroes();
        Map<Integer, BigDecimal> feeByLine = new LinkedHashMap<>();
        for (UploadLine l : accepted) {
            Money amount = l.order().get().amount();
            Money fee = config.feePolicy().fee(l.order().get().opcode().name(), amount);
            if (!fee.currency().equals(amount.currency()) || fee.amount().signum() < 0) {
                throw new IllegalStateException("the fee policy must answer a non-negative fee in " + amount.currency());
            }
            feeByLine.put(l.number, fee.amount());
            summary.merge(amount.currency(), amount.amount(), BigDecimal::add);
            fees.merge(amount.currency(), fee.amount(), BigDecimal::add);
        }
        for (Map.Entry<Currency, AccountState> e : sources.entrySet()) {
            BigDecimal debit = summary.get(e.getKey()).add(fees.get(e.getKey()));
            if (debit.compareTo(e.getValue().available()) > 0) {
                throw new ApiFailure(135, "Insufficient funds for operations on " + e.getValue().number);
            }
        }
        BatchId id = store.newBatchId();
        List<LineRejection> rejections = new ArrayList<>();
        List<StoredRecord> records = store(id, lines, method, sources, feeByLine, rejections);
        store.add(new StoredBatch(id, user.login(), method, records));
        Map<Currency, BigDecimal> netto = new LinkedHashMap<>();
        summary.forEach((c, s) -> netto.put(c, s.add(fees.get(c))));
        return new BatchReceipt(id, summary, fees, netto, rejections);
    }

    private List<StoredRecord> store(BatchId id, List<UploadLine> lines, VerificationMethod method,
                                     Map<Currency, AccountState> sources, Map<Integer, BigDecimal> feeByLine,
                                     List<LineRejection> rejections) {
        Instant now = clock.instant();
        // stored as documents_search will look for it: one text on both sides, never trimmed on one only
        SandboxConfig.PaymentNumberMatching matching = config.paymentNumberMatching();
        List<StoredRecord> records = new ArrayList<>();
        for (UploadLine line : lines) {
            if (line.order().isEmpty()) {
                rejections.add(new LineRejection(line.number, line.problem()));
                records.add(StoredRecord.skipped(id, line, matching.apply(line.paymentNumber()), now));
                continue;
            }
            PaymentOrder order = line.order().get();
            AccountState source = sources.get(order.amount().currency());
            StoredRecord r = StoredRecord.accepted(id, line.number, order, matching.apply(order.paymentNumber()), source,
                    feeByLine.get(line.number), store.nextDocumentId(), store.nextDocumentNumber(), now);
            source.blocked = source.blocked.add(r.debit());
            if (method != VerificationMethod.MOBILE) {
                r.startAt = now;
            }
            records.add(r);
            settlement.follow(r);
        }
        return records;
    }

    /** 185 for a zero amount and 187 for an unavailable payment type, whichever line comes first (§9). */
    private void rejectZeroOrUnavailable(List<UploadLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            UploadLine line = lines.get(i);
            if (line.hasZeroAmount()) {
                String number = line.paymentNumber();
                throw new ApiFailure(185, "Error importing a batch payment: the payment amount is equal to zero (line "
                        + (i + 1) + ", payment " + number + ")", Optional.of(number));
            }
            Optional<Opcode> op = line.opcode();
            if (op.isPresent() && config.unavailableOpcodes().contains(op.get())) {
                throw new ApiFailure(187, "Error importing a mass payment due to temporary unavailability of "
                        + op.get() + " payments (record " + i + ")", Optional.of(Integer.toString(i)));
            }
        }
    }

    /** Any control character but the line breaks (a CR counts only as part of CRLF): code 111. */
    private static void rejectForbiddenCharacters(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (Character.isISOControl(c)) {
                throw new ApiFailure(111, String.format("The transfer data contains invalid characters: U+%04X on line %d",
                        (int) c, line));
            }
        }
    }

    private static Map<Currency, BigDecimal> zeroes() {
        Map<Currency, BigDecimal> m = new LinkedHashMap<>();
        REPORTED.forEach(c -> m.put(c, BigDecimal.ZERO.setScale(c.scale())));
        return m;
    }

    /** process_batch: the SMS code starts a MOBILE batch; a wrong code answers verificationSuccess 2. */
    ConfirmationResult processBatch(SandboxUser user, String batchId, String type, String code) {
        StoredBatch batch = store.own(user, batchId);
        if (type != null && !type.isBlank() && !"MOBILE".equalsIgnoreCase(type.trim())) {
            throw new ApiFailure(180, "Unknown confirmation method");
        }
        if (code == null || !code.trim().matches("[0-9]{4,8}")) {
            throw new ApiFailure(198, "Invalid verification code");
        }
        if (batch.method != VerificationMethod.MOBILE) {
            throw ApiFailure.badParams("batch " + batchId + " does not wait for an SMS code");
        }
        boolean right = user.smsCode().isPresent()
                && MessageDigest.isEqual(code.trim().getBytes(StandardCharsets.UTF_8), user.smsCode().get().utf8());
        if (!right) {
            return new ConfirmationResult(batch.id, 2);
        }
        if (!batch.confirmed) {
            batch.confirmed = true;
            Instant now = clock.instant();
            batch.records.stream().filter(StoredRecord::isDocument).forEach(r -> r.startAt = now);
        }
        return new ConfirmationResult(batch.id, 1);
    }
}
