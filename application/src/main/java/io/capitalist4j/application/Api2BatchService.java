package io.capitalist4j.application;

import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.Api2PayoutResult;
import io.capitalist4j.application.port.in.Api2PayoutResult.Status;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.out.api2.Api2Port;
import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.Api2Account;
import io.capitalist4j.domain.api2.Api2LineExtras;
import io.capitalist4j.domain.api2.Api2PaymentRequest;
import io.capitalist4j.domain.api2.Api2Payouts;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A batch over API2: every line checked and mapped before anything is sent, every number claimed in the journal
 * (when there is one), then one {@code POST /v1/payment} per line, a bounded number in flight. A payout whose answer
 * is lost is looked up by its userRequestId (= payment number) before anything is resent, and resent (with the
 * same id) only when the server says it does not know it; when the lookup fails too, its fate is unknown and it
 * stays {@code in-doubt}. Never two payments for one payment number.
 */
final class Api2BatchService {

    /** The most requests one payout may carry: each one after the first follows a lookup that found nothing. */
    static final int MAX_ATTEMPTS = 3;

    private final Api2Port api;
    private final PayoutJournalPort journal;
    private final String login;
    private final Executor executor;

    Api2BatchService(Api2Port api, PayoutJournalPort journal, String login, Executor executor) {
        this.api = api;
        this.journal = journal;
        this.login = login;
        this.executor = executor;
    }

    CompletionStage<Api2BatchOutcome> submit(Api2BatchCommand command, ClaimMode mode) {
        return sourceAccounts(command).thenApplyAsync(accounts -> requests(command, accounts), executor)
                .thenComposeAsync(requests -> claimAndSend(command, requests, mode), executor);
    }

    /** The given accounts, and for every other currency of the batch your one account in it. */
    private CompletionStage<Map<Currency, AccountNumber>> sourceAccounts(Api2BatchCommand command) {
        Set<Currency> missing = new LinkedHashSet<>();
        for (PaymentOrder order : command.batch().orders()) {
            if (!command.sourceAccounts().containsKey(order.amount().currency())) {
                missing.add(order.amount().currency());
            }
        }
        Map<Currency, AccountNumber> accounts = new HashMap<>(command.sourceAccounts());
        CompletionStage<Void> all = CompletableFuture.completedFuture(null);
        List<String> problems = new ArrayList<>();
        for (Currency currency : missing) {
            all = all.thenCompose(ignored -> Async.call(() -> api.accounts(currency)).thenAccept(found -> {
                List<Api2Account> usable = found.stream().filter(a -> a.currency().equals(currency)).toList();
                if (usable.size() == 1) {
                    accounts.put(currency, usable.get(0).number());
                } else {
                    problems.add(currency + ": " + (usable.isEmpty() ? "you have no account" : "you have "
                            + usable.size() + " accounts") + " in this currency; name the one to pay from");
                }
            }));
        }
        return all.thenApply(ignored -> {
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("no source account for " + String.join("; ", problems));
            }
            return accounts;
        });
    }

    /** Every line's request, or every problem of every line, before anything is sent. */
    private static List<Api2PaymentRequest> requests(Api2BatchCommand command, Map<Currency, AccountNumber> accounts) {
        List<LineProblem> problems = new ArrayList<>();
        List<PaymentOrder> orders = command.batch().orders();
        for (int i = 0; i < orders.size(); i++) {
            PaymentOrder order = orders.get(i);
            problems.addAll(Api2Payouts.problems(order, i + 1,
                    Optional.ofNullable(accounts.get(order.amount().currency())), extras(command, i + 1)));
        }
        if (!problems.isEmpty()) {
            throw new BatchValidationException(problems);
        }
        List<Api2PaymentRequest> requests = new ArrayList<>(orders.size());
        for (int i = 0; i < orders.size(); i++) {
            PaymentOrder order = orders.get(i);
            requests.add(Api2Payouts.toPaymentRequest(order, i + 1, accounts.get(order.amount().currency()),
                    extras(command, i + 1)));
        }
        return requests;
    }

    private static Api2LineExtras extras(Api2BatchCommand command, int line) {
        return command.extras().getOrDefault(line, Api2LineExtras.none());
    }

    private CompletionStage<Api2BatchOutcome> claimAndSend(Api2BatchCommand command, List<Api2PaymentRequest> requests,
                                                           ClaimMode mode) {
        Run run = new Run(command, requests);
        if (journal == null) {
            return run.start();
        }
        JournalClaim claim = journal.claim(login, command.batch().paymentNumbers(), mode);
        if (mode == ClaimMode.ALL_OR_NOTHING && !claim.complete()) {
            throw new PaymentNumbersHeldException(claim.held());
        }
        run.claimed(claim);
        return run.start();
    }

    /** One batch in flight; each finished payout starts the next one. */
    private final class Run {
        private final Api2BatchCommand command;
        private final List<Api2PaymentRequest> requests;
        private final AtomicReferenceArray<Api2PayoutResult> results;
        private final List<Integer> toSend = new ArrayList<>();
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger finished = new AtomicInteger();
        private final CompletableFuture<Api2BatchOutcome> result = new CompletableFuture<>();
        private String claimId;

        Run(Api2BatchCommand command, List<Api2PaymentRequest> requests) {
            this.command = command;
            this.requests = requests;
            this.results = new AtomicReferenceArray<>(requests.size());
        }

        void claimed(JournalClaim claim) {
            claimId = claim.claimId();
            Map<String, JournalEntry> held = new HashMap<>();
            claim.held().forEach(e -> held.put(e.paymentNumber(), e));
            for (int i = 0; i < requests.size(); i++) {
                JournalEntry entry = held.get(requests.get(i).userRequestId());
                if (entry != null) {
                    results.set(i, new Api2PayoutResult(entry.paymentNumber(), i + 1, Status.SKIPPED,
                            Optional.empty(), Optional.of("held by the journal: " + entry.state().label()), 0));
                }
            }
        }

        CompletionStage<Api2BatchOutcome> start() {
            for (int i = 0; i < requests.size(); i++) {
                if (results.get(i) == null) {
                    toSend.add(i);
                }
            }
            if (toSend.isEmpty()) {
                complete();
                return result;
            }
            for (int i = 0; i < Math.min(command.concurrency(), toSend.size()); i++) {
                sendNext();
            }
            return result;
        }

        private void sendNext() {
            int position = next.getAndIncrement();
            if (position >= toSend.size()) {
                return;
            }
            int index = toSend.get(position);
            send(index, 1);
        }

        private void send(int index, int attempt) {
            Api2PaymentRequest request = requests.get(index);
            Async.call(() -> api.createPayment(request)).whenCompleteAsync((created, failure) -> {
                if (failure == null) {
                    done(index, Status.CREATED, Optional.of(created.documentId()), Optional.empty(), attempt);
                    return;
                }
                Throwable cause = Async.unwrap(failure);
                if (provenRefused(cause)) {
                    done(index, Status.REFUSED, Optional.empty(), Optional.of(cause.getMessage()), attempt);
                } else {
                    lookUp(index, attempt, cause);
                }
            }, executor);
        }

        /** After a lost answer: the server's word on the userRequestId decides, never a guess. */
        private void lookUp(int index, int attempt, Throwable lost) {
            Api2PaymentRequest request = requests.get(index);
            Async.call(() -> api.paymentByUserRequestId(request.userRequestId())).whenCompleteAsync((found, failure) -> {
                if (failure != null) {
                    done(index, Status.OUTCOME_UNKNOWN, Optional.empty(), Optional.of("the answer was lost ("
                            + lost.getMessage() + ") and the lookup failed too (" + Async.unwrap(failure).getMessage()
                            + "); run recover before sending it again"), attempt);
                } else if (found.isPresent()) {
                    done(index, Status.CREATED, Optional.of(found.get().documentId()), Optional.empty(), attempt);
                } else if (attempt < MAX_ATTEMPTS) {
                    send(index, attempt + 1); // the server says it has no such payment: sending it again is safe
                } else {
                    done(index, Status.REFUSED, Optional.empty(), Optional.of("not created after " + attempt
                            + " attempts, each answer lost and each lookup finding nothing: " + lost.getMessage()), attempt);
                }
            }, executor);
        }

        private void done(int index, Status status, Optional<Long> documentId, Optional<String> reason, int attempts) {
            Api2PaymentRequest request = requests.get(index);
            Optional<String> journalProblem = record(request.userRequestId(), status, documentId, reason);
            Optional<String> why = journalProblem.isPresent()
                    ? Optional.of(reason.map(r -> r + "; ").orElse("") + journalProblem.get()) : reason;
            results.set(index, new Api2PayoutResult(request.userRequestId(), index + 1, status, documentId, why,
                    attempts));
            if (finished.incrementAndGet() == toSend.size()) {
                complete();
            } else {
                sendNext();
            }
        }

        /** Moves the number in the journal; on failure it stays in doubt (held), which is safe, and says so. */
        private Optional<String> record(String number, Status status, Optional<Long> documentId, Optional<String> reason) {
            if (journal == null) {
                return Optional.empty();
            }
            try {
                switch (status) {
                    case CREATED:
                        journal.markSent(login, claimId, "document " + documentId.orElseThrow(), List.of(number));
                        break;
                    case REFUSED:
                        journal.release(login, claimId, List.of(number), "not accepted: " + reason.orElse(""));
                        break;
                    default:
                        journal.noteInDoubt(login, claimId, List.of(number), Optional.empty(), reason.orElse(""));
                }
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of("the journal could not record it (" + e.getMessage() + "): it stays in-doubt");
            }
        }

        private void complete() {
            List<Api2PayoutResult> all = new ArrayList<>(requests.size());
            for (int i = 0; i < requests.size(); i++) {
                all.add(results.get(i));
            }
            result.complete(new Api2BatchOutcome(all));
        }
    }

    /**
     * A failure that proves the server created nothing: an error status below 500 other than 408 and 429 (the
     * request was read and refused), or a connection that never carried the request.
     */
    static boolean provenRefused(Throwable failure) {
        if (failure instanceof HttpStatusException) {
            int status = ((HttpStatusException) failure).status();
            return status >= 400 && status < 500 && status != 408 && status != 429;
        }
        return failure instanceof TransportException && !((TransportException) failure).mayHaveReachedServer();
    }

}
