package io.capitalist4j.adapter.csv.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.api.RawAnswer;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.money.Currency;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** create_account, add_payment_notification and operations called by name, with the reference's bodies (§6.12, §6.14). */
class MoreOperationsCodecTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> WireResult<T> decode(WireOperation<T> op, ResponseFormat format, String body) {
        return op.decoder(format).decode(utf8(body));
    }

    @Test
    void createAccountReadsTheReferencesJsonExample() {
        CreatedAccount created = Fixtures.ok(decode(WireOperation.CREATE_ACCOUNT, ResponseFormat.JSON,
                "{\"code\":0,\"message\":\"\",\"data\":{\"number\":\"R0100328\",\"currency\":\"RUR\",\"name\":\"Test API account\"}}"));

        assertThat(created).isEqualTo(new CreatedAccount(AccountNumber.of("R0100328"), Currency.RUR, "Test API account"));
    }

    @Test
    void createAccountReadsTheReferencesCsvExampleWithItsQuotedName() {
        CreatedAccount created = Fixtures.ok(decode(WireOperation.CREATE_ACCOUNT, ResponseFormat.CSV,
                "0;R0100419;RUR;\"Test API account\""));

        assertThat(created).isEqualTo(new CreatedAccount(AccountNumber.of("R0100419"), Currency.RUR, "Test API account"));
    }

    @Test
    void createAccountReadsTheDocumentedCsvFormatLineWithoutAName() {
        CreatedAccount created = Fixtures.ok(decode(WireOperation.CREATE_ACCOUNT, ResponseFormat.CSV, "0;U0100420;USD"));

        assertThat(created).isEqualTo(new CreatedAccount(AccountNumber.of("U0100420"), Currency.USD, ""));
    }

    @Test
    void createAccountReadsJsonLiteRows() {
        CreatedAccount created = Fixtures.ok(decode(WireOperation.CREATE_ACCOUNT, ResponseFormat.JSON_LITE,
                "{\"code\":0,\"message\":\"\",\"data\":[[0,\"E0100421\",\"EUR\",\"Euro\"]]}"));

        assertThat(created).isEqualTo(new CreatedAccount(AccountNumber.of("E0100421"), Currency.EUR, "Euro"));
    }

    @Test
    void createAccountRefusedWith170IsTheServersErrorNotADecodingFailure() {
        WireResult.Failed<?> failed = Fixtures.failed(decode(WireOperation.CREATE_ACCOUNT, ResponseFormat.JSON,
                "{\"code\":170,\"message\":\"Error creating the wallet\",\"data\":[]}"));

        assertThat(failed.error().code()).isEqualTo(170);
        assertThat(failed.error().message()).isEqualTo("Error creating the wallet");
    }

    @Test
    void createAccountWithoutANumberIsADecodingFailureNamingTheOperation() {
        assertThatThrownBy(() -> decode(WireOperation.CREATE_ACCOUNT, ResponseFormat.JSON,
                "{\"code\":0,\"message\":\"\",\"data\":{\"currency\":\"RUR\",\"name\":\"x\"}}"))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("create_account")
                .hasMessageContaining("number");
    }

    @Test
    void addPaymentNotificationReadsTheEmptyDataArrayAndGivesTheServersMessage() {
        assertThat(Fixtures.ok(decode(WireOperation.ADD_PAYMENT_NOTIFICATION, ResponseFormat.JSON,
                "{\"code\":0,\"message\":\"\",\"data\":[]}"))).isEqualTo("");
        assertThat(Fixtures.ok(decode(WireOperation.ADD_PAYMENT_NOTIFICATION, ResponseFormat.JSON,
                "{\"code\":0,\"message\":\"OK\",\"data\":[]}"))).isEqualTo("OK");
    }

    @Test
    void addPaymentNotificationReadsTheCsvAnswer() {
        assertThat(Fixtures.ok(decode(WireOperation.ADD_PAYMENT_NOTIFICATION, ResponseFormat.CSV, "0;"))).isEqualTo("");
    }

    @Test
    void addPaymentNotificationRefusedIsTheServersError() {
        WireResult.Failed<?> failed = Fixtures.failed(decode(WireOperation.ADD_PAYMENT_NOTIFICATION, ResponseFormat.CSV,
                "202;Wrong request params"));

        assertThat(failed.error().code()).isEqualTo(202);
    }

    @Test
    void anOperationCalledByNameKeepsItsDataAsJsonTextWithDecimalsAsWritten() {
        RawAnswer answer = Fixtures.ok(decode(WireOperation.named("gcash_data"), ResponseFormat.JSON,
                "{\"code\":0,\"message\":\"OK\",\"data\":{\"rate\":1.10,\"list\":[1,\"a\"],\"none\":null}}"));

        assertThat(answer).isEqualTo(new RawAnswer("gcash_data", 0, "OK",
                "{\"rate\":1.10,\"list\":[1,\"a\"],\"none\":null}"));
    }

    @Test
    void anOperationCalledByNameWithoutDataGivesTheJsonNullLiteral() {
        RawAnswer answer = Fixtures.ok(decode(WireOperation.named("profile_change_email"), ResponseFormat.JSON,
                "{\"code\":0,\"message\":\"OK\"}"));

        assertThat(answer.data()).isEqualTo("null");
    }

    @Test
    void anOperationCalledByNameIsNeverRepeatedAndAlwaysAskedForAsJson() {
        WireOperation<RawAnswer> op = WireOperation.named("register_invitee");

        assertThat(op.wireName()).isEqualTo("register_invitee");
        assertThat(op.repeatable()).isFalse();
        assertThat(op.tokenRenewable()).isTrue();
        assertThat(op.formatFor(ResponseFormat.CSV)).isEqualTo(ResponseFormat.JSON);
        assertThat(WireOperation.all()).doesNotContain(op);
    }

    @Test
    void anOperationNameThatIsNotLowerCaseLettersDigitsAndUnderscoresIsRefused() {
        for (String bad : new String[] {"", "Get_Accounts", "get accounts", "a&login=x", "1abc"}) {
            assertThatThrownBy(() -> WireOperation.named(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lower-case letters");
        }
    }

    @Test
    void anOperationCalledByNameAnsweringANonZeroCodeIsTheServersError() {
        WireResult.Failed<?> failed = Fixtures.failed(decode(WireOperation.named("gcash_data"), ResponseFormat.JSON,
                "{\"code\":151,\"message\":\"Unknown operation\",\"data\":[]}"));

        assertThat(failed.error().code()).isEqualTo(151);
        assertThat(failed.error().message()).isEqualTo("Unknown operation");
    }

    @Test
    void aRawAnswerNeverShowsItsDataInToString() {
        RawAnswer answer = new RawAnswer("x", 0, "", "{\"token\":\"s3cr3t\"}");

        assertThat(answer.toString()).doesNotContain("s3cr3t").contains("18 chars");
    }
}
