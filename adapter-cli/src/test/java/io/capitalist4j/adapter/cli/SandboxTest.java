package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.domain.auth.Redaction;
import io.capitalist4j.testkit.SandboxIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sandbox} (the README's main job) and the foreground {@code sandbox} command. */
class SandboxTest {

    @TempDir
    Path dir;

    @Test
    void theMainJobSignsUploadsAndFollowsEveryRecordOnTheEmbeddedSandbox() {
        CliRun.Result run = cli().run("--sandbox", "batch", "submit", Examples.PAYOUTS.toString(), "--verify", "signature", "--wait");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("sandbox started at http://127.0.0.1:").contains("uploaded batch")
                .contains("9/9 final (PROCESSED 9)");
        assertThat(run.out()).contains("9 lines accepted, 0 rejected").contains("9 records: 9 PROCESSED");
        for (String number : TestBank.paymentNumbers(Examples.PAYOUTS)) {
            assertThat(run.out()).containsPattern("(?m)^\\s+\\d+\\s+" + number + "\\s.*PROCESSED");
        }
    }

    @Test
    void theMainJobPrintsJsonWhenAsked() throws Exception {
        CliRun.Result run = cli().run("--sandbox", "--output", "json", "batch", "submit",
                Examples.PAYOUTS.toString(), "--verify", "pin", "--wait");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode node = new ObjectMapper().readTree(run.out());
        assertThat(node.get("records")).hasSize(9).extracting(r -> r.get("state").asText()).containsOnly("PROCESSED");
    }

    @Test
    void csvAgainstTheJsonOnlySandboxFailsInOneLineWithCode4AndExitOne() {
        CliRun.Result run = cli().run("--sandbox", "--wire", "csv", "accounts");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.API_ERROR);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().filter(l -> !l.startsWith("sandbox started at")).toList();
        assertThat(lines).as(run.err()).hasSize(1);
        assertThat(lines.get(0)).contains("code 4: Only x-response-format=json is available.")
                .contains("Only JSON answers are available");
    }

    @Test
    void theSandboxRefusesAnOtherUrl() {
        CliRun.Result run = cli().run("--sandbox", "--url", "https://api.capitalist.net/", "accounts");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--url");
    }

    @Test
    void theSandboxSignsWithItsCertificateWhenNoKeyIsGiven() {
        CliRun.Result run = cli().run("--sandbox", "batch", "sign", Examples.PAYOUTS.toString());

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out().trim()).matches("[A-Za-z0-9+/]+={0,2}");
    }

    @Test
    void theSandboxCommandRunsInTheForegroundUntilStoppedAndWritesTheKeyFiles() throws Exception {
        CliRun sandbox = cli();
        Path keys = dir.resolve("keys");
        CompletableFuture<CliRun.Result> running = CompletableFuture.supplyAsync(() -> sandbox.run("sandbox", "--keys-dir", keys.toString()));

        String banner = sandbox.outContaining("try:").get(20, TimeUnit.SECONDS);
        Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)").matcher(banner);
        assertThat(url.find()).as(banner).isTrue();
        CliRun.Result accounts = cli().env(EnvVars.PASSWORD, SandboxIdentity.PASSWORD)
                .run("--url", url.group(1), "--login", SandboxIdentity.LOGIN, "accounts");
        assertThat(accounts.code()).as(accounts.toString()).isZero();
        assertThat(accounts.out()).contains(SandboxIdentity.RUR_ACCOUNT);

        sandbox.stop();
        CliRun.Result stopped = running.get(20, TimeUnit.SECONDS);

        assertThat(stopped.code()).as(stopped.toString()).isZero();
        assertThat(stopped.out()).contains("login", SandboxIdentity.LOGIN, "password", SandboxIdentity.PASSWORD, "PIN",
                SandboxIdentity.PIN, "SMS code", SandboxIdentity.SMS_CODE, SandboxIdentity.CERTIFICATE_PASSWORD);
        assertThat(stopped.err()).contains("sandbox stopped");
        for (String file : List.of(SandboxIdentity.PRIVATE_KEY_FILE, SandboxIdentity.ENCRYPTED_KEY_FILE, SandboxIdentity.PUBLIC_KEY_FILE)) {
            assertThat(keys.resolve(file)).exists();
            assertThat(stopped.out()).contains(Redaction.maskCardNumbers(keys.resolve(file).toString()));
        }
        assertThat(Files.readString(keys.resolve(SandboxIdentity.PRIVATE_KEY_FILE))).contains("PRIVATE KEY");
    }

    @Test
    void theSandboxCommandIsJsonOnlyUnlessAskedForLegacyFormats() throws Exception {
        for (boolean legacy : new boolean[] {false, true}) {
            CliRun sandbox = cli();
            CompletableFuture<CliRun.Result> running = CompletableFuture.supplyAsync(() -> legacy
                    ? sandbox.run("sandbox", "--legacy-formats") : sandbox.run("sandbox"));
            String banner = sandbox.outContaining("try:").get(20, TimeUnit.SECONDS);
            Matcher url = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)").matcher(banner);
            assertThat(url.find()).as(banner).isTrue();

            CliRun.Result csv = cli().env(EnvVars.PASSWORD, SandboxIdentity.PASSWORD)
                    .run("--url", url.group(1), "--login", SandboxIdentity.LOGIN, "--wire", "csv", "accounts");
            CliRun.Result json = cli().env(EnvVars.PASSWORD, SandboxIdentity.PASSWORD)
                    .run("--url", url.group(1), "--login", SandboxIdentity.LOGIN, "accounts");
            sandbox.stop();
            running.get(20, TimeUnit.SECONDS);

            assertThat(json.code()).as(json.toString()).isZero();
            assertThat(json.out()).contains(SandboxIdentity.RUR_ACCOUNT);
            if (legacy) {
                assertThat(banner).contains("(JSON, CSV and json-lite)");
                assertThat(csv.code()).as(csv.toString()).isZero();
                assertThat(csv.out()).contains(SandboxIdentity.RUR_ACCOUNT);
            } else {
                assertThat(banner).contains("(JSON only)");
                assertThat(csv.code()).as(csv.toString()).isEqualTo(ExitCode.API_ERROR);
                assertThat(csv.err().lines().toList()).hasSize(1);
                assertThat(csv.err()).contains("code 4");
            }
        }
    }
}
