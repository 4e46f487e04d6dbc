package io.capitalist4j.adapter.api2;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Payload;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The secret, the key and the signatures never reach a toString, an exception message or a log line. */
class SecretsTest extends WithWireMock {

    @Test
    void credentialsAndOptionsShowNoSecret() {
        Api2Credentials credentials = Api2Credentials.of(KEY, Secret.of(SECRET));
        assertThat(credentials.toString()).doesNotContain(SECRET).doesNotContain(KEY).endsWith("apiSecret=***]");
        assertThat(options().build().toString()).doesNotContain(SECRET);
        assertThat(api.toString()).doesNotContain(SECRET).doesNotContain(KEY);
    }

    @Test
    void aServerThatEchoesTheRequestHeadersCannotPutThemIntoAMessageOrTheLog() throws Exception {
        Path log = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile"));
        String echo = "{\"error\":\"bad signature for key " + KEY + " secret " + SECRET + " sig {{request.headers.Signature}}\"}";
        wireMock.stubFor(get(urlPathMatching("/v1/.*")).willReturn(aResponse().withStatus(401).withBody(echo)
                .withTransformers("response-template")));
        wireMock.stubFor(post(urlEqualTo("/v1/payment")).willReturn(aResponse().withStatus(500)
                .withBody(echo).withTransformers("response-template")));
        List<String> texts = new ArrayList<>();
        Throwable read = failure(api.whitelist());
        Throwable pay = failure(api.createPayment(Api2PaymentRequest.of("S-1", AccountNumber.of("U0123504"),
                Money.of("1", Currency.USD), Api2Payload.of("WM").with("account", "Z112224443331"))));
        for (Throwable t : List.of(read, pay)) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                texts.add(String.valueOf(c.getMessage()));
                texts.add(c.toString());
            }
        }
        List<String> signatures = new ArrayList<>();
        requests().forEach(r -> signatures.add(r.getHeader("Signature")));
        assertThat(signatures).isNotEmpty();
        String logged = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        assertThat(logged).as("the debug log was written").contains("payment");
        texts.add(logged);
        for (String text : texts) {
            assertThat(text).doesNotContain(SECRET).doesNotContain(KEY);
            for (String signature : signatures) {
                assertThat(text).doesNotContain(signature);
            }
        }
        assertThat(read.getMessage()).contains("bad signature for key ***");
    }
}
