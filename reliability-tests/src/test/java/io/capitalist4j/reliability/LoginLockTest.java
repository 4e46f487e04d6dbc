package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.error.LoginLockedException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.reliability.support.MutableClock;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * After code 16 the client sends no login (get_token) and no call carrying credentials until the lock period
 * has passed on its clock; then exactly one new session starts.
 */
class LoginLockTest {

    private static final Duration LOCK = Duration.ofMinutes(30);
    private static final Duration AFTER_LOCK = LOCK.plusSeconds(1);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T10:00:00Z"));

    private CapitalistHttpApi client(ScriptedServer server, AuthMode mode) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).authMode(mode).clock(clock)
                        .loginLockPeriod(LOCK).readRetries(2).retryBaseDelay(Duration.ofMillis(1)).build(),
                Credentials.of("lock-tester", Secret.of("lock-password")), BouncyCastleSigning.passwordCipher());
    }

    /** Every kind of call a locked client might be asked to make. */
    private static final List<Function<CapitalistHttpApi, CompletionStage<?>>> CALLS = List.of(
            CapitalistHttpApi::getAccounts,
            CapitalistHttpApi::getCurrencyRates,
            api -> api.isVerifiedAccount(AccountNumber.of("R0100001")),
            api -> api.getBatchInfo(BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a"), BatchPageRequest.ofOffset(0, 10)),
            api -> api.processBatch(BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a"), Secret.of("123456")));

    private static void assertLocked(CompletionStage<?> call) {
        Stages.Settled<?> result = Stages.settle(call);
        assertThat(result.failure()).as("a call during the lock").isInstanceOf(LoginLockedException.class);
    }

    /** Tries every kind of call at random moments inside the lock; none may reach the server. */
    private void hammerDuringLock(ScriptedServer server, CapitalistHttpApi api, Duration alreadyPassed) {
        long sent = server.total();
        Random random = new Random(16);
        Duration left = LOCK.minus(alreadyPassed);
        for (int i = 0; i < 40; i++) {
            long step = random.nextInt((int) Math.max(1, left.toSeconds() / 40));
            clock.advance(Duration.ofSeconds(step));
            left = left.minusSeconds(step);
            assertLocked(CALLS.get(random.nextInt(CALLS.size())).apply(api));
        }
        assertThat(left).as("still inside the lock").isPositive();
        assertThat(server.total()).as("requests sent while locked").isEqualTo(sent);
        clock.advance(left.minusSeconds(1));
        assertLocked(api.getAccounts());
        assertThat(server.total()).as("one second before the lock ends").isEqualTo(sent);
    }

    @Test
    void sendsNoFurtherLoginAttemptAfterGetTokenAnsweredCode16UntilTheLockPeriodHasPassed() {
        AtomicBoolean serverLocked = new AtomicBoolean(true);
        try (ScriptedServer server = ScriptedServer.start().byDefault(r -> {
            if (r.operation().equals("get_token")) {
                return Answer.json(serverLocked.get()
                        ? ServerKeys.error(16, "The number of login attempts exceeded")
                        : ServerKeys.tokenJson("A1B2C3"));
            }
            return Answer.json(ServerKeys.accountsJson());
        }); CapitalistHttpApi api = client(server, AuthMode.TOKEN)) {
            assertLocked(api.getAccounts());
            assertThat(server.count("get_token")).isEqualTo(1);
            assertThat(server.count("get_accounts")).isZero();

            hammerDuringLock(server, api, Duration.ZERO);
            assertThat(server.count("get_token")).as("login attempts during the lock").isEqualTo(1);

            serverLocked.set(false);
            clock.advance(Duration.ofSeconds(2));
            assertThat(Stages.value(api.getAccounts()).accounts()).hasSize(1);
            assertThat(server.count("get_token")).as("one new login after the lock").isEqualTo(2);
            assertThat(server.count("get_accounts")).isEqualTo(1);
        }
    }

    @Test
    void sendsNoCredentialsAfterAnAuthorizedCallAnsweredCode16AndStartsANewSessionAfterwards() {
        AtomicBoolean serverLocked = new AtomicBoolean(false);
        try (ScriptedServer server = ScriptedServer.start().byDefault(r -> {
            if (r.operation().equals("get_token")) {
                return Answer.json(ServerKeys.tokenJson("T" + System.nanoTime()));
            }
            return Answer.json(serverLocked.get()
                    ? ServerKeys.error(16, "The number of login attempts exceeded")
                    : ServerKeys.accountsJson());
        }); CapitalistHttpApi api = client(server, AuthMode.TOKEN)) {
            Stages.value(api.getAccounts());
            serverLocked.set(true);
            assertLocked(api.getAccounts());
            assertThat(server.count("get_token")).isEqualTo(1);
            assertThat(server.count("get_accounts")).isEqualTo(2);

            hammerDuringLock(server, api, Duration.ZERO);

            serverLocked.set(false);
            clock.advance(Duration.ofSeconds(2));
            Stages.value(api.getAccounts());
            assertThat(server.count("get_token")).as("a new session after the lock").isEqualTo(2);
            assertThat(server.count("get_accounts")).isEqualTo(3);
        }
    }

    @Test
    void sendsNoPlainPasswordDuringTheLockEither() {
        AtomicBoolean serverLocked = new AtomicBoolean(true);
        try (ScriptedServer server = ScriptedServer.start().byDefault(r -> Answer.json(serverLocked.get()
                ? ServerKeys.error(16, "The number of login attempts exceeded") : ServerKeys.accountsJson()));
             CapitalistHttpApi api = client(server, AuthMode.PLAIN)) {
            assertLocked(api.getAccounts());
            hammerDuringLock(server, api, Duration.ZERO);
            assertThat(server.total()).isEqualTo(1);
            serverLocked.set(false);
            clock.advance(Duration.ofSeconds(2));
            Stages.value(api.getAccounts());
            assertThat(server.total()).isEqualTo(2);
            assertThat(server.count("get_token")).isZero();
        }
    }

    @Test
    void stopsLoggingInAgainstTheTestkitServerOnceItLocksTheLoginAfterRepeatedWrongPasswords() {
        io.capitalist4j.testkit.ManualClock serverClock = io.capitalist4j.testkit.ManualClock.fixed();
        try (io.capitalist4j.testkit.FakeCapitalistServer server = io.capitalist4j.testkit.FakeCapitalistServer.start(
                io.capitalist4j.testkit.SandboxConfig.sandbox().clock(serverClock).maxFailedLogins(3).lockDuration(LOCK).build());
             CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).clock(clock)
                             .loginLockPeriod(LOCK).build(),
                     Credentials.of(io.capitalist4j.testkit.SandboxIdentity.LOGIN, Secret.of("not-the-password")),
                     BouncyCastleSigning.passwordCipher())) {
            int calls = 0;
            Stages.Settled<?> result;
            do {
                result = Stages.settle(api.getAccounts());
                calls++;
            } while (!(result.failure() instanceof LoginLockedException) && calls < 10);
            assertThat(result.failure()).as("the server's code 16 after %d calls", calls).isInstanceOf(LoginLockedException.class);
            int sent = server.requests().size();
            for (int i = 0; i < 20; i++) {
                clock.advance(Duration.ofMinutes(1));
                assertLocked(api.getAccounts());
            }
            assertThat(server.requests().size()).as("requests while locked").isEqualTo(sent);
            clock.advance(Duration.ofMinutes(11));
            serverClock.advance(AFTER_LOCK);
            Stages.settle(api.getAccounts());
            assertThat(server.requests().size()).as("after the lock the client tries again").isGreaterThan(sent);
        }
    }

    @Test
    void refusesAnUploadDuringTheLockWithoutSendingItAndWithoutCallingItOutcomeUnknown() {
        try (ScriptedServer server = ScriptedServer.start().byDefault(r -> Answer.json(
                ServerKeys.error(16, "The number of login attempts exceeded")));
             CapitalistHttpApi api = client(server, AuthMode.TOKEN);
             CapitalistClient client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat()).build()) {
            assertLocked(api.getAccounts());
            Batch batch = Batch.of(List.of(new CapitalistTransfer(AccountNumber.of("R0100002"),
                    Money.of("10.00", Currency.RUR), "LOCK-1", "Payout")));
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofMinutes(5));
                assertLocked(client.submit(SubmitBatchCommand.of(batch, BouncyCastleSigning.mobileVerification())));
            }
            assertThat(server.count("import_batch_advanced")).isZero();
            assertThat(server.total()).isEqualTo(1);
        }
    }
}
