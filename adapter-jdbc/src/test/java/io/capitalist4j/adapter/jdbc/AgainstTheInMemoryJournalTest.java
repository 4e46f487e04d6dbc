package io.capitalist4j.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.ManualClock;
import io.capitalist4j.testkit.journal.InMemoryPayoutJournal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC journal answers every call exactly as the in-memory journal (the plain model: one entry per number)
 * does, through random claims and settles of whole claims, most of a claim, a few numbers, numbers of other claims
 * and stale claims — first written by the model and stored as schema version 2 wrote it, then upgraded, then run on
 * both side by side. Every answer is compared: claims (claimed and held), settle counts, find, and list in every state.
 */
class AgainstTheInMemoryJournalTest {

    private static final List<String> LOGINS = List.of("login-a", "login-b");
    private static final int UNIVERSE = 24;

    @Test
    void onH2EveryAnswerMatchesTheInMemoryJournalBeforeAndAfterAnUpgradeFromVersion2() {
        qt().withExamples(40).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:model-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            run(seed, h2, clock -> JdbcPayoutJournal.over(h2, clock));
        });
    }

    @Test
    void onPostgresqlEveryAnswerMatchesTheInMemoryJournalBeforeAndAfterAnUpgradeFromVersion2() {
        qt().withExamples(8).withShrinkCycles(0).forAll(longs().all()).checkAssert(seed -> {
            String url = EmbeddedPostgresServer.newDatabase();
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser("postgres");
            run(seed, pg, clock -> JdbcPayoutJournal.open(url, "postgres", Secret.of(""), clock)); // a pool
        });
    }

    /** @param journal the JDBC journal on the database of {@code ds} */
    private static void run(long seed, DataSource ds, Function<Clock, PayoutJournalPort> journal) {
        Random random = new Random(seed);
        ManualClock clock = ManualClock.fixed();
        Script script = new Script(random, clock);
        InMemoryPayoutJournal model = new InMemoryPayoutJournal(clock);
        for (int i = 0; i < 30; i++) {
            script.step(model, null);
        }
        try {
            V2Journal.create(ds);
            List<JournalEntry> before = new ArrayList<>();
            for (String login : LOGINS) {
                before.addAll(model.list(login, Optional.empty()));
            }
            V2Journal.write(ds, before);
            for (String login : LOGINS) {
                assertThat(V2Journal.list(ds, login)).as("seed %d: the V2 rows as V2 read them", seed)
                        .isEqualTo(model.list(login, Optional.empty()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (PayoutJournalPort jdbc = journal.apply(clock)) {
            jdbc.check(); // upgrades to the claims table
            script.compareReads(model, jdbc, "seed " + seed + ", after the upgrade");
            for (int i = 0; i < 60; i++) {
                script.step(model, jdbc);
                script.compareReads(model, jdbc, "seed " + seed + ", step " + i + " " + script.last);
            }
        }
    }

    /** Random calls, run on the model and (when given) on the JDBC journal, each answer compared. */
    private static final class Script {

        private record Made(String login, String modelId, List<String> claimed) {
        }

        private final Random random;
        private final ManualClock clock;
        private final List<Made> claims = new ArrayList<>();
        /** JDBC claim id → the model's claim id for the same claim. */
        private final Map<String, String> modelIdOf = new HashMap<>();
        String last = "";

        Script(Random random, ManualClock clock) {
            this.random = random;
            this.clock = clock;
        }

        void step(PayoutJournalPort model, PayoutJournalPort jdbc) {
            int dice = random.nextInt(100);
            if (dice < 35 || claims.isEmpty()) {
                claim(model, jdbc);
            } else if (dice < 90) {
                settle(model, jdbc);
            } else {
                List<String> numbers = someNumbers(1 + random.nextInt(8));
                String login = login();
                last = "find " + login + " " + numbers;
                if (jdbc != null) {
                    assertThat(normalized(jdbc.find(login, numbers))).as(last).isEqualTo(model.find(login, numbers));
                }
            }
        }

        private void claim(PayoutJournalPort model, PayoutJournalPort jdbc) {
            clock.advance(Duration.ofSeconds(1)); // one claim per second: the order of a listing is the same in both
            String login = login();
            List<String> numbers = someNumbers(1 + random.nextInt(12));
            ClaimMode mode = random.nextInt(3) == 0 ? ClaimMode.ALL_OR_NOTHING : ClaimMode.SKIP_HELD;
            last = "claim " + login + " " + numbers + " " + mode;
            JournalClaim expected = model.claim(login, numbers, mode);
            if (jdbc != null) {
                JournalClaim actual = jdbc.claim(login, numbers, mode);
                modelIdOf.put(actual.claimId(), expected.claimId());
                assertThat(actual.claimed()).as(last + ": claimed").isEqualTo(expected.claimed());
                assertThat(normalized(actual.held())).as(last + ": held").isEqualTo(expected.held());
            }
            if (!expected.claimed().isEmpty()) {
                claims.add(new Made(login, expected.claimId(), expected.claimed()));
            }
        }

        private void settle(PayoutJournalPort model, PayoutJournalPort jdbc) {
            Made made = claims.get(random.nextInt(claims.size()));
            String login = random.nextInt(20) == 0 ? other(made.login()) : made.login();
            String modelId = random.nextInt(25) == 0 ? "no-such-claim" : made.modelId();
            String jdbcId = modelIdOf.entrySet().stream().filter(e -> e.getValue().equals(modelId))
                    .map(Map.Entry::getKey).findFirst().orElse(modelId);
            List<String> numbers = new ArrayList<>(made.claimed());
            Collections.shuffle(numbers, random);
            int shape = random.nextInt(6);
            if (shape == 1 && numbers.size() > 1) {
                numbers = numbers.subList(0, numbers.size() - 1 - random.nextInt(Math.min(2, numbers.size() - 1)));
            } else if (shape == 2) {
                numbers = numbers.subList(0, 1 + random.nextInt(numbers.size()));
            } else if (shape == 3) {
                numbers = numbers.subList(0, 1);
            } else if (shape == 4) {
                numbers.addAll(someNumbers(1 + random.nextInt(3)));
                numbers = numbers.stream().distinct().toList();
            }
            if (random.nextBoolean()) {
                clock.advance(Duration.ofSeconds(1));
            }
            int kind = random.nextInt(3);
            if (kind == 0) {
                String batch = "B-" + random.nextInt(3);
                last = "markSent " + login + " " + modelId + " " + batch + " " + numbers;
                int expected = model.markSent(login, modelId, batch, numbers);
                if (jdbc != null) {
                    assertThat(jdbc.markSent(login, jdbcId, batch, numbers)).as(last).isEqualTo(expected);
                }
            } else if (kind == 1) {
                String reason = "rejected " + random.nextInt(3);
                last = "release " + login + " " + modelId + " " + reason + " " + numbers;
                int expected = model.release(login, modelId, numbers, reason);
                if (jdbc != null) {
                    assertThat(jdbc.release(login, jdbcId, numbers, reason)).as(last).isEqualTo(expected);
                }
            } else {
                Optional<String> batch = random.nextBoolean()
                        ? Optional.empty() : Optional.of("B-" + random.nextInt(3));
                String note = "unknown " + random.nextInt(3);
                last = "noteInDoubt " + login + " " + modelId + " " + batch + " " + note + " " + numbers;
                model.noteInDoubt(login, modelId, numbers, batch, note);
                if (jdbc != null) {
                    jdbc.noteInDoubt(login, jdbcId, numbers, batch, note);
                }
            }
        }

        void compareReads(PayoutJournalPort model, PayoutJournalPort jdbc, String when) {
            List<String> all = IntStream.range(0, UNIVERSE).mapToObj(i -> "n" + i).toList();
            for (String login : LOGINS) {
                assertThat(normalized(jdbc.list(login, Optional.empty()))).as(when + ": list " + login)
                        .isEqualTo(model.list(login, Optional.empty()));
                for (JournalState state : JournalState.values()) {
                    assertThat(normalized(jdbc.list(login, Optional.of(state))))
                            .as(when + ": list " + login + " " + state)
                            .isEqualTo(model.list(login, Optional.of(state)));
                }
                assertThat(normalized(jdbc.find(login, all))).as(when + ": find " + login)
                        .isEqualTo(model.find(login, all));
            }
        }

        private List<JournalEntry> normalized(List<JournalEntry> entries) {
            return entries.stream().map(this::normalized).toList();
        }

        private Map<String, JournalEntry> normalized(Map<String, JournalEntry> entries) {
            Map<String, JournalEntry> out = new LinkedHashMap<>();
            entries.forEach((number, e) -> out.put(number, normalized(e)));
            return out;
        }

        private JournalEntry normalized(JournalEntry e) {
            return new JournalEntry(e.login(), e.paymentNumber(), e.state(),
                    modelIdOf.getOrDefault(e.claimId(), e.claimId()), e.batchId(), e.note(), e.claimedAt(), e.updatedAt());
        }

        private List<String> someNumbers(int count) {
            List<String> numbers = new ArrayList<>(IntStream.range(0, UNIVERSE).mapToObj(i -> "n" + i).toList());
            Collections.shuffle(numbers, random);
            return numbers.subList(0, Math.min(count, UNIVERSE));
        }

        private String login() {
            return LOGINS.get(random.nextInt(LOGINS.size()));
        }

        private static String other(String login) {
            return LOGINS.get(0).equals(login) ? LOGINS.get(1) : LOGINS.get(0);
        }
    }
}
