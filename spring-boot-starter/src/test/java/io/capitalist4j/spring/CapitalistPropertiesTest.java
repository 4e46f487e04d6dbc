package io.capitalist4j.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class CapitalistPropertiesTest {

    private static final Map<String, String> SECRETS = Map.of(
            "capitalist.password", "Pa55-word-of-the-account",
            "capitalist.key-password", "Cert-pa55-word",
            "capitalist.pin", "9731",
            "capitalist.api-secret", "api2-secret-0f1e2d3c");

    private static CapitalistProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("capitalist", Bindable.of(CapitalistProperties.class));
    }

    @Test
    void secrets_are_bound_from_text_as_secrets() {
        CapitalistProperties properties = bind(SECRETS);
        assertThat(properties.getPassword().reveal()).isEqualTo("Pa55-word-of-the-account");
        assertThat(properties.getKeyPassword().reveal()).isEqualTo("Cert-pa55-word");
        assertThat(properties.getPin().reveal()).isEqualTo("9731");
        assertThat(properties.getApiSecret().reveal()).isEqualTo("api2-secret-0f1e2d3c");
    }

    @Test
    void to_string_says_which_secrets_are_set_and_shows_none_of_them() {
        CapitalistProperties properties = bind(SECRETS);
        String text = properties.toString();
        SECRETS.values().forEach(secret -> assertThat(text).doesNotContain(secret));
        assertThat(text).contains("password=(set)", "keyPassword=(set)", "pin=(set)", "apiSecret=(set)");
        assertThat(bind(Map.of("capitalist.login", "me")).toString())
                .contains("login=me", "password=(not set)", "apiSecret=(not set)");
    }

    @Test
    void relaxed_names_and_values_bind_as_documented() {
        CapitalistProperties properties = bind(Map.of(
                "capitalist.api", "2",
                "capitalist.api-key", "key-1",
                "capitalist.journal.mode", "h2-file",
                "capitalist.journal.h2-directory", "/var/lib/payouts",
                "capitalist.http.connect-timeout", "3s",
                "capitalist.http.read-retries", "4",
                "capitalist.health.timeout", "750ms"));
        assertThat(properties.getApi()).isEqualTo(2);
        assertThat(properties.getJournal().getMode()).isEqualTo(JournalMode.H2_FILE);
        assertThat(properties.getJournal().getH2Directory()).isEqualTo(Path.of("/var/lib/payouts"));
        assertThat(properties.getHttp().getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(properties.getHttp().getReadRetries()).isEqualTo(4);
        assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofMillis(750));
        assertThat(bind(Map.of("capitalist.journal.mode", "NONE")).getJournal().getMode()).isEqualTo(JournalMode.NONE);
    }

    @Test
    void the_defaults_are_api_1_no_sandbox_and_the_journal_in_the_users_home() {
        CapitalistProperties properties = bind(Map.of());
        assertThat(properties.getApi()).isEqualTo(1);
        assertThat(properties.isSandbox()).isFalse();
        assertThat(properties.getJournal().getMode()).isNull();
        assertThat(properties.getJournal().getH2Directory())
                .isEqualTo(Path.of(System.getProperty("user.home"), ".capitalist4j"));
        assertThat(properties.getHealth().getTimeout()).isEqualTo(Duration.ofSeconds(5));
    }
}
