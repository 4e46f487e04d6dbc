package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.ManualClock;
import io.capitalist4j.testkit.RecordedRequest;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The server drops tokens at random (the testkit's tokens expire when its clock jumps past their lifetime);
 * every call still succeeds, each after at most one refresh, and no token is fetched that a code 20 did not
 * call for.
 */
class TokenChurnTest {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final AccountNumber OWN = AccountNumber.of(SandboxIdentity.RUR_ACCOUNT);

    private static final List<Function<CapitalistHttpApi, CompletionStage<?>>> CALLS = List.of(
            CapitalistHttpApi::getAccounts,
            CapitalistHttpApi::getCurrencyRates,
            api -> api.isVerifiedAccount(OWN),
            api -> api.searchDocuments(new DocumentSearch(
                    Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)), Optional.of("NONE"))));

    private final ManualClock serverClock = ManualClock.fixed();

    private FakeCapitalistServer server() {
        return FakeCapitalistServer.start(SandboxConfig.sandbox().clock(serverClock).tokenLifetime(LIFETIME).build());
    }

    private static CapitalistHttpApi client(FakeCapitalistServer server) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).readRetries(0).build(),
                Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                BouncyCastleSigning.passwordCipher());
    }

    private void invalidateEveryToken() {
        serverClock.advance(LIFETIME.plusSeconds(1));
    }

    private static long refusedTokens(FakeCapitalistServer server) {
        return server.requests().stream()
                .filter(r -> r.resultCode().isPresent() && r.resultCode().getAsInt() == 20).count();
    }

    @Test
    void everySequentialCallSucceedsAfterAtMostOneRefreshWhileTokensDieAtRandom() {
        Random random = new Random(2020L);
        try (FakeCapitalistServer server = server(); CapitalistHttpApi api = client(server)) {
            Stages.value(api.getAccounts()); // the first session: get_token and the call
            int calls = 200;
            int invalidations = 0;
            for (int i = 0; i < calls; i++) {
                if (random.nextInt(100) < 30) {
                    invalidateEveryToken();
                    invalidations++;
                }
                int before = server.requests().size();
                Stages.value(CALLS.get(random.nextInt(CALLS.size())).apply(api));
                List<RecordedRequest> sent = server.requests().subList(before, server.requests().size());
                // Either the call went through at once, or: refused with 20, one get_token, one repeat.
                assertThat(sent.size()).as("requests of call %d: %s", i, sent).isIn(1, 3);
                if (sent.size() == 3) {
                    assertThat(sent.get(0).resultCode().getAsInt()).isEqualTo(20);
                    assertThat(sent.get(1).operation()).isEqualTo("get_token");
                    assertThat(sent.get(2).resultCode().getAsInt()).isZero();
                }
            }
            long tokens = server.count("get_token");
            long refused = refusedTokens(server);
            System.out.printf("token-churn (sequential): calls=%d invalidations=%d code-20=%d get_token=%d%n",
                    calls, invalidations, refused, tokens);
            assertThat(tokens).isLessThanOrEqualTo(refused + 1);
            assertThat(refused).as("the churn really happened").isGreaterThan(30);
        }
    }

    @Test
    void everyConcurrentCallSucceedsAndConcurrentRefusalsShareTheirRefreshes() {
        Random random = new Random(2021L);
        try (FakeCapitalistServer server = server(); CapitalistHttpApi api = client(server)) {
            int waves = 8;
            int perWave = 48;
            for (int w = 0; w < waves; w++) {
                if (random.nextInt(100) < 60) {
                    invalidateEveryToken();
                }
                List<CompletionStage<?>> wave = new ArrayList<>();
                for (int i = 0; i < perWave; i++) {
                    wave.add(CALLS.get(random.nextInt(CALLS.size())).apply(api));
                }
                wave.forEach(Stages::value);
            }
            long tokens = server.count("get_token");
            long refused = refusedTokens(server);
            long calls = (long) waves * perWave;
            System.out.printf("token-churn (concurrent): calls=%d code-20=%d get_token=%d requests=%d%n",
                    calls, refused, tokens, server.requests().size());
            assertThat(tokens).isLessThanOrEqualTo(refused + 1);
            assertThat((long) server.requests().size()).as("each call sent at most twice, plus the token fetches")
                    .isLessThanOrEqualTo(calls + refused + tokens);
            assertThat(refused).isGreaterThan(0);
        }
    }
}
