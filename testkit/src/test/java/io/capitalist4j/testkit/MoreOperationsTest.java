package io.capitalist4j.testkit;

import static io.capitalist4j.testkit.RawClient.params;
import static io.capitalist4j.testkit.RawClient.plain;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The operations of reference §6 beyond payouts: each answered in the reference's shape, each refusal by its code. */
class MoreOperationsTest {

    static FakeCapitalistServer server;
    static RawClient client;

    @BeforeAll
    static void start() {
        server = FakeCapitalistServer.start(SandboxConfig.sandbox().clock(ManualClock.fixed()).build());
        client = new RawClient(server.uri());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @Test
    void createAccountOpensAnEmptyAccountThatGetAccountsThenLists() {
        RawClient.Answer answer = client.json(plain("create_account", "account_name", "Test API account",
                "account_currency", "USD"));

        assertThat(answer.code()).isZero();
        JsonNode data = answer.data();
        String number = data.get("number").asText();
        assertThat(number).matches("U0[0-9]{6}");
        assertThat(data.get("currency").asText()).isEqualTo("USD");
        assertThat(data.get("name").asText()).isEqualTo("Test API account");
        JsonNode accounts = client.json(plain("get_accounts")).data().get("accounts");
        JsonNode created = null;
        for (JsonNode a : accounts) {
            if (a.get("number").asText().equals(number)) {
                created = a;
            }
        }
        assertThat(created).as("account %s in get_accounts", number).isNotNull();
        assertThat(created.get("balance").asText()).isEqualTo("0.00");
    }

    @Test
    void createAccountInACurrencyTheReferenceDoesNotListIsRefusedWith170() {
        RawClient.Answer answer = client.json(plain("create_account", "account_name", "x", "account_currency", "BTC"));

        assertThat(answer.code()).isEqualTo(170);
        assertThat(answer.data().isArray()).isTrue();
    }

    @Test
    void createAccountWithoutANameIsRefusedWith202() {
        assertThat(client.json(plain("create_account", "account_currency", "RUR")).code()).isEqualTo(202);
    }

    @Test
    void addPaymentNotificationAnswersAnEmptyDataArray() {
        RawClient.Answer answer = client.json(plain("add_payment_notification", "document", "51000003",
                "channel", "EMAIL", "address", "payee@example.com", "language", "en"));

        assertThat(answer.body()).isEqualTo("{\"code\":0,\"message\":\"\",\"data\":[]}");
    }

    @Test
    void addPaymentNotificationBySmsToAnEmailAddressIsRefusedWith202() {
        RawClient.Answer answer = client.json(plain("add_payment_notification", "document", "51000003",
                "channel", "SMS", "address", "payee@example.com", "language", "ru"));

        assertThat(answer.code()).isEqualTo(202);
        assertThat(answer.json().get("message").asText()).contains("address");
    }

    @Test
    void cashInRequisitesNameTheirSystemAndADetailPerCurrency() {
        JsonNode epese = client.json(plain("get_cashin_requisites")).data().get("systems").get("epese");

        assertThat(epese.get("name").asText()).isEqualTo("EPESE");
        assertThat(epese.get("RUR").asText()).isEqualTo("R0000001");
        assertThat(epese.get("USD").asText()).isEqualTo("U0000001");
        assertThat(epese.get("EUR").asText()).isEqualTo("E0000001");
    }

    @Test
    void registerInviteeEchoesTheNewUserAndRefusesTheSameLoginTwice() {
        RawClient.Answer first = client.json(plain("register_invitee", "invitee_login", "sampleuser204",
                "invitee_email", "sampleuser204@yopmail.com", "invitee_nickname", "samplenickname204"));
        RawClient.Answer again = client.json(plain("register_invitee", "invitee_login", "sampleuser204",
                "invitee_email", "other@yopmail.com", "invitee_nickname", "other"));

        assertThat(first.data().toString()).isEqualTo("{\"username\":\"sampleuser204\","
                + "\"email\":\"sampleuser204@yopmail.com\",\"nickname\":\"samplenickname204\"}");
        assertThat(again.code()).isEqualTo(202);
    }

    @Test
    void passwordRecoveryGenerateCodeNeedsNoCredentialsAndAnswersOk() {
        RawClient.Answer answer = client.json(params("operation", "password_recovery_generate_code",
                "identity", SandboxIdentity.LOGIN));

        assertThat(answer.body()).isEqualTo("{\"code\":0,\"message\":\"OK\",\"data\":[]}");
    }

    @Test
    void passwordRecoveryGenerateCodeForAnUnknownLoginIsCode5() {
        assertThat(client.json(params("operation", "password_recovery_generate_code", "identity", "nobody")).code())
                .isEqualTo(5);
    }

    @Test
    void passwordRecoveryTakesTheEmailedCodeAndRefusesAnotherWith198() {
        RawClient.Answer good = client.json(params("operation", "password_recovery", "login", SandboxIdentity.LOGIN,
                "encrypted_password", "00ab", "code", SandboxIdentity.SMS_CODE));
        RawClient.Answer bad = client.json(params("operation", "password_recovery", "login", SandboxIdentity.LOGIN,
                "encrypted_password", "00ab", "code", "000000"));

        assertThat(good.code()).isZero();
        assertThat(good.json().get("message").asText()).isEqualTo("OK");
        assertThat(bad.code()).isEqualTo(198);
    }

    @Test
    void profileGetVerificationCodeTakesRegCode1Or2Only() {
        assertThat(client.json(params("operation", "profile_get_verification_code", "login", SandboxIdentity.LOGIN,
                "reg_code", "2")).code()).isZero();
        assertThat(client.json(params("operation", "profile_get_verification_code", "login", SandboxIdentity.LOGIN,
                "reg_code", "0")).code()).isEqualTo(202);
    }

    @Test
    void profileChangeEmailNeedsTheSessionAndTheCode() {
        assertThat(client.json(plain("profile_change_email", "email", "new@example.com",
                "code", SandboxIdentity.SMS_CODE)).code()).isZero();
        assertThat(client.json(params("operation", "profile_change_email", "login", SandboxIdentity.LOGIN,
                "plain_password", "wrong", "email", "new@example.com", "code", SandboxIdentity.SMS_CODE)).code())
                .isEqualTo(15);
    }

    @Test
    void registrationEmailConfirmChecksTheCode() {
        assertThat(client.json(params("operation", "registration_email_confirm", "code", SandboxIdentity.SMS_CODE))
                .code()).isZero();
        assertThat(client.json(params("operation", "registration_email_confirm", "code", "1")).code()).isEqualTo(198);
    }

    @Test
    void gcashDataAnswersAnEmptyDataArrayToAnAuthenticatedCaller() {
        assertThat(client.json(plain("gcash_data")).body()).isEqualTo("{\"code\":0,\"message\":\"\",\"data\":[]}");
    }

    @Test
    void theRemovedAndDeprecatedOperationsAreRefusedWith151PointingToTheirSuccessor() {
        RawClient.Answer importBatch = client.json(plain("import_batch", "batch", "x"));
        RawClient.Answer history = client.json(plain("get_documents_history"));

        assertThat(importBatch.code()).isEqualTo(151);
        assertThat(importBatch.json().get("message").asText()).contains("import_batch_advanced");
        assertThat(history.code()).isEqualTo(151);
        assertThat(history.json().get("message").asText()).contains("get_documents_history_ext");
    }

    @Test
    void everyOperationOfReferenceSection6IsAnsweredWithSomethingOtherThanUnknownOperation() {
        for (String op : java.util.List.of("create_account", "add_payment_notification", "get_cashin_requisites",
                "register_invitee", "password_recovery_generate_code", "password_recovery",
                "profile_get_verification_code", "profile_change_email", "registration_email_confirm", "gcash_data")) {
            RawClient.Answer answer = client.json(plain(op));
            assertThat(answer.json().get("message").asText()).as(op).isNotEqualTo("Unknown operation");
            assertThat(answer.code()).as(op).isNotEqualTo(151);
        }
    }
}
