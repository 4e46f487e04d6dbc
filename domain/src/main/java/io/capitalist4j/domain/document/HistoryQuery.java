package io.capitalist4j.domain.document;

import io.capitalist4j.domain.account.AccountNumber;
import java.util.Objects;
import java.util.Optional;

/**
 * get_documents_history_ext parameters. Absent values are not sent and the server's defaults apply
 * (the last 7 days, any state, 100 per page, page 1).
 *
 * @param limit page size 50 to 1000 when present
 * @param page  1-based when present
 */
public record HistoryQuery(Optional<Period> period, Optional<DocumentStateFilter> state, Optional<Integer> limit,
                           Optional<Integer> page, Optional<AccountNumber> account, Optional<String> externalAccount) {

    public static final int MIN_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public HistoryQuery {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(externalAccount, "externalAccount");
        limit.ifPresent(l -> {
            if (l < MIN_LIMIT || l > MAX_LIMIT) {
                throw new IllegalArgumentException("limit must be " + MIN_LIMIT + " to " + MAX_LIMIT + ": " + l);
            }
        });
        page.ifPresent(p -> {
            if (p < 1) {
                throw new IllegalArgumentException("history pages count from 1: " + p);
            }
        });
    }

    public static HistoryQuery all() {
        return new HistoryQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    public HistoryQuery withPeriod(Period p) {
        return new HistoryQuery(Optional.of(p), state, limit, page, account, externalAccount);
    }

    public HistoryQuery withState(DocumentStateFilter s) {
        return new HistoryQuery(period, Optional.of(s), limit, page, account, externalAccount);
    }

    public HistoryQuery withLimit(int l) {
        return new HistoryQuery(period, state, Optional.of(l), page, account, externalAccount);
    }

    public HistoryQuery withPage(int p) {
        return new HistoryQuery(period, state, limit, Optional.of(p), account, externalAccount);
    }

    public HistoryQuery withAccount(AccountNumber a) {
        return new HistoryQuery(period, state, limit, page, Optional.of(a), externalAccount);
    }

    public HistoryQuery withExternalAccount(String e) {
        return new HistoryQuery(period, state, limit, page, account, Optional.of(e));
    }
}
