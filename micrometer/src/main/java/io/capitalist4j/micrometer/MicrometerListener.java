package io.capitalist4j.micrometer;

import io.capitalist4j.application.port.out.events.BatchStateEvent;
import io.capitalist4j.application.port.out.events.CallEvent;
import io.capitalist4j.application.port.out.events.CapitalistListener;
import io.capitalist4j.application.port.out.events.JournalEvent;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.Objects;

/**
 * Records what a capitalist4j client does as Micrometer meters:
 *
 * <ul>
 *   <li>{@value #CALLS}: a timer per remote call, tagged {@code protocol} ({@code v1}, {@code api2}),
 *       {@code operation} ({@code import_batch_advanced}, {@code get_batch_info}, {@code payment.create}, …),
 *       {@code outcome} ({@code OK}, {@code API_ERROR}, {@code TRANSPORT}, {@code OUTCOME_UNKNOWN}) and {@code code}
 *       (the API error code, {@code http-} and the status for an HTTP error, {@code none} otherwise);</li>
 *   <li>{@value #BATCH_STATES}: a counter of payouts seen in a state while a batch is followed, tagged
 *       {@code protocol} and {@code to} (the state: {@code PROCESSED}, {@code DECLINED}, {@code EXECUTED}, …);
 *       each payout counts once when first seen and once at every change;</li>
 *   <li>{@value #JOURNAL_TRANSITIONS}: a counter of payment numbers moved in the journal, tagged {@code protocol} and
 *       {@code transition} ({@code CLAIMED}, {@code SENT}, {@code RELEASED}, {@code LEFT_IN_DOUBT},
 *       {@code REFUSED_HELD});</li>
 *   <li>{@value #IN_DOUBT}, once {@link #bindJournal} was called: a gauge of the journal's numbers in doubt.</li>
 * </ul>
 *
 * No tag holds a login, a payment number, an amount or a batch id, so every tag has few values.
 *
 * <pre>{@code
 * CapitalistClient client = Capitalist.builder()
 *     .credentials(login, password)
 *     .journal(journal)
 *     .listener(new MicrometerListener(registry))
 *     .build();
 * MicrometerListener.bindJournal(registry, journal, login);
 * }</pre>
 *
 * Thread-safe; one instance may serve several clients.
 */
public final class MicrometerListener implements CapitalistListener {

    public static final String CALLS = "capitalist.calls";
    public static final String BATCH_STATES = "capitalist.batch.states";
    public static final String JOURNAL_TRANSITIONS = "capitalist.journal.transitions";
    public static final String IN_DOUBT = "capitalist.journal.in_doubt";

    /** The {@code code} tag of a call that carries no error code. */
    public static final String NO_CODE = "none";

    private final MeterRegistry registry;

    public MicrometerListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void onCall(CallEvent e) {
        Timer.builder(CALLS)
                .description("Remote calls of the Capitalist API, from request to answer or failure")
                .tags("protocol", e.protocol(), "operation", e.operation(), "outcome", e.outcome().name(),
                        "code", e.code().orElse(NO_CODE))
                .register(registry)
                .record(e.duration());
    }

    /** Counted by the state reached; the batch id of the event is left out on purpose (one series per batch). */
    @Override
    public void onBatchState(BatchStateEvent e) {
        Counter.builder(BATCH_STATES)
                .description("Payouts seen in a state while following a batch: once when first seen, once per change")
                .tags("protocol", e.protocol(), "to", e.to())
                .register(registry)
                .increment();
    }

    @Override
    public void onJournal(JournalEvent e) {
        Counter.builder(JOURNAL_TRANSITIONS)
                .description("Payment numbers moved in the payout journal")
                .tags("protocol", e.protocol(), "transition", e.transition().name())
                .register(registry)
                .increment(e.count());
    }

    /**
     * As {@link #bindJournal(MeterRegistry, PayoutJournalPort, String, Iterable)} with no tags: enough for one journal
     * and one login per registry.
     */
    public static Gauge bindJournal(MeterRegistry registry, PayoutJournalPort journal, String login) {
        return bindJournal(registry, journal, login, List.of());
    }

    /**
     * Registers {@value #IN_DOUBT}: how many numbers of {@code login} the journal holds in doubt (claimed, outcome not
     * yet known: what {@code recover} settles). Read when the registry is read, with
     * {@link PayoutJournalPort#count} (one {@code COUNT} query for the JDBC journal), never in between; NaN while the
     * journal cannot be read. The login is not a tag: give {@code tags} of your own (e.g. {@code account=payroll})
     * to tell several journals or logins apart in one registry. The gauge holds the journal strongly: remove it from
     * the registry ({@code registry.remove(gauge)}) when the journal is closed for good.
     *
     * @return the gauge, as registered (an equal one already registered is returned as it is)
     */
    public static Gauge bindJournal(MeterRegistry registry, PayoutJournalPort journal, String login,
                                    Iterable<Tag> tags) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(login, "login");
        if (login.isBlank()) {
            throw new IllegalArgumentException("the journal's login must not be blank");
        }
        return Gauge.builder(IN_DOUBT, journal, j -> inDoubt(j, login))
                .description("Payment numbers in doubt in the payout journal: claimed, outcome unknown until recovered")
                .tags(Tags.of(Objects.requireNonNull(tags, "tags")))
                .strongReference(true)
                .register(registry);
    }

    private static double inDoubt(PayoutJournalPort journal, String login) {
        try {
            return journal.count(login, JournalState.IN_DOUBT);
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
