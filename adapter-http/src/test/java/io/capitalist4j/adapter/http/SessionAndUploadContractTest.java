package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.ApiStubs.count;
import static io.capitalist4j.adapter.http.ApiStubs.error;
import static io.capitalist4j.adapter.http.ApiStubs.fixture;
import static io.capitalist4j.adapter.http.ApiStubs.operation;
import static io.capitalist4j.adapter.http.TestSupport.await;
import static io.capitalist4j.adapter.http.TestSupport.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.application.port.out.TokenKey;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.error.InsufficientFundsException;
import io.capitalist4j.domain.error.LoginLockedException;
import io.capitalist4j.domain.error.RemoteErrorException;
import io.capitalist4j.domain.error.RequestRejectedException;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The exact requests of get_token, import_batch_advanced and process_batch (reference §3, §6.1–6.3), and what
 * the client makes of each canned answer.
 */
class SessionAndUploadContractTest extends ContractBase {

    private static final String BATCH_ID = "c1f56606-15a8-43ff-99ef-a2a63ddc819a";
    private static final String SIMPLE_BATCH = "CAPITALIST;R0000000;10.00;RUR;9999;Payout";
    private static final String SIMPLE_BATCH_ON_THE_WIRE = "CAPITALIST%3BR0000000%3B10.00%3BRUR%3B9999%3BPayout";

    @Nested
    class GetToken {

        @Test
        void asksForATokenWithTheLoginAloneAndSendsTheTokenAndTheEncryptedPasswordAfterwards() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.getAccounts());
                await(api.getCurrencyRates());
            }
            verifySent(1, "get_token", "json", GET_TOKEN);
            verifySent(1, "get_accounts", "json", token("operation=get_accounts"));
            verifySent(1, "currency_rates", "json", token("operation=currency_rates"));
            assertThat(wireMock.getAllServeEvents()).hasSize(3);
            // The answer's key, exactly as decoded, encrypted the password once for the whole session.
            assertThat(cipher.keys).containsExactly(new TokenKey(FIXTURE_MODULUS, "10001", ""));
            assertThat(cipher.passwords).containsExactly(TestSupport.PASSWORD);
        }

        @Test
        void encodesALoginOutsideAsciiAsUtf8OnEveryRequest() throws Exception {
            try (CapitalistHttpApi api = VertxHttp.create(HttpOptions.builder().baseUrl(uri()).vertx(vertx).build(),
                    Credentials.of("Кассир+1=&", Secret.of(TestSupport.PASSWORD)), cipher)) {
                await(api.getAccounts());
            }
            String login = "login=%D0%9A%D0%B0%D1%81%D1%81%D0%B8%D1%80%2B1%3D%26";
            verifySent(1, "get_token", "json", "operation=get_token", login);
            verifySent(1, "get_accounts", "json", "operation=get_accounts", login, "token=" + FIXTURE_TOKEN,
                    "encrypted_password=enc1-10001");
        }

        @Test
        void asksForTheConfiguredFormatAndReadsTheTokenFromACsvAnswer() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN, ResponseFormat.CSV)) {
                await(api.isVerifiedAccount(AccountNumber.of("U1619957")));
            }
            verifySent(1, "get_token", "csv", GET_TOKEN);
            verifySent(1, "is_verified_account", "csv", token("operation=is_verified_account", "account=U1619957"));
            assertThat(cipher.keys).containsExactly(new TokenKey(FIXTURE_MODULUS, "10001", ""));
        }

        @Test
        void isNeverAskedForInPlainPasswordMode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.getAccounts());
            }
            assertThat(count(wireMock, "get_token")).isZero();
            assertThat(cipher.calls.get()).isZero();
            verifySentWithThePlainPassword("get_accounts", "operation=get_accounts");
        }

        @Test
        void turnsCode5IntoAnAuthenticationExceptionAndSendsNothingElse() throws Exception {
            wireMock.stubFor(operation("get_token").willReturn(error(5, "User not found")));
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                assertFailsWith(api.getAccounts(), AuthenticationException.class, 5, "User not found");
            }
            verifySent(1, "get_token", "json", GET_TOKEN);
            assertThat(wireMock.getAllServeEvents()).hasSize(1);
            assertThat(cipher.calls.get()).isZero();
        }

        @Test
        void turnsCode16IntoALoginLockAndThenSendsNothingAtAll() throws Exception {
            wireMock.stubFor(operation("get_token").willReturn(error(16, "The number of login attempts exceeded")));
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                assertFailsWith(api.getAccounts(), LoginLockedException.class, 16, "The number of login attempts exceeded");
                Throwable later = failure(api.getCurrencyRates());
                assertThat(later).isExactlyInstanceOf(LoginLockedException.class);
                assertThat(((LoginLockedException) later).code()).isEqualTo(16);
            }
            assertThat(wireMock.getAllServeEvents()).hasSize(1);
        }
    }

    @Nested
    class ImportBatchAdvanced {

        private static final String TRICKY_BATCH = "CAPITALIST;R0000000;10.00;RUR;9999;Выплата за март + 5% & бонус = «ёж»\n"
                + "RUCARD;4276380079956881;100.00;RUR;10000;Payout%20;Иван;Петров";
        private static final String TRICKY_BATCH_ON_THE_WIRE = "CAPITALIST%3BR0000000%3B10.00%3BRUR%3B9999%3B"
                + "%D0%92%D1%8B%D0%BF%D0%BB%D0%B0%D1%82%D0%B0+%D0%B7%D0%B0+%D0%BC%D0%B0%D1%80%D1%82+%2B+5%25+%26+"
                + "%D0%B1%D0%BE%D0%BD%D1%83%D1%81+%3D+%C2%AB%D1%91%D0%B6%C2%BB%0A"
                + "RUCARD%3B4276380079956881%3B100.00%3BRUR%3B10000%3BPayout%2520%3B"
                + "%D0%98%D0%B2%D0%B0%D0%BD%3B%D0%9F%D0%B5%D1%82%D1%80%D0%BE%D0%B2";

        @Test
        void sendsTheBatchTextTheSignatureAndTheSourceAccountsAsAUtf8Form() throws Exception {
            Map<Currency, AccountNumber> accounts = new LinkedHashMap<>();
            accounts.put(Currency.RUR, AccountNumber.of("R0100271"));
            accounts.put(Currency.BTC, AccountNumber.of("B0978166"));
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.importBatch(new ImportBatchRequest(BatchText.of(TRICKY_BATCH), Verification.signature("c2ln+/=="),
                        accounts)));
            }
            verifySentInATokenSession("import_batch_advanced", "operation=import_batch_advanced",
                    "batch=" + TRICKY_BATCH_ON_THE_WIRE, "verification_type=SIGNATURE",
                    "verification_data=c2ln%2B%2F%3D%3D", "account_RUR=R0100271", "account_BTC=B0978166");
            // The signed bytes are the sent bytes.
            byte[] sent = ApiStubs.rawValue(ApiStubs.requests(wireMock, "import_batch_advanced").get(0), "batch");
            assertThat(sent).isEqualTo(BatchText.of(TRICKY_BATCH).utf8());
        }

        @Test
        void sendsThePinHashAndNoSourceAccountWhenNoneIsGiven() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.importBatch(new ImportBatchRequest(BatchText.of(SIMPLE_BATCH),
                        Verification.pinHash("96e79218965eb72c92a549dd5a330112"), Map.of())));
            }
            verifySentInATokenSession("import_batch_advanced", "operation=import_batch_advanced",
                    "batch=" + SIMPLE_BATCH_ON_THE_WIRE, "verification_type=PIN",
                    "verification_data=96e79218965eb72c92a549dd5a330112");
        }

        @Test
        void sendsNoVerificationDataForMobileConfirmation() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.importBatch(new ImportBatchRequest(BatchText.of(SIMPLE_BATCH), Verification.mobile(), Map.of())));
            }
            verifySentInATokenSession("import_batch_advanced", "operation=import_batch_advanced",
                    "batch=" + SIMPLE_BATCH_ON_THE_WIRE, "verification_type=MOBILE");
        }

        @Test
        void sendsThePlainPasswordInsteadOfTheTokenInPlainMode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.importBatch(new ImportBatchRequest(BatchText.of(SIMPLE_BATCH), Verification.signature("c2ln"),
                        Map.of(Currency.USD, AccountNumber.of("U0100651")))));
            }
            verifySentWithThePlainPassword("import_batch_advanced", "operation=import_batch_advanced",
                    "batch=" + SIMPLE_BATCH_ON_THE_WIRE, "verification_type=SIGNATURE", "verification_data=c2ln",
                    "account_USD=U0100651");
        }

        @Test
        void decodesTheReceiptWithItsTotalsPerCurrencyAndTheRejectedLines() throws Exception {
            BatchReceipt receipt;
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                receipt = await(api.importBatch(new ImportBatchRequest(BatchText.of(SIMPLE_BATCH), Verification.signature("c2ln"),
                        Map.of())));
            }
            assertThat(receipt).isEqualTo(new BatchReceipt(BatchId.of("7a157e3d-cb28-4565-9ba9-218a606810b3"),
                    Map.of(Currency.RUR, new BigDecimal("110.00"), Currency.USD, new BigDecimal("1.10"),
                            Currency.EUR, new BigDecimal("0.00"), Currency.BTC, new BigDecimal("0.00000000")),
                    Map.of(Currency.RUR, new BigDecimal("1.50"), Currency.USD, new BigDecimal("0.02"),
                            Currency.EUR, new BigDecimal("0.00"), Currency.BTC, new BigDecimal("0.00000000")),
                    Map.of(Currency.RUR, new BigDecimal("111.50"), Currency.USD, new BigDecimal("1.12"),
                            Currency.EUR, new BigDecimal("0.00"), Currency.BTC, new BigDecimal("0.00000000")),
                    List.of(new LineRejection(2, "Неверный номер карты"))));
        }

        @Test
        void turnsCode135IntoInsufficientFundsAndNeverSendsTheUploadAgain() throws Exception {
            wireMock.stubFor(operation("import_batch_advanced").willReturn(error(135, "Insufficient funds for operations")));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.importBatch(new ImportBatchRequest(BatchText.of(SIMPLE_BATCH), Verification.signature("c2ln"),
                        Map.of())), InsufficientFundsException.class, 135, "Insufficient funds for operations");
            }
            assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(1);
        }

        @Test
        void turnsCode113IntoARefusalOfTheContentThatKeepsTheCode() throws Exception {
            wireMock.stubFor(operation("import_batch_advanced").willReturn(fixture("error-113-data-array.json")));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.importBatch(new ImportBatchRequest(BatchText.of(SIMPLE_BATCH), Verification.signature("c2ln"),
                        Map.of())), RequestRejectedException.class, 113, "bad words");
            }
            assertThat(count(wireMock, "import_batch_advanced")).isEqualTo(1);
        }
    }

    @Nested
    class ProcessBatch {

        @Test
        void sendsTheBatchIdMobileAndTheSmsCode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.processBatch(BatchId.of(BATCH_ID), Secret.of("123456")));
            }
            verifySentInATokenSession("process_batch", "operation=process_batch", "batch_id=" + BATCH_ID,
                    "verification_type=MOBILE", "verification_data=123456");
        }

        @Test
        void sendsThePlainPasswordInsteadOfTheTokenInPlainMode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.processBatch(BatchId.of(BATCH_ID), Secret.of("654321")));
            }
            verifySentWithThePlainPassword("process_batch", "operation=process_batch", "batch_id=" + BATCH_ID,
                    "verification_type=MOBILE", "verification_data=654321");
        }

        @Test
        void decodesSuccessOneAsConfirmedAndFailureTwoAsNotConfirmed() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                ConfirmationResult confirmed = await(api.processBatch(BatchId.of(BATCH_ID), Secret.of("123456")));
                assertThat(confirmed).isEqualTo(new ConfirmationResult(BatchId.of(BATCH_ID), 1));
                assertThat(confirmed.confirmed()).isTrue();

                wireMock.stubFor(operation("process_batch").willReturn(fixture("process_batch-failed-code.json")));
                ConfirmationResult refused = await(api.processBatch(BatchId.of(BATCH_ID), Secret.of("000000")));
                assertThat(refused).isEqualTo(new ConfirmationResult(BatchId.of(BATCH_ID), 2));
                assertThat(refused.confirmed()).isFalse();
            }
        }

        @Test
        void turnsCode198IntoARejectedRequestAndNeverSendsTheCodeAgain() throws Exception {
            wireMock.stubFor(operation("process_batch").willReturn(error(198, "Invalid verification code")));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.processBatch(BatchId.of(BATCH_ID), Secret.of("123456")), RequestRejectedException.class,
                        198, "Invalid verification code");
            }
            assertThat(count(wireMock, "process_batch")).isEqualTo(1);
        }
    }
}
