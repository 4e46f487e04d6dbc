package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.keys.BankCrypto;
import io.capitalist4j.testkit.keys.TestKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSignCommandTest {
    private static final String LOGIN = "signer";
    private static final String KEY_PASSWORD = "key-pass-73";
    private static TestKey key;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeKey() {
        key = TestKey.generate(1024);
    }

    @Test
    void signsTheFilesExactBytesWithAPemKey() throws Exception {
        Path file = dir.resolve("batch.csv");
        // A BOM, CRLF and a trailing line break: all signed as they are, none normalised away.
        byte[] bytes = "\uFEFFCAPITALIST;R0000002;10.00;RUR;A-1;Zahlung f\u00fcr M\u00e4rz\r\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        Path pem = dir.resolve("key.pem");
        Files.writeString(pem, key.privateKeyPem());
        // owner-only, as a key should be: a key others can read gets a warning on stderr
        if (pem.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(pem, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }

        CliRun.Result run = cli().run("batch", "sign", file.toString(), "--key", pem.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        String signature = run.out().trim();
        assertThat(BankCrypto.verifySignature(key.publicKey(), bytes, signature)).isTrue();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void opensAnEncryptedKeyFileWithTheLoginAndTheKeyPasswordFromTheEnvironment() throws Exception {
        Path file = Examples.PAYOUTS;
        Path encrypted = dir.resolve("key.txt");
        Files.writeString(encrypted, key.encryptedKeyFile("salt-1", LOGIN, Secret.of(KEY_PASSWORD)));

        CliRun.Result run = cli().env(EnvVars.KEY_PASSWORD, KEY_PASSWORD)
                .run("--output", "json", "batch", "sign", file.toString(), "--key", encrypted.toString(), "--key-login", LOGIN);

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode node = new ObjectMapper().readTree(run.out());
        assertThat(BankCrypto.verifySignature(key.publicKey(), Files.readAllBytes(file), node.get("signature").asText()))
                .isTrue();
        assertThat(run.all()).doesNotContain(KEY_PASSWORD);
    }

    @Test
    void asksForTheKeyPasswordWhenAnEncryptedKeyFileHasNone() throws Exception {
        Path encrypted = dir.resolve("key.txt");
        Files.writeString(encrypted, key.encryptedKeyFile("salt-2", LOGIN, Secret.of(KEY_PASSWORD)));

        CliRun.Result run = cli().run("--login", LOGIN, "batch", "sign", Examples.PAYOUTS.toString(), "--key", encrypted.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(EnvVars.KEY_PASSWORD);
    }

    @Test
    void reportsAWrongKeyPasswordWithoutEchoingIt() throws Exception {
        Path encrypted = dir.resolve("key.txt");
        Files.writeString(encrypted, key.encryptedKeyFile("salt-3", LOGIN, Secret.of(KEY_PASSWORD)));

        CliRun.Result run = cli().env(EnvVars.KEY_PASSWORD, "wrong-pass-41")
                .run("batch", "sign", Examples.PAYOUTS.toString(), "--key", encrypted.toString(), "--key-login", LOGIN);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("key.txt").doesNotContain("wrong-pass-41");
    }

    @Test
    void needsAKeyOutsideTheSandbox() {
        CliRun.Result run = cli().run("batch", "sign", Examples.PAYOUTS.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--key");
    }
}
