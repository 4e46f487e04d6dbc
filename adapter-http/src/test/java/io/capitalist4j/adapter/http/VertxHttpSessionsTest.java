package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.capitalist4j.adapter.http.ApiStubs.answer;
import static io.capitalist4j.adapter.http.ApiStubs.count;
import static io.capitalist4j.adapter.http.ApiStubs.fixture;
import static io.capitalist4j.adapter.http.ApiStubs.operation;
import static io.capitalist4j.adapter.http.ApiStubs.requests;
import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static io.capitalist4j.adapter.http.TestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Token sessions: one shared get_token, the code 20 refresh, and the local lock after code 16. */
class VertxHttpSessionsTest extends WithWireMock {

    private static final String TOKEN_2 = "0AB1";
    private final TestSupport.FakeCipher cipher = new TestSupport.FakeCipher();
    private final TestSupport.MutableClock clock = new TestSupport.MutableClock();
    private CapitalistHttpApi api;

    @BeforeEach
    void openClient() {
        api = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx).clock(clock)
                .retryBaseDelay(Duration.ofMillis(1)).build(), credentials(), cipher);
    }

    @AfterEach
    void closeClient() {
        api.close();
    }

    /** get_token hands out the fixture token first and then the short tokens 0AB1 and 0AB2, one per request. */
    private static void tokensInTurn() {
        wireMock.stubFor(operation("get_token").inScenario("tokens").whenScenarioStateIs(STARTED)
                .willReturn(fixture("get_token.json")).willSetStateTo("second"));
        wireMock.stubFor(operation("get_token").inScenario("tokens").whenScenarioStateIs("second")
                .willReturn(shortToken("0AB1")).willSetStateTo("third"));
        wireMock.stubFor(operation("get_token").inScenario("tokens").whenScenarioStateIs("third")
                .willReturn(shortToken("0AB2")).willSetStateTo("spent"));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder shortToken(String token) {
        return answer("json", "{\"code\":0,\"message\":\"\",\"data\":{\"token\":\"" + token
                + "\",\"modulus\":\"a3fa\",\"exponent\":\"10001\",\"rsa_public_key_pkcs1_pem\":\"\"}}");
    }

    /** The operation answers code 20 the first time, and its fixture from then on. */
    private static void refusedOnce(String operation) {
        wireMock.stubFor(operation(operation).inScenario("refusal").whenScenarioStateIs(STARTED)
                .willReturn(fixture("error-20-data-object.json")).willSetStateTo("accepted"));
    }

    @Test
    void concurrentCallsShareOneTokenFetch() throws Exception {
        // The token answer is held back so that all six calls are waiting for it at once.
        wireMock.stubFor(operation("get_token").willReturn(fixture("get_token.json").withFixedDelay(150)));
        List<CompletionStage<?>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            calls.add(api.getAccounts());
        }
        for (CompletionStage<?> call : calls) {
            await(call);
        }
        assertThat(count(wireMock, "get_token")).isEqualTo(1);
        assertThat(count(wireMock, "get_accounts")).isEqualTo(6);
        assertThat(cipher.calls.get()).isEqualTo(1);
    }

    @Test
    void fetchesANewTokenOnceAndRepeatsTheCallWhenTheTokenIsRefused() throws Exception {
        tokensInTurn();
        refusedOnce("get_accounts");
        assertThat(await(api.getAccounts()).accounts()).hasSize(5);
        assertThat(count(wireMock, "get_token")).isEqualTo(2);
        List<LoggedRequest> calls = requests(wireMock, "get_accounts");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).formParameter("token").firstValue()).startsWith("35E9F07B");
        assertThat(calls.get(0).formParameter("encrypted_password").firstValue()).isEqualTo("enc1-10001");
        assertThat(calls.get(1).formParameter("token").firstValue()).isEqualTo(TOKEN_2);
        assertThat(calls.get(1).formParameter("encrypted_password").firstValue()).isEqualTo("enc2-10001");
        await(api.getCurrencyRates());
        assertThat(count(wireMock, "get_token")).isEqualTo(2);
        assertThat(requests(wireMock, "currency_rates").get(0).formParameter("token").firstValue()).isEqualTo(TOKEN_2);
    }

    @Test
    void failsWhenTheFreshTokenIsRefusedToo() throws Exception {
        tokensInTurn();
        wireMock.stubFor(operation("get_batch_info").willReturn(fixture("error-20-data-object.json")));
        Throwable failure = failure(api.getBatchInfo(BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a"),
                BatchPageRequest.unpaged()));
        assertThat(failure).isExactlyInstanceOf(AuthenticationException.class);
        assertThat(((AuthenticationException) failure).code()).isEqualTo(20);
        assertThat(count(wireMock, "get_token")).isEqualTo(2);
        assertThat(count(wireMock, "get_batch_info")).isEqualTo(2);
    }

    @Test
    void repeatsARefusedUploadOnceWithANewToken() throws Exception {
        tokensInTurn();
        refusedOnce("import_batch_advanced");
        await(api.importBatch(new ImportBatchRequest(BatchText.of("CAPITALIST;R0000000;10.00;RUR;9999;Payout"),
                Verification.signature("c2ln"), Map.of())));
        assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(2);
        assertThat(count(wireMock, "get_token")).isEqualTo(2);
        assertThat(requests(wireMock, "import_batch_advanced").get(1).formParameter("token").firstValue()).isEqualTo(TOKEN_2);
    }

    @Test
    void renewsTheTokenWhenCode20ComesOnANon200Status() throws Exception {
        tokensInTurn();
        wireMock.stubFor(operation("get_accounts").inScenario("refusal").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":20,\"message\":\"Invalid token\",\"data\":[]}"))
                .willSetStateTo("accepted"));
        assertThat(await(api.getAccounts()).accounts()).hasSize(5);
        assertThat(count(wireMock, "get_token")).isEqualTo(2);
        List<LoggedRequest> calls = requests(wireMock, "get_accounts");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).formParameter("token").firstValue()).isEqualTo(TOKEN_2);
    }

    @Test
    void locksWhenCode16ComesOnANon200StatusWithoutAFormatHeader() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(aResponse().withStatus(403)
                .withBody("{\"code\":16,\"message\":\"The number of login attempts exceeded\"}")));
        Throwable first = failure(api.getAccounts());
        assertThat(first).isExactlyInstanceOf(LoginLockedException.class);
        assertThat(((LoginLockedException) first).code()).isEqualTo(16);
        assertThat(failure(api.getCurrencyRates())).isExactlyInstanceOf(LoginLockedException.class);
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
    }

    @Test
    void sendsNothingWithCredentialsWhileTheLoginIsLockedAndResumesAfterThePeriod() throws Exception {
        // Added before the token stubs, so that get_token (matched newest first) still hands out tokens.
        StubMapping locked = wireMock.stubFor(post(urlEqualTo("/")).willReturn(
                answer("csv", "16;The number of login attempts exceeded; try again 30 minutes later")));
        tokensInTurn();
        Throwable first = failure(api.getAccounts());
        assertThat(first).isExactlyInstanceOf(LoginLockedException.class);
        assertThat(((LoginLockedException) first).code()).isEqualTo(16);
        assertThat(wireMock.getAllServeEvents()).hasSize(2);

        clock.advance(Duration.ofMinutes(29));
        assertThat(failure(api.getAccounts())).isExactlyInstanceOf(LoginLockedException.class);
        assertThat(failure(api.isVerifiedAccount(AccountNumber.of("U1619957")))).isExactlyInstanceOf(LoginLockedException.class)
                .hasMessageContaining("nothing was sent");
        assertThat(failure(api.importBatch(new ImportBatchRequest(BatchText.of("CAPITALIST;R0000000;10.00;RUR;1;P"),
                Verification.signature("c2ln"), Map.of())))).isExactlyInstanceOf(LoginLockedException.class);
        assertThat(wireMock.getAllServeEvents()).hasSize(2);

        clock.advance(Duration.ofMinutes(1));
        wireMock.removeStub(locked);
        assertThat(await(api.getAccounts()).accounts()).hasSize(5);
        assertThat(requests(wireMock, "get_accounts").get(1).formParameter("token").firstValue()).isEqualTo(TOKEN_2);
        assertThat(count(wireMock, "get_token")).isEqualTo(2);
        assertThat(wireMock.getAllServeEvents()).hasSize(4);
    }

    @Test
    void locksWhenGetTokenItselfAnswersCode16() throws Exception {
        wireMock.stubFor(post(urlEqualTo("/")).willReturn(fixture("error-16-no-data.json")));
        Throwable first = failure(api.getAccounts());
        assertThat(first).isExactlyInstanceOf(LoginLockedException.class);
        assertThat(((LoginLockedException) first).code()).isEqualTo(16);
        assertThat(failure(api.getCurrencyRates())).isExactlyInstanceOf(LoginLockedException.class);
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
    }

    @Test
    void triesAgainForATokenAfterAFailedFetch() throws Exception {
        wireMock.stubFor(operation("get_token").inScenario("unknown user once").whenScenarioStateIs(STARTED)
                .willReturn(answer("json", "{\"code\":5,\"message\":\"User not found\",\"data\":[]}")).willSetStateTo("known"));
        Throwable failure = failure(api.getAccounts());
        assertThat(failure).isExactlyInstanceOf(AuthenticationException.class).hasMessageContaining("get_token failed with code 5");
        assertThat(((AuthenticationException) failure).code()).isEqualTo(5);
        assertThat(await(api.getAccounts()).accounts()).hasSize(5);
        assertThat(count(wireMock, "get_token")).isEqualTo(2);
    }
}
