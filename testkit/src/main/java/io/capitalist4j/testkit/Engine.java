package io.capitalist4j.testkit;

import io.capitalist4j.domain.account.Account;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.fee.FeeQuote;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The sandbox bank itself, independent of any protocol: one method per v1 operation, each answering with
 * domain values or throwing an {@link ApiFailure} with the v1 code. It only holds the parts together
 * ({@link Sessions}, {@link Ledger}, {@link Uploads}, {@link Settlement}, {@link Queries}, {@link FeeQuotes})
 * and lets records move before anything reads them. One lock guards everything: the sandbox is for tests,
 * correctness beats throughput.
 */
final class Engine {

    private final SandboxConfig config;
    private final Sessions sessions;
    private final Ledger ledger = new Ledger();
    private final BatchStore store;
    private final Settlement settlement;
    private final Uploads uploads;
    private final Queries queries;
    private final FeeQuotes fees;
    private final List<RecordedRequest> requests = new ArrayList<>();

    Engine(SandboxConfig config) {
        this.config = config;
        this.sessions = new Sessions(config);
        this.store = new BatchStore(config);
        this.settlement = new Settlement(config, ledger);
        this.uploads = new Uploads(config, ledger, store, settlement);
        this.queries = new Queries(config, store, ledger);
        this.fees = new FeeQuotes(config, ledger);
        config.users().forEach(this::addUser);
    }

    SandboxConfig config() {
        return config;
    }

    Clock clock() {
        return config.clock();
    }

    LocalDate today() {
        return LocalDate.ofInstant(config.clock().instant(), config.zone());
    }

    synchronized void addUser(SandboxUser user) {
        sessions.requireNew(user);
        ledger.requireNew(user.accounts());
        sessions.add(user);
        ledger.open(user);
    }

    /** The user with this login, for the calls that take no credentials (password recovery, codes). */
    synchronized Optional<SandboxUser> user(String login) {
        return login == null ? Optional.empty() : sessions.find(login);
    }

    synchronized Account openAccount(SandboxUser user, char prefix, Currency currency, String name) {
        return ledger.openNew(user.login(), prefix, currency, name);
    }

    synchronized Logins.TokenGrant getToken(String login) {
        return sessions.getToken(login);
    }

    synchronized SandboxUser authenticate(String login, Logins.Credentials credentials) {
        return sessions.authenticate(login, credentials);
    }

    synchronized BatchReceipt importBatch(SandboxUser user, String batch, String verificationType,
                                          String verificationData, Map<String, String> sourceAccountParams) {
        settlement.settle();
        return uploads.importBatch(user, batch, verificationType, verificationData, sourceAccountParams);
    }

    synchronized ConfirmationResult processBatch(SandboxUser user, String batchId, String type, String code) {
        settlement.settle();
        return uploads.processBatch(user, batchId, type, code);
    }

    synchronized BatchPage batchInfo(SandboxUser user, String batchId, Integer pageSize, Integer startOffset,
                                     Integer page) {
        settlement.settle();
        return queries.batchInfo(user, batchId, pageSize, startOffset, page);
    }

    synchronized List<FoundDocument> searchDocuments(SandboxUser user, Period period, Optional<String> customNumber) {
        settlement.settle();
        return queries.searchDocuments(user, period, customNumber);
    }

    synchronized HistoryPage history(SandboxUser user, Period period, DocumentStateFilter state, int limit, int page,
                                     Optional<String> account, Optional<String> externalAccount) {
        settlement.settle();
        return queries.history(user, period, state, limit, page, account, externalAccount);
    }

    synchronized AccountsOverview accounts(SandboxUser user) {
        settlement.settle();
        return ledger.overview(user);
    }

    /** is_verified_account: whether the holder of the account is a verified user. */
    synchronized boolean isVerified(String account) {
        if (account == null || !AccountNumber.isValid(account.trim())) {
            throw ApiFailure.badParams("account must be a Capitalist account number");
        }
        Optional<AccountState> a = ledger.find(account.trim());
        if (a.isEmpty()) {
            if (config.unknownAccountIsError()) {
                throw new ApiFailure(130, "Account not found");
            }
            return false;
        }
        return sessions.find(a.get().owner).orElseThrow().verified();
    }

    CurrencyRates rates() {
        return config.rates();
    }

    synchronized FeeQuote fee(SandboxUser user, String documentType, String sourceAccount, String amount,
                              String destAccount, String wireTag, String usdtNetwork) {
        return fees.fee(user, documentType, sourceAccount, amount, destAccount, wireTag, usdtNetwork);
    }

    // ------------------------------------------------------------------ inspection for tests

    synchronized Optional<Account> account(AccountNumber number) {
        settlement.settle();
        return ledger.snapshot(number);
    }

    synchronized List<BatchRecord> records(BatchId id) {
        settlement.settle();
        return store.get(id).records.stream().map(StoredRecord::toBatchRecord).collect(Collectors.toList());
    }

    synchronized List<BatchId> batchIds() {
        return store.ids();
    }

    synchronized void record(RecordedRequest request) {
        requests.add(request);
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    synchronized void clearRequests() {
        requests.clear();
    }
}
