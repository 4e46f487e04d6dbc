package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.capitalist4j.application.port.in.RejectedOrder;
import io.capitalist4j.application.port.in.SubmitBatchCommand;
import io.capitalist4j.application.port.in.SubmittedBatch;
import io.capitalist4j.application.port.out.ImportBatchRequest;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchReceipt;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.batch.LineRejection;
import io.capitalist4j.domain.batch.Verification;
import io.capitalist4j.domain.error.ApiError;
import io.capitalist4j.domain.error.ApiException;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.error.DecodingException;
import io.capitalist4j.domain.error.HttpStatusException;
import io.capitalist4j.domain.error.InsufficientFundsException;
import io.capitalist4j.domain.error.OutcomeUnknownException;
import io.capitalist4j.domain.error.RequestRejectedException;
import io.capitalist4j.domain.error.RequestTimeoutException;
import io.capitalist4j.domain.error.TransportException;
import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SubmitBatchTest extends ClientTestBase {

    private final Fixtures.RecordingVerification signer =
            new Fixtures.RecordingVerification(Verification.signature("c2lnbmF0dXJl"));

    private static BatchReceipt receipt(LineRejection... rejections) {
        return new BatchReceipt(Fixtures.BATCH_ID, Map.of(Currency.RUR, new BigDecimal("6.00")),
                Map.of(Currency.RUR, new BigDecimal("0.10")), Map.of(Currency.RUR, new BigDecimal("6.10")),
                List.of(rejections));
    }

    private void answering(BatchReceipt receipt) {
        api.onImport = request -> CompletableFuture.completedFuture(receipt);
    }

    private void failingWith(Throwable failure) {
        api.onImport = request -> CompletableFuture.failedFuture(failure);
    }

    @Test
    void rendersOnceAndSignsTheVerySameTextThatIsSent() {
        answering(receipt());
        Batch batch = Fixtures.batchOf(3);

        SubmittedBatch submitted = value(client().submit(SubmitBatchCommand.of(batch, signer)));

        assertThat(format.renders).hasValue(1);
        assertThat(signer.texts).hasSize(1);
        assertThat(api.imports).hasSize(1);
        BatchText signed = signer.texts.get(0);
        ImportBatchRequest sent = api.imports.get(0);
        assertThat(sent.text()).isSameAs(signed);
        assertThat(submitted.text()).isSameAs(signed);
        assertThat(sent.verification()).isSameAs(signer.answer);
        assertThat(signed.text()).isEqualTo("CAPITALIST;R0100271;1.50;RUR;P-1;payout 1\n"
                + "CAPITALIST;R0100271;2.50;RUR;P-2;payout 2\nCAPITALIST;R0100271;3.50;RUR;P-3;payout 3");
    }

    @Test
    void signsOnTheExecutorAndNotOnTheCallersThread() {
        answering(receipt());

        value(client().submit(SubmitBatchCommand.of(Fixtures.batchOf(1), signer)));

        assertThat(signer.threads).singleElement().asString().startsWith(WORKER);
    }

    @Test
    void sendsTheSourceAccountsPerCurrency() {
        answering(receipt());
        SubmitBatchCommand command = SubmitBatchCommand.of(Fixtures.batchOf(1), signer)
                .withSourceAccount(Currency.RUR, AccountNumber.of("R0100813"));

        value(client().submit(command));

        assertThat(api.imports.get(0).sourceAccounts()).containsExactly(Map.entry(Currency.RUR, AccountNumber.of("R0100813")));
    }

    @Test
    void returnsTheReceiptAndEveryNumberAsAcceptedWhenNoLineIsRejected() {
        BatchReceipt receipt = receipt();
        answering(receipt);

        SubmittedBatch submitted = value(client().submit(SubmitBatchCommand.of(Fixtures.batchOf(3), signer)));

        assertThat(submitted.receipt()).isSameAs(receipt);
        assertThat(submitted.id()).isEqualTo(Fixtures.BATCH_ID);
        assertThat(submitted.fullyAccepted()).isTrue();
        assertThat(submitted.acceptedPaymentNumbers()).containsExactly("P-1", "P-2", "P-3");
    }

    @Test
    void mapsEachRejectedLineBackToItsOrder() {
        answering(receipt(new LineRejection(2, "card not accepted"), new LineRejection(4, "zero amount")));
        Batch batch = Fixtures.batchOf(4);

        SubmittedBatch submitted = value(client().submit(SubmitBatchCommand.of(batch, signer)));

        assertThat(submitted.rejections()).extracting(RejectedOrder::line).containsExactly(2, 4);
        assertThat(submitted.rejections().get(0).order()).containsSame(batch.line(2));
        assertThat(submitted.rejections().get(0).paymentNumber()).contains("P-2");
        assertThat(submitted.rejections().get(0).comment()).isEqualTo("card not accepted");
        assertThat(submitted.rejections().get(1).paymentNumber()).contains("P-4");
        assertThat(submitted.acceptedPaymentNumbers()).containsExactly("P-1", "P-3");
    }

    @Test
    void keepsARejectionOfALineTheBatchDoesNotHave() {
        answering(receipt(new LineRejection(9, "strange line")));

        SubmittedBatch submitted = value(client().submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));

        assertThat(submitted.rejections()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(9);
            assertThat(r.order()).isEmpty();
            assertThat(r.toString()).contains("no such line", "strange line");
        });
        assertThat(submitted.acceptedPaymentNumbers()).containsExactly("P-1", "P-2");
    }

    @Test
    void acceptedAndRejectedNumbersSplitTheBatchExactly() {
        qt().withExamples(60).forAll(integers().between(1, 40), lists().of(integers().between(1, 40)).ofSizeBetween(0, 40))
                .checkAssert((size, lines) -> {
                    Batch batch = Fixtures.batchOf(size);
                    List<LineRejection> rejections = lines.stream().filter(l -> l <= size)
                            .map(l -> new LineRejection(l, "no")).collect(Collectors.toList());
                    SubmittedBatch submitted = SubmitBatchService.accepted(batch, BatchText.of("x"),
                            receipt(rejections.toArray(new LineRejection[0])));

                    Set<String> rejectedNumbers = submitted.rejections().stream()
                            .map(r -> r.paymentNumber().orElseThrow()).collect(Collectors.toSet());
                    assertThat(java.util.Collections.disjoint(submitted.acceptedPaymentNumbers(), rejectedNumbers)).isTrue();
                    Set<String> all = new HashSet<>(submitted.acceptedPaymentNumbers());
                    all.addAll(rejectedNumbers);
                    assertThat(all).containsExactlyInAnyOrderElementsOf(batch.paymentNumbers());
                    assertThat(submitted.rejections()).hasSameSizeAs(rejections);
                    List<String> inBatchOrder = new ArrayList<>(batch.paymentNumbers());
                    inBatchOrder.retainAll(submitted.acceptedPaymentNumbers());
                    assertThat(submitted.acceptedPaymentNumbers()).isEqualTo(inBatchOrder);
                });
    }

    static Stream<Throwable> failuresOfUnknownOutcome() {
        return Stream.of(
                new TransportException("import_batch_advanced", "connection reset", true, null),
                new RequestTimeoutException("import_batch_advanced", "no answer within 60 s", null),
                new HttpStatusException("import_batch_advanced", 500, "Internal Server Error"),
                new HttpStatusException("import_batch_advanced", 502, "Bad Gateway"),
                new DecodingException("import_batch_advanced", "truncated JSON", null),
                new IllegalStateException("an adapter bug after the request went out"));
    }

    @ParameterizedTest
    @MethodSource("failuresOfUnknownOutcome")
    void reportsAnUnknownOutcomeWithEveryPaymentNumberAndDoesNotRetry(Throwable failure) {
        failingWith(failure);
        Batch batch = Fixtures.batchOf(3);

        Throwable thrown = failure(client().submit(SubmitBatchCommand.of(batch, signer)));

        assertThat(thrown).isInstanceOf(OutcomeUnknownException.class).hasCause(failure);
        OutcomeUnknownException unknown = (OutcomeUnknownException) thrown;
        assertThat(unknown.paymentNumbers()).containsExactly("P-1", "P-2", "P-3");
        assertThat(unknown.operation()).isEqualTo("import_batch_advanced");
        assertThat(api.imports).hasSize(1);
        assertThat(format.renders).hasValue(1);
    }

    static Stream<Throwable> failuresTheServerCertainlyDidNotAccept() {
        return Stream.of(
                new TransportException("import_batch_advanced", "connection refused", false, null),
                new AuthenticationException("import_batch_advanced", new ApiError(15, "Invalid password")),
                new RequestRejectedException("import_batch_advanced", new ApiError(110, "Signature verification error")),
                new InsufficientFundsException("import_batch_advanced", new ApiError(135, "Insufficient funds")),
                ApiException.of("import_batch_advanced", new ApiError(113, "bad words")),
                new HttpStatusException("import_batch_advanced", 403, "Forbidden"));
    }

    @ParameterizedTest
    @MethodSource("failuresTheServerCertainlyDidNotAccept")
    void passesARefusalThroughUnchangedAndDoesNotRetry(Throwable failure) {
        failingWith(failure);

        Throwable thrown = failure(client().submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));

        assertThat(thrown).isSameAs(failure);
        assertThat(api.imports).hasSize(1);
    }

    @Test
    void treatsASynchronousThrowFromTheAdapterLikeAFailedStage() {
        TransportException refused = new TransportException("import_batch_advanced", "no route", false, null);
        api.onImport = request -> {
            throw refused;
        };

        Throwable thrown = failure(client().submit(SubmitBatchCommand.of(Fixtures.batchOf(1), signer)));

        assertThat(thrown).isSameAs(refused);
        assertThat(api.imports).hasSize(1);
    }

    @Test
    void sendsNothingWhenSigningFails() {
        IllegalStateException keyProblem = new IllegalStateException("key file cannot be decrypted");
        Throwable thrown = failure(client().submit(SubmitBatchCommand.of(Fixtures.batchOf(1), text -> {
            throw keyProblem;
        })));

        assertThat(thrown).isSameAs(keyProblem);
        assertThat(api.imports).isEmpty();
    }

    @Test
    void refusesToSubmitWithoutABatchFormat() {
        CapitalistClient client = CapitalistClient.builder().api(api).executor(workers).scheduler(scheduler).build();

        assertThatThrownBy(() -> client.submit(SubmitBatchCommand.of(Fixtures.batchOf(1), signer)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("batchFormat");
        assertThat(api.imports).isEmpty();
    }

    @Test
    void rejectsASourceAccountOfAnotherCurrency() {
        assertThatThrownBy(() -> SubmitBatchCommand.of(Fixtures.batchOf(1), signer)
                .withSourceAccount(Currency.USD, AccountNumber.of("R0100813")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R0100813").hasMessageContaining("USD");
    }

    @Test
    void unknownOutcomeMessageNamesNoCardOrSecret() {
        failingWith(new RequestTimeoutException("import_batch_advanced", "timed out", null));
        Throwable thrown = failure(client().submit(SubmitBatchCommand.of(Fixtures.batchOf(2), signer)));

        assertThat(thrown.getMessage()).contains("reconcile").doesNotContain("c2lnbmF0dXJl");
        assertThat(Optional.ofNullable(thrown.getCause())).isPresent();
    }
}
