package io.capitalist4j.adapter.cli;

import io.capitalist4j.application.port.in.PaymentNumbersHeldException;
import io.capitalist4j.application.port.in.PaymentsNotFinalException;
import io.capitalist4j.application.port.in.WaitTimeoutException;
import io.capitalist4j.application.port.out.journal.JournalEntry;
import io.capitalist4j.application.port.out.journal.JournalUnavailableException;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.CapitalistException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.ErrorCategory;
import io.capitalist4j.domain.error.ErrorCode;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.payment.InvalidFieldException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Turns a failure into one explanation on stderr and an exit code. Messages come from exceptions that never
 * carry secrets (the catalogue promises it, and the CLI's own messages name files and fields only).
 */
final class Failures {

    private Failures() {
    }

    static int report(Throwable failure, PrintWriter err) {
        return report(failure, err, Recovery.RECONCILE);
    }

    /**
     * @param recovery what to tell the operator after an upload whose outcome is unknown: run {@code journal recover}
     *                 when the numbers stand in-doubt in a journal, else reconcile the file
     */
    static int report(Throwable failure, PrintWriter err, Recovery recovery) {
        Throwable t = unwrap(failure);
        int code;
        if (t instanceof CommandStopped) {
            ((CommandStopped) t).lines().forEach(err::println);
            code = ((CommandStopped) t).exitCode();
        } else if (t instanceof Interruption.Interrupted || t instanceof java.util.concurrent.CancellationException) {
            err.println("interrupted (Ctrl-C)");
            code = ExitCode.INTERRUPTED;
        } else if (t instanceof PaymentNumbersHeldException) {
            code = refused(((PaymentNumbersHeldException) t).held(), err);
        } else if (t instanceof JournalUnavailableException) {
            err.println("error: " + t.getMessage());
            err.println("nothing was sent: every payment number is recorded in the journal before it is uploaded");
            code = ExitCode.TRANSPORT;
        } else if (t instanceof OutcomeUnknownException) {
            code = outcomeUnknown((OutcomeUnknownException) t, err, recovery);
        } else if (t instanceof BatchValidationException) {
            BatchValidationException bad = (BatchValidationException) t;
            err.println("error: the batch has " + bad.problems().size()
                    + (bad.problems().size() == 1 ? " problem:" : " problems:"));
            for (LineProblem problem : bad.problems()) {
                err.println("  " + problem);
            }
            code = ExitCode.BAD_INPUT;
        } else if (t instanceof InvalidFieldException) {
            InvalidFieldException bad = (InvalidFieldException) t;
            err.println("error: " + bad.field() + ": " + bad.reason());
            code = ExitCode.BAD_INPUT;
        } else if (t instanceof BadInputException || t instanceof IllegalArgumentException) {
            err.println("error: " + t.getMessage());
            code = ExitCode.BAD_INPUT;
        } else if (t instanceof IOException || t instanceof UncheckedIOException) {
            err.println("error: " + t.getMessage());
            code = ExitCode.BAD_INPUT;
        } else if (t instanceof CapitalistException) {
            code = reportRemote((CapitalistException) t, err);
        } else if (t instanceof PaymentsNotFinalException) {
            PaymentsNotFinalException late = (PaymentsNotFinalException) t;
            err.println("error: " + late.getMessage());
            err.println("follow them with: capitalist --api 2 payment status NUMBER (not final: "
                    + String.join(", ", late.pending()) + ")");
            code = ExitCode.STILL_RUNNING;
        } else if (t instanceof WaitTimeoutException) {
            WaitTimeoutException late = (WaitTimeoutException) t;
            err.println("error: " + WaitMixin.timedOut(late));
            err.println("the batch goes on; keep following it with:");
            err.println("  capitalist batch status " + late.batchId() + " --wait");
            code = ExitCode.STILL_RUNNING;
        } else {
            err.println("internal error: " + t);
            code = ExitCode.INTERNAL;
        }
        err.flush();
        return code;
    }

    /** What the operator is told to run after exit 3: commands ready to paste, with the real file and day. */
    static final class Recovery {
        /** For callers that know nothing of the upload (the tests of this class, an embedding program). */
        static final Recovery RECONCILE = new Recovery(null, null, "capitalist reconcile FILE --from DD.MM.YYYY", false);

        private final String recoverCommand;
        private final String resendCommand;
        private final String byHand;
        private final boolean perNumber;

        private Recovery(String recoverCommand, String resendCommand, String byHand, boolean perNumber) {
            this.recoverCommand = recoverCommand;
            this.resendCommand = resendCommand;
            this.byHand = byHand;
            this.perNumber = perNumber;
        }

        /** The numbers stand in-doubt in the journal: {@code recoverCommand} settles them, {@code resend} sends the rest. */
        static Recovery journal(String recoverCommand, String resendCommand, String byHand) {
            return new Recovery(recoverCommand, resendCommand, byHand, false);
        }

        /** No lasting journal: look the numbers up by hand ({@code perNumber}: one command per payment number). */
        static Recovery byHand(String byHand, boolean perNumber) {
            return new Recovery(null, null, byHand, perNumber);
        }

        /** The one command to run first: {@code journal recover}, or the look-up by hand. */
        String firstCommand() {
            return recoverCommand != null ? recoverCommand : byHand;
        }

        /** {@code journal recover}, when the numbers stand in a journal that lasts. */
        String command() {
            return recoverCommand;
        }

        /** The lines that tell what to run, each a command ready to paste. */
        java.util.List<String> lines(String what) {
            java.util.List<String> lines = new java.util.ArrayList<>();
            if (recoverCommand != null) {
                lines.add("its payment numbers stay in-doubt in the payout journal; settle them with:");
                lines.add("  " + recoverCommand);
                lines.add("then send what was not " + what + " with:");
                lines.add("  " + resendCommand);
                lines.add("(or look them up by hand: " + byHand + ")");
            } else {
                lines.add("  " + byHand + (perNumber ? "   (for each payment number in doubt)" : ""));
            }
            return lines;
        }
    }

    /** Exit 6: each held number on a line of its own, with its state and batch. */
    static int refused(java.util.List<JournalEntry> held, PrintWriter err) {
        err.println("error: refused: would pay twice: the journal holds " + held.size() + " payment number"
                + (held.size() == 1 ? "" : "s") + " of this file; nothing was uploaded:");
        for (JournalEntry e : held) {
            err.println("  " + JournalEntries.line(e));
        }
        err.println("send only the others with --skip-sent; settle in-doubt numbers with 'capitalist journal recover'");
        return ExitCode.WOULD_PAY_TWICE;
    }

    private static int outcomeUnknown(OutcomeUnknownException t, PrintWriter err, Recovery recovery) {
        err.println("error: " + t.getMessage());
        err.println("the upload may or may not have been accepted; do NOT send the file again before checking:");
        recovery.lines("accepted").forEach(err::println);
        return ExitCode.OUTCOME_UNKNOWN;
    }

    private static int reportRemote(CapitalistException t, PrintWriter err) {
        if (t instanceof ApiException) {
            ApiException api = (ApiException) t;
            // the published meaning helps when the server's text is terse or localised; no need to say it twice
            String meaning = ErrorCode.of(api.code()).map(ErrorCode::meaning)
                    .filter(m -> !api.serverMessage().toLowerCase(java.util.Locale.ROOT).contains(m.toLowerCase(java.util.Locale.ROOT)))
                    .map(m -> " (" + m + ")").orElse("");
            err.println("error: " + api.operation() + " answered code " + api.code() + ": " + api.serverMessage() + meaning);
            return ExitCode.API_ERROR;
        }
        if (t instanceof HttpStatusException && api2Answer((HttpStatusException) t)) {
            err.println("error: " + t.getMessage());
            return ExitCode.API_ERROR;
        }
        if (t instanceof TransportException || t instanceof HttpStatusException || t instanceof DecodingException) {
            err.println("error: " + t.getMessage());
            return ExitCode.TRANSPORT;
        }
        err.println("error: " + t.getMessage());
        return ExitCode.API_ERROR;
    }

    /**
     * An API2 error answer ({@code {"error": ...}}) that the server meant: authentication, a request refused as sent,
     * an unknown id. Like a v1 error code it is exit 1; a server failure (5xx), throttling (429) or a status that says
     * nothing more stays exit 4 with the transport failures, as for v1.
     */
    private static boolean api2Answer(HttpStatusException t) {
        ErrorCategory category = t.category();
        return t.serverMessage().isPresent() && (category == ErrorCategory.AUTHENTICATION
                || category == ErrorCategory.REQUEST_REJECTED || category == ErrorCategory.NOT_FOUND);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
