package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.capitalist4j.adapter.http.ApiStubs.count;
import static io.capitalist4j.adapter.http.ApiStubs.fixture;
import static io.capitalist4j.adapter.http.ApiStubs.operation;
import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.HttpStatusException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs calls that carry every kind of secret, including failures and a code 20 refresh, and reads the
 * debug log slf4j-simple wrote (the surefire configuration points it at a file).
 */
class VertxHttpLoggingTest extends WithWireMock {

    private static final String PASSWORD = "Hunter2-LogCanary-Пароль";
    private static final String ENCRYPTED = "ENCRYPTED-LOG-CANARY-7f3a";
    private static final String SMS = "908172";
    private static final String SIGNATURE = "U0lHTkFUVVJFLUxPRy1DQU5BUlk=";
    private static final String CARD = "4276380079956881";
    private static final String BATCH = "RUCARD;" + CARD + ";100.00;RUR;77001;Payout;Иван;Петров";

    @Test
    void logsOperationsAttemptsAndCodesButNoSecret() throws Exception {
        Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile"));
        // get_accounts: a refused token first (code 20, one refresh); is_verified_account: a 500 whose body echoes the token.
        wireMock.stubFor(operation("get_accounts").inScenario("refusal").whenScenarioStateIs(STARTED)
                .willReturn(fixture("error-20-data-object.json")).willSetStateTo("accepted"));
        wireMock.stubFor(operation("is_verified_account").willReturn(aResponse().withStatus(500)
                .withBody("token=" + ContractBase.FIXTURE_TOKEN)));
        PasswordCipherPort cipher = (key, password) -> ENCRYPTED;
        try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx)
                .format(ResponseFormat.CSV).readRetries(1).retryBaseDelay(Duration.ofMillis(1)).build(),
                Credentials.of("log-user", Secret.of(PASSWORD)), cipher)) {
            await(api.getAccounts());
            await(api.importBatch(new ImportBatchRequest(BatchText.of(BATCH), Verification.signature(SIGNATURE), Map.of())));
            await(api.processBatch(BatchId.of("c1f56606-15a8-43ff-99ef-a2a63ddc819a"), Secret.of(SMS)));
            Throwable status = failure(api.isVerifiedAccount(io.capitalist4j.domain.account.AccountNumber.of("U1619957")));
            assertThat(status).isExactlyInstanceOf(HttpStatusException.class);
            assertThat(((HttpStatusException) status).status()).isEqualTo(500);
            assertThat(status.getMessage()).doesNotContain("35E9F07B");
        }
        assertThat(count(wireMock, "get_token")).isEqualTo(2);
        assertThat(count(wireMock, "is_verified_account")).isEqualTo(2);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("get_accounts attempt 1: code 20").contains("import_batch_advanced attempt 1: code 0")
                .contains("is_verified_account attempt 2: HTTP 500");
        for (String secret : List.of(PASSWORD, ENCRYPTED, SMS, SIGNATURE, CARD, "35E9F07B", "Иван", "77001", TestSupport.PASSWORD)) {
            assertThat(text).as("the log must not contain %s", secret).doesNotContain(secret);
        }
    }
}
