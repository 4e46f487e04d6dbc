package io.capitalist4j.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.in.WaitTimeoutException;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchValidationException;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.CapitalistException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.payment.InvalidFieldException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class FailuresTest {
    private final StringWriter err = new StringWriter();

    @Test
    void everyApiErrorOfTheCatalogueExitsWithOneAndShowsCodeAndMessage() {
        for (int code : new int[] {5, 15, 16, 20, 110, 130, 135, 186, 198, 113}) {
            ApiException e = ApiException.of("import_batch_advanced", new ApiError(code, "server says " + code));
            assertThat(report(e)).as("code %d", code).isEqualTo(ExitCode.API_ERROR);
            assertThat(err.toString()).contains("code " + code + ": server says " + code);
        }
    }

    @Test
    void transportFailuresAndUnusableAnswersExitWithFour() {
        List<CapitalistException> failures = List.of(
                new TransportException("get_accounts", "connection refused", false, null),
                new RequestTimeoutException("get_accounts", "no answer within 60s", null),
                new HttpStatusException("get_accounts", 502, "Bad Gateway"),
                new DecodingException("get_accounts", "not a v1 answer", null));
        for (CapitalistException failure : failures) {
            assertThat(report(failure)).as(failure.toString()).isEqualTo(ExitCode.TRANSPORT);
        }
    }

    @Test
    void anUnknownOutcomeExitsWithThreeAndSendsTheUserToReconcile() {
        int code = report(new CompletionException(new OutcomeUnknownException("import_batch_advanced", List.of("A-1"), null)));

        assertThat(code).isEqualTo(ExitCode.OUTCOME_UNKNOWN);
        assertThat(err.toString()).contains("reconcile").contains("do NOT send the file again");
    }

    @Test
    void badInputExitsWithTwoAndListsEveryProblemWithLineAndField() {
        int code = report(new BatchValidationException(List.of(new LineProblem(2, "amount", "too many decimals"),
                new LineProblem(5, "card", "fails the Luhn check (************1111)"))));

        assertThat(code).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(err.toString()).contains("2 problems").contains("line 2, amount: too many decimals")
                .contains("line 5, card: fails the Luhn check");
        assertThat(report(new InvalidFieldException("currency", "unknown"))).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aWaitPastItsDeadlineExitsWithFive() {
        assertThat(report(new WaitTimeoutException(BatchId.of("b-1"), Duration.ofSeconds(1), null, null)))
                .isEqualTo(ExitCode.STILL_RUNNING);
        assertThat(err.toString()).contains("capitalist batch status b-1 --wait");
    }

    @Test
    void anUnforeseenFailureIsAnInternalError() {
        assertThat(report(new IllegalStateException("bug"))).isEqualTo(ExitCode.INTERNAL);
    }

    private int report(Throwable failure) {
        return Failures.report(failure, new PrintWriter(err, true));
    }
}
