package io.capitalist4j.application;

import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2PayoutResult;
import io.capitalist4j.application.port.in.PayoutLine;
import io.capitalist4j.application.port.in.PayoutLine.PayoutStatus;
import io.capitalist4j.application.port.in.PayoutRun;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.api2.Api2PaymentState;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.ConversionQuote;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/** {@link Payouts} over API2: one payment per line, followed by payment number. */
final class Api2PayoutsView implements Payouts {

    private final Api2Client client;

    Api2PayoutsView(Api2Client client) {
        this.client = client;
    }

    @Override
    public String protocol() {
        return "api2";
    }

    @Override
    public CompletionStage<PayoutRun> submit(Batch batch) {
        return client.submit(Api2BatchCommand.of(batch)).thenApply(outcome -> new PayoutRun(outcome.results().stream()
                .map(r -> new PayoutLine(r.paymentNumber(), r.line(), status(r.status()),
                        r.documentId().map(String::valueOf), r.reason()))
                .collect(Collectors.toList())));
    }

    private static PayoutStatus status(Api2PayoutResult.Status status) {
        switch (status) {
            case CREATED: return PayoutStatus.ACCEPTED;
            case REFUSED: return PayoutStatus.REJECTED;
            case SKIPPED: return PayoutStatus.SKIPPED;
            default: return PayoutStatus.OUTCOME_UNKNOWN;
        }
    }

    @Override
    public CompletionStage<PayoutRun> awaitFinal(PayoutRun run, Duration interval, Duration deadline) {
        List<String> accepted = run.with(PayoutStatus.ACCEPTED).stream().map(PayoutLine::paymentNumber)
                .collect(Collectors.toList());
        if (accepted.isEmpty()) {
            return CompletableFuture.completedFuture(run);
        }
        return client.awaitCompletion(accepted, interval, deadline).thenApply(payments -> {
            List<PayoutLine> lines = new ArrayList<>(run.lines().size());
            for (PayoutLine line : run.lines()) {
                Optional<Api2Payment> p = payments.getOrDefault(line.paymentNumber(), Optional.empty());
                if (line.status() == PayoutStatus.ACCEPTED && p.isPresent() && p.get().isFinal()) {
                    boolean paid = p.get().state() == Api2PaymentState.EXECUTED;
                    lines.add(new PayoutLine(line.paymentNumber(), line.line(),
                            paid ? PayoutStatus.PAID : PayoutStatus.DECLINED, line.reference(),
                            paid ? Optional.empty() : p.get().comment()));
                } else {
                    lines.add(line);
                }
            }
            return new PayoutRun(lines);
        });
    }

    @Override
    public CompletionStage<List<Account>> balances() {
        return client.api().accounts().thenApply(accounts -> accounts.stream()
                .map(a -> new Account(a.name(), a.number(), a.currency(), a.balance(), BigDecimal.ZERO))
                .collect(Collectors.toList()));
    }

    /** {@code GET /v1/rate}; a pair the server refuses with 400 and an error body is one it does not quote. */
    @Override
    public CompletionStage<Optional<ConversionQuote>> quote(Currency from, Currency to) {
        if (from.equals(to)) {
            return CompletableFuture.completedFuture(Optional.of(ConversionQuote.same(from)));
        }
        return client.api().rate(from, to).handle((rate, failure) -> {
            if (failure == null) {
                return Optional.of(ConversionQuote.perUnit(from, to, rate.rate()));
            }
            Throwable cause = Async.unwrap(failure);
            if (cause instanceof HttpStatusException && ((HttpStatusException) cause).status() == 400
                    && ((HttpStatusException) cause).serverMessage().isPresent()) {
                return Optional.<ConversionQuote>empty();
            }
            throw Async.asCompletion(failure);
        });
    }

    /** Each number looked up by itself ({@code period} is not needed: API2 finds a payment by its number). */
    @Override
    public CompletionStage<Map<String, Boolean>> reconcile(List<String> paymentNumbers, Period period) {
        Map<String, CompletableFuture<Optional<Api2Payment>>> lookups = new LinkedHashMap<>();
        paymentNumbers.forEach(n -> lookups.put(n, client.payment(n).toCompletableFuture()));
        return CompletableFuture.allOf(lookups.values().toArray(new CompletableFuture<?>[0])).thenApply(done -> {
            Map<String, Boolean> found = new LinkedHashMap<>();
            lookups.forEach((n, f) -> found.put(n, f.join().isPresent()));
            return found;
        });
    }
}
