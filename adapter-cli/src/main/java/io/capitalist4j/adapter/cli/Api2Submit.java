package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.application.Api2Client;
import io.capitalist4j.application.port.in.Api2BatchCommand;
import io.capitalist4j.application.port.in.Api2BatchOutcome;
import io.capitalist4j.application.port.in.Api2PayoutResult.Status;
import io.capitalist4j.application.port.in.Api2PayoutResult;
import io.capitalist4j.application.port.in.HumanDuration;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.PaymentsNotFinalException;
import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.batch.Batch;
import java.io.PrintWriter;
import java.util.ArrayList;
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
        root.uploading(options.file, options.resendOptions(true));
        Api2Client client = root.api2Session().client();
        Api2BatchOutcome outcome;
        Api2BatchCommand sending = command;
        java.time.Instant started = java.time.Instant.now();
        try {
            outcome = root.terminal().interruption().during(() -> Api2Session.await(
                    options.skipSent ? client.submitSkippingSent(sending) : client.submit(sending)));
        } catch (Interruption.Interrupted e) {
            BatchSubmitCommand.noteInterrupted(root, batch, started);
            List<String> lines = new ArrayList<>();
            lines.add("interrupted before every payout was answered: the outcome of those under way is unknown");
            lines.add("do NOT send the file again before checking:");
            lines.addAll(root.recovery().lines("created"));
            throw new CommandStopped(ExitCode.INTERRUPTED, lines);
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
        List<String> late = List.of();
        if (options.waiting.wait && !created.isEmpty()) {
            Api2Wait wait = new Api2Wait(client, err,
                    created.stream().map(Api2PayoutResult::paymentNumber).collect(Collectors.toList()));
            try {
                states = root.terminal().interruption().during(() ->
                        wait.follow(options.waiting.interval(root), options.waiting.timeout));
            } catch (Interruption.Interrupted e) {
                List<String> lines = new ArrayList<>();
                lines.add("interrupted: " + created.size() + " payouts created; " + wait.finalCount() + "/" + created.size()
                        + " final" + wait.counts());
                lines.addAll(keepFollowing(root, wait.notFinal()));
                if (!unknown.isEmpty()) {
                    lines.add("the outcome of " + unknown.size() + " more is unknown: settle them with: "
                            + root.recovery().firstCommand());
                }
                throw new CommandStopped(ExitCode.INTERRUPTED, lines);
            } catch (PaymentsNotFinalException e) {
                late = e.pending();
                states = wait.states();
            }
        }
        root.output().print(new Outcome(outcome, states));
        if (!unknown.isEmpty()) {
            return outcomeUnknown(root, unknown);
        }
        if (!late.isEmpty()) {
            List<String> lines = new ArrayList<>();
            lines.add("error: " + late.size() + " of " + created.size() + " payments were not final within "
                    + HumanDuration.of(options.waiting.timeout) + "; they go on");
            lines.addAll(keepFollowing(root, late));
            throw new CommandStopped(ExitCode.STILL_RUNNING, lines);
        }
        return ExitCode.OK;
    }

    /** Most numbers listed one command each; past that, the journal lists them all. */
    private static final int FOLLOW_LINES = 10;

    /** The payouts go on: the command that shows each one not final yet. */
    static List<String> keepFollowing(RootCommand root, List<String> notFinal) {
        List<String> lines = new ArrayList<>();
        lines.add("they go on; see each payment not final yet with:");
        String prefix = "  capitalist" + root.connectionOptionsShown().replace(" --sandbox", "") + " payment status ";
        notFinal.stream().limit(FOLLOW_LINES).forEach(n -> lines.add(prefix + Shell.quote(n)));
        if (notFinal.size() > FOLLOW_LINES) {
            lines.add("  ... and " + (notFinal.size() - FOLLOW_LINES) + " more: " + String.join(", ",
                    notFinal.subList(FOLLOW_LINES, notFinal.size())));
        }
        if (root.sandbox) {
            lines.add("(the embedded sandbox stops with this command: run 'capitalist sandbox --api 2' and point --url"
                    + " at it to follow payments across commands)");
        }
        return lines;
    }

    /** Exit 3: these payouts may or may not exist; each stays in doubt until looked up. */
    private static int outcomeUnknown(RootCommand root, List<Api2PayoutResult> unknown) {
        PrintWriter err = root.terminal().err();
        err.println("error: the outcome of " + unknown.size() + " payout" + (unknown.size() == 1 ? "" : "s")
                + " is unknown (" + unknown.stream().map(Api2PayoutResult::paymentNumber).collect(Collectors.joining(", "))
                + "); do NOT send them again before checking:");
        root.recovery().lines("created").forEach(err::println);
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
            OutcomeTotals totals = totals();
            if (!totals.isEmpty()) {
                out.println();
                totals.printTable(out);
            }
        }

        /** With --wait: the amounts of the payments followed, per currency, by the state each ended in. */
        private OutcomeTotals totals() {
            OutcomeTotals totals = new OutcomeTotals();
            for (Api2PayoutResult r : outcome.results()) {
                payment(r).ifPresent(p -> totals.add(p.currency().map(c -> c.code()).orElse(null), p.amount(),
                        p.state() == io.capitalist4j.domain.api2.Api2PaymentState.EXECUTED ? OutcomeTotals.Outcome.PAID
                        : p.state() == io.capitalist4j.domain.api2.Api2PaymentState.DECLINED ? OutcomeTotals.Outcome.DECLINED
                        : OutcomeTotals.Outcome.PENDING));
            }
            return totals;
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
            OutcomeTotals totals = totals();
            if (!totals.isEmpty()) {
                totals.json(node.putObject("totals"));
            }
            return node;
        }
    }
}
