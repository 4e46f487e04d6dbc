package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.capitalist4j.domain.auth.Redaction;
import io.capitalist4j.reliability.support.Await;
import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxConfig;
import io.capitalist4j.testkit.SandboxIdentity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files the CLI writes are private and land where they are named: {@code sandbox --keys-dir} never writes through
 * a symbolic link, writes keys owner-only (0600) in directories it creates owner-only (0700); a secret file the
 * CLI reads that group or others can read gets a warning, like ssh gives, and the run goes on.
 */
class FilesWeWriteTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final List<String> KEY_FILES = List.of(SandboxIdentity.PRIVATE_KEY_FILE,
            SandboxIdentity.ENCRYPTED_KEY_FILE, SandboxIdentity.PUBLIC_KEY_FILE);

    @TempDir
    Path dir;

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Test
    void theSandboxRefusesToWriteAKeyThroughASymbolicLinkAndLeavesItsTargetAlone() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n", StandardCharsets.UTF_8);
        Path keys = Files.createDirectory(dir.resolve("keys"));
        Path link = Files.createSymbolicLink(keys.resolve(SandboxIdentity.PRIVATE_KEY_FILE), victim);

        Cli.Result run = assertTimeoutPreemptively(HANG_GUARD,
                () -> Cli.withEnv(Map.of()).run("sandbox", "--keys-dir", keys.toString()));

        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).as(run.toString()).contains(shown(link)).contains("symbolic link");
        assertThat(Files.readString(victim, StandardCharsets.UTF_8)).isEqualTo("precious\n");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(victim);
    }

    @Test
    void theSandboxWritesKeysOwnerOnlyInDirectoriesItCreatesOwnerOnly() throws Exception {
        Path parent = dir.resolve("new");
        Path keys = parent.resolve("keys");
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try {
            Future<Cli.Result> sandbox = runner.submit(() -> Cli.withEnv(Map.of()).run("sandbox", "--keys-dir", keys.toString()));
            boolean written = Await.until(() -> KEY_FILES.stream().allMatch(name -> Files.exists(keys.resolve(name))), HANG_GUARD);
            sandbox.cancel(true);
            assertThat(written).as("the three key files were written").isTrue();
        } finally {
            runner.shutdownNow();
        }

        assertThat(Files.readString(keys.resolve(SandboxIdentity.PRIVATE_KEY_FILE), StandardCharsets.US_ASCII))
                .isEqualTo(SandboxIdentity.privateKeyPem());
        if (posix(dir)) {
            for (String name : KEY_FILES) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(name), LinkOption.NOFOLLOW_LINKS)))
                        .as(name).isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys))).as("keys dir").isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(parent))).as("its new parent").isEqualTo("rwx------");
        }
        try (var listing = Files.list(keys)) {
            assertThat(listing.map(p -> p.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrderElementsOf(KEY_FILES);
        }
    }

    @Test
    void aPasswordFileOthersCanReadGetsAWarningAndTheRunGoesOn() throws IOException {
        Path shared = Files.writeString(dir.resolve("shared-password.txt"), SandboxIdentity.PASSWORD + "\n", StandardCharsets.UTF_8);
        Path mine = Files.writeString(dir.resolve("my-password.txt"), SandboxIdentity.PASSWORD + "\n", StandardCharsets.UTF_8);
        if (posix(dir)) {
            Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(mine, PosixFilePermissions.fromString("rw-------"));
        }
        try (FakeCapitalistServer server = FakeCapitalistServer.start(SandboxConfig.sandbox().build())) {
            Cli.Result sharedRun = Cli.withEnv(Map.of()).run("--url", server.uri().toString(), "--login", SandboxIdentity.LOGIN,
                    "--password-file", shared.toString(), "accounts");
            Cli.Result mineRun = Cli.withEnv(Map.of()).run("--url", server.uri().toString(), "--login", SandboxIdentity.LOGIN,
                    "--password-file", mine.toString(), "accounts");

            assertThat(sharedRun.code()).as(sharedRun.toString()).isZero();
            assertThat(mineRun.code()).as(mineRun.toString()).isZero();
            assertThat(mineRun.err()).as(mineRun.toString()).doesNotContain("warning");
            if (posix(dir)) {
                assertThat(sharedRun.err()).as(sharedRun.toString())
                        .contains("warning: the password file " + shown(shared) + " can be read by group or others (rw-r--r--)")
                        .contains("chmod 600 " + shown(shared));
            }
            assertThat(sharedRun.out()).isEqualTo(mineRun.out());
        }
    }

    /**
     * A path as the CLI prints it: JUnit names temporary folders with a long random number, which is now and then a
     * Luhn-valid 19-digit run, and everything the CLI prints shows such a run masked like a card number.
     */
    private static String shown(Path path) {
        return Redaction.maskCardNumbers(path.toString());
    }
}
