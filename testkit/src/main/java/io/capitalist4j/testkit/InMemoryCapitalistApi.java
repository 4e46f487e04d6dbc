package io.capitalist4j.testkit;

import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.PaymentNotification;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.fee.FeeQuery;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

/**
 * {@link CapitalistApiPort} straight over the sandbox bank, without HTTP: for fast unit tests of code that
 * uses the port. Same rules and codes as {@link FakeCapitalistServer} (it is the same engine); every stage is
 * already complete, failures are the same {@link ApiException} subtypes a real client produces. Each call
 * logs in with the plain password, so locks and disabled API access apply. HTTP faults do not apply here.
 */
public final class InMemoryCapitalistApi implements CapitalistApiPort {

    private final SandboxBank bank;
    private final Engine engine;
    private final String login;
    private final Secret password;

    InMemoryCapitalistApi(SandboxBank bank, String login, String password) {
        this.bank = bank;
        this.engine = bank.engine();
        this.login = Objects.requireNonNull(login, "login");
        this.password = Secret.of(Objects.requireNonNull(password, "password"));
    }

    /** A fresh sandbox bank with the sandbox user, and a port acting as that user. */
    public static InMemoryCapitalistApi sandbox() {
        return SandboxBank.sandbox().inMemoryApi();
    }

    public SandboxBank bank() {
        return bank;
    }

    @Override
    public CompletionStage<BatchReceipt> importBatch(ImportBatchRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("batch", request.text().text());
        params.put("verification_type", request.verification().method().name());
        request.verification().data().ifPresent(d -> params.put("verification_data", d));
        Map<String, String> sources = new LinkedHashMap<>();
        request.sourceAccounts().forEach((c, a) -> {
            sources.put(c.code(), a.value());
            params.put("account_" + c.code(), a.value());
        });
        return call("import_batch_advanced", params, user -> engine.importBatch(user, request.text().text(),
                request.verification().method().name(), request.verification().data().orElse(null), sources));
    }

    @Override
    public CompletionStage<ConfirmationResult> processBatch(BatchId batchId, Secret smsCode) {
        Map<String, String> params = Map.of("batch_id", batchId.value(), "verification_type", "MOBILE",
                "verification_data", "***");
        return call("process_batch", params, user -> engine.processBatch(user, batchId.value(), "MOBILE", smsCode.reveal()));
    }

    @Override
    public CompletionStage<BatchPage> getBatchInfo(BatchId batchId, BatchPageRequest page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("batch_id", batchId.value());
        page.pageSize().ifPresent(v -> params.put("page_size", v.toString()));
        page.startOffset().ifPresent(v -> params.put("start_offset", v.toString()));
        page.page().ifPresent(v -> params.put("page", v.toString()));
        return call("get_batch_info", params, user -> engine.batchInfo(user, batchId.value(),
                page.pageSize().orElse(null), page.startOffset().orElse(null), page.page().orElse(null)));
    }

    @Override
    public CompletionStage<List<FoundDocument>> searchDocuments(DocumentSearch search) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("beginDate", search.period().fromWire());
        params.put("endDate", search.period().toWire());
        search.customNumber().ifPresent(n -> params.put("customNumber", n));
        return call("documents_search", params, user -> engine.searchDocuments(user, search.period(), search.customNumber()));
    }

    @Override
    public CompletionStage<HistoryPage> getHistory(HistoryQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        query.period().ifPresent(p -> {
            params.put("period_from", p.fromWire());
            params.put("period_to", p.toWire());
        });
        query.state().ifPresent(s -> params.put("document_state", s.wire()));
        query.limit().ifPresent(l -> params.put("limit", l.toString()));
        query.page().ifPresent(p -> params.put("page", p.toString()));
        query.account().ifPresent(a -> params.put("account", a.value()));
        query.externalAccount().ifPresent(e -> params.put("external_account", e));
        return call("get_documents_history_ext", params, user -> {
            Period period = query.period().orElseGet(() -> Period.of(engine.today().minusDays(7), engine.today()));
            return engine.history(user, period, query.state().orElse(DocumentStateFilter.ANY),
                    query.limit().orElse(100), query.page().orElse(1), query.account().map(AccountNumber::value),
                    query.externalAccount());
        });
    }

    @Override
    public CompletionStage<AccountsOverview> getAccounts() {
        return call("get_accounts", Map.of(), engine::accounts);
    }

    @Override
    public CompletionStage<Boolean> isVerifiedAccount(AccountNumber account) {
        return call("is_verified_account", Map.of("account", account.value()), user -> engine.isVerified(account.value()));
    }

    @Override
    public CompletionStage<CurrencyRates> getCurrencyRates() {
        return call("currency_rates", Map.of(), user -> engine.rates());
    }

    @Override
    public CompletionStage<FeeQuote> getDocumentFee(FeeQuery query) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("document_type", query.type().wire());
        params.put("source_account", query.source().value());
        params.put("amount", query.amount().toPlainString());
        query.destination().ifPresent(d -> params.put("dest_account", d.value()));
        query.wireTag().ifPresent(w -> params.put("wiretag", w));
        query.usdtNetwork().ifPresent(n -> params.put("usdt_network", n));
        return call("get_document_fee", params, user -> engine.fee(user, query.type().wire(), query.source().value(),
                plain(query.amount()), query.destination().map(AccountNumber::value).orElse(null),
                query.wireTag().orElse(null), query.usdtNetwork().orElse(null)));
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    @Override
    public CompletionStage<CreatedAccount> createAccount(NewAccount account) {
        Objects.requireNonNull(account, "account");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("account_name", account.name());
        params.put("account_currency", account.currency().code());
        return call("create_account", params, user -> {
            var opened = MoreOperations.openAccount(engine, user, account.currency().code(), account.name());
            return new CreatedAccount(opened.number(), opened.currency(), opened.name());
        });
    }

    /** The sandbox sends no notice: it takes a well-formed one (the domain value is) and answers with no message. */
    @Override
    public CompletionStage<String> addPaymentNotification(PaymentNotification notification) {
        Objects.requireNonNull(notification, "notification");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("document", notification.document());
        params.put("channel", notification.channel().name());
        params.put("address", notification.address());
        params.put("language", notification.language().wire());
        return call("add_payment_notification", params, user -> "");
    }

    private <T> CompletionStage<T> call(String operation, Map<String, String> params, Function<SandboxUser, T> body) {
        Map<String, String> logged = new LinkedHashMap<>();
        logged.put("operation", operation);
        logged.put("login", login);
        logged.put("plain_password", "***");
        logged.putAll(params);
        int code = 0;
        try {
            SandboxUser user = engine.authenticate(login, Logins.Credentials.plain(password.reveal()));
            return CompletableFuture.completedFuture(body.apply(user));
        } catch (ApiFailure f) {
            code = f.code();
            return CompletableFuture.failedFuture(ApiException.of(operation, new ApiError(f.code(), f.getMessage())));
        } finally {
            engine.record(new RecordedRequest(engine.clock().instant(), operation, RecordedRequest.redact(logged),
                    "in-memory", Optional.empty(), OptionalInt.of(code)));
        }
    }

    @Override
    public String toString() {
        return "InMemoryCapitalistApi[" + login + "]";
    }
}
