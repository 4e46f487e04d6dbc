package io.capitalist4j.adapter.http;

import static io.capitalist4j.adapter.http.ApiStubs.answer;
import static io.capitalist4j.adapter.http.ApiStubs.count;
import static io.capitalist4j.adapter.http.ApiStubs.error;
import static io.capitalist4j.adapter.http.ApiStubs.operation;
import static io.capitalist4j.adapter.http.TestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.error.RemoteErrorException;
import io.capitalist4j.domain.error.RequestRejectedException;
import io.capitalist4j.domain.fee.DocumentType;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import io.capitalist4j.domain.rate.Rate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The exact requests of the seven reads (reference §6.4–6.6, §6.9–6.11, §6.13, §6.5), and what the client makes
 * of each canned answer: a fixture decoded to exact values, an error code mapped to its exact type, never repeated.
 */
class ReadContractTest extends ContractBase {

    private static final String BATCH_ID = "c1f56606-15a8-43ff-99ef-a2a63ddc819a";
    private static final Period MARCH = Period.of(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27));

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class GetBatchInfo {

        @Test
        void sendsTheBatchIdThePageSizeAndThePageNumber() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.getBatchInfo(BatchId.of(BATCH_ID), BatchPageRequest.ofPage(0, 100)));
            }
            verifySentInATokenSession("get_batch_info", "operation=get_batch_info", "batch_id=" + BATCH_ID,
                    "page_size=100", "page=0");
        }

        @Test
        void sendsAStartOffsetWithoutAPageAndNoPagingAtAllWhenUnpaged() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.getBatchInfo(BatchId.of(BATCH_ID), BatchPageRequest.ofOffset(200, 1000)));
                await(api.getBatchInfo(BatchId.of(BATCH_ID), BatchPageRequest.unpaged()));
            }
            verifySent(1, "get_batch_info", "json", plain("operation=get_batch_info", "batch_id=" + BATCH_ID,
                    "start_offset=200", "page_size=1000"));
            verifySent(1, "get_batch_info", "json", plain("operation=get_batch_info", "batch_id=" + BATCH_ID));
            assertThat(wireMock.getAllServeEvents()).hasSize(2);
        }

        @Test
        void decodesThePageAndEveryRecordIncludingASkippedLine() throws Exception {
            BatchPage page;
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                page = await(api.getBatchInfo(BatchId.of(BATCH_ID), BatchPageRequest.ofPage(0, 100)));
            }
            assertThat(page).isEqualTo(new BatchPage(BatchId.of(BATCH_ID), 0, 0, 100, 1, 2, List.of(
                    new BatchRecord(1, "9999", "R0000000", dec("10.00"), "RUR", "Payout", Optional.of("92362566"),
                            RecordState.PROCESSED, "CAPITALIST", ""),
                    new BatchRecord(2, "10000", "4276********6881", dec("100.00"), "RUR", "Выплата", Optional.empty(),
                            RecordState.DECLINED, "SKIP", "Неверный номер карты"))));
        }

        @Test
        void turnsCode25IntoARejectedRequestWithoutRepeatingIt() throws Exception {
            String text = "Information queries on batches with over 1,000 entries are forbidden without page-by-page breakdown";
            wireMock.stubFor(operation("get_batch_info").willReturn(error(25, text)));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.getBatchInfo(BatchId.of(BATCH_ID), BatchPageRequest.unpaged()),
                        RequestRejectedException.class, 25, text);
            }
            assertThat(count(wireMock, "get_batch_info")).isEqualTo(1);
        }
    }

    @Nested
    class DocumentsSearch {

        @Test
        void sendsThePeriodAndAPaymentNumberWithCyrillicPlusAmpersandAndEqualsEncoded() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.searchDocuments(new DocumentSearch(MARCH, Optional.of("Счёт №7 + 1 & 2 = 3"))));
            }
            verifySentInATokenSession("documents_search", "operation=documents_search", "beginDate=25.03.2025",
                    "endDate=27.03.2025", "customNumber=%D0%A1%D1%87%D1%91%D1%82+%E2%84%967+%2B+1+%26+2+%3D+3");
        }

        @Test
        void sendsNoPaymentNumberWhenNoneIsGivenAndThePlainPasswordInPlainMode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.searchDocuments(new DocumentSearch(MARCH, Optional.empty())));
            }
            verifySentWithThePlainPassword("documents_search", "operation=documents_search", "beginDate=25.03.2025",
                    "endDate=27.03.2025");
        }

        @Test
        void decodesEveryFieldOfTheFoundDocument() throws Exception {
            List<FoundDocument> found;
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                found = await(api.searchDocuments(new DocumentSearch(MARCH, Optional.of("9999"))));
            }
            assertThat(found).containsExactly(new FoundDocument("CAPITALIST",
                    Optional.of("344bfcc6-1231-4eb1-a8bd-872c1f697bb0"), Instant.ofEpochSecond(1465483189), "R0100813",
                    "R0100271", dec("10.00"), "RUR", "Payout", "9999", "92362566", "", "PROCESSED", "Исполнен"));
        }

        @Test
        void turnsCode202IntoARejectedRequestWithoutRepeatingIt() throws Exception {
            wireMock.stubFor(operation("documents_search").willReturn(error(202, "Wrong request params")));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.searchDocuments(new DocumentSearch(MARCH, Optional.empty())),
                        RequestRejectedException.class, 202, "Wrong request params");
            }
            assertThat(count(wireMock, "documents_search")).isEqualTo(1);
        }
    }

    @Nested
    class GetDocumentsHistoryExt {

        @Test
        void sendsEveryFilterThatIsGivenWithTheExternalAccountEncoded() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.getHistory(HistoryQuery.all().withPeriod(MARCH).withState(DocumentStateFilter.EXECUTED)
                        .withLimit(50).withPage(2).withAccount(AccountNumber.of("R0100813"))
                        .withExternalAccount("Z1122 + Иван & Co=1")));
            }
            verifySentInATokenSession("get_documents_history_ext", "operation=get_documents_history_ext",
                    "period_from=25.03.2025", "period_to=27.03.2025", "document_state=executed", "limit=50", "page=2",
                    "account=R0100813", "external_account=Z1122+%2B+%D0%98%D0%B2%D0%B0%D0%BD+%26+Co%3D1");
        }

        @Test
        void sendsNoFilterWhenNoneIsGivenAndThePlainPasswordInPlainMode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.getHistory(HistoryQuery.all()));
            }
            verifySentWithThePlainPassword("get_documents_history_ext", "operation=get_documents_history_ext");
        }

        @Test
        void asksForJsonEvenWhenTheClientIsSetToCsvBecauseTheServerAllowsNothingElse() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN, ResponseFormat.CSV)) {
                await(api.getHistory(HistoryQuery.all().withState(DocumentStateFilter.ANY)));
            }
            verifySent(1, "get_token", "csv", GET_TOKEN);
            verifySent(1, "get_documents_history_ext", "json",
                    token("operation=get_documents_history_ext", "document_state=any"));
        }

        @Test
        void decodesThePagesAndEveryEntryInBothNumberStyles() throws Exception {
            HistoryPage page;
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                page = await(api.getHistory(HistoryQuery.all()));
            }
            assertThat(page).isEqualTo(new HistoryPage(2, 1, 100, 1, 2, List.of(
                    new HistoryEntry("92362566", "181234567", Optional.of("344bfcc6-1231-4eb1-a8bd-872c1f697bb0"),
                            Instant.ofEpochSecond(1465483189), "EXECUTED", "Исполнен", "CAPITALIST", "R0100271", "",
                            "R0100813", dec("-10.00"), Optional.of(dec("0.15")), "RUR", Optional.empty(), Optional.empty(),
                            "Payout", true, false),
                    new HistoryEntry("92362567", "181234568", Optional.empty(), Instant.ofEpochSecond(1465483200),
                            "DECLINED", "Отменен", "WM", "WebMoney: Z112224443331",
                            "Внешний сервис вернул ошибку: корреспондент не найден", "U0100652", dec("-1.40"),
                            Optional.empty(), "USD", Optional.of(dec("1.10")), Optional.of("EUR"), "Payout 6", true, false))));
        }

        @Test
        void turnsCode1IntoARemoteErrorWithoutRepeatingIt() throws Exception {
            wireMock.stubFor(operation("get_documents_history_ext").willReturn(error(1, "System error")));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.getHistory(HistoryQuery.all()), RemoteErrorException.class, 1, "System error");
            }
            assertThat(count(wireMock, "get_documents_history_ext")).isEqualTo(1);
        }
    }

    @Nested
    class GetAccounts {

        @Test
        void sendsNothingButTheOperationAndTheCredentials() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.getAccounts());
            }
            verifySentInATokenSession("get_accounts", "operation=get_accounts");
        }

        @Test
        void sendsThePlainPasswordInPlainMode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.getAccounts());
            }
            verifySentWithThePlainPassword("get_accounts", "operation=get_accounts");
        }

        @Test
        void decodesTheSummaryAndEveryAccountWithItsBalanceAndBlockedAmount() throws Exception {
            AccountsOverview overview;
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                overview = await(api.getAccounts());
            }
            assertThat(overview).isEqualTo(new AccountsOverview(
                    Map.of(Currency.RUR, dec("21069.99"), Currency.USD, dec("99998883588.94"), Currency.EUR, dec("2749.05"),
                            Currency.BTC, dec("2.00")),
                    List.of(new Account("Для рефера", AccountNumber.of("U0100652"), Currency.USD, dec("0.90"), dec("0.00")),
                            new Account("Test API account", AccountNumber.of("R0100415"), Currency.RUR, dec("0.00"), dec("0.00")),
                            new Account("Абв", AccountNumber.of("R0100671"), Currency.RUR, dec("6607.74"), dec("0.00")),
                            new Account("Для мерчанта RUR1", AccountNumber.of("R0100050"), Currency.RUR, dec("115.00"), dec("0.00")),
                            new Account("Test", AccountNumber.of("E0100965"), Currency.EUR, dec("2763.05"), dec("14.00")))));
        }

        @Test
        void turnsCode15IntoAnAuthenticationExceptionWithoutRepeatingIt() throws Exception {
            wireMock.stubFor(operation("get_accounts").willReturn(error(15, "Invalid password")));
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                assertFailsWith(api.getAccounts(), AuthenticationException.class, 15, "Invalid password");
            }
            assertThat(count(wireMock, "get_accounts")).isEqualTo(1);
            assertThat(count(wireMock, "get_token")).isEqualTo(1);
        }
    }

    @Nested
    class IsVerifiedAccount {

        @Test
        void sendsTheAccountNumber() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.isVerifiedAccount(AccountNumber.of("U1619957")));
            }
            verifySentInATokenSession("is_verified_account", "operation=is_verified_account", "account=U1619957");
        }

        @Test
        void sendsThePlainPasswordInPlainMode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.isVerifiedAccount(AccountNumber.of("R0100271")));
            }
            verifySentWithThePlainPassword("is_verified_account", "operation=is_verified_account", "account=R0100271");
        }

        @Test
        void decodesVerifiedAndNotVerified() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertThat(await(api.isVerifiedAccount(AccountNumber.of("U1619957")))).isTrue();
                wireMock.stubFor(operation("is_verified_account")
                        .willReturn(answer("json", "{\"code\":0,\"message\":\"\",\"data\":{\"verified\":false}}")));
                assertThat(await(api.isVerifiedAccount(AccountNumber.of("U1619957")))).isFalse();
            }
        }

        @Test
        void turnsCode130IntoARejectedRequestWithoutRepeatingIt() throws Exception {
            wireMock.stubFor(operation("is_verified_account").willReturn(error(130, "Account not found")));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.isVerifiedAccount(AccountNumber.of("U0000001")), RequestRejectedException.class, 130,
                        "Account not found");
            }
            assertThat(count(wireMock, "is_verified_account")).isEqualTo(1);
        }
    }

    @Nested
    class CurrencyRatesOperation {

        @Test
        void sendsNothingButTheOperationAndTheCredentials() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.getCurrencyRates());
            }
            verifySentInATokenSession("currency_rates", "operation=currency_rates");
        }

        @Test
        void sendsThePlainPasswordInPlainMode() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.getCurrencyRates());
            }
            verifySentWithThePlainPassword("currency_rates", "operation=currency_rates");
        }

        @Test
        void decodesEveryRateWithTheNumberAsWrittenNeverThroughADouble() throws Exception {
            CurrencyRates rates;
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                rates = await(api.getCurrencyRates());
            }
            assertThat(rates).isEqualTo(new CurrencyRates(
                    List.of(rate("EUR", "1.1000000000000001", "USD"), rate("BTC", "3520.33", "USD"), rate("BTC", "2998.06", "EUR"),
                            rate("BTC", "233035.62", "RUR"), rate("USD", "66.19", "RUR"), rate("EUR", "75.06", "RUR")),
                    List.of(rate("EUR", "1.17", "USD"), rate("EUR", "78.85", "RUR")),
                    List.of(new Rate("USD", dec("2765.00"), "UAH", Optional.of(100)))));
        }

        private Rate rate(String target, String amount, String amountCurrency) {
            return new Rate(target, dec(amount), amountCurrency, Optional.empty());
        }

        @Test
        void turnsCode152IntoAnAuthenticationExceptionWithoutRepeatingIt() throws Exception {
            wireMock.stubFor(operation("currency_rates").willReturn(error(152, "API unavailable for the user")));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.getCurrencyRates(), AuthenticationException.class, 152, "API unavailable for the user");
            }
            assertThat(count(wireMock, "currency_rates")).isEqualTo(1);
        }
    }

    @Nested
    class GetDocumentFee {

        @Test
        void sendsTheTypeTheSourceTheAmountAsWrittenAndTheWireTag() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.TOKEN)) {
                await(api.getDocumentFee(new FeeQuery(DocumentType.WIRE, AccountNumber.of("U0100652"), dec("100.00"),
                        Optional.empty(), Optional.of("OUR"), Optional.empty())));
            }
            verifySentInATokenSession("get_document_fee", "operation=get_document_fee", "document_type=WIRE",
                    "source_account=U0100652", "amount=100.00", "wiretag=OUR");
        }

        @Test
        void sendsTheDestinationForAnInternalTransferAndTheNetworkForUsdt() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                await(api.getDocumentFee(new FeeQuery(DocumentType.INTERNAL, AccountNumber.of("U0100652"), dec("1.50"),
                        Optional.of(AccountNumber.of("U0100651")), Optional.empty(), Optional.empty())));
                await(api.getDocumentFee(new FeeQuery(DocumentType.USDT, AccountNumber.of("T0100001"), dec("1E+3"),
                        Optional.empty(), Optional.empty(), Optional.of("tron"))));
            }
            verifySent(1, "get_document_fee", "json", plain("operation=get_document_fee", "document_type=internal",
                    "source_account=U0100652", "amount=1.50", "dest_account=U0100651"));
            // An amount is written out in full with a '.' separator, never in exponent form.
            verifySent(1, "get_document_fee", "json", plain("operation=get_document_fee", "document_type=usdt",
                    "source_account=T0100001", "amount=1000", "usdt_network=tron"));
            assertThat(wireMock.getAllServeEvents()).hasSize(2);
        }

        @Test
        void decodesTheFeeItsCurrencyAndTheAmount() throws Exception {
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertThat(await(api.getDocumentFee(FeeQuery.of(DocumentType.WIRE, AccountNumber.of("U0100652"), dec("100.00")))))
                        .isEqualTo(new FeeQuote(dec("40.00"), "USD", dec("100.00")));
            }
        }

        @Test
        void turnsCode190IntoARejectedRequestWithoutRepeatingIt() throws Exception {
            wireMock.stubFor(operation("get_document_fee").willReturn(error(190, "Unknown document type")));
            try (CapitalistHttpApi api = client(AuthMode.PLAIN)) {
                assertFailsWith(api.getDocumentFee(FeeQuery.of(DocumentType.GECARD, AccountNumber.of("U0100652"), dec("5.00"))),
                        RequestRejectedException.class, 190, "Unknown document type");
            }
            assertThat(count(wireMock, "get_document_fee")).isEqualTo(1);
        }
    }
}
