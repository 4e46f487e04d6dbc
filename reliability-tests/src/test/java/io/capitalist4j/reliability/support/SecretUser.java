package io.capitalist4j.reliability.support;

import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.SandboxUser;
import io.capitalist4j.testkit.Timeline;
import io.capitalist4j.testkit.keys.BankCrypto;
import io.capitalist4j.testkit.keys.TestKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sandbox user whose secrets are strings nobody could mistake, and whose certificate is {@code key}: the named
 * values a {@link SecretScan} looks for, and a testkit server that knows the user.
 */
public record SecretUser(String login, String password, String wrongPassword, String certPassword, String pin,
                         String smsCode, TestKey key) {

    /**
     * Every secret by name: the passwords, the PIN and its hash, the SMS code and each base64 line of the private
     * key. The map is the caller's to extend with what it derives later (tokens, signatures).
     */
    public Map<String, String> secrets() {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("password", password);
        secrets.put("wrong password", wrongPassword);
        secrets.put("certificate password", certPassword);
        secrets.put("PIN", pin);
        secrets.put("PIN hash", BankCrypto.pinHash(Secret.of(pin)));
        secrets.put("SMS code", smsCode);
        for (String line : key.privateKeyPem().split("\n")) {
            if (line.length() >= 40 && !line.startsWith("-----")) {
                secrets.put("private key line " + secrets.size(), line.trim());
            }
        }
        return secrets;
    }

    /** Writes the key as a Capitalist key file, encrypted with the certificate password. */
    public Path writeKeyFile(Path file, String salt) throws IOException {
        return Files.writeString(file, key.encryptedKeyFile(salt, login, Secret.of(certPassword)),
                StandardCharsets.US_ASCII);
    }

    /**
     * A testkit server with this one verified user, every sandbox account, and records moving every 20 ms. It keeps
     * the legacy formats: the secret suites also run commands with {@code --wire csv}.
     */
    public FakeCapitalistServer startServer() {
        SandboxUser.Builder user = SandboxUser.builder(login, password).pin(pin).smsCode(smsCode)
                .certificate(key.publicKey()).verified(true);
        SandboxIdentity.accounts().forEach(user::account);
        return FakeCapitalistServer.start(SandboxConfig.builder().user(user.build())
                .timeline(Timeline.steps(Duration.ofMillis(20))).legacyFormats(true).build());
    }

    /** The login only: this value exists to carry secrets, so its text must not. */
    @Override
    public String toString() {
        return "SecretUser[" + login + "]";
    }
}
