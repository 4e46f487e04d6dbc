package io.capitalist4j.testkit.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.error.HttpStatusException;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** The example of docs/testkit.md, run against the library's own HTTP client. */
class DocumentedExampleTest {

    private static final String ACCOUNTS = "{\"summary\":{\"RUR\":\"10.00\"},\"accounts\":[{\"name\":\"Main\","
            + "\"number\":\"R0100001\",\"currency\":\"RUR\",\"balance\":\"10.00\",\"blockedAmount\":\"0.00\"}]}";

    private static String tokenData(String token) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        RSAPublicKey key = (RSAPublicKey) generator.generateKeyPair().getPublic();
        return "{\"token\":\"" + token + "\",\"modulus\":\"" + key.getModulus().toString(16) + "\",\"exponent\":\""
                + key.getPublicExponent().toString(16) + "\",\"rsa_public_key_pkcs1_pem\":\"\"}";
    }

    @Test
    void aClientRefreshesItsTokenAfterCode20AndTheServerShowsEveryRequestItSent() throws Exception {
        try (ScriptedServer server = ScriptedServer.start()) {
            server.enqueue("get_accounts", Answer.error(20, "Invalid authentication token"), Answer.ok(ACCOUNTS))
                    .byDefault("get_token", Answer.ok(tokenData("A1B2C3")))
                    .byDefault(request -> Answer.text(503, "maintenance"));
            try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri())
                            .authMode(AuthMode.TOKEN).readRetries(0).build(),
                    Credentials.of("scripted-user", Secret.of("scripted-password")), BouncyCastleSigning.passwordCipher())) {

                AccountsOverview accounts = api.getAccounts().toCompletableFuture().get(30, TimeUnit.SECONDS);
                assertThat(accounts.accounts()).extracting(a -> a.number().value()).containsExactly("R0100001");
                Throwable rates = Assertions.catchThrowable(() -> api.getCurrencyRates().toCompletableFuture().join());
                assertThat(rates).isInstanceOf(CompletionException.class).cause().isInstanceOf(HttpStatusException.class);
                assertThat(((HttpStatusException) rates.getCause()).status()).isEqualTo(503);
            }

            assertThat(server.requests()).extracting(ReceivedRequest::operation).containsExactly(
                    "get_token", "get_accounts", "get_token", "get_accounts", "currency_rates");
            assertThat(server.count("get_token")).isEqualTo(2);
            assertThat(server.queued("get_accounts")).isZero();
            ReceivedRequest retried = server.requests("get_accounts").get(1);
            assertThat(retried.field("login")).contains("scripted-user");
            assertThat(retried.field("token")).contains("A1B2C3");
            assertThat(retried.field("encrypted_password").orElseThrow()).matches("[0-9A-Fa-f]{256}");
            assertThat(retried.header("x-response-format")).contains("json");
            assertThat(retried.header("content-type")).contains("application/x-www-form-urlencoded");
        }
    }
}
