package io.capitalist4j.spring;

import io.capitalist4j.application.Payouts;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.account.Account;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the Capitalist connection ({@code /actuator/health/capitalist}).
 *
 * <p>The check is the cheapest read both protocols have, the account list ({@code get_accounts} in v1,
 * {@code account/list} in API2), waited for at most {@code capitalist.health.timeout}. <b>DOWN</b> when it fails:
 * the server cannot be reached, does not answer in time, or refuses the credentials; the detail {@code error} says
 * which (never a secret). Otherwise <b>UP</b>, with {@code protocol} and {@code accounts} (how many).
 *
 * <p>The journal's count of payment numbers in doubt is the detail {@code inDoubt}; it does not change the status.
 * Numbers in doubt are held by the journal, never resent, so nothing is at risk, and the instance must stay in
 * service to settle them with {@code recover}: OUT_OF_SERVICE (HTTP 503, out of the load balancer) would stop
 * exactly that. A journal that cannot be read shows as {@code journalError}.
 */
public class CapitalistHealthIndicator implements HealthIndicator {

    private final Payouts payouts;
    private final Optional<PayoutJournalPort> journal;
    private final Optional<String> journalOwner;
    private final Duration timeout;

    /**
     * @param journalOwner the key the client's journal entries are kept under (the v1 login, {@code api2:} and the
     *                     API key); without it the journal is not looked at
     */
    public CapitalistHealthIndicator(Payouts payouts, Optional<PayoutJournalPort> journal,
                                     Optional<String> journalOwner, Duration timeout) {
        this.payouts = Objects.requireNonNull(payouts, "payouts");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.journalOwner = Objects.requireNonNull(journalOwner, "journalOwner");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Health health() {
        Health.Builder health = serverHealth().withDetail("protocol", payouts.protocol());
        if (journal.isPresent() && journalOwner.isPresent()) {
            try {
                int inDoubt = Math.toIntExact(journal.get().count(journalOwner.get(), JournalState.IN_DOUBT));
                health.withDetail("inDoubt", inDoubt);
            } catch (RuntimeException e) {
                health.withDetail("journalError", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return health.build();
    }

    private Health.Builder serverHealth() {
        CompletableFuture<List<Account>> accounts = payouts.balances().toCompletableFuture();
        try {
            return Health.up().withDetail("accounts", accounts.get(timeout.toMillis(), TimeUnit.MILLISECONDS).size());
        } catch (TimeoutException e) {
            accounts.cancel(false);
            return Health.down().withDetail("error", "no answer within " + timeout);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Health.down().withDetail("error", cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted");
        }
    }
}
