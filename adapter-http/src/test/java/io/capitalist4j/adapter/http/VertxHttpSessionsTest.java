package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static io.capitalist4j.adapter.http.TestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.error.LoginLockedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token sessions: one shared get_token, the code 20 refresh, and the local lock after code 16. */
class VertxHttpSessionsTest extends WithScriptedServer {

    private static final String TOKEN_2 = "0AB1";
    private final TestSupport.FakeCipher cipher = new TestSupport.FakeCipher();
    private final TestSupport.MutableClock clock = new TestSupport.MutableClock();
    private CapitalistHttpApi api;

    @BeforeEach
    void openClient() {
        api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).vertx(vertx).clock(clock)
                .retryBaseDelay(Duration.ofMillis(1)).build(), credentials(), cipher);
    }

    @AfterEach
    void closeClient() {
        api.close();
    }

    /** get_token hands out the fixture token first and then numbered short tokens. */
    private ScriptedServer.Reply tokens(ScriptedServer.Received r, AtomicInteger issued) {
        int n = issued.incrementAndGet();
        if (n == 1) {
            return ScriptedServer.fixture("get_token.json");
        }
        return ScriptedServer.answer("json", "{\"code\":0,\"message\":\"\",\"data\":{\"token\":\"0AB" + (n - 1)
                + "\",\"modulus\":\"a3fa\",\"exponent\":\"10001\",\"rsa_public_key_pkcs1_pem\":\"\"}}");
    }

    @Test
    void concurrentCallsShareOneTokenFetch() throws Exception {
        server.script(r -> r.operation().equals("get_token")
                ? request -> vertx.setTimer(150, id -> ScriptedServer.fixture("get_token.json").send(request))
                : ScriptedServer.byFixture(r));
        List<CompletionStage<?>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(api.getAccounts());
        }
        for (CompletionStage<?> call : calls) {
            await(call);
        }
        assertThat(server.count("get_token")).isEqualTo(1);
        assertThat(server.count("get_accounts")).isEqualTo(6);
        assertThat(cipher.calls.get()).isEqualTo(1);
    }

    @Test
    void fetchesANewTokenOnceAndRepeatsTheCallWhenTheTokenIsRefused() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger accounts = new AtomicInteger();
        server.script(r -> {
            if (r.operation().equals("get_token")) {
                return tokens(r, issued);
            }
            return accounts.incrementAndGet() == 1 ? ScriptedServer.fixture("error-20-data-object.json")
                    : ScriptedServer.byFixture(r);
        });
        assertThat(await(api.getAccounts()).accounts()).hasSize(5);
        assertThat(server.count("get_token")).isEqualTo(2);
        assertThat(server.count("get_accounts")).isEqualTo(2);
        List<ScriptedServer.Received> calls = server.received().stream()
                .filter(r -> r.operation().equals("get_accounts")).toList();
        assertThat(calls.get(0).param("token")).startsWith("35E9F07B");
        assertThat(calls.get(1).param("token")).isEqualTo(TOKEN_2);
        assertThat(calls.get(1).param("encrypted_password")).isEqualTo("enc2-10001");
        await(api.getCurrencyRates());
        assertThat(server.count("get_token")).isEqualTo(2);
    }

    @Test
    void failsWhenTheFreshTokenIsRefusedToo() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        server.script(r -> r.operation().equals("get_token") ? tokens(r, issued)
                : ScriptedServer.fixture("error-20-data-object.json"));
        Throwable failure = failure(api.getBatchInfo(BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a"),
                BatchPageRequest.unpaged()));
        assertThat(failure).isInstanceOf(AuthenticationException.class);
        assertThat(((AuthenticationException) failure).code()).isEqualTo(20);
        assertThat(server.count("get_token")).isEqualTo(2);
        assertThat(server.count("get_batch_info")).isEqualTo(2);
    }

    @Test
    void repeatsARefusedUploadOnceWithANewToken() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger uploads = new AtomicInteger();
        server.script(r -> {
            if (r.operation().equals("get_token")) {
                return tokens(r, issued);
            }
            return uploads.incrementAndGet() == 1 ? ScriptedServer.fixture("error-20-data-object.json")
                    : ScriptedServer.byFixture(r);
        });
        await(api.importBatch(new ImportBatchRequest(BatchText.of("CAPITALIST;R0000000;10.00;RUR;9999;Payout"),
                Verification.signature("c2ln"), Map.of())));
        assertThat(server.count("import_batch_advanced")).isEqualTo(2);
        assertThat(server.count("get_token")).isEqualTo(2);
    }

    @Test
    void sendsNothingWithCredentialsWhileTheLoginIsLockedAndResumesAfterThePeriod() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        server.script(r -> r.operation().equals("get_token") ? tokens(r, issued)
                : ScriptedServer.answer("csv", "16;The number of login attempts exceeded; try again 30 minutes later"));
        Throwable first = failure(api.getAccounts());
        assertThat(first).isInstanceOf(LoginLockedException.class);
        int seen = server.total();
        assertThat(seen).isEqualTo(2);

        clock.advance(Duration.ofMinutes(29));
        assertThat(failure(api.getAccounts())).isInstanceOf(LoginLockedException.class);
        assertThat(failure(api.isVerifiedAccount(AccountNumber.of("U1619957")))).isInstanceOf(LoginLockedException.class)
                .hasMessageContaining("nothing was sent");
        assertThat(failure(api.importBatch(new ImportBatchRequest(BatchText.of("CAPITALIST;R0000000;10.00;RUR;1;P"),
                Verification.signature("c2ln"), Map.of())))).isInstanceOf(LoginLockedException.class);
        assertThat(server.total()).isEqualTo(seen);

        clock.advance(Duration.ofMinutes(1));
        server.script(r -> r.operation().equals("get_token") ? tokens(r, issued) : ScriptedServer.byFixture(r));
        assertThat(await(api.getAccounts()).accounts()).hasSize(5);
        assertThat(server.count("get_token")).isEqualTo(2);
        assertThat(server.total()).isEqualTo(seen + 2);
    }

    @Test
    void locksWhenGetTokenItselfAnswersCode16() throws Exception {
        server.script(r -> ScriptedServer.fixture("error-16-no-data.json"));
        assertThat(failure(api.getAccounts())).isInstanceOf(LoginLockedException.class);
        assertThat(failure(api.getCurrencyRates())).isInstanceOf(LoginLockedException.class);
        assertThat(server.total()).isEqualTo(1);
    }

    @Test
    void triesAgainForATokenAfterAFailedFetch() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        server.script(r -> r.operation().equals("get_token") && attempts.incrementAndGet() == 1
                ? ScriptedServer.answer("json", "{\"code\":5,\"message\":\"User not found\",\"data\":[]}")
                : ScriptedServer.byFixture(r));
        assertThat(failure(api.getAccounts())).isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("get_token failed with code 5");
        assertThat(await(api.getAccounts()).accounts()).hasSize(5);
        assertThat(server.count("get_token")).isEqualTo(2);
    }
}
