package io.capitalist4j.testkit;

import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of an uploaded batch. An accepted line carries its order, source account, fee and document; a
 * line rejected at upload keeps its raw fields and is SKIP / DECLINED from the start.
 */
final class StoredRecord {

    final BatchId batchId;
    final int line;
    final String internalNumber;
    final String beneficiary;
    final BigDecimal amount;
    final String currency;
    final String description;
    final String paymentType;
    final Instant createdAt;
    /** Present for accepted lines only. */
    final PaymentOrder order;
    final AccountState source;
    final BigDecimal fee;
    final long documentId;
    final long documentNumber;

    RecordState state;
    String errorDetails;
    /** When the timeline started; null while a MOBILE batch waits for its SMS code. */
    Instant startAt;

    private StoredRecord(BatchId batchId, int line, String internalNumber, String beneficiary, BigDecimal amount,
                         String currency, String description, String paymentType, Instant createdAt,
                         PaymentOrder order, AccountState source, BigDecimal fee, long documentId,
                         long documentNumber, RecordState state, String errorDetails) {
        this.batchId = batchId;
        this.line = line;
        this.internalNumber = internalNumber;
        this.beneficiary = beneficiary;
        this.amount = amount;
        this.currency = currency;
        this.description = description;
        this.paymentType = paymentType;
        this.createdAt = createdAt;
        this.order = order;
        this.source = source;
        this.fee = fee;
        this.documentId = documentId;
        this.documentNumber = documentNumber;
        this.state = state;
        this.errorDetails = errorDetails;
    }

    /** @param internalNumber the order's payment number as the sandbox keeps it ({@code PaymentNumberMatching}) */
    static StoredRecord accepted(BatchId batchId, int line, PaymentOrder order, String internalNumber,
                                 AccountState source, BigDecimal fee, long documentId, long documentNumber,
                                 Instant createdAt) {
        return new StoredRecord(batchId, line, internalNumber, order.beneficiary(), order.amount().amount(),
                order.amount().currency().code(), order.description(), order.opcode().name(), createdAt, order,
                source, fee, documentId, documentNumber, RecordState.NEW, "");
    }

    static StoredRecord skipped(BatchId batchId, UploadLine raw, String internalNumber, Instant createdAt) {
        return new StoredRecord(batchId, raw.number, internalNumber, raw.beneficiary(), raw.amountOrZero(),
                raw.currency(), raw.description(), BatchRecord.SKIP, createdAt, null, null, null, 0, 0,
                RecordState.DECLINED, raw.problem());
    }

    boolean isDocument() {
        return order != null;
    }

    /** Amount and fee: what is blocked at upload and debited when processed. */
    BigDecimal debit() {
        return amount.add(fee);
    }

    BatchRecord toBatchRecord() {
        return new BatchRecord(line, internalNumber, beneficiary, amount, currency, description,
                isDocument() ? Optional.of(Long.toString(documentId)) : Optional.empty(), state, paymentType,
                errorDetails);
    }
}
