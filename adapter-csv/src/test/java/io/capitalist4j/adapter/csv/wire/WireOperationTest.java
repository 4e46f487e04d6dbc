package io.capitalist4j.adapter.csv.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.account.CashInRequisites;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.money.Currency;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The table of operations: every rule a transport reads, and the decoder of the newest entry. */
class WireOperationTest {

    @Test
    void theTableHoldsEveryOperationWeSpeakOnceByItsWireName() {
        assertThat(WireOperation.all()).extracting(WireOperation::wireName).containsExactly(
                "get_token", "import_batch_advanced", "process_batch", "get_batch_info", "documents_search",
                "get_documents_history_ext", "get_accounts", "is_verified_account", "currency_rates",
                "get_document_fee", "get_cashin_requisites", "create_account", "add_payment_notification");
    }

    @Test
    void onlyTheOperationsThatChangeStateAreNeverRepeatedAfterATransportFailure() {
        List<String> once = WireOperation.all().stream().filter(op -> !op.repeatable())
                .map(WireOperation::wireName).collect(Collectors.toList());

        assertThat(once).containsExactly("import_batch_advanced", "process_batch", "create_account",
                "add_payment_notification");
        assertThat(WireOperation.IMPORT_BATCH_ADVANCED.repeatable()).isFalse();
    }

    @Test
    void everyOperationButGetTokenMayRenewARefusedToken() {
        List<String> notRenewable = WireOperation.all().stream().filter(op -> !op.tokenRenewable())
                .map(WireOperation::wireName).collect(Collectors.toList());

        assertThat(notRenewable).containsExactly("get_token");
        assertThat(WireOperation.IMPORT_BATCH_ADVANCED.tokenRenewable()).isTrue();
    }

    @Test
    void historyAndCashInRequisitesAreAskedForInJsonWhateverTheClientPrefers() {
        List<String> jsonOnly = WireOperation.all().stream().filter(WireOperation::jsonOnly)
                .map(WireOperation::wireName).collect(Collectors.toList());

        assertThat(jsonOnly).containsExactly("get_documents_history_ext", "get_cashin_requisites");
        assertThat(WireOperation.GET_CASHIN_REQUISITES.formatFor(ResponseFormat.CSV)).isEqualTo(ResponseFormat.JSON);
        assertThat(WireOperation.GET_ACCOUNTS.formatFor(ResponseFormat.CSV)).isEqualTo(ResponseFormat.CSV);
    }

    @Test
    void cashInRequisitesAreReadPerSystemWithTheirDetailsPerCurrency() {
        byte[] body = ("{\"code\":0,\"message\":\"\",\"data\":{\"systems\":{"
                + "\"epese\":{\"name\":\"EPESE\",\"RUR\":\"r-1\",\"USD\":\"u-2\",\"EUR\":null},"
                + "\"other\":{\"name\":\"Other\",\"USDT\":\"T123\"}}}}").getBytes(StandardCharsets.UTF_8);

        CashInRequisites read = Fixtures.ok(WireOperation.GET_CASHIN_REQUISITES.decoder(ResponseFormat.JSON).decode(body));

        assertThat(read.systems()).containsOnlyKeys("epese", "other");
        assertThat(read.systems().get("epese")).isEqualTo(new CashInRequisites.PaymentSystem("EPESE",
                Map.of(Currency.RUR, "r-1", Currency.USD, "u-2", Currency.EUR, "")));
        assertThat(read.systems().get("other").details()).isEqualTo(Map.of(Currency.USDT, "T123"));
    }

    @Test
    void cashInRequisitesWithoutSystemsAreAnEmptyAnswerNotAFailure() {
        byte[] body = "{\"code\":0,\"message\":\"\",\"data\":{\"systems\":[]}}".getBytes(StandardCharsets.UTF_8);

        assertThat(Fixtures.ok(WireOperation.GET_CASHIN_REQUISITES.decoder(ResponseFormat.JSON).decode(body))
                .systems()).isEmpty();
    }

    @Test
    void aSystemKeyThatIsNoCurrencyCodeIsADecodingFailureNamingTheOperation() {
        byte[] body = "{\"code\":0,\"message\":\"\",\"data\":{\"systems\":{\"epese\":{\"name\":\"E\",\"iban\":\"x\"}}}}"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> WireOperation.GET_CASHIN_REQUISITES.decoder(ResponseFormat.JSON).decode(body))
                .isInstanceOf(DecodingException.class).hasMessageContaining("get_cashin_requisites");
    }

    @Test
    void aCsvErrorAnswerOfAJsonOnlyOperationStillGivesItsCode() {
        byte[] body = "152;API unavailable".getBytes(StandardCharsets.UTF_8);

        WireResult.Failed<?> failed = Fixtures.failed(WireOperation.GET_CASHIN_REQUISITES.decoder(ResponseFormat.CSV)
                .decode(body));

        assertThat(failed.error().code()).isEqualTo(152);
        assertThat(failed.error().message()).isEqualTo("API unavailable");
    }
}
