package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static io.capitalist4j.adapter.http.TestSupport.credentials;
import static io.capitalist4j.adapter.http.TestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.error.ApiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * What the contract tests share: a client on the WireMock endpoint, the credential fields of both
 * authentication modes as they must appear on the wire, and the checks of the exact request.
 */
abstract class ContractBase extends WithWireMock {

    /** The token of the get_token fixture (the reference's example, §3.2). */
    static final String FIXTURE_TOKEN = "35E9F07B324E1B2AADAC9C2829373420F01E47E2BCD17BD12289E1448D41133BDB6DE4B3370E3E95"
            + "1C0596D4613E4ECFBB3BADB68904EF6DA6C6CC55F467568413102703F45E4FF182EBD282977C9F8B93C18343354ECCE4E35E6B1C0D0A36"
            + "EFE7C7ED5E508934AF521D9000142FC5DD68EABAF9E6B6A2C818FDC2334E5895BD";
    static final String FIXTURE_MODULUS = "a3faa98a87c009599edd3caafd3e5019ade263d6602a1d248e1b8ff832f07395ff094855277902ff"
            + "3d61f3b4d1c0e313e3d9d591a7aaf50813e9f1a90e25e4ab3c6d5d743abca08be425d02335be3a9cab60f60aefca6ab4fd6ada3aabf773"
            + "1665d0eb6b27afc633f2cb101a45e0ef2ec8a5d889b1bfde5d2812911fb0ee8493";
    /** {@link TestSupport#PASSWORD} percent-encoded as UTF-8. */
    static final String PASSWORD_ON_THE_WIRE = "pa55-%D0%9F%D0%B0%D1%80%D0%BE%D0%BB%D1%8C-secret";
    static final String[] GET_TOKEN = {"operation=get_token", "login=api-user"};

    final TestSupport.FakeCipher cipher = new TestSupport.FakeCipher();

    CapitalistHttpApi client(AuthMode mode) {
        return client(mode, ResponseFormat.JSON);
    }

    CapitalistHttpApi client(AuthMode mode, ResponseFormat format) {
        return VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx).format(format).authMode(mode)
                .retryBaseDelay(Duration.ofMillis(1)).build(), credentials(), cipher);
    }

    /** The fields of a call in a token session: the operation's own, the login, the token and the encrypted password. */
    static String[] token(String... fields) {
        return with(fields, "login=api-user", "token=" + FIXTURE_TOKEN, "encrypted_password=enc1-10001");
    }

    /** The fields of a call in plain-password mode. */
    static String[] plain(String... fields) {
        return with(fields, "login=api-user", "plain_password=" + PASSWORD_ON_THE_WIRE);
    }

    private static String[] with(String[] fields, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(fields));
        all.addAll(Arrays.asList(more));
        return all.toArray(new String[0]);
    }

    /**
     * {@code times} POSTs to the endpoint path for this operation, each a urlencoded form (never multipart) that
     * asks for {@code format} and holds exactly these fields.
     */
    static void verifySent(int times, String operation, String format, String... fields) {
        wireMock.verify(exactly(times), ApiStubs.sent(operation)
                .withHeader("Content-Type", equalTo(ApiStubs.FORM))
                .withHeader(ApiStubs.FORMAT_HEADER, equalTo(format))
                .withRequestBody(FormFields.exactly(fields)));
    }

    /** The call in a token session: one get_token with the login alone, then the call itself, and nothing else. */
    static void verifySentInATokenSession(String operation, String... fields) {
        verifySent(1, "get_token", "json", GET_TOKEN);
        verifySent(1, operation, "json", token(fields));
        assertThat(wireMock.getAllServeEvents()).hasSize(2);
    }

    /** The call in plain-password mode: the call alone, no get_token. */
    static void verifySentWithThePlainPassword(String operation, String... fields) {
        verifySent(1, operation, "json", plain(fields));
        assertThat(wireMock.getAllServeEvents()).hasSize(1);
    }

    /** The stage failed with exactly this catalogue type and code, with the server's text. */
    static void assertFailsWith(CompletionStage<?> stage, Class<? extends ApiException> type, int code, String message)
            throws Exception {
        Throwable failure = failure(stage);
        assertThat(failure).isExactlyInstanceOf(type);
        assertThat(((ApiException) failure).code()).isEqualTo(code);
        assertThat(((ApiException) failure).serverMessage()).isEqualTo(message);
    }
}
