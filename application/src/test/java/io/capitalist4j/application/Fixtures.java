package io.capitalist4j.application;

import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.domain.payment.Field;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** Small builders shared by the tests. */
final class Fixtures {

    static final BatchId BATCH_ID = BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a");

    private Fixtures() {
    }

    static CapitalistTransfer transfer(int n) {
        return new CapitalistTransfer(AccountNumber.of("R0100271"), Money.of(n + ".50", Currency.RUR), "P-" + n,
                "payout " + n);
    }

    static Batch batchOf(int size) {
        List<PaymentOrder> orders = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            orders.add(transfer(i));
        }
        return Batch.of(orders);
    }

    static BatchRecord record(int line, RecordState state) {
        return new BatchRecord(line, "P-" + line, "R0100271", new BigDecimal("1.50"), "RUR", "payout " + line,
                Optional.of(String.valueOf(1000 + line)), state, "CAPITALIST", "");
    }

    static BatchRecord skipped(int line) {
        return new BatchRecord(line, "P-" + line, "R0100271", new BigDecimal("1.50"), "RUR", "payout " + line,
                Optional.empty(), RecordState.DECLINED, BatchRecord.SKIP, "bad account");
    }

    static List<BatchRecord> records(int count, RecordState state) {
        List<BatchRecord> records = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            records.add(record(i, state));
        }
        return records;
    }

    static FoundDocument document(String customNumber, String documentNumber, String state) {
        return document(customNumber, documentNumber, state, new BigDecimal("1.50"));
    }

    /** The document of {@link #transfer} {@code n} when {@code amount} is {@code n.50}. */
    static FoundDocument document(String customNumber, String documentNumber, String state, BigDecimal amount) {
        return new FoundDocument("CAPITALIST", Optional.of(BATCH_ID.value()), Instant.parse("2025-03-26T10:00:00Z"),
                "R0100813", "R0100271", amount, "RUR", "payout", customNumber, documentNumber, "",
                state, state);
    }

    static HistoryEntry entry(int number) {
        return new HistoryEntry(String.valueOf(number), String.valueOf(90_000 + number), Optional.empty(),
                Instant.parse("2025-03-26T10:00:00Z"), "EXECUTED", "Executed", "CAPITALIST", "R0100271", "",
                "R0100813", new BigDecimal("-1.50"), Optional.empty(), "RUR", Optional.empty(), Optional.empty(),
                "payout", true, false);
    }

    /** The simplest faithful format: fields joined with ';', lines with '\n'. Counts its renders. */
    static final class JoiningFormat implements BatchFormatPort {
        final AtomicInteger renders = new AtomicInteger();
        /** Opens when a render has begun. */
        final CountDownLatch rendering = new CountDownLatch(1);

        @Override
        public BatchText render(Batch batch) {
            renders.incrementAndGet();
            rendering.countDown();
            return BatchText.of(batch.orders().stream()
                    .map(o -> o.fields().stream().map(Field::value).collect(Collectors.joining(";")))
                    .collect(Collectors.joining("\n")));
        }

        @Override
        public ParsedBatch parse(String text) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    /** Records what it was asked to verify and on which thread. */
    static final class RecordingVerification implements VerificationPort {
        final List<BatchText> texts = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());
        final Verification answer;

        RecordingVerification(Verification answer) {
            this.answer = answer;
        }

        @Override
        public Verification verificationFor(BatchText text) {
            texts.add(text);
            threads.add(Thread.currentThread().getName());
            return answer;
        }
    }
}
