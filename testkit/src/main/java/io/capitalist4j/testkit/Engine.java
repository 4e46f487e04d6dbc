package io.capitalist4j.testkit;

import io.capitalist4j.adapter.csv.BatchFormatOptions;
import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.application.port.out.BatchFormatPort;
import io.capitalist4j.application.port.out.ParsedBatch;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.AccountsOverview;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchLimits;
import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.ConfirmationResult;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.batch.VerificationMethod;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.Opcode;
import io.capitalist4j.domain.rate.CurrencyRates;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sandbox bank itself, independent of any protocol: users and accounts, batches and their records,
 * documents, and the clock that moves records along. Every public operation of the v1 API has one method
 * here that either answers with domain values or throws an {@link ApiFailure} with the v1 code. One lock
 * guards everything: the sandbox is for tests, correctness beats throughput.
 */
final class Engine {

    /** Currencies import_batch_advanced always reports, in the CSV column order. */
    static final List<Currency> REPORTED = List.of(Currency.RUR, Currency.USD, Currency.EUR, Currency.BTC);

    private final SandboxConfig config;
    private final Clock clock;
    private final BatchFormatPort batchFormat;
    private final String brBankCurrency;
    private final Logins logins;
    private final Random ids;
    private final Map<String, SandboxUser> users = new LinkedHashMap<>();
    private final Map<AccountNumber, AccountState> accounts = new LinkedHashMap<>();
    private final Map<String, StoredBatch> batches = new LinkedHashMap<>();
    private final List<StoredRecord> documents = new ArrayList<>();
    private final List<StoredRecord> moving = new ArrayList<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private long nextDocumentId = 92_000_001L;
    private long nextDocumentNumber = 51_000_001L;

    Engine(SandboxConfig config) {
        this.config = config;
        this.clock = config.clock();
        BatchFormatOptions options = BatchFormatOptions.defaults()
                .withLimits(new BatchLimits(Math.max(config.maxRecords(), BatchLimits.DEFAULT_MAX_RECORDS)));
        this.batchFormat = CsvCodecs.batchFormat(options);
        this.brBankCurrency = options.brBankCurrency().code();
        this.logins = new Logins(config, ServerKey.shared());
        this.ids = config.idSeed().isPresent() ? new Random(config.idSeed().getAsLong()) : new SecureRandom();
        config.users().forEach(this::addUser);
    }

    SandboxConfig config() {
        return config;
    }

    Clock clock() {
        return clock;
    }

    // ------------------------------------------------------------------ users and auth

    synchronized void addUser(SandboxUser user) {
        if (users.containsKey(user.login())) {
            throw new IllegalArgumentException("a user with login " + user.login() + " already exists");
        }
        for (SandboxAccount a : user.accounts()) {
            if (accounts.containsKey(a.number())) {
                throw new IllegalArgumentException("account " + a.number() + " already exists");
            }
        }
        users.put(user.login(), user);
        user.accounts().forEach(a -> accounts.put(a.number(), new AccountState(a, user.login())));
    }

    synchronized Logins.TokenGrant getToken(String login) {
        return logins.issue(user(login));
    }

    /** The caller, after checking login, password (plain or encrypted with a token), lock and API access. */
    synchronized SandboxUser authenticate(String login, Logins.Credentials credentials) {
        SandboxUser u = user(login);
        logins.check(u, credentials);
        if (!u.apiEnabled()) {
            throw new ApiFailure(152, "API unavailable for the user");
        }
        return u;
    }

    private SandboxUser user(String login) {
        SandboxUser u = login == null ? null : users.get(login);
        if (u == null) {
            throw new ApiFailure(5, "User not found");
        }
        return u;
    }

    // ------------------------------------------------------------------ import_batch_advanced

    synchronized BatchReceipt importBatch(SandboxUser user, String batch, String verificationType,
                                          String verificationData, Map<String, String> sourceAccountParams) {
        settle();
        VerificationMethod method = verify(user, batch == null ? "" : batch, verificationType, verificationData);
        String text = batch == null ? "" : batch;
        List<String> lines = RawLine.lines(text);
        if (lines.isEmpty() || text.isBlank()) {
            throw new ApiFailure(125, "Uploaded file cannot be parsed: the batch is empty");
        }
        rejectForbiddenCharacters(text);
        if (lines.size() > config.maxRecords()) {
            throw new ApiFailure(112, "Exceeded number of records in a single batch payment: " + lines.size()
                    + " records, the limit is " + config.maxRecords());
        }
        List<RawLine> raw = lines.stream().map(l -> new RawLine(l, brBankCurrency)).collect(Collectors.toList());
        for (int i = 0; i < raw.size(); i++) {
            if (raw.get(i).hasZeroAmount()) {
                String number = raw.get(i).paymentNumber();
                throw new ApiFailure(185, "Error importing a batch payment: the payment amount is equal to zero (line "
                        + (i + 1) + ", payment " + number + ")", Optional.of(number));
            }
            Optional<Opcode> op = raw.get(i).opcode();
            if (op.isPresent() && config.unavailableOpcodes().contains(op.get())) {
                throw new ApiFailure(187, "Error importing a mass payment due to temporary unavailability of "
                        + op.get() + " payments (record " + i + ")", Optional.of(Integer.toString(i)));
            }
        }
        ParsedBatch parsed = batchFormat.parse(text);
        Map<Integer, String> problems = new TreeMap<>();
        for (LineProblem p : parsed.problems()) {
            if (p.line() <= lines.size()) {
                problems.merge(p.line(), p.field() + ": " + p.reason(), (a, b) -> a + "; " + b);
            }
        }
        List<ParsedBatch.NumberedOrder> accepted = parsed.orders().stream()
                .filter(o -> !problems.containsKey(o.line())).collect(Collectors.toList());
        if (accepted.isEmpty() && lines.size() == 1) {
            throw new ApiFailure(188, "Error importing a single-record mass payment: " + problems.getOrDefault(1, "declined"));
        }
        if (accepted.isEmpty()) {
            throw new ApiFailure(125, "Uploaded file cannot be parsed: no line is a valid payment");
        }
        Map<Currency, AccountState> sources = sourceAccounts(user, sourceAccountParams, accepted);
        Map<Currency, BigDecimal> summary = zeroes();
        Map<Currency, BigDecimal> fees = zeroes();
        List<BigDecimal> lineFees = new ArrayList<>();
        for (ParsedBatch.NumberedOrder o : accepted) {
            Money amount = o.order().amount();
            Money fee = config.feePolicy().fee(o.order().opcode().name(), amount);
            if (!fee.currency().equals(amount.currency()) || fee.amount().signum() < 0) {
                throw new IllegalStateException("the fee policy must answer a non-negative fee in " + amount.currency());
            }
            lineFees.add(fee.amount());
            summary.merge(amount.currency(), amount.amount(), BigDecimal::add);
            fees.merge(amount.currency(), fee.amount(), BigDecimal::add);
        }
        for (Map.Entry<Currency, AccountState> e : sources.entrySet()) {
            BigDecimal debit = summary.get(e.getKey()).add(fees.get(e.getKey()));
            if (debit.compareTo(e.getValue().available()) > 0) {
                throw new ApiFailure(135, "Insufficient funds for operations on " + e.getValue().number);
            }
        }
        BatchId id = newBatchId();
        Instant now = clock.instant();
        List<StoredRecord> records = new ArrayList<>();
        Map<Integer, ParsedBatch.NumberedOrder> byLine = new LinkedHashMap<>();
        Map<Integer, BigDecimal> feeByLine = new LinkedHashMap<>();
        for (int i = 0; i < accepted.size(); i++) {
            byLine.put(accepted.get(i).line(), accepted.get(i));
            feeByLine.put(accepted.get(i).line(), lineFees.get(i));
        }
        List<LineRejection> rejections = new ArrayList<>();
        for (int line = 1; line <= lines.size(); line++) {
            ParsedBatch.NumberedOrder o = byLine.get(line);
            if (o == null) {
                String reason = problems.getOrDefault(line, "line rejected");
                rejections.add(new LineRejection(line, reason));
                records.add(StoredRecord.skipped(id, line, raw.get(line - 1), reason, now));
                continue;
            }
            AccountState source = sources.get(o.order().amount().currency());
            StoredRecord r = StoredRecord.accepted(id, line, o.order(), source, feeByLine.get(line),
                    nextDocumentId++, nextDocumentNumber++, now);
            source.blocked = source.blocked.add(r.debit());
            if (method != VerificationMethod.MOBILE) {
                r.startAt = now;
            }
            records.add(r);
            documents.add(r);
            moving.add(r);
        }
        batches.put(id.value(), new StoredBatch(id, user.login(), method, records));
        Map<Currency, BigDecimal> netto = new LinkedHashMap<>();
        summary.forEach((c, s) -> netto.put(c, s.add(fees.get(c))));
        return new BatchReceipt(id, summary, fees, netto, rejections);
    }

    private VerificationMethod verify(SandboxUser user, String batch, String type, String data) {
        VerificationMethod method;
        try {
            method = VerificationMethod.valueOf(type == null ? "" : type.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiFailure(180, "Unknown confirmation method");
        }
        if (!user.methods().contains(method)) {
            throw new ApiFailure(181, "The chosen verification method is inactive");
        }
        boolean missing = data == null || data.isBlank();
        switch (method) {
            case SIGNATURE:
                if (missing) {
                    throw new ApiFailure(182, "Digital signature missing");
                }
                if (!Crypto.verifySha1(user.certificate().orElseThrow(), batch.getBytes(StandardCharsets.UTF_8), data)) {
                    throw new ApiFailure(110, "Signature verification error");
                }
                return method;
            case PIN:
                if (missing) {
                    throw new ApiFailure(182, "Verification data missing");
                }
                String expected = Crypto.pinHash(user.pin().orElseThrow());
                if (!expected.equalsIgnoreCase(data.trim())) {
                    throw new ApiFailure(config.wrongPinCode(), "PIN verification error");
                }
                return method;
            default:
                return method;
        }
    }

    /** Any control character but the line breaks (a CR counts only as part of CRLF). */
    private static void rejectForbiddenCharacters(String text) {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                continue;
            }
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (Character.isISOControl(c)) {
                throw new ApiFailure(111, String.format("The transfer data contains invalid characters: U+%04X on line %d",
                        (int) c, line));
            }
        }
    }

    private Map<Currency, AccountState> sourceAccounts(SandboxUser user, Map<String, String> params,
                                                       List<ParsedBatch.NumberedOrder> accepted) {
        Map<Currency, AccountState> given = new LinkedHashMap<>();
        params.forEach((currencyCode, number) -> {
            if (number == null || number.isEmpty()) {
                return;
            }
            AccountState a = AccountNumber.isValid(number) ? accounts.get(AccountNumber.of(number)) : null;
            if (a == null || !a.owner.equals(user.login()) || !a.currency.code().equals(currencyCode)) {
                throw new ApiFailure(130, "Account not found: " + number);
            }
            given.put(a.currency, a);
        });
        Map<Currency, AccountState> sources = new LinkedHashMap<>();
        for (ParsedBatch.NumberedOrder o : accepted) {
            Currency c = o.order().amount().currency();
            if (sources.containsKey(c)) {
                continue;
            }
            AccountState a = given.containsKey(c) ? given.get(c) : accounts.values().stream()
                    .filter(x -> x.owner.equals(user.login()) && x.currency.equals(c)).findFirst().orElse(null);
            if (a == null) {
                throw new ApiFailure(131, "At least one source account required: no " + c + " account");
            }
            sources.put(c, a);
        }
        return sources;
    }

    private Map<Currency, BigDecimal> zeroes() {
        Map<Currency, BigDecimal> m = new LinkedHashMap<>();
        REPORTED.forEach(c -> m.put(c, BigDecimal.ZERO.setScale(c.scale())));
        return m;
    }

    private BatchId newBatchId() {
        long hi = (ids.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (ids.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return BatchId.of(new UUID(hi, lo).toString());
    }

    // ------------------------------------------------------------------ process_batch

    synchronized ConfirmationResult processBatch(SandboxUser user, String batchId, String type, String code) {
        settle();
        StoredBatch batch = ownBatch(user, batchId);
        if (type != null && !type.isBlank() && !"MOBILE".equalsIgnoreCase(type.trim())) {
            throw new ApiFailure(180, "Unknown confirmation method");
        }
        if (code == null || !code.trim().matches("[0-9]{4,8}")) {
            throw new ApiFailure(198, "Invalid verification code");
        }
        if (batch.method != VerificationMethod.MOBILE) {
            throw ApiFailure.badParams("batch " + batchId + " does not wait for an SMS code");
        }
        boolean right = user.smsCode().isPresent()
                && java.security.MessageDigest.isEqual(code.trim().getBytes(StandardCharsets.UTF_8), user.smsCode().get().utf8());
        if (!right) {
            return new ConfirmationResult(batch.id, 2);
        }
        if (!batch.confirmed) {
            batch.confirmed = true;
            Instant now = clock.instant();
            batch.records.stream().filter(StoredRecord::isDocument).forEach(r -> r.startAt = now);
        }
        return new ConfirmationResult(batch.id, 1);
    }

    private StoredBatch ownBatch(SandboxUser user, String batchId) {
        if (batchId == null || batchId.isBlank()) {
            throw ApiFailure.badParams("batch_id is required");
        }
        StoredBatch b = batches.get(batchId.trim());
        if (b == null || !b.owner.equals(user.login())) {
            throw ApiFailure.badParams("unknown batch_id " + batchId);
        }
        return b;
    }

    // ------------------------------------------------------------------ get_batch_info

    synchronized BatchPage batchInfo(SandboxUser user, String batchId, Integer pageSize, Integer startOffset, Integer page) {
        settle();
        StoredBatch b = ownBatch(user, batchId);
        int total = b.records.size();
        int size;
        if (pageSize == null) {
            if (total > 1000) {
                throw new ApiFailure(25, "Information queries on batches with over 1,000 entries are forbidden "
                        + "without page-by-page breakdown");
            }
            size = 1000;
        } else if (pageSize < 1) {
            throw ApiFailure.badParams("page_size must be at least 1");
        } else if (pageSize > 1000) {
            throw new ApiFailure(25, "page_size is limited to 1000");
        } else {
            size = pageSize;
        }
        int offset;
        if (startOffset != null) {
            offset = startOffset;
        } else if (page != null) {
            if (page < 0) {
                throw ApiFailure.badParams("page counts from 0");
            }
            offset = (int) Math.min((long) page * size, Integer.MAX_VALUE);
        } else {
            offset = 0;
        }
        if (offset < 0 || offset > total) {
            throw ApiFailure.badParams("start_offset must be 0 to " + total);
        }
        List<BatchRecord> records = b.records.subList(offset, Math.min(total, offset + size)).stream()
                .map(StoredRecord::toBatchRecord).collect(Collectors.toList());
        int pageCount = (total + size - 1) / size;
        return new BatchPage(b.id, offset, offset / size, size, pageCount, total, records);
    }

    // ------------------------------------------------------------------ documents

    synchronized List<FoundDocument> searchDocuments(SandboxUser user, Period period, Optional<String> customNumber) {
        settle();
        return documents.stream()
                .filter(r -> r.source.owner.equals(user.login()))
                .filter(r -> period.contains(date(r.createdAt)))
                .filter(r -> customNumber.isEmpty() || customNumber.get().equals(r.internalNumber))
                .map(r -> new FoundDocument(r.order.opcode().name(), Optional.of(r.batchId.value()),
                        r.createdAt, r.source.number.value(), r.beneficiary, r.amount, r.currency, r.description,
                        r.internalNumber, Long.toString(r.documentNumber), r.errorDetails, r.state.name(),
                        localized(r.state)))
                .collect(Collectors.toList());
    }

    synchronized HistoryPage history(SandboxUser user, Period period, DocumentStateFilter state, int limit, int page,
                                     Optional<String> account, Optional<String> externalAccount) {
        settle();
        account.ifPresent(a -> {
            AccountState s = AccountNumber.isValid(a) ? accounts.get(AccountNumber.of(a)) : null;
            if (s == null || !s.owner.equals(user.login())) {
                throw new ApiFailure(130, "Account not found: " + a);
            }
        });
        List<StoredRecord> found = documents.stream()
                .filter(r -> r.source.owner.equals(user.login()))
                .filter(r -> period.contains(date(r.createdAt)))
                .filter(r -> matches(state, r.state))
                .filter(r -> account.isEmpty() || r.source.number.value().equals(account.get()))
                .filter(r -> externalAccount.isEmpty()
                        || r.beneficiary.toLowerCase(Locale.ROOT).contains(externalAccount.get().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparingLong((StoredRecord r) -> r.documentId).reversed())
                .collect(Collectors.toList());
        int itemCount = found.size();
        if (limit == 0) {
            return new HistoryPage(itemCount, 0, 0, page, 0, List.of());
        }
        int pageCount = (itemCount + limit - 1) / limit;
        int from = (int) Math.min((long) (page - 1) * limit, itemCount);
        List<HistoryEntry> entries = found.subList(from, Math.min(itemCount, from + limit)).stream()
                .map(this::historyEntry).collect(Collectors.toList());
        return new HistoryPage(itemCount, pageCount, limit, page, entries.size(), entries);
    }

    private HistoryEntry historyEntry(StoredRecord r) {
        return new HistoryEntry(Long.toString(r.documentNumber), Long.toString(r.documentId),
                Optional.of(r.batchId.value()), r.createdAt, historyState(r.state), historyStateLocalized(r.state),
                r.order.opcode().name(), r.beneficiary, r.errorDetails, r.source.number.value(), r.amount,
                Optional.of(r.fee), r.currency, Optional.empty(), Optional.empty(), r.description, true, false);
    }

    private static boolean matches(DocumentStateFilter filter, RecordState state) {
        switch (filter) {
            case EXECUTED: return state == RecordState.PROCESSED;
            case DECLINED: return state == RecordState.DECLINED;
            case INPROCESS: return !state.isFinal();
            default: return true;
        }
    }

    static String historyState(RecordState s) {
        return s == RecordState.PROCESSED ? "EXECUTED" : s == RecordState.DECLINED ? "DECLINED" : "INPROCESS";
    }

    static String historyStateLocalized(RecordState s) {
        return s == RecordState.PROCESSED ? "Executed" : s == RecordState.DECLINED ? "Declined" : "In process";
    }

    static String localized(RecordState s) {
        switch (s) {
            case NEW: return "New";
            case READY: return "Ready";
            case INPROCESS: return "In process";
            case PROCESSED: return "Processed";
            default: return "Declined";
        }
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), config.zone());
    }

    private LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, config.zone());
    }

    // ------------------------------------------------------------------ accounts, rates, fees

    synchronized AccountsOverview accounts(SandboxUser user) {
        settle();
        List<io.capitalist4j.domain.account.Account> list = new ArrayList<>();
        Map<Currency, BigDecimal> summary = new LinkedHashMap<>();
        for (AccountState a : accounts.values()) {
            if (a.owner.equals(user.login())) {
                list.add(a.snapshot());
                summary.merge(a.currency, a.balance, BigDecimal::add);
            }
        }
        return new AccountsOverview(summary, list);
    }

    synchronized boolean isVerified(String account) {
        if (account == null || !AccountNumber.isValid(account.trim())) {
            throw ApiFailure.badParams("account must be a Capitalist account number");
        }
        AccountState a = accounts.get(AccountNumber.of(account.trim()));
        if (a == null) {
            if (config.unknownAccountIsError()) {
                throw new ApiFailure(130, "Account not found");
            }
            return false;
        }
        return users.get(a.owner).verified();
    }

    CurrencyRates rates() {
        return config.rates();
    }

    synchronized io.capitalist4j.domain.fee.FeeQuote fee(SandboxUser user, String documentType, String sourceAccount,
                                                        String amount, String destAccount, String wireTag,
                                                        String usdtNetwork) {
        if (documentType == null || documentType.isBlank()) {
            throw ApiFailure.badParams("document_type is required");
        }
        io.capitalist4j.domain.fee.DocumentType type = io.capitalist4j.domain.fee.DocumentType.find(documentType.trim())
                .orElseThrow(() -> new ApiFailure(190, "Unknown document type"));
        AccountState source = existingAccount(sourceAccount, "source_account");
        if (!source.owner.equals(user.login())) {
            throw new ApiFailure(195, "You should be the owner of the debit account");
        }
        if (amount == null || !amount.trim().matches("-?[0-9]+(\\.[0-9]+)?")) {
            throw ApiFailure.badParams("amount must be digits with '.' as decimal separator");
        }
        BigDecimal value = new BigDecimal(amount.trim());
        if (value.signum() <= 0) {
            throw new ApiFailure(196, "Transfer amount should be greater than zero");
        }
        Money money;
        try {
            money = Money.of(value, source.currency);
        } catch (IllegalArgumentException e) {
            throw ApiFailure.badParams("amount has more decimals than " + source.currency + " allows");
        }
        if (type.needsDestination()) {
            if (destAccount == null || destAccount.isBlank()) {
                throw new ApiFailure(193, "Recipient not specified");
            }
            AccountState dest = existingAccount(destAccount, "dest_account");
            if (type == io.capitalist4j.domain.fee.DocumentType.CONVERSION && !dest.owner.equals(user.login())) {
                throw new ApiFailure(194, "You should be the owner of the beneficiary account");
            }
        }
        if (type == io.capitalist4j.domain.fee.DocumentType.WIRE && wireTag != null && !wireTag.isBlank()
                && !List.of("OUR", "SHA", "BEN").contains(wireTag.trim().toUpperCase(Locale.ROOT))) {
            throw new ApiFailure(192, "Unknown payment urgency (wire)");
        }
        if (type == io.capitalist4j.domain.fee.DocumentType.USDT && usdtNetwork != null && !usdtNetwork.isBlank()
                && !List.of("ethereum", "tron").contains(usdtNetwork.trim().toLowerCase(Locale.ROOT))) {
            throw new ApiFailure(191, "Unknown service provider code");
        }
        Money fee = config.feePolicy().fee(type.name(), money);
        return new io.capitalist4j.domain.fee.FeeQuote(fee.amount(), source.currency.code(), money.amount());
    }

    private AccountState existingAccount(String number, String param) {
        if (number == null || number.isBlank()) {
            throw ApiFailure.badParams(param + " is required");
        }
        if (!AccountNumber.isValid(number.trim())) {
            throw ApiFailure.badParams(param + " is not an account number");
        }
        AccountState a = accounts.get(AccountNumber.of(number.trim()));
        if (a == null) {
            throw new ApiFailure(200, "Account does not exist");
        }
        return a;
    }

    // ------------------------------------------------------------------ time

    /** Moves every started record to the state its age calls for; finishing a record settles its money. */
    synchronized void settle() {
        if (moving.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Timeline t = config.timeline();
        for (java.util.Iterator<StoredRecord> it = moving.iterator(); it.hasNext(); ) {
            StoredRecord r = it.next();
            if (r.startAt == null) {
                continue;
            }
            Duration age = Duration.between(r.startAt, now);
            if (age.compareTo(t.total()) >= 0) {
                finish(r);
                it.remove();
            } else if (age.compareTo(t.toReady().plus(t.toInProcess())) >= 0) {
                r.state = RecordState.INPROCESS;
            } else if (age.compareTo(t.toReady()) >= 0) {
                r.state = RecordState.READY;
            }
        }
    }

    private void finish(StoredRecord r) {
        Outcome outcome;
        try {
            outcome = config.outcomePolicy().decide(r.order);
        } catch (RuntimeException e) {
            outcome = Outcome.declined("outcome policy failed: " + e.getClass().getSimpleName());
        }
        AccountState source = r.source;
        source.blocked = source.blocked.subtract(r.debit());
        if (outcome.isProcessed()) {
            source.balance = source.balance.subtract(r.debit());
            creditInternalRecipient(r);
        }
        r.state = outcome.state();
        r.errorDetails = outcome.reason();
    }

    /** A CAPITALIST transfer to an account the sandbox knows arrives there. */
    private void creditInternalRecipient(StoredRecord r) {
        if (r.order.opcode() != Opcode.CAPITALIST || !AccountNumber.isValid(r.beneficiary)) {
            return;
        }
        AccountState dest = accounts.get(AccountNumber.of(r.beneficiary));
        if (dest != null && dest.currency.code().equals(r.currency)) {
            dest.balance = dest.balance.add(r.amount);
        }
    }

    // ------------------------------------------------------------------ inspection for tests

    synchronized Optional<io.capitalist4j.domain.account.Account> account(AccountNumber number) {
        settle();
        return Optional.ofNullable(accounts.get(number)).map(AccountState::snapshot);
    }

    synchronized List<BatchRecord> records(BatchId id) {
        settle();
        StoredBatch b = batches.get(id.value());
        if (b == null) {
            throw new IllegalArgumentException("no batch " + id);
        }
        return b.records.stream().map(StoredRecord::toBatchRecord).collect(Collectors.toList());
    }

    synchronized List<BatchId> batchIds() {
        return batches.values().stream().map(b -> b.id).collect(Collectors.toList());
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
