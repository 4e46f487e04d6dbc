package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.client.Capitalist;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plain password over {@code http://} to a host that is not this machine would cross the network in clear
 * text: the library, the client builder and the CLI refuse it unless told explicitly that it is meant.
 */
class PlainPasswordOverHttpTest {

    /** TEST-NET-1 (RFC 5737): never routed, and never contacted here because everything is refused first. */
    private static final URI REMOTE_HTTP = URI.create("http://192.0.2.10/");

    @Test
    void theHttpOptionsRefusePlainPasswordOverHttpToAHostThatIsNotLoopback() {
        for (URI url : List.of(REMOTE_HTTP, URI.create("http://api.capitalist.net/"), URI.create("http://10.0.0.1:8080/"))) {
            assertThatThrownBy(() -> HttpOptions.builder().baseUrl(url).authMode(AuthMode.PLAIN).build())
                    .as(url.toString())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("HttpOptions.Builder.allowPlainPasswordOverHttp(true)")
                    .hasMessageContaining(url.getHost());
            HttpOptions allowed = HttpOptions.builder().baseUrl(url).authMode(AuthMode.PLAIN)
                    .allowPlainPasswordOverHttp(true).build();
            assertThat(allowed.plainPasswordInClear()).isTrue();
        }
        for (URI url : List.of(URI.create("http://127.0.0.1:8080/"), URI.create("http://localhost/"),
                URI.create("http://[::1]:9/"), URI.create("https://192.0.2.10/"))) {
            assertThat(HttpOptions.builder().baseUrl(url).authMode(AuthMode.PLAIN).build().plainPasswordInClear())
                    .as(url.toString()).isFalse();
        }
        assertThat(HttpOptions.builder().baseUrl(REMOTE_HTTP).authMode(AuthMode.TOKEN).build().plainPasswordInClear())
                .as("token mode sends only the RSA-encrypted password").isFalse();
    }

    @Test
    void theClientBuilderRefusesPlainPasswordOverHttpUnlessAllowed() {
        assertThatThrownBy(() -> Capitalist.builder().endpoint(REMOTE_HTTP)
                        .credentials("plain-login", Secret.of("plain-http-pw"))
                        .http(o -> o.authMode(AuthMode.PLAIN)).build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowPlainPasswordOverHttp(true)")
                .hasMessageNotContaining("plain-http-pw");
    }

    @Test
    void theCliRefusesPlainPasswordOverHttpWithExitTwoUnlessTheFlagIsGiven() {
        Cli cli = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", "plain-http-pw"));

        Cli.Result refused = cli.run("--url", REMOTE_HTTP.toString(), "--login", "plain-login", "--plain-password", "accounts");

        assertThat(refused.code()).as(refused.toString()).isEqualTo(2);
        assertThat(refused.err().strip().lines()).as(refused.toString()).hasSize(1);
        assertThat(refused.err()).contains("--allow-plain-password-over-http").contains("192.0.2.10")
                .doesNotContain("plain-http-pw");

        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault("get_accounts", Answer.ok("[]"));
            Cli.Result loopback = cli.run("--url", server.uri().toString(), "--login", "plain-login", "--plain-password",
                    "accounts");
            assertThat(loopback.err()).as(loopback.toString()).doesNotContain("--allow-plain-password-over-http");
            assertThat(server.count("get_accounts")).as("plain password to loopback is sent").isEqualTo(1);
        }
    }
}
