package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxBank;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.SandboxUser;
import io.capitalist4j.testkit.Timeline;
import io.capitalist4j.testkit.keys.TestKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A testkit server with a user whose secrets are recognisable strings, so a test can prove that none of
 * them ever reaches the CLI's output; and the helpers to point the CLI at it.
 */
final class TestBank implements AutoCloseable {
    static final String LOGIN = "cli-tester";
    static final String PASSWORD = "Pw-cli-7f3c9e";
    static final String PIN = "pin-5531-x";
    static final String SMS_CODE = "83591746";
    static final String CERT_PASSWORD = "cert-3321-z";
    static final List<String> SECRETS = List.of(PASSWORD, PIN, SMS_CODE, CERT_PASSWORD);

    private static final AtomicInteger BATCHES = new AtomicInteger();

    final FakeCapitalistServer server;
    final Path encryptedKey;
    private final Path dir;

    private TestBank(FakeCapitalistServer server, Path encryptedKey, Path dir) {
        this.server = server;
        this.encryptedKey = encryptedKey;
        this.dir = dir;
    }

    /** Records move on every {@code step}; keys are written into {@code dir}. */
    static TestBank start(Path dir, Duration step) {
        return start(dir, step, config -> config);
    }

    /** As {@link #start(Path, Duration)}, the bank's configuration completed by {@code more}. */
    static TestBank start(Path dir, Duration step, java.util.function.UnaryOperator<SandboxConfig.Builder> more) {
        SandboxUser.Builder user = SandboxUser.builder(LOGIN, PASSWORD).pin(PIN).smsCode(SMS_CODE)
                .certificate(SandboxIdentity.certificatePublicKey()).verified(true);
        SandboxIdentity.accounts().forEach(user::account);
        // the CLI tests run every command with --wire json and --wire csv: the legacy formats must be on
        SandboxConfig config = more.apply(SandboxConfig.builder().user(user.build()).timeline(Timeline.steps(step))
                .legacyFormats(true)).build();
        try {
            Path key = dir.resolve("cli-tester-key.txt");
            Files.writeString(key, TestKey.fromPkcs1Pem(SandboxIdentity.privateKeyPem())
                    .encryptedKeyFile("salt-cli", LOGIN, Secret.of(CERT_PASSWORD)), StandardCharsets.US_ASCII);
            return new TestBank(FakeCapitalistServer.start(SandboxBank.create(config)), key, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CLI with every secret in its environment variable. */
    CliRun cli() {
        return CliRun.cli().env(EnvVars.PASSWORD, PASSWORD).env(EnvVars.PIN, PIN).env(EnvVars.KEY_PASSWORD, CERT_PASSWORD);
    }

    /** Global options that point the CLI at this server, then the command. */
    String[] args(String wire, String output, String... command) {
        List<String> all = new ArrayList<>(List.of("--url", server.uri().toString(), "--login", LOGIN, "--wire", wire,
                "--output", output));
        all.addAll(List.of(command));
        return all.toArray(new String[0]);
    }

    /** The example payouts with payment numbers no other test uses. */
    Path freshPayouts() {
        return copyWithFreshNumbers(Examples.PAYOUTS);
    }

    Path copyWithFreshNumbers(Path example) {
        String prefix = "T" + BATCHES.incrementAndGet() + "-";
        try {
            String text = Files.readString(example, StandardCharsets.UTF_8).replace("PAY-", prefix);
            Path file = dir.resolve(prefix + example.getFileName());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payment numbers of a batch file, in line order (the field before the description, SBP aside). */
    static List<String> paymentNumbers(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> numbers = new ArrayList<>();
            lines.forEach(line -> {
                String[] f = line.split(";", -1);
                numbers.add(f[0].equals("SBP") ? f[8] : f[4]);
            });
            return numbers;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
