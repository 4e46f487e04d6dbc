package io.capitalist4j.application;

import io.capitalist4j.application.port.in.DocumentAgreement;
import io.capitalist4j.application.port.in.RecoverQuery;
import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciledOrder;
import io.capitalist4j.application.port.in.RecoveryReport;
import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalState;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchPageRequest;
import io.capitalist4j.domain.batch.BatchRecord;
import io.capitalist4j.domain.document.Period;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * Settles in-doubt journal entries by asking the server, a few calls per page rather than one per number: the
 * pages of each batch whose id the journal knows, then one documents search over the period for the rest, then
 * one search per number still unmatched ({@link Reconciler}). A number the server holds (on any number of documents)
 * becomes {@code sent}, unless its one document pays another amount, currency or recipient than the journal kept
 * beside the claim ({@link PayoutJournalPort#claimedPayouts}): that stays in doubt, "found, differs"; a
 * line it rejected at upload, or a number it holds no document for, {@code released}. What cannot be asked
 * (a failed call, a claim younger than the quiet period) stays in doubt and is reported with the reason.
 */
final class Recovery {

    private final PayoutJournalPort journal;
    private final String login;
    private final BatchPaginator batchPages;
    private final Reconciler reconciler;
    private final Executor executor;
    private final Clock clock;

    Recovery(PayoutJournalPort journal, String login, BatchPaginator batchPages, Reconciler reconciler,
             Executor executor, Clock clock) {
        this.journal = journal;
        this.login = login;
        this.batchPages = batchPages;
        this.reconciler = reconciler;
        this.executor = executor;
        this.clock = clock;
    }

    CompletionStage<RecoveryReport> recover(RecoverQuery query) {
        return CompletableFuture.supplyAsync(() -> {
            List<JournalEntry> entries = journal.list(login, Optional.of(JournalState.IN_DOUBT));
            return new Run(query, entries, payouts(entries));
        }, executor).thenCompose(Run::start);
    }

    /**
     * What the numbers in doubt were claimed to pay, where the journal kept it (one read per claim); a claim whose
     * payouts cannot be read is matched by number alone.
     */
    private Map<String, ClaimedPayout> payouts(List<JournalEntry> entries) {
        Map<String, ClaimedPayout> payouts = new HashMap<>();
        Map<String, List<String>> byClaim = new LinkedHashMap<>();
        entries.forEach(e -> byClaim.computeIfAbsent(e.claimId(), k -> new ArrayList<>()).add(e.paymentNumber()));
        byClaim.forEach((claimId, numbers) -> {
            try {
                Map<String, ClaimedPayout> kept = journal.claimedPayouts(login, claimId);
                numbers.forEach(n -> {
                    if (kept.containsKey(n)) {
                        payouts.put(n, kept.get(n));
                    }
                });
            } catch (RuntimeException e) {
                // matched by number alone, as before payouts were kept
            }
        });
        return payouts;
    }

    /** One recovery; its steps run one after another, so its maps are touched by one thread at a time. */
    private final class Run {
        private final RecoverQuery query;
        private final Map<String, JournalEntry> pending = new LinkedHashMap<>();
        private final Map<String, BatchRecord> inBatches = new HashMap<>();
        private final Map<String, String> batchOf = new HashMap<>();
        private final List<RecoveryReport.Unsettled> unsettled = new ArrayList<>();
        private final Map<String, String> sentIn = new LinkedHashMap<>();
        private final Map<String, String> releasedFor = new LinkedHashMap<>();

        private final Map<String, ClaimedPayout> payouts;

        Run(RecoverQuery query, List<JournalEntry> inDoubt, Map<String, ClaimedPayout> payouts) {
            this.query = query;
            this.payouts = payouts;
            Instant quietSince = clock.instant().minus(query.quietPeriod());
            for (JournalEntry entry : inDoubt) {
                if (entry.note().isEmpty() && entry.claimedAt().isAfter(quietSince)) {
                    unsettled.add(RecoveryReport.Unsettled.claimedTooRecently(entry, query.quietPeriod(), "an upload"));
                } else {
                    pending.put(entry.paymentNumber(), entry);
                }
            }
        }

        CompletionStage<RecoveryReport> start() {
            CompletionStage<Void> steps = CompletableFuture.completedFuture(null);
            Map<String, List<String>> byBatch = new LinkedHashMap<>();
            pending.values().forEach(e -> e.batchId().ifPresent(
                    id -> byBatch.computeIfAbsent(id, k -> new ArrayList<>()).add(e.paymentNumber())));
            for (String batchId : byBatch.keySet()) {
                steps = steps.thenCompose(ignored -> readBatch(batchId));
            }
            return steps.thenCompose(ignored -> searchTheRest()).thenApplyAsync(ignored -> settle(), executor);
        }

        /** Records the lines of one batch that carry pending numbers; a batch that cannot be read is searched instead. */
        private CompletionStage<Void> readBatch(String batchId) {
            BatchId id;
            try {
                id = BatchId.of(batchId);
            } catch (IllegalArgumentException e) {
                return CompletableFuture.completedFuture(null);
            }
            return batchPages.forEachPage(id, BatchPageRequest.MAX_PAGE_SIZE, page -> {
                for (BatchRecord r : page.records()) {
                    if (pending.containsKey(r.internalNumber())) {
                        // a number the batch took on any line counts; a SKIP line counts only if nothing else does
                        BatchRecord earlier = inBatches.get(r.internalNumber());
                        if (earlier == null || earlier.isSkipped()) {
                            inBatches.put(r.internalNumber(), r);
                            batchOf.put(r.internalNumber(), batchId);
                        }
                    }
                }
            }).handle((done, failure) -> null);
        }

        private CompletionStage<Void> searchTheRest() {
            List<String> numbers = new ArrayList<>();
            for (String number : pending.keySet()) {
                BatchRecord r = inBatches.get(number);
                if (r == null) {
                    numbers.add(number);
                } else if (r.isSkipped()) {
                    releasedFor.put(number, "rejected at upload (batch " + batchOf.get(number) + ", line "
                            + r.lineNumber() + "): " + r.errorDetails());
                } else {
                    sentIn.put(number, batchOf.get(number));
                }
            }
            if (numbers.isEmpty()) {
                return CompletableFuture.completedFuture(null);
            }
            Period period = period(numbers);
            return reconciler.reconcile(new ReconcileQuery(numbers, period)).handle((report, failure) -> {
                if (failure != null) {
                    String reason = "could not ask the server: " + Async.unwrap(failure).getMessage();
                    numbers.forEach(n -> unsettled.add(new RecoveryReport.Unsettled(pending.get(n), reason)));
                    return null;
                }
                for (ReconciledOrder order : report.orders()) {
                    // any document carrying the number means it is taken, and only a number no document carries may
                    // be released; one document paying another amount, currency or recipient than the claim kept is
                    // another payment under this number: left in doubt for a person, never settled as ours
                    List<String> differences = differences(order);
                    if (!differences.isEmpty()) {
                        unsettled.add(new RecoveryReport.Unsettled(pending.get(order.paymentNumber()),
                                "found, differs: " + String.join("; ", differences) + "; the server holds another "
                                        + "payment under this number: a person must look before anything is sent"));
                    } else if (!order.isMissing()) {
                        sentIn.put(order.paymentNumber(), order.documents().get(0).batchId().orElse("unknown"));
                    } else {
                        releasedFor.put(order.paymentNumber(), "recover: the server holds no document with this "
                                + "number from " + period.fromWire() + " to " + period.toWire());
                    }
                }
                return null;
            });
        }

        /** How the one document carrying the number differs from what the claim kept; empty when it agrees or either is unknown. */
        private List<String> differences(ReconciledOrder order) {
            ClaimedPayout payout = payouts.get(order.paymentNumber());
            if (payout == null || order.documents().size() != 1) {
                return List.of();
            }
            return DocumentAgreement.differences(payout.amount(), payout.currency(), payout.recipient(),
                    order.documents().get(0), "when claimed");
        }

        private Period period(List<String> numbers) {
            LocalDate today = Period.today(clock);
            LocalDate from = query.from().orElseGet(() -> numbers.stream()
                    .map(n -> pending.get(n).claimedAt().atZone(Period.API_ZONE).toLocalDate())
                    .min(LocalDate::compareTo).orElse(today));
            return Period.of(from.isAfter(today) ? today : from, today);
        }

        private RecoveryReport settle() {
            Map<List<String>, List<String>> sentGroups = new LinkedHashMap<>();
            sentIn.forEach((number, batchId) -> sentGroups.computeIfAbsent(
                    List.of(pending.get(number).claimId(), batchId), k -> new ArrayList<>()).add(number));
            Map<List<String>, List<String>> releaseGroups = new LinkedHashMap<>();
            releasedFor.forEach((number, reason) -> releaseGroups.computeIfAbsent(
                    List.of(pending.get(number).claimId(), reason), k -> new ArrayList<>()).add(number));
            Set<String> failedToRecord = new HashSet<>();
            sentGroups.forEach((key, numbers) -> record(numbers, failedToRecord,
                    () -> journal.markSent(login, key.get(0), key.get(1), numbers)));
            releaseGroups.forEach((key, numbers) -> record(numbers, failedToRecord,
                    () -> journal.release(login, key.get(0), numbers, key.get(1))));
            Map<String, JournalEntry> now = journal.find(login, pending.keySet());
            Set<String> reported = new HashSet<>();
            unsettled.forEach(u -> reported.add(u.entry().paymentNumber()));
            List<JournalEntry> sent = new ArrayList<>();
            List<JournalEntry> released = new ArrayList<>();
            for (String number : pending.keySet()) {
                JournalEntry entry = now.getOrDefault(number, pending.get(number));
                if (!entry.claimId().equals(pending.get(number).claimId())) {
                    unsettled.add(new RecoveryReport.Unsettled(entry, "claimed again meanwhile"));
                } else if (entry.state() == JournalState.SENT) {
                    sent.add(entry);
                } else if (entry.state() == JournalState.RELEASED) {
                    released.add(entry);
                } else if (!reported.contains(number)) {
                    unsettled.add(new RecoveryReport.Unsettled(entry, failedToRecord.contains(number)
                            ? "the journal could not record what the server said" : "not settled"));
                }
            }
            return new RecoveryReport(sent, released, unsettled);
        }

        private void record(List<String> numbers, Set<String> failed, Runnable write) {
            try {
                write.run();
            } catch (RuntimeException e) {
                failed.addAll(numbers);
            }
        }
    }
}
