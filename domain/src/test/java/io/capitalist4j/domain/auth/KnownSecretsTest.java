package io.capitalist4j.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KnownSecretsTest {

    private static final String PASSWORD = "&3;horse battery=+50% ключ";

    private final KnownSecrets secrets = new KnownSecrets().add(Secret.of(PASSWORD));

    @Test
    void theSecretAsItIsIsMaskedWholeWhereverItStands() {
        assertThat(secrets.mask("plain_password=" + PASSWORD + "&login=x")).isEqualTo("plain_password=***&login=x");
        assertThat(secrets.mask("echo: " + PASSWORD + PASSWORD + ".")).isEqualTo("echo: ******.");
    }

    @Test
    void formAndUrlEncodingsInEitherCaseAreMasked() {
        String form = URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        assertThat(secrets.mask("p=" + form + "&x")).isEqualTo("p=***&x");
        assertThat(secrets.mask("p=" + form.replace("+", "%20") + "&x")).isEqualTo("p=***&x");
        assertThat(secrets.mask("p=" + form.toLowerCase(java.util.Locale.ROOT).replace("%d0", "%D0")
                .replace("horse", "horse") + "&x")).isEqualTo("p=***&x");
    }

    @Test
    void htmlAndJsonEscapesAreMasked() {
        assertThat(secrets.mask("<p>" + PASSWORD.replace("&", "&amp;") + "</p>")).isEqualTo("<p>***</p>");
        assertThat(secrets.mask("<p>" + PASSWORD.replace("&", "&#x26;") + "</p>")).isEqualTo("<p>***</p>");
        assertThat(secrets.mask("{\"m\":\"" + PASSWORD.replace("к", "\\u043a") + "\"}")).isEqualTo("{\"m\":\"***\"}");
    }

    @Test
    void aTokenLearntLaterIsMaskedAndShortSecretsAreNot() {
        secrets.add("9F86D081884C7D65").add("123");
        assertThat(secrets.size()).isEqualTo(2);
        assertThat(secrets.mask("token=9F86D081884C7D65 amount 123.00")).isEqualTo("token=*** amount 123.00");
    }

    @Test
    void clearedSecretsAreNoLongerKnown() {
        secrets.clear();
        assertThat(secrets.size()).isZero();
        assertThat(secrets.mask(PASSWORD)).isEqualTo(PASSWORD);
        assertThat(secrets).hasToString("KnownSecrets[0 secrets, ***]");
    }

    @Test
    void textWithoutASecretIsReturnedAsItIs() {
        String text = "horse battery &3; 50% ключ";
        assertThat(secrets.mask(text)).isSameAs(text);
    }
}
