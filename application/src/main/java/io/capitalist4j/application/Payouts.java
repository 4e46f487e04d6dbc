package io.capitalist4j.application;

import io.capitalist4j.application.port.in.PayoutRun;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.ConversionQuote;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * What both protocols can do, in words they share, so code above it need not know whether it talks to v1
 * ({@link CapitalistClient#payouts()}) or API2 ({@link Api2Client#payouts()}): send a batch file (through the
 * client's journal when it has one), follow it to the end, read balances and exchange quotes, and find out which payment numbers the
 * server holds. What only one protocol can do stays on its own client.
 */
public interface Payouts {

    /** {@code "v1"} or {@code "api2"}. */
    String protocol();

    /**
     * Sends every line of the batch once. A payout whose fate cannot be known is {@code OUTCOME_UNKNOWN} in the
     * run (never resent); a batch the journal refuses fails the stage with
     * {@link io.capitalist4j.application.port.in.PaymentNumbersHeldException}, a line the protocol cannot carry
     * with {@link io.capitalist4j.domain.batch.BatchValidationException}, before anything is sent.
     */
    CompletionStage<PayoutRun> submit(Batch batch);

    /** Polls until every line of the run is final, {@code interval} apart; fails at the deadline. */
    CompletionStage<PayoutRun> awaitFinal(PayoutRun run, Duration interval, Duration deadline);

    /** Your accounts with their balances. */
    CompletionStage<List<Account>> balances();

    /**
     * What converting {@code from} into {@code to} costs now, as a ratio the server quoted (nothing divided or
     * rounded): v1 reads it from {@code currency_rates}, API2 asks {@code GET /v1/rate}. Empty when the server
     * quotes no such pair; one for one for the same currency.
     */
    CompletionStage<Optional<ConversionQuote>> quote(Currency from, Currency to);

    /** For each payment number, whether the server holds a payment for it (created in the period, for v1). */
    CompletionStage<Map<String, Boolean>> reconcile(List<String> paymentNumbers, Period period);
}
