package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.auth.Secret;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
    @TempDir
    Path dir;

    private final List<String> asked = new ArrayList<>();

    @Test
    void takesThePasswordFileBeforeTheEnvironment() throws Exception {
        Path file = dir.resolve("pw");
        Files.writeString(file, "from-file\r\nsecond line is ignored\n", StandardCharsets.UTF_8);

        Secret password = secrets(Map.of(EnvVars.PASSWORD, "from-env"), Optional.empty()).password(Optional.of(file));

        assertThat(password.reveal()).isEqualTo("from-file");
    }

    @Test
    void takesThePasswordFromTheEnvironmentWithoutAsking() {
        Secret password = secrets(Map.of(EnvVars.PASSWORD, "from-env"), Optional.of("typed")).password(Optional.empty());

        assertThat(password.reveal()).isEqualTo("from-env");
        assertThat(asked).isEmpty();
    }

    @Test
    void asksOnTheTerminalWhenNothingElseGivesThePassword() {
        Secret password = secrets(Map.of(), Optional.of("typed")).password(Optional.empty());

        assertThat(password.reveal()).isEqualTo("typed");
        assertThat(asked).containsExactly("Capitalist password");
    }

    @Test
    void failsAsBadInputWhenThereIsNoTerminalToAsk() {
        assertThatThrownBy(() -> secrets(Map.of(), Optional.empty()).password(Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining(EnvVars.PASSWORD).hasMessageContaining("--password-file");
    }

    @Test
    void treatsAnEmptyVariableAsAbsent() {
        assertThatThrownBy(() -> secrets(Map.of(EnvVars.PIN, ""), Optional.empty()).pin())
                .isInstanceOf(BadInputException.class).hasMessageContaining(EnvVars.PIN);
    }

    @Test
    void readsThePinAndTheKeyPasswordFromTheirOwnVariables() {
        Secrets secrets = secrets(Map.of(EnvVars.PIN, "4321", EnvVars.KEY_PASSWORD, "cert"), Optional.empty());

        assertThat(secrets.pin().reveal()).isEqualTo("4321");
        assertThat(secrets.keyPassword().reveal()).isEqualTo("cert");
    }

    @Test
    void namesAnUnreadablePasswordFileButNeverItsContent() throws Exception {
        Path empty = dir.resolve("empty");
        Files.writeString(empty, "\n");

        assertThatThrownBy(() -> Secrets.fromFile(dir.resolve("missing"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> Secrets.fromFile(empty)).isInstanceOf(BadInputException.class).hasMessageContaining("empty");
    }

    private Secrets secrets(Map<String, String> env, Optional<String> typed) {
        Terminal.SecretPrompt prompt = label -> {
            asked.add(label);
            return typed.map(String::toCharArray);
        };
        return new Secrets(new Terminal(env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                prompt, () -> { }));
    }
}
