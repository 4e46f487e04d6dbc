package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.application.port.in.JournaledSubmission;
import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.RejectedOrder;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.out.VerificationPort;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.time.Instant;
import java.util.ArrayList;
import io.capitalist4j.application.port.out.journal.JournalState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code capitalist batch submit FILE --verify signature|pin|sms}: the main job. The file is checked first (no
 * upload with a bad line), uploaded once, never repeated; with {@code --wait} every record is followed to its end.
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = {"Check, sign and upload a batch file once, then optionally follow every record to its final state.",
                "The PIN comes from $" + EnvVars.PIN + "; with sms the batch waits for 'batch confirm'.",
                "Every payment number is recorded in the payout journal before the upload: a file with a number the "
                + "journal holds (in-doubt or sent) is refused with exit 6 and nothing is uploaded; --skip-sent sends "
                + "only the other lines. Lines the server rejects are released and may be sent again.",
                "If the upload's outcome is unknown (exit 3) nothing is retried: run 'journal recover' before sending again.",
                "With --api 2 each line is one payout (POST /v1/payment, the payment number as userRequestId), "
                + "--concurrency at once; --verify, --key and --key-login are not used (API2 signs every request with "
                + "the API secret); exit 3 when any payout's outcome stays unknown."})
final class BatchSubmitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The batch file (UTF-8, one payment per line, ';' separated).")
    Path file;

    @Option(names = "--verify", paramLabel = "signature|pin|sms",
            description = "How the upload is proven: certificate signature, PIN, or an SMS code confirmed later "
                    + "(required with API v1; not used with --api 2).")
    VerifyMethod verify;

    @Option(names = "--key", paramLabel = "KEYFILE",
            description = "Certificate key for --verify signature (with --sandbox: the sandbox key by default).")
    Path key;

    @Option(names = "--key-login", paramLabel = "LOGIN", description = "Login that opens an encrypted key file (default: --login).")
    String keyLogin;

    @Option(names = "--account", paramLabel = "CUR=ACCOUNT",
            description = "Pay this currency from this account of yours, e.g. RUR=R0000001 (repeatable); else the server picks.")
    Map<String, AccountNumber> accounts = new LinkedHashMap<>();

    @Option(names = "--skip-sent",
            description = "Upload only the lines whose payment numbers the journal does not hold (in-doubt or sent); "
                    + "when none remain, nothing is uploaded and the exit code is 0.")
    boolean skipSent;

    static final int DEFAULT_CONCURRENCY = 8;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + DEFAULT_CONCURRENCY,
            description = "With --api 2: payouts in flight at once, 1 to 64 (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Mixin
    WaitMixin waiting;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        if (skipSent && root.noJournal) {
            throw new ParameterException(spec.commandLine(), "--skip-sent asks the journal what was sent: leave out --no-journal");
        }
        if (root.api2()) {
            return Api2Submit.run(this, root);
        }
        if (verify == null) {
            throw new ParameterException(spec.commandLine(), "give --verify signature|pin|sms: how the upload is proven");
        }
        if (verify == VerifyMethod.SMS && waiting.wait) {
            throw new ParameterException(spec.commandLine(), "--wait cannot follow an SMS batch before it is confirmed: "
                    + "run 'batch confirm ID --sms-code CODE', then 'batch status ID --wait'");
        }
        Map<Currency, AccountNumber> sources = sourceAccounts();
        Batch batch = BatchFiles.load(file);
        boolean journaled = root.journal().isPresent(); // before anything else: no number goes out unclaimed
        PrintWriter err = root.terminal().err();
        root.uploading(file, resendOptions(false));
        SubmittedBatch submitted;
        List<JournalEntry> skipped = List.of();
        Optional<String> journalProblem = Optional.empty();
        Instant started = Instant.now();
        try (Secret pin = verify == VerifyMethod.PIN ? pin(root) : null) {
            SubmitBatchCommand command = new SubmitBatchCommand(batch, verification(root, pin), sources);
            if (skipSent) {
                JournaledSubmission submission = uploadInterruptibly(root, batch, started,
                        () -> root.session().client().blocking().submitSkippingSent(command));
                skipped = submission.skipped();
                if (submission.nothingSent()) {
                    return nothingToSend(root, batch, skipped);
                }
                submitted = submission.upload().orElseThrow();
                journalProblem = submission.journalProblem();
            } else {
                try {
                    submitted = uploadInterruptibly(root, batch, started,
                            () -> root.session().client().blocking().submit(command));
                    journalProblem = submitted.journalProblem();
                } catch (PaymentNumbersHeldException held) {
                    return refused(root, held.held());
                }
            }
        }
        if (!skipped.isEmpty()) {
            err.println("skipped " + skipped.size() + " line" + (skipped.size() == 1 ? "" : "s")
                    + " whose payment numbers the journal holds:");
            skipped.forEach(e -> err.println("  " + JournalEntries.line(e)));
        }
        err.println("uploaded batch " + submitted.id() + ": " + submitted.acceptedPaymentNumbers().size()
                + " lines accepted, " + submitted.rejections().size() + " rejected"
                + (journaled && !submitted.rejections().isEmpty() ? " (released in the journal: they may be sent again)" : ""));
        journalProblem.ifPresent(problem -> {
            err.println("warning: " + problem);
            err.println("settle them with: " + recoverCommand(root));
        });
        err.flush();
        Optional<BatchRecords.Listing> records = Optional.empty();
        if (waiting.wait) {
            waiting.awaitFinal(root, submitted.id());
            records = Optional.of(new BatchRecords.Listing(root.session().client().blocking(), submitted.id()));
        }
        root.output().print(new Submitted(submitted, verify, records, skipped, journalProblem));
        if (verify == VerifyMethod.SMS) {
            err.println("the batch waits for the SMS code sent to your phone; confirm it with:");
            err.println("  capitalist batch confirm " + submitted.id() + " --sms-code CODE");
            if (root.sandbox) {
                err.println("(the embedded sandbox stops with this command: to confirm across commands, run"
                        + " 'capitalist sandbox' and point --url at it)");
            }
            err.flush();
        }
        return ExitCode.OK;
    }

    /** Exit 6: each held number on stderr; with {@code --output json} also a JSON error object on stdout. */
    static int refused(RootCommand root, List<JournalEntry> held) {
        int code = Failures.refused(held, root.terminal().err());
        root.terminal().err().flush();
        if (root.output == OutputFormat.JSON) {
            root.output().print(new Refused(held));
        }
        return code;
    }

    private int nothingToSend(RootCommand root, Batch batch, List<JournalEntry> skipped) {
        PrintWriter err = root.terminal().err();
        err.println("nothing to send: the journal holds all " + batch.size() + " payment numbers of " + file.getFileName()
                + "; nothing was uploaded");
        skipped.forEach(e -> err.println("  " + JournalEntries.line(e)));
        err.flush();
        root.output().print(new NothingToSend(skipped));
        return ExitCode.OK;
    }

    private static String recoverCommand(RootCommand root) {
        return root.recovery().firstCommand();
    }

    /**
     * The upload, which Ctrl-C may end before its answer (the upload itself goes on in the background until the
     * process ends): then its outcome is unknown, exactly as after a lost answer, and the numbers this run claimed
     * are noted so, so that {@code journal recover} settles them at once instead of waiting out its quiet period.
     */
    private static <T> T uploadInterruptibly(RootCommand root, Batch batch, Instant started, Supplier<T> upload) {
        try {
            return root.terminal().interruption().during(upload);
        } catch (Interruption.Interrupted e) {
            noteInterrupted(root, batch, started);
            List<String> lines = new ArrayList<>();
            lines.add("interrupted before the upload was answered: its outcome is unknown");
            lines.add("the upload may or may not have been accepted; do NOT send the file again before checking:");
            lines.addAll(root.recovery().lines("accepted"));
            throw new CommandStopped(ExitCode.INTERRUPTED, lines);
        }
    }

    static final String INTERRUPTED_NOTE = "interrupted (Ctrl-C) before the upload was answered: outcome unknown";

    /** Notes the numbers of this file that this run claimed and that stand in doubt with nothing noted. */
    static void noteInterrupted(RootCommand root, Batch batch, Instant started) {
        if (!root.journalOpened()) {
            return;
        }
        try {
            Journals.Opened journal = root.journal().orElseThrow();
            Map<String, List<String>> byClaim = new LinkedHashMap<>();
            for (JournalEntry e : journal.port().find(journal.login(), batch.paymentNumbers()).values()) {
                if (e.state() == JournalState.IN_DOUBT && e.note().isEmpty() && !e.claimedAt().isBefore(started)) {
                    byClaim.computeIfAbsent(e.claimId(), id -> new ArrayList<>()).add(e.paymentNumber());
                }
            }
            byClaim.forEach((claim, claimed) -> journal.port().noteInDoubt(journal.login(), claim, claimed,
                    Optional.empty(), INTERRUPTED_NOTE));
        } catch (RuntimeException e) {
            // the process is going down; recover then waits out the quiet period, as after a crash
        }
    }

    /** The options of this command line that repeat the upload: how it is proven, the key, the source accounts. */
    List<String> resendOptions(boolean api2) {
        List<String> options = new ArrayList<>();
        if (verify != null && !api2) {
            options.addAll(List.of("--verify", verify.name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (key != null && !api2) {
            options.addAll(List.of("--key", key.toString()));
        }
        if (keyLogin != null && !api2) {
            options.addAll(List.of("--key-login", keyLogin));
        }
        accounts.forEach((currency, account) -> options.addAll(List.of("--account", currency + "=" + account.value())));
        if (concurrency != DEFAULT_CONCURRENCY && api2) {
            options.addAll(List.of("--concurrency", String.valueOf(concurrency)));
        }
        return options;
    }

    Map<Currency, AccountNumber> sourceAccounts() {
        Map<Currency, AccountNumber> sources = new LinkedHashMap<>();
        accounts.forEach((code, account) -> sources.put(Currency.of(code), account));
        return sources;
    }

    private VerificationPort verification(RootCommand root, Secret pin) {
        switch (verify) {
            case SIGNATURE:
                return BouncyCastleSigning.signatureVerification(
                        SigningKeys.find(root, Optional.ofNullable(key), Optional.ofNullable(keyLogin)));
            case PIN:
                return BouncyCastleSigning.pinVerification(pin);
            default:
                return BouncyCastleSigning.mobileVerification();
        }
    }

    /** The sandbox logs in as the sandbox user, so it proves uploads with that user's PIN too. */
    private static Secret pin(RootCommand root) {
        return root.sandbox ? SandboxWiring.pin() : root.secrets().pin();
    }

    /** The JSON error object of exit 6. */
    private static final class Refused implements Report {
        private final List<JournalEntry> held;

        Refused(List<JournalEntry> held) {
            this.held = held;
        }

        @Override
        public void printTable(PrintWriter out) {
            // the table form is the stderr listing alone: stdout stays empty
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            node.put("error", "refused: would pay twice").put("exitCode", ExitCode.WOULD_PAY_TWICE).put("uploaded", false);
            JournalEntries.json(node.putArray("held"), held);
            return node;
        }
    }

    /** {@code --skip-sent} with every number held. */
    private static final class NothingToSend implements Report {
        private final List<JournalEntry> skipped;

        NothingToSend(List<JournalEntry> skipped) {
            this.skipped = skipped;
        }

        @Override
        public void printTable(PrintWriter out) {
            out.println("nothing to send: " + skipped.size() + " lines skipped, their payment numbers held by the journal");
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            node.put("nothingToSend", true);
            JournalEntries.json(node.putArray("skipped"), skipped);
            return node;
        }
    }

    private static final class Submitted implements Report {
        private final SubmittedBatch batch;
        private final VerifyMethod verify;
        private final Optional<BatchRecords.Listing> records;
        private final List<JournalEntry> skipped;
        private final Optional<String> journalProblem;

        Submitted(SubmittedBatch batch, VerifyMethod verify, Optional<BatchRecords.Listing> records,
                  List<JournalEntry> skipped, Optional<String> journalProblem) {
            this.batch = batch;
            this.verify = verify;
            this.records = records;
            this.skipped = skipped;
            this.journalProblem = journalProblem;
        }

        @Override
        public void printTable(PrintWriter out) {
            out.println("batch " + batch.id() + " (" + verify.name().toLowerCase(java.util.Locale.ROOT) + "): "
                    + batch.acceptedPaymentNumbers().size() + " lines accepted, " + batch.rejections().size() + " rejected");
            if (records.isEmpty()) {
                // not followed: what was accepted for payment; once followed, the outcomes below say what was paid
                TextTable totals = TextTable.of("CURRENCY", "AMOUNT", "FEE", "TOTAL DEBIT").right("AMOUNT", "FEE", "TOTAL DEBIT");
                batch.receipt().summary().forEach((currency, amount) -> {
                    BigDecimal fee = batch.receipt().fee().get(currency);
                    BigDecimal debit = batch.receipt().nettoSummary().get(currency);
                    if (!zero(amount) || !zero(fee) || !zero(debit)) {
                        totals.row(currency.code(), Shown.amount(amount), show(fee), show(debit));
                    }
                });
                if (!totals.isEmpty()) {
                    out.println();
                    totals.print(out);
                }
            }
            if (!batch.rejections().isEmpty()) {
                out.println();
                TextTable rejected = TextTable.of("LINE", "NUMBER", "REJECTED BECAUSE").right("LINE");
                for (RejectedOrder r : batch.rejections()) {
                    rejected.row(r.line(), r.paymentNumber().orElse("?"), r.comment());
                }
                rejected.print(out);
            }
            if (!skipped.isEmpty()) {
                out.println();
                TextTable held = TextTable.of("SKIPPED NO", "STATE", "BATCH ID");
                for (JournalEntry e : skipped) {
                    held.row(e.paymentNumber(), e.state().label(), e.batchId().orElse(""));
                }
                held.print(out);
            }
            records.ifPresent(list -> {
                out.println();
                list.printTable(out, "");
            });
        }

        private static boolean zero(BigDecimal amount) {
            return amount == null || amount.signum() == 0;
        }

        private static String show(BigDecimal amount) {
            return amount == null ? "" : Shown.amount(amount);
        }

        @Override
        public void writeJson(JsonGenerator json) throws IOException {
            ObjectNode head = head();
            if (records.isPresent()) {
                records.get().writeJson(json, head);
            } else {
                json.writeTree(head);
            }
        }

        private ObjectNode head() {
            JsonNodeFactory json = JsonNodeFactory.instance;
            ObjectNode node = json.objectNode();
            node.put("batchId", batch.id().value());
            node.put("verification", verify.name());
            ArrayNode accepted = node.putArray("accepted");
            batch.acceptedPaymentNumbers().forEach(accepted::add);
            ObjectNode summary = node.putObject("summary");
            batch.receipt().summary().forEach((c, a) -> summary.put(c.code(), Shown.amount(a)));
            ObjectNode fee = node.putObject("fee");
            batch.receipt().fee().forEach((c, a) -> fee.put(c.code(), Shown.amount(a)));
            ObjectNode net = node.putObject("nettoSummary");
            batch.receipt().nettoSummary().forEach((c, a) -> net.put(c.code(), Shown.amount(a)));
            ArrayNode rejected = node.putArray("rejections");
            for (RejectedOrder r : batch.rejections()) {
                rejected.addObject().put("line", r.line()).put("paymentNumber", r.paymentNumber().orElse(null))
                        .put("comment", r.comment());
            }
            if (!skipped.isEmpty()) {
                JournalEntries.json(node.putArray("skipped"), skipped);
            }
            journalProblem.ifPresent(problem -> node.put("journalProblem", problem));
            return node;
        }
    }
}
