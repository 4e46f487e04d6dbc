package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.adapter.http.AuthMode;
import io.capitalist4j.adapter.http.CapitalistHttpApi;
import io.capitalist4j.adapter.http.Credentials;
import io.capitalist4j.adapter.http.HttpOptions;
import io.capitalist4j.adapter.http.TrustStore;
import io.capitalist4j.adapter.http.VertxHttp;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.application.port.in.BatchOutcome;
import io.capitalist4j.application.port.in.ConfirmBatchCommand;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.in.WaitOptions;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import io.capitalist4j.reliability.support.SecretScan;
import io.capitalist4j.reliability.support.SecretUser;
import io.capitalist4j.reliability.support.ServerKeys;
import io.capitalist4j.reliability.support.Stages;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import io.capitalist4j.testkit.FakeCapitalistServer;
import io.capitalist4j.testkit.SandboxIdentity;
import io.capitalist4j.testkit.keys.TestKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full flows at debug logging with secrets nobody could mistake: the password, the certificate password, the
 * PIN, the SMS code, the token, the private key (and the signature and PIN hash made from them). None of them
 * may appear in any log line, exception message or stack trace, or {@code toString}.
 */
class SecretsTest {

    static final String LOGIN = "secret-tester";
    static final String PASSWORD = "PWsecret-7x9Kq-Lm2";
    static final String CERT_PASSWORD = "CERTsecret-4fT2-Vb8";
    static final String PIN = "PINsecret-5829-Zq";
    /** SMS codes are 4 to 8 digits; this one occurs nowhere else. */
    static final String SMS_CODE = "90417725";
    static final String TOKEN = "TOKENsecret-3C5A9E1F7B-Ux";
    static final String WRONG_PASSWORD = "PWwrong-1q2w3e-Secret";

    @TempDir
    Path dir;

    /** Everything that was shown: messages, stack traces, toString texts. */
    private final List<String[]> shown = new ArrayList<>();

    private void show(String where, Object value) {
        shown.add(new String[] {where, value instanceof Throwable ? SecretScan.describe((Throwable) value) : String.valueOf(value)});
    }

    /** The value of a call that must succeed; shown like everything else. */
    private <T> T settleAndShow(String where, CompletionStage<T> stage) {
        Stages.Settled<T> result = Stages.settle(stage);
        show(where, result.succeeded() ? result.value() : result.failure());
        if (!result.succeeded()) {
            throw new AssertionError(where + " failed", result.failure());
        }
        return result.value();
    }

    @Test
    void noSecretAppearsInAnyLogLineMessageStackTraceOrToStringOfFullFlowsAtDebugLevel() throws IOException {
        assertThat(org.slf4j.LoggerFactory.getLogger("io.capitalist4j.adapter.http.VertxCapitalistApi").isDebugEnabled())
                .as("the suite runs at debug level").isTrue();
        Path logFile = Path.of(System.getProperty("reliability.logFile"));

        TestKey key = TestKey.generate(1024);
        SecretUser secretUser = new SecretUser(LOGIN, PASSWORD, WRONG_PASSWORD, CERT_PASSWORD, PIN, SMS_CODE, key);
        Path keyFile = secretUser.writeKeyFile(dir.resolve("secret-tester-key.txt"), "salt-7731");

        Map<String, String> secrets = secretUser.secrets();
        secrets.put("token", TOKEN);

        try (FakeCapitalistServer server = secretUser.startServer()) {
            for (AuthMode mode : AuthMode.values()) {
                runFlows(server, mode, keyFile, secrets);
            }
            // The wrong password, twice, and a key file opened with the wrong certificate password.
            try (CapitalistHttpApi wrong = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).build(),
                    Credentials.of(LOGIN, Secret.of(WRONG_PASSWORD)), BouncyCastleSigning.passwordCipher())) {
                for (int i = 0; i < 2; i++) {
                    Stages.Settled<?> refused = Stages.settle(wrong.getAccounts());
                    assertThat(refused.failure()).isInstanceOf(AuthenticationException.class);
                    show("wrong password", refused.failure());
                }
                show("client with the wrong password", wrong);
            }
            Throwable badKey = org.assertj.core.api.Assertions.catchThrowable(
                    () -> BouncyCastleSigning.loadKey(keyFile, LOGIN, Secret.of(CERT_PASSWORD + "x")));
            assertThat(badKey).isInstanceOf(IllegalArgumentException.class);
            show("key file with the wrong certificate password", badKey);
        }
        runScriptedTokenFlow();

        List<String> findings = new ArrayList<>();
        for (String[] s : shown) {
            findings.addAll(SecretScan.find(s[0], s[1], secrets));
        }
        List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        assertThat(lines).as("debug lines of the HTTP client were written")
                .anyMatch(l -> l.contains("DEBUG io.capitalist4j.adapter.http") && l.contains("get_token"))
                .anyMatch(l -> l.contains("DEBUG io.capitalist4j.adapter.http") && l.contains("import_batch_advanced"));
        findings.addAll(SecretScan.findInLog(lines, secrets));
        System.out.printf("secrets: %d secret values checked in %d log lines and %d messages, traces and toStrings%n",
                secrets.size(), lines.size(), shown.size());
        assertThat(findings).as("secrets found").isEmpty();
    }

    private void runFlows(FakeCapitalistServer server, AuthMode mode, Path keyFile, Map<String, String> secrets) {
        HttpOptions options = HttpOptions.builder().baseUrl(server.uri()).authMode(mode).build();
        show("HttpOptions", options);
        try (CapitalistHttpApi api = VertxHttp.create(options, Credentials.of(LOGIN, Secret.of(PASSWORD)),
                BouncyCastleSigning.passwordCipher());
             CapitalistClient client = CapitalistClient.builder().api(api).batchFormat(CsvCodecs.batchFormat()).build()) {
            show("api", api);
            show("client", client);
            show("credentials", Credentials.of(LOGIN, Secret.of(PASSWORD)));
            show("secret", Secret.of(PASSWORD));
            settleAndShow("accounts", client.accounts());
            settleAndShow("rates", client.rates());
            settleAndShow("verified", client.isVerified(AccountNumber.of(SandboxIdentity.RUR_ACCOUNT)));
            settleAndShow("fee", client.fee(FeeQuery.of(DocumentType.RUCARD, AccountNumber.of(SandboxIdentity.RUR_ACCOUNT),
                    new BigDecimal("3000.00"))));
            settleAndShow("history", client.historyPage(HistoryQuery.all()));

            CertificateKey key = BouncyCastleSigning.loadKey(keyFile, LOGIN, Secret.of(CERT_PASSWORD));
            show("key", key);
            VerificationPort signature = BouncyCastleSigning.signatureVerification(key);
            VerificationPort pin = BouncyCastleSigning.pinVerification(Secret.of(PIN));
            VerificationPort wrongPin = BouncyCastleSigning.pinVerification(Secret.of(PIN + "0"));
            VerificationPort mobile = BouncyCastleSigning.mobileVerification();
            for (VerificationPort port : List.of(signature, pin, wrongPin, mobile)) {
                show("verification port", port);
            }

            AtomicInteger n = new AtomicInteger();
            for (VerificationPort port : List.of(signature, pin)) {
                Batch batch = batch(mode + "-" + n.incrementAndGet());
                BatchText text = CsvCodecs.batchFormat().render(batch);
                String signed = BouncyCastleSigning.sign(key, text);
                secrets.put("signature " + secrets.size(), signed);
                show("verification", port.verificationFor(text));
                show("import request", new ImportBatchRequest(text, port.verificationFor(text), Map.of()));
                SubmitBatchCommand command = SubmitBatchCommand.of(batch, port);
                show("command", command);
                SubmittedBatch submitted = settleAndShow("submit", client.submit(command));
                assertThat(submitted).as("upload verified by %s", port).isNotNull();
                BatchOutcome outcome = settleAndShow("await", client.awaitCompletion(submitted.id(),
                        WaitOptions.of(Duration.ofMillis(20), Duration.ofSeconds(20))));
                assertThat(outcome.processed()).hasSize(2);
            }

            // A wrong PIN is refused with a message that must not carry the PIN or its hash.
            Stages.Settled<SubmittedBatch> refused = Stages.settle(client.submit(SubmitBatchCommand.of(batch(mode + "-wrong-pin"), wrongPin)));
            assertThat(refused.failure()).isInstanceOf(ApiException.class);
            show("wrong PIN", refused.failure());

            // MOBILE: upload, a wrong SMS code, then the right one.
            SubmittedBatch pending = settleAndShow("mobile submit", client.submit(SubmitBatchCommand.of(batch(mode + "-sms"), mobile)));
            ConfirmBatchCommand wrongCode = new ConfirmBatchCommand(pending.id(), Secret.of("90417726"));
            show("wrong confirm command", wrongCode);
            Stages.Settled<ConfirmationResult> wrong = Stages.settle(client.confirm(wrongCode));
            show("wrong confirm", wrong.succeeded() ? wrong.value() : wrong.failure());
            ConfirmBatchCommand rightCode = new ConfirmBatchCommand(pending.id(), Secret.of(SMS_CODE));
            show("confirm command", rightCode);
            ConfirmationResult confirmed = settleAndShow("confirm", client.confirm(rightCode));
            assertThat(confirmed.confirmed()).isTrue();

            LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
            settleAndShow("search", client.search(new DocumentSearch(Period.of(today.minusDays(1), today.plusDays(1)),
                    Optional.of(mode + "-1-1"))));
        }
    }

    /** A scripted server hands out a recognisable token, refuses it once (20), then echoes the request in a 500. */
    private void runScriptedTokenFlow() throws IOException {
        AtomicInteger accounts = new AtomicInteger();
        try (ScriptedServer server = ScriptedServer.start().byDefault(r -> {
            if (r.operation().equals("get_token")) {
                return Answer.json(ServerKeys.tokenJson(TOKEN));
            }
            int call = accounts.incrementAndGet();
            if (call == 1) {
                return Answer.json(ServerKeys.error(20, "Invalid authentication token"));
            }
            if (call == 2) {
                return Answer.json(ServerKeys.accountsJson());
            }
            // A misbehaving proxy echoing the request form, and then the JSON it would have sent.
            StringBuilder echo = new StringBuilder("<html>500 for ");
            r.fields().forEach((k, v) -> echo.append(k).append('=').append(v).append('&'));
            echo.append(" {\"token\":\"").append(r.field("token").orElse("")).append("\",\"encrypted_password\":\"")
                    .append(r.field("encrypted_password").orElse("")).append("\"}</html>");
            return Answer.of(500, echo.toString().getBytes(StandardCharsets.UTF_8));
        }); CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(server.uri()).readRetries(0)
                .trustStore(TrustStore.of(dir.resolve("unused.p12"), Secret.of(CERT_PASSWORD))).build(),
                Credentials.of(LOGIN, Secret.of(PASSWORD)), BouncyCastleSigning.passwordCipher())) {
            settleAndShow("scripted accounts", api.getAccounts());
            Stages.Settled<?> echoed = Stages.settle(api.getAccounts());
            assertThat(echoed.failure()).isInstanceOf(HttpStatusException.class);
            show("echoed 500", echoed.failure());
            assertThat(server.count("get_token")).isEqualTo(2);
            show("trust store", TrustStore.of(dir.resolve("unused.p12"), Secret.of(CERT_PASSWORD)));
        }
    }

    private static Batch batch(String tag) {
        return Batch.of(List.of(
                new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("10.00", Currency.RUR), tag + "-1", "Payout"),
                new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("20.00", Currency.RUR), tag + "-2", "Payout")));
    }
}
