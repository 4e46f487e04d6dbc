package io.capitalist4j.adapter.cli;

import static io.capitalist4j.adapter.cli.CliRun.cli;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.capitalist4j.testkit.SandboxIdentity;
import org.junit.jupiter.api.Test;

/** {@code accounts create}, {@code notify} and {@code call} against the embedded sandbox, in-process. */
class MoreOperationsCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void accountsCreateOpensAnAccountAndPrintsItsNumberCurrencyAndName() {
        CliRun.Result run = cli().run("--sandbox", "accounts", "create", "--currency", "USD", "--name", "Savings box");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out()).containsPattern("(?m)^ACCOUNT\\s+CURRENCY\\s+NAME\\s*$")
                .containsPattern("(?m)^U0200001\\s+USD\\s+Savings box\\s*$");
    }

    @Test
    void accountsCreatePrintsJsonWhenAsked() throws Exception {
        CliRun.Result run = cli().run("--sandbox", "--output", "json", "accounts", "create",
                "--currency", "EUR", "--name", "Euro \"quoted\"");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode node = JSON.readTree(run.out());
        assertThat(node.get("number").asText()).isEqualTo("E0200001");
        assertThat(node.get("currency").asText()).isEqualTo("EUR");
        assertThat(node.get("name").asText()).isEqualTo("Euro \"quoted\"");
    }

    @Test
    void accountsCreateRefusedByTheServerEndsWithExit1AndTheCode() {
        CliRun.Result run = cli().run("--sandbox", "accounts", "create", "--currency", "BTC", "--name", "Coins");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.API_ERROR);
        assertThat(run.err()).contains("create_account answered code 170");
    }

    @Test
    void accountsCreateWithoutACurrencyIsAUsageError() {
        CliRun.Result run = cli().run("--sandbox", "accounts", "create", "--name", "x");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--currency");
    }

    @Test
    void notifySendsTheNoticeAndSaysToWhom() {
        CliRun.Result run = cli().run("--sandbox", "notify", "--document", "51000003", "--channel", "EMAIL",
                "--address", "payee@example.com", "--notice-language", "ru");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out().trim()).isEqualTo("notice for document 51000003 sent by EMAIL to payee@example.com");
    }

    @Test
    void notifyBySmsToAnEmailAddressIsRefusedBeforeAnyServerIsStarted() {
        CliRun.Result run = cli().run("--sandbox", "notify", "--document", "51000003", "--channel", "SMS",
                "--address", "payee@example.com");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("an SMS notification needs a phone number").doesNotContain("sandbox started");
    }

    @Test
    void callPrintsTheRawAnswerAsJson() throws Exception {
        CliRun.Result run = cli().run("--sandbox", "call", "register_invitee", "invitee_login=newuser7",
                "invitee_email=newuser7@example.com", "invitee_nickname=Новичок");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode node = JSON.readTree(run.out());
        assertThat(node.get("code").asInt()).isZero();
        assertThat(node.get("message").asText()).isEmpty();
        assertThat(node.get("data").toString()).isEqualTo("{\"username\":\"newuser7\","
                + "\"email\":\"newuser7@example.com\",\"nickname\":\"Новичок\"}");
    }

    @Test
    void callAnsweredWithANonZeroCodeEndsWithExit1() {
        CliRun.Result run = cli().run("--sandbox", "call", "import_batch", "batch=x");

        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCode.API_ERROR);
        assertThat(run.err()).contains("import_batch answered code 151");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void callRefusesAnOperationNameThatCannotBeOne() {
        CliRun.Result run = cli().run("--sandbox", "call", "Get-Accounts");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("lower-case letters").doesNotContain("sandbox started");
    }

    @Test
    void callRefusesASecretFieldGivenOnTheCommandLineAndPointsToItsVariable() {
        CliRun.Result run = cli().run("--sandbox", "call", "profile_change_email", "email=new@example.com",
                "code=" + SandboxIdentity.SMS_CODE);

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("code is a secret").contains("CAPITALIST_FIELD_CODE")
                .doesNotContain("sandbox started");
    }

    @Test
    void callTakesASecretFieldFromItsVariableAndNeverPrintsIt() throws Exception {
        CliRun.Result run = cli().env("CAPITALIST_FIELD_CODE", SandboxIdentity.SMS_CODE).run("--sandbox", "--output",
                "json", "call", "profile_change_email", "email=new@example.com", "code");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(JSON.readTree(run.out()).get("message").asText()).isEqualTo("OK");
        assertThat(run.all()).doesNotContain(SandboxIdentity.SMS_CODE);
    }

    @Test
    void callRefusesTheFieldsTheToolWritesItself() {
        CliRun.Result run = cli().run("--sandbox", "call", "get_accounts", "login=someone-else");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("login is written by the tool");
    }

    @Test
    void callRefusesAFieldWithoutAValue() {
        CliRun.Result run = cli().run("--sandbox", "call", "register_invitee", "invitee_login");

        assertThat(run.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("invitee_login has no '='");
    }
}
