package io.capitalist4j.application;

import io.capitalist4j.application.port.in.JournaledSubmission;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.RejectedOrder;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.out.journal.ClaimMode;
import io.capitalist4j.application.port.out.journal.ClaimedPayout;
import io.capitalist4j.application.port.out.journal.JournalClaim;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Upload through the journal: claim every number (committed) before the first byte, then settle by the answer.
 * Accepted lines become {@code sent}, rejected lines and proven refusals {@code released}; an upload whose
 * outcome is unknown, or an {@link Error}, leaves the claim {@code in-doubt}, so nothing can send those numbers
 * again until recovery has asked the server.
 */
final class JournaledSubmitter {

    private final SubmitBatchService uploads;
    private final PayoutJournalPort journal;
    private final String login;
    private final Executor executor;

    JournaledSubmitter(SubmitBatchService uploads, PayoutJournalPort journal, String login, Executor executor) {
        this.uploads = uploads;
        this.journal = journal;
        this.login = login;
        this.executor = executor;
    }

    CompletionStage<JournaledSubmission> submit(SubmitBatchCommand command, ClaimMode mode) {
        CompletableFuture<JournaledSubmission> result = new CompletableFuture<>();
        CompletableFuture<JournalClaim> claimed;
        CompletableFuture<BatchText> rendered;
        try {
            // The text does not depend on the claim: render it on another worker while the claim commits. Only
            // rendering, which is pure; verification waits for the claim, so a refused batch is never signed.
            // Handed over first: if the executor refuses the claim after it, no claim is left unsettled.
            rendered = uploads.render(command.batch());
            claimed = CompletableFuture.supplyAsync(
                    () -> journal.claimPayouts(login, payouts(command.batch()), mode), executor);
        } catch (RuntimeException rejected) {
            result.completeExceptionally(rejected);
            return result;
        }
        claimed.whenComplete((claim, failure) -> {
            if (failure != null) {
                result.completeExceptionally(Async.unwrap(failure)); // no claim, nothing sent
                return;
            }
            if (mode == ClaimMode.ALL_OR_NOTHING && !claim.complete()) {
                result.completeExceptionally(new PaymentNumbersHeldException(claim.held()));
                return;
            }
            if (claim.claimed().isEmpty()) {
                result.complete(new JournaledSubmission(Optional.empty(), claim.held()));
                return;
            }
            upload(command, claim, rendered, result);
        });
        return result;
    }

    private void upload(SubmitBatchCommand command, JournalClaim claim, CompletableFuture<BatchText> rendered,
                        CompletableFuture<JournaledSubmission> result) {
        Batch batch;
        try {
            batch = linesClaimed(command.batch(), claim);
        } catch (RuntimeException e) {
            settleRefused(claim, e, result);
            return;
        }
        // every line claimed: the text rendered beside the claim is the text to send; fewer: render those lines
        Async.call(() -> batch == command.batch() ? uploads.submit(command, rendered)
                : uploads.submit(command.withBatch(batch))).whenCompleteAsync((submitted, failure) -> {
            if (failure == null) {
                Optional<String> problem = settleAccepted(claim, submitted);
                result.complete(new JournaledSubmission(
                        Optional.of(problem.map(submitted::withJournalProblem).orElse(submitted)), claim.held()));
                return;
            }
            Throwable cause = Async.unwrap(failure);
            if (cause instanceof OutcomeUnknownException || cause instanceof Error) {
                try {
                    journal.noteInDoubt(login, claim.claimId(), claim.claimed(), Optional.empty(),
                            "upload outcome unknown: " + cause.getMessage());
                } catch (RuntimeException journalFailure) {
                    cause.addSuppressed(journalFailure); // the numbers stay in doubt either way
                }
                result.completeExceptionally(cause);
                return;
            }
            settleRefused(claim, cause, result);
        }, executor);
    }

    /** The server proved it took nothing (or nothing was sent): the whole claim is released. */
    private void settleRefused(JournalClaim claim, Throwable cause, CompletableFuture<JournaledSubmission> result) {
        try {
            journal.release(login, claim.claimId(), claim.claimed(), "not accepted: " + cause.getMessage());
        } catch (RuntimeException journalFailure) {
            cause.addSuppressed(journalFailure); // still in doubt: held until recovery, never sent twice
        }
        result.completeExceptionally(cause);
    }

    /** @return why the journal could not record the answer, if it could not */
    private Optional<String> settleAccepted(JournalClaim claim, SubmittedBatch submitted) {
        try {
            journal.markSent(login, claim.claimId(), submitted.id().value(), submitted.acceptedPaymentNumbers());
            Map<String, List<String>> rejectedByReason = new LinkedHashMap<>();
            for (RejectedOrder rejected : submitted.rejections()) {
                rejected.order().ifPresent(order -> rejectedByReason.computeIfAbsent(
                        "rejected at upload: " + rejected.comment(), reason -> new ArrayList<>()).add(order.paymentNumber()));
            }
            rejectedByReason.forEach((reason, numbers) -> journal.release(login, claim.claimId(), numbers, reason));
            return Optional.empty();
        } catch (RuntimeException journalFailure) {
            return Optional.of("the upload was accepted (batch " + submitted.id() + ") but the journal could not "
                    + "record it: " + journalFailure.getMessage() + "; its numbers stay in-doubt until recover");
        }
    }

    /** What each line is to pay, kept beside the claim so that recovery can tell it from another payment. */
    static List<ClaimedPayout> payouts(Batch batch) {
        List<ClaimedPayout> payouts = new ArrayList<>(batch.size());
        for (PaymentOrder order : batch.orders()) {
            payouts.add(new ClaimedPayout(order.paymentNumber(), order.amount().amount(),
                    order.amount().currency().code(), order.beneficiary()));
        }
        return payouts;
    }

    private static Batch linesClaimed(Batch batch, JournalClaim claim) {
        if (claim.claimed().size() == batch.size()) {
            return batch;
        }
        Set<String> claimed = new HashSet<>(claim.claimed());
        List<PaymentOrder> lines = batch.orders().stream().filter(o -> claimed.contains(o.paymentNumber()))
                .collect(Collectors.toList());
        return Batch.of(lines);
    }
}
