package io.capitalist4j.domain.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void toStringNeverShowsTheSecret() {
        Secret secret = Secret.of("hunter2-пароль");

        assertThat(secret.toString()).isEqualTo("Secret[***]").doesNotContain("hunter2");
        assertThat(String.valueOf(secret)).doesNotContain("hunter2");
    }

    @Test
    void revealsTheTextCharsAndUtf8BytesUntilWiped() {
        Secret secret = Secret.of("пин1234");

        assertThat(secret.reveal()).isEqualTo("пин1234");
        assertThat(secret.chars()).containsExactly("пин1234".toCharArray());
        assertThat(secret.utf8()).isEqualTo("пин1234".getBytes(StandardCharsets.UTF_8));
        assertThat(secret.isEmpty()).isFalse();

        secret.wipe();

        assertThatThrownBy(secret::reveal).isInstanceOf(IllegalStateException.class).hasMessageNotContaining("пин");
        assertThatThrownBy(secret::chars).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(secret::utf8).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void copiesTheCallersCharactersInAndOut() {
        char[] mine = "1234".toCharArray();
        Secret secret = Secret.of(mine);
        mine[0] = 'X';
        secret.chars()[1] = 'Y';

        assertThat(secret.reveal()).isEqualTo("1234");
    }

    @Test
    void closingWipes() {
        Secret secret = Secret.of("x");
        secret.close();
        assertThatThrownBy(secret::reveal).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void matchesComparesContentButEqualsIsIdentity() {
        Secret a = Secret.of("same");
        Secret b = Secret.of("same");

        assertThat(a.matches(b)).isTrue();
        assertThat(a.matches(Secret.of("other"))).isFalse();
        assertThat(a).isNotEqualTo(b).isEqualTo(a);
        assertThat(Secret.of("").isEmpty()).isTrue();
    }
}
