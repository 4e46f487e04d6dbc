package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.reliability.support.Cli;
import io.capitalist4j.reliability.support.SecretScan;
import io.capitalist4j.reliability.support.SecretUser;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.keys.TestKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every CLI command that touches a secret, run against the testkit with recognisable secrets in its
 * environment (and the SMS code as the flag it is): none of them appears on stdout or stderr, nor in the log.
 */
class CliSecretsTest {

    static final String LOGIN = "cli-secret-tester";
    static final String PASSWORD = "CLIpw-secret-8Hd3-Qa";
    static final String CERT_PASSWORD = "CLIcert-secret-2Wx7-Rt";
    static final String PIN = "CLIpin-secret-6Fj1";
    static final String SMS_CODE = "73519264";
    static final String WRONG_PASSWORD = "CLIpw-wrong-secret-5Tb";

    @TempDir
    Path dir;

    private int files;

    private Path payouts(String tag) throws IOException {
        String text = "CAPITALIST;R0000002;15.00;RUR;" + tag + "-1;Payout\nCAPITALIST;R0000002;25.00;RUR;" + tag + "-2;Payout\n";
        return Files.writeString(dir.resolve("payouts-" + (++files) + ".csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void noCommandPrintsOrLogsASecret() throws IOException {
        TestKey key = TestKey.generate(1024);
        SecretUser secretUser = new SecretUser(LOGIN, PASSWORD, WRONG_PASSWORD, CERT_PASSWORD, PIN, SMS_CODE, key);
        Path keyFile = secretUser.writeKeyFile(dir.resolve("key.txt"), "salt-cli-9");
        Path passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n", StandardCharsets.UTF_8);
        Map<String, String> secrets = secretUser.secrets();

        List<Cli.Result> runs = new ArrayList<>();
        try (FakeCapitalistServer server = secretUser.startServer()) {
            Cli cli = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", PASSWORD, "CAPITALIST_PIN", PIN,
                    "CAPITALIST_KEY_PASSWORD", CERT_PASSWORD));
            String url = server.uri().toString();
            String today = LocalDate.now(ZoneId.of("Europe/Moscow")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            List<String[]> ok = List.of(
                    new String[] {"--url", url, "--login", LOGIN, "accounts"},
                    new String[] {"--url", url, "--login", LOGIN, "--plain-password", "--output", "json", "accounts"},
                    new String[] {"--url", url, "--login", LOGIN, "--wire", "csv", "rates"},
                    new String[] {"--url", url, "--login", LOGIN, "verified", SandboxIdentity.RUR_ACCOUNT},
                    new String[] {"--url", url, "--login", LOGIN, "fee", "--type", "RUCARD", "--source",
                            SandboxIdentity.RUR_ACCOUNT, "--amount", "3000.00"},
                    new String[] {"--url", url, "--login", LOGIN, "history"},
                    new String[] {"--url", url, "--login", LOGIN, "--password-file", passwordFile.toString(), "accounts"},
                    new String[] {"--url", url, "--login", LOGIN, "batch", "submit", payouts("CS-SIG").toString(),
                            "--verify", "signature", "--key", keyFile.toString(), "--wait", "--interval", "50ms"},
                    new String[] {"--url", url, "--login", LOGIN, "--output", "json", "batch", "submit",
                            payouts("CS-PIN").toString(), "--verify", "pin", "--wait", "--interval", "50ms"},
                    new String[] {"--url", url, "--login", LOGIN, "reconcile", payouts("CS-SIG").toString(), "--from", today});
            for (String[] args : ok) {
                Cli.Result run = cli.run(args);
                assertThat(run.code()).as("%s", run).isZero();
                runs.add(run);
            }
            Cli.Result sms = cli.run("--url", url, "--login", LOGIN, "batch", "submit", payouts("CS-SMS").toString(),
                    "--verify", "sms");
            assertThat(sms.code()).as("%s", sms).isZero();
            runs.add(sms);
            Matcher id = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(sms.all());
            assertThat(id.find()).as("the batch id in %s", sms).isTrue();
            Cli.Result wrongCode = cli.run("--url", url, "--login", LOGIN, "batch", "confirm", id.group(), "--sms-code", "73519265");
            assertThat(wrongCode.code()).as("%s", wrongCode).isEqualTo(1);
            runs.add(wrongCode);
            Cli.Result confirm = cli.run("--url", url, "--login", LOGIN, "batch", "confirm", id.group(), "--sms-code", SMS_CODE);
            assertThat(confirm.code()).as("%s", confirm).isZero();
            runs.add(confirm);

            Cli.Result wrongPassword = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", WRONG_PASSWORD))
                    .run("--url", url, "--login", LOGIN, "accounts");
            assertThat(wrongPassword.code()).as("%s", wrongPassword).isEqualTo(1);
            runs.add(wrongPassword);
            Cli.Result wrongKeyPassword = Cli.withEnv(Map.of("CAPITALIST_PASSWORD", PASSWORD, "CAPITALIST_KEY_PASSWORD",
                    CERT_PASSWORD + "x")).run("--url", url, "--login", LOGIN, "batch", "submit",
                    payouts("CS-BADKEY").toString(), "--verify", "signature", "--key", keyFile.toString());
            assertThat(wrongKeyPassword.code()).as("%s", wrongKeyPassword).isEqualTo(2);
            runs.add(wrongKeyPassword);
            for (String flag : List.of("--password", "--pin", "--key-password", "--cert-password")) {
                Cli.Result refused = cli.run(flag, PASSWORD, "--url", url, "--login", LOGIN, "accounts");
                assertThat(refused.code()).as("%s", refused).isEqualTo(2);
                runs.add(refused);
            }
        }

        List<String> findings = new ArrayList<>();
        for (Cli.Result run : runs) {
            findings.addAll(SecretScan.find("output of " + run.args(), run.all(), secrets));
        }
        List<String> lines = Files.readAllLines(Path.of(System.getProperty("reliability.logFile")), StandardCharsets.UTF_8);
        findings.addAll(SecretScan.findInLog(lines, secrets));
        System.out.printf("cli secrets: %d commands, %d secret values, %d log lines checked%n", runs.size(), secrets.size(),
                lines.size());
        assertThat(findings).as("secrets found").isEmpty();
    }
}
