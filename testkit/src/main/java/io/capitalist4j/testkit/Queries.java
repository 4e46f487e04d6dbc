package io.capitalist4j.testkit;

import io.capitalist4j.domain.batch.BatchPage;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.batch.RecordState;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The read side: get_batch_info pages, documents_search and get_documents_history_ext over the stored batches. */
final class Queries {

    private final SandboxConfig config;
    private final BatchStore store;
    private final Ledger ledger;

    Queries(SandboxConfig config, BatchStore store, Ledger ledger) {
        this.config = config;
        this.store = store;
        this.ledger = ledger;
    }

    /** §6.4: 0-based offset or page, at most 1000 records a page, code 25 for more. */
    BatchPage batchInfo(SandboxUser user, String batchId, Integer pageSize, Integer startOffset, Integer page) {
        StoredBatch b = store.own(user, batchId);
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

    /** {@code customNumber} is taken as {@code PaymentNumberMatching} says, the same way as uploads are stored. */
    List<FoundDocument> searchDocuments(SandboxUser user, Period period, Optional<String> asked) {
        Optional<String> customNumber = asked.map(config.paymentNumberMatching()::apply).filter(n -> !n.isEmpty());
        return store.documents().stream()
                .filter(r -> r.source.owner.equals(user.login()))
                .filter(r -> period.contains(date(r.createdAt)))
                .filter(r -> customNumber.isEmpty() || customNumber.get().equals(r.internalNumber))
                .map(r -> new FoundDocument(r.paymentType, Optional.of(r.batchId.value()),
                        r.createdAt, r.source.number.value(), r.beneficiary, r.amount, r.currency, r.description,
                        r.internalNumber, Long.toString(r.documentNumber), r.errorDetails, r.state.name(),
                        localized(r.state)))
                .collect(Collectors.toList());
    }

    /** §6.6: newest first, 1-based pages. */
    HistoryPage history(SandboxUser user, Period period, DocumentStateFilter state, int limit, int page,
                        Optional<String> account, Optional<String> externalAccount) {
        account.ifPresent(a -> {
            AccountState s = ledger.find(a).orElse(null);
            if (s == null || !s.owner.equals(user.login())) {
                throw new ApiFailure(130, "Account not found: " + a);
            }
        });
        List<StoredRecord> found = store.documents().stream()
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
                .map(Queries::historyEntry).collect(Collectors.toList());
        return new HistoryPage(itemCount, pageCount, limit, page, entries.size(), entries);
    }

    private static HistoryEntry historyEntry(StoredRecord r) {
        return new HistoryEntry(Long.toString(r.documentNumber), Long.toString(r.documentId),
                Optional.of(r.batchId.value()), r.createdAt, historyState(r.state), historyStateLocalized(r.state),
                r.paymentType, r.beneficiary, r.errorDetails, r.source.number.value(), r.amount,
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

    private LocalDate date(Instant at) {
        return LocalDate.ofInstant(at, config.zone());
    }
}
