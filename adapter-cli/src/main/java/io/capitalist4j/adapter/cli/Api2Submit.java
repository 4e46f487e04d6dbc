package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.Api2PayoutResult;
import io.capitalist4j.application.port.in.Api2PayoutResult.Status;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.PaymentsNotFinalException;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.batch.Batch;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * {@code batch submit} under {@code --api 2}: one payout per line through {@link Api2Client} (journal first), the
 * result per payment number, and with {@code --wait} every created payment followed until it is final.
 */
final class Api2Submit {

    private Api2Submit() {
    }

    static int run(BatchSubmitCommand options, RootCommand root) {
        PrintWriter err = root.terminal().err();
        if (options.verify != null || options.key != null || options.keyLogin != null) {
            err.println("note: --verify, --key and --key-login are not used with --api 2: every API2 request is signed"
                    + " with the API secret");
        }
        Api2BatchCommand command;
        Batch batch = BatchFiles.load(options.file);
        try {
            command = Api2BatchCommand.of(batch).withConcurrency(options.concurrency);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--concurrency: " + e.getMessage());
        }
        for (var source : options.sourceAccounts().entrySet()) {
            command = command.withSourceAccount(source.getKey(), source.getValue());
        }
        boolean journaled = root.journal().isPresent(); // before the session: no number goes out unclaimed
        Api2Client client = root.api2Session().client();
        Api2BatchOutcome outcome;
        try {
            outcome = Api2Session.await(options.skipSent ? client.submitSkippingSent(command) : client.submit(command));
        } catch (CompletionException e) {
            if (e.getCause() instanceof PaymentNumbersHeldException) {
                return BatchSubmitCommand.refused(root, ((PaymentNumbersHeldException) e.getCause()).held());
            }
            throw e;
        }
        List<Api2PayoutResult> created = outcome.with(Status.CREATED);
        List<Api2PayoutResult> refused = outcome.with(Status.REFUSED);
        List<Api2PayoutResult> unknown = outcome.with(Status.OUTCOME_UNKNOWN);
        List<Api2PayoutResult> skipped = outcome.with(Status.SKIPPED);
        if (skipped.size() == outcome.results().size()) {
            err.println("nothing to send: the journal holds all " + skipped.size() + " payment numbers of "
                    + options.file.getFileName() + "; nothing was sent");
            err.flush();
            root.output().print(new Outcome(outcome, Map.of()));
            return ExitCode.OK;
        }
        err.println("sent " + (outcome.results().size() - skipped.size()) + " payouts: " + created.size() + " created, "
                + refused.size() + " refused" + (journaled && !refused.isEmpty() ? " (released in the journal: they may"
                + " be sent again)" : "") + ", " + unknown.size() + " outcome unknown"
                + (skipped.isEmpty() ? "" : ", " + skipped.size() + " skipped (held by the journal)"));
        err.flush();
        Map<String, Optional<Api2Payment>> states = Map.of();
        PaymentsNotFinalException late = null;
        if (options.waiting.wait && !created.isEmpty()) {
            Duration interval = options.waiting.interval != null ? options.waiting.interval
                    : root.sandbox ? WaitMixin.SANDBOX_INTERVAL : WaitMixin.INTERVAL;
            try {
                states = Api2Session.await(client.awaitCompletion(
                        created.stream().map(Api2PayoutResult::paymentNumber).collect(Collectors.toList()), interval,
                        options.waiting.timeout));
            } catch (CompletionException e) {
                if (!(e.getCause() instanceof PaymentsNotFinalException)) {
                    throw e;
                }
                late = (PaymentsNotFinalException) e.getCause();
            }
        }
        root.output().print(new Outcome(outcome, states));
        if (!unknown.isEmpty()) {
            return outcomeUnknown(root, unknown);
        }
        if (late != null) {
            throw late;
        }
        return ExitCode.OK;
    }

    /** Exit 3: these payouts may or may not exist; each stays in doubt until looked up. */
    private static int outcomeUnknown(RootCommand root, List<Api2PayoutResult> unknown) {
        PrintWriter err = root.terminal().err();
        err.println("error: the outcome of " + unknown.size() + " payout" + (unknown.size() == 1 ? "" : "s")
                + " is unknown (" + unknown.stream().map(Api2PayoutResult::paymentNumber).collect(Collectors.joining(", "))
                + "); do NOT send them again before checking:");
        Failures.Recovery recovery = root.recovery();
        if (recovery.command() != null) {
            err.println("their payment numbers stay in-doubt in the payout journal; settle them with:");
            err.println("  " + recovery.command());
            err.println("then send what was not created with: capitalist --api 2 batch submit FILE --skip-sent");
        } else {
            err.println("  capitalist --api 2 payment status NUMBER (for each of them)");
        }
        err.flush();
        return ExitCode.OUTCOME_UNKNOWN;
    }

    /** Every line's result; with --wait, the state each created payment ended in. */
    private static final class Outcome implements Report {
        private final Api2BatchOutcome outcome;
        private final Map<String, Optional<Api2Payment>> states;

        Outcome(Api2BatchOutcome outcome, Map<String, Optional<Api2Payment>> states) {
            this.outcome = outcome;
            this.states = states;
        }

        private Optional<Api2Payment> payment(Api2PayoutResult r) {
            return states.getOrDefault(r.paymentNumber(), Optional.empty());
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("LINE", "NUMBER", "RESULT", "DOCUMENT", "STATE", "ATTEMPTS", "REASON")
                    .right("LINE", "ATTEMPTS");
            for (Api2PayoutResult r : outcome.results()) {
                table.row(r.line(), r.paymentNumber(), label(r.status()), r.documentId().map(String::valueOf).orElse(""),
                        payment(r).map(Api2Payment::rawState).orElse(""), r.attempts(), r.reason().orElse(""));
            }
            table.print(out);
            out.println();
            out.println(summary());
        }

        private String summary() {
            StringBuilder line = new StringBuilder(outcome.results().size() + " payouts:");
            for (Status status : Status.values()) {
                int n = outcome.with(status).size();
                if (n > 0) {
                    line.append(' ').append(n).append(' ').append(label(status)).append(',');
                }
            }
            if (!states.isEmpty()) {
                Map<String, Long> finals = states.values().stream().flatMap(Optional::stream)
                        .collect(Collectors.groupingBy(Api2Payment::rawState, java.util.TreeMap::new, Collectors.counting()));
                line.append(" final states:");
                finals.forEach((state, n) -> line.append(' ').append(n).append(' ').append(state).append(','));
            }
            line.setLength(line.length() - 1);
            return line.toString();
        }

        private static String label(Status status) {
            return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode().put("api", 2);
            ArrayNode results = node.putArray("results");
            for (Api2PayoutResult r : outcome.results()) {
                ObjectNode entry = results.addObject().put("line", r.line()).put("paymentNumber", r.paymentNumber())
                        .put("status", r.status().name())
                        .put("documentId", r.documentId().map(String::valueOf).orElse(null))
                        .put("attempts", r.attempts()).put("reason", r.reason().orElse(null));
                payment(r).ifPresent(p -> Api2Payments.fill(entry.putObject("payment"), p));
            }
            ObjectNode counts = node.putObject("summary");
            for (Status status : Status.values()) {
                counts.put(status.name(), outcome.with(status).size());
            }
            return node;
        }
    }
}
