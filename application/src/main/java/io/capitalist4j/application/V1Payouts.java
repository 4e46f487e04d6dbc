package io.capitalist4j.application;

import io.capitalist4j.application.port.in.PayoutLine;
import io.capitalist4j.application.port.in.PayoutLine.PayoutStatus;
import io.capitalist4j.application.port.in.PayoutRun;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciledOrder;
import io.capitalist4j.application.port.in.RejectedOrder;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.ConversionQuote;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** {@link Payouts} over v1: one upload per batch, followed by its batch id. */
final class V1Payouts implements Payouts {

    private final CapitalistClient client;

    V1Payouts(CapitalistClient client) {
        this.client = client;
    }

    @Override
    public String protocol() {
        return "v1";
    }

    @Override
    public CompletionStage<PayoutRun> submit(Batch batch) {
        return client.submit(batch).handle((submitted, failure) -> {
            if (failure == null) {
                return run(batch, submitted);
            }
            Throwable cause = Async.unwrap(failure);
            if (cause instanceof OutcomeUnknownException) {
                List<PayoutLine> lines = new ArrayList<>();
                for (int i = 1; i <= batch.size(); i++) {
                    lines.add(new PayoutLine(batch.line(i).paymentNumber(), i, PayoutStatus.OUTCOME_UNKNOWN,
                            Optional.empty(), Optional.of(cause.getMessage())));
                }
                return new PayoutRun(lines);
            }
            throw Async.asCompletion(cause);
        });
    }

    private static PayoutRun run(Batch batch, SubmittedBatch submitted) {
        Map<Integer, String> rejected = new HashMap<>();
        for (RejectedOrder r : submitted.rejections()) {
            rejected.put(r.line(), r.comment());
        }
        List<PayoutLine> lines = new ArrayList<>(batch.size());
        for (int i = 1; i <= batch.size(); i++) {
            String why = rejected.get(i);
            lines.add(new PayoutLine(batch.line(i).paymentNumber(), i,
                    why == null ? PayoutStatus.ACCEPTED : PayoutStatus.REJECTED,
                    Optional.of(submitted.id().value()), Optional.ofNullable(why)));
        }
        return new PayoutRun(lines);
    }

    @Override
    public CompletionStage<PayoutRun> awaitFinal(PayoutRun run, Duration interval, Duration deadline) {
        Optional<String> batchId = run.with(PayoutStatus.ACCEPTED).stream().findFirst().flatMap(PayoutLine::reference);
        if (batchId.isEmpty()) {
            return CompletableFuture.completedFuture(run);
        }
        return client.awaitCompletion(BatchId.of(batchId.get()), WaitOptions.of(interval, deadline)).thenApply(outcome -> {
            Map<String, BatchRecord> records = new HashMap<>();
            outcome.records().forEach(r -> records.put(r.internalNumber(), r));
            List<PayoutLine> lines = new ArrayList<>(run.lines().size());
            for (PayoutLine line : run.lines()) {
                BatchRecord r = records.get(line.paymentNumber());
                if (line.status() != PayoutStatus.ACCEPTED || r == null) {
                    lines.add(line);
                } else if (r.isSkipped()) {
                    lines.add(new PayoutLine(line.paymentNumber(), line.line(), PayoutStatus.REJECTED, line.reference(),
                            Optional.of(r.errorDetails())));
                } else if (r.state() == RecordState.PROCESSED || r.state() == RecordState.DECLINED) {
                    lines.add(new PayoutLine(line.paymentNumber(), line.line(), r.state() == RecordState.PROCESSED
                            ? PayoutStatus.PAID : PayoutStatus.DECLINED, line.reference(),
                            r.errorDetails().isEmpty() ? Optional.empty() : Optional.of(r.errorDetails())));
                } else {
                    lines.add(line);
                }
            }
            return new PayoutRun(lines);
        });
    }

    @Override
    public CompletionStage<List<Account>> balances() {
        return client.accounts().thenApply(overview -> overview.accounts());
    }

    @Override
    public CompletionStage<Optional<ConversionQuote>> quote(Currency from, Currency to) {
        if (from.equals(to)) {
            return CompletableFuture.completedFuture(Optional.of(ConversionQuote.same(from)));
        }
        return client.rates().thenApply(rates -> rates.quote(from, to));
    }

    @Override
    public CompletionStage<Map<String, Boolean>> reconcile(List<String> paymentNumbers, Period period) {
        return client.reconcile(new ReconcileQuery(paymentNumbers, period)).thenApply(report -> {
            Map<String, Boolean> found = new LinkedHashMap<>();
            for (ReconciledOrder order : report.orders()) {
                found.put(order.paymentNumber(), !order.isMissing()); // by number alone, as the port says
            }
            return found;
        });
    }
}
