package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.RawClient.params;
import static io.capitalist4j.testkit.RawClient.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.ErrorCode;
import io.capitalist4j.domain.error.RequestRejectedException;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The sandbox by default answers as the live server of 2026 does (reference §14); legacy formats on request. */
class LiveServerTest {

    static final String CODE_4 = "{\"code\":4,\"message\":\"Only x-response-format=json is available.\"}";

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"csv", "json-lite", "CSV", "xml", ""})
    void aPostThatDoesNotAskForJsonIsRefusedWithCode4AndChangesNothing(String header) {
        try (FakeCapitalistServer server = FakeCapitalistServer.sandbox(); RawClient client = new RawClient(server.uri())) {
            RawClient.Answer answer = client.post(header, params("operation", "get_token", "login", "sandbox"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo(CODE_4);
            assertThat(answer.format()).isNull();
            assertThat(server.requests()).hasSize(1);
            assertThat(server.requests().get(0).operation()).isEqualTo("get_token");
            assertThat(server.requests().get(0).resultCode()).isEqualTo(OptionalInt.of(4));
        }
    }

    @Test
    void aRefusedUploadCreatesNoBatchAndTakesNoQueuedFault() {
        try (FakeCapitalistServer server = FakeCapitalistServer.sandbox(); RawClient client = new RawClient(server.uri())) {
            server.faults().next(1, Fault.httpStatus(503));

            RawClient.Answer refused = client.post("csv", plain("import_batch_advanced", "batch",
                    "CAPITALIST;R0000002;10.00;RUR;TK1;x", "verification_type", "PIN",
                    "verification_data", RawClient.md5(SandboxIdentity.PIN)));
            RawClient.Answer next = client.json(plain("get_accounts"));

            assertThat(refused.body()).isEqualTo(CODE_4);
            assertThat(server.bank().batches()).isEmpty();
            assertThat(next.status()).isEqualTo(503);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "JSON", " json "})
    void theJsonHeaderIsServedWhateverItsCase(String header) {
        try (FakeCapitalistServer server = FakeCapitalistServer.sandbox(); RawClient client = new RawClient(server.uri())) {
            RawClient.Answer answer = client.post(header, plain("get_accounts"));

            assertThat(answer.code()).isZero();
            assertThat(answer.format()).isEqualTo("json");
            assertThat(answer.data().get("summary").get("RUR").asText()).isEqualTo("1000000.00");
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"csv", "json"})
    void aGetIsAnsweredWithCode150AndTheServerVersionInJson(String header) {
        try (FakeCapitalistServer server = FakeCapitalistServer.sandbox(); RawClient client = new RawClient(server.uri())) {
            RawClient.Answer answer = client.get(header, "operation=get_accounts");

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.format()).isEqualTo("json");
            assertThat(answer.body()).isEqualTo(
                    "{\"code\":150,\"message\":\"Received a non-POST request. Server version 1.9.8\",\"data\":[]}");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ResponseFormat.class, names = {"CSV", "JSON_LITE"})
    void ourClientAskingForALegacyFormatFailsWithCode4OnceAndNeverAsksInAnotherFormat(ResponseFormat format) {
        try (FakeCapitalistServer server = FakeCapitalistServer.sandbox(); CapitalistHttpApi api = api(server, format)) {
            Throwable failure = catchThrowable(() -> api.getAccounts().toCompletableFuture().join());

            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            assertThat(cause).isExactlyInstanceOf(RequestRejectedException.class);
            RequestRejectedException refused = (RequestRejectedException) cause;
            assertThat(refused.code()).isEqualTo(4);
            assertThat(refused.error().known()).contains(ErrorCode.ONLY_JSON_AVAILABLE);
            assertThat(refused.serverMessage()).isEqualTo("Only x-response-format=json is available.");
            assertThat(server.requests()).extracting(RecordedRequest::operation).containsExactly("get_token");
        }
    }

    @Test
    void withLegacyFormatsCsvGetTokenCarriesThePemOnOneLineAsItsFifthCell() {
        try (FakeCapitalistServer server = legacy(); RawClient client = new RawClient(server.uri())) {
            String pem = client.json(params("operation", "get_token", "login", "sandbox"))
                    .data().get("rsa_public_key_pkcs1_pem").asText();
            String[] cells = client.post("csv", params("operation", "get_token", "login", "sandbox")).body().split(";", -1);

            assertThat(pem).startsWith("-----BEGIN RSA PUBLIC KEY-----\n").contains("\n-----END RSA PUBLIC KEY-----");
            assertThat(cells).hasSize(5);
            assertThat(cells[4]).isEqualTo(pem.replace("\n", "")).doesNotContain("\n").doesNotContain("\r")
                    .startsWith("-----BEGIN RSA PUBLIC KEY-----MI").endsWith("-----END RSA PUBLIC KEY-----");
        }
    }

    @ParameterizedTest
    @EnumSource(ResponseFormat.class)
    void withLegacyFormatsOurClientLogsInWithTheEncryptedPasswordInEveryFormat(ResponseFormat format) {
        try (FakeCapitalistServer server = legacy(); CapitalistHttpApi api = api(server, format)) {
            AccountsOverview accounts = api.getAccounts().toCompletableFuture().join();

            assertThat(accounts.find(AccountNumber.of("R0000001")).orElseThrow().balance())
                    .isEqualByComparingTo(new BigDecimal("1000000.00"));
            assertThat(server.requests()).extracting(RecordedRequest::resultCode)
                    .containsExactly(OptionalInt.of(0), OptionalInt.of(0));
            assertThat(server.requests()).extracting(RecordedRequest::operation)
                    .isEqualTo(List.of("get_token", "get_accounts"));
        }
    }

    private static FakeCapitalistServer legacy() {
        return FakeCapitalistServer.start(SandboxConfig.sandbox().legacyFormats(true).build());
    }

    private static CapitalistHttpApi api(FakeCapitalistServer server, ResponseFormat format) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).format(format).authMode(AuthMode.TOKEN)
                        .readRetries(2).build(),
                Credentials.of(SandboxIdentity.LOGIN, Secret.of(SandboxIdentity.PASSWORD)),
                BouncyCastleSigning.passwordCipher());
    }
}
