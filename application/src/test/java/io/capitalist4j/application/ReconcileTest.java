package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.capitalist4j.application.port.in.ReconcileQuery;
import io.capitalist4j.application.port.in.ReconciledOrder;
import io.capitalist4j.application.port.in.ReconciliationReport;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.TransportException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReconcileTest extends ClientTestBase {

    private static final Period PERIOD = Period.of(LocalDate.of(2025, 3, 25), LocalDate.of(2025, 3, 27));

    /** A server holding these documents: a search by number answers that number's, one without answers all. */
    private void holding(Map<String, List<FoundDocument>> documents) {
        api.onSearch = search -> CompletableFuture.completedFuture(search.customNumber()
                .map(n -> documents.getOrDefault(n, List.of()))
                .orElseGet(() -> documents.values().stream().flatMap(List::stream).collect(Collectors.toList())));
    }

    @Test
    void reportsFoundMissingAndAmbiguousNumbersInTheQuerysOrder() {
        holding(Map.of(
                "P-1", List.of(Fixtures.document("P-1", "5001", "PROCESSED")),
                "P-3", List.of(Fixtures.document("P-3", "5003", "DECLINED"), Fixtures.document("P-3", "5004", "NEW"))));

        ReconciliationReport report = value(client().reconcile(ReconcileQuery.of(Fixtures.batchOf(3), PERIOD)));

        assertThat(report.orders()).extracting(ReconciledOrder::paymentNumber).containsExactly("P-1", "P-2", "P-3");
        assertThat(report.orders()).extracting(ReconciledOrder::status).containsExactly(
                ReconciledOrder.Status.FOUND, ReconciledOrder.Status.MISSING, ReconciledOrder.Status.AMBIGUOUS);
        assertThat(report.foundNumbers()).containsExactly("P-1", "P-3");
        assertThat(report.missingNumbers()).containsExactly("P-2");
        assertThat(report.ambiguousNumbers()).containsExactly("P-3");
        assertThat(report.allFound()).isFalse();
        assertThat(report.find("P-1").orElseThrow().document()).hasValueSatisfying(d -> {
            assertThat(d.documentNumber()).isEqualTo("5001");
            assertThat(d.documentState()).isEqualTo("PROCESSED");
            assertThat(d.batchId()).contains(Fixtures.BATCH_ID.value());
        });
        assertThat(report.find("P-3").orElseThrow().documents()).extracting(FoundDocument::documentNumber)
                .containsExactly("5003", "5004");
        assertThat(report.find("P-3").orElseThrow().document()).isEmpty();
    }

    @Test
    void searchesThePeriodOnceThenEachNumberItDidNotMatch() {
        holding(Map.of("A-1", List.of(Fixtures.document("A-1", "5001", "PROCESSED"))));

        value(client().reconcile(new ReconcileQuery(List.of("A-1", "B-2", "C-3"), PERIOD)));

        assertThat(api.searches).extracting(DocumentSearch::period).containsOnly(PERIOD);
        assertThat(api.searches.get(0).customNumber()).isEmpty();
        assertThat(api.searches.subList(1, api.searches.size())).extracting(s -> s.customNumber().orElseThrow())
                .containsExactlyInAnyOrder("B-2", "C-3");
    }

    @Test
    void aRefusedPeriodSearchFallsBackToOneSearchPerNumber() {
        api.onSearch = search -> search.customNumber().isEmpty()
                ? CompletableFuture.failedFuture(new TransportException("documents_search", "too large", true, null))
                : CompletableFuture.completedFuture(List.of(Fixtures.document(search.customNumber().get(), "1", "NEW")));

        ReconciliationReport report = value(client().reconcile(new ReconcileQuery(List.of("A-1", "B-2"), PERIOD)));

        assertThat(report.allFound()).isTrue();
        assertThat(api.searches).hasSize(3);
    }

    @Test
    void aSingleNumberIsSearchedByNumberOnly() {
        holding(Map.of());

        value(client().reconcile(new ReconcileQuery(List.of("A-1"), PERIOD)));

        assertThat(api.searches).extracting(s -> s.customNumber().orElseThrow()).containsExactly("A-1");
    }

    @Test
    void countsOnlyDocumentsCarryingExactlyTheNumber() {
        // A server that matches loosely answers the longer number too.
        holding(Map.of("P-1", List.of(Fixtures.document("P-10", "7010", "PROCESSED"), Fixtures.document("P-1", "7001", "PROCESSED"))));

        ReconciliationReport report = value(client().reconcile(new ReconcileQuery(List.of("P-1"), PERIOD)));

        assertThat(report.find("P-1").orElseThrow().documents()).extracting(FoundDocument::documentNumber).containsExactly("7001");
    }

    @Test
    void neverRunsMoreSearchesAtOnceThanAllowed() throws InterruptedException {
        BlockingQueue<CompletableFuture<List<FoundDocument>>> pending = new LinkedBlockingQueue<>();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        List<Integer> inFlight = new ArrayList<>();
        api.onSearch = search -> {
            CompletableFuture<List<FoundDocument>> answer = new CompletableFuture<>();
            synchronized (inFlight) {
                inFlight.add(started.incrementAndGet() - finished.get());
            }
            pending.add(answer);
            return answer;
        };
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            numbers.add("N-" + i);
        }

        CompletableFuture<ReconciliationReport> report =
                client().reconcile(new ReconcileQuery(numbers, PERIOD, 4)).toCompletableFuture();
        CompletableFuture<List<FoundDocument>> wholePeriod = pending.poll(20, TimeUnit.SECONDS);
        assertThat(wholePeriod).as("the period-wide search was never started").isNotNull();
        finished.incrementAndGet();
        synchronized (inFlight) {
            inFlight.clear(); // the one period-wide search ran alone
        }
        wholePeriod.complete(List.of());
        // the first four searches start together once the period's answer is in; none is answered before all are
        List<CompletableFuture<List<FoundDocument>>> firstFour = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            CompletableFuture<List<FoundDocument>> next = pending.poll(20, TimeUnit.SECONDS);
            assertThat(next).as("search %d was never started", i + 1).isNotNull();
            firstFour.add(next);
        }
        for (CompletableFuture<List<FoundDocument>> next : firstFour) {
            finished.incrementAndGet();
            next.complete(List.of());
        }
        for (int i = 4; i < 20; i++) {
            CompletableFuture<List<FoundDocument>> next = pending.poll(20, TimeUnit.SECONDS);
            assertThat(next).as("search %d was never started", i + 1).isNotNull();
            finished.incrementAndGet();
            next.complete(List.of());
        }

        assertThat(value(report).missingNumbers()).hasSize(20);
        assertThat(started).hasValue(21);
        synchronized (inFlight) {
            assertThat(inFlight).hasSize(20).allSatisfy(n -> assertThat(n).isBetween(1, 4)).contains(4);
        }
    }

    @Test
    void failsWithTheFirstFailedSearchAndStartsNoMore() {
        TransportException reset = new TransportException("documents_search", "reset", true, null);
        api.onSearch = search -> search.customNumber().orElse("").equals("P-2")
                ? CompletableFuture.failedFuture(reset) : CompletableFuture.completedFuture(List.of());

        Throwable thrown = failure(client().reconcile(ReconcileQuery.of(Fixtures.batchOf(5), PERIOD).withConcurrency(1)));

        assertThat(thrown).isSameAs(reset);
        assertThat(api.searches).extracting(s -> s.customNumber().orElse("(period)")).containsExactly("(period)", "P-1", "P-2");
    }

    @Test
    void answersAnEmptyReportForNoNumbersWithoutAsking() {
        ReconciliationReport report = value(client().reconcile(new ReconcileQuery(List.of(), PERIOD)));

        assertThat(report.orders()).isEmpty();
        assertThat(api.searches).isEmpty();
    }

    @Test
    void everyNumberAskedForGetsExactlyOneEntryWhateverTheConcurrency() {
        CapitalistClient client = client();
        qt().withExamples(30).forAll(integers().between(1, 30), integers().between(1, 8)).checkAssert((size, concurrency) -> {
            holding(Map.of("P-2", List.of(Fixtures.document("P-2", "1", "NEW"))));
            ReconciliationReport report = value(client.reconcile(
                    ReconcileQuery.of(Fixtures.batchOf(size), PERIOD).withConcurrency(concurrency)));

            assertThat(report.orders()).extracting(ReconciledOrder::paymentNumber).isEqualTo(Fixtures.batchOf(size).paymentNumbers());
            // the server's P-2 pays 1.50, the file's 2.50: on the server, but differing
            assertThat(report.differingNumbers()).isEqualTo(size >= 2 ? List.of("P-2") : List.of());
            assertThat(report.missingNumbers()).hasSize(size >= 2 ? size - 1 : size).doesNotContain("P-2");
        });
    }

    @Test
    void rejectsADuplicateOrBlankNumberAndABadConcurrency() {
        assertThatThrownBy(() -> new ReconcileQuery(List.of("A", "A"), PERIOD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'A'");
        assertThatThrownBy(() -> new ReconcileQuery(List.of(" "), PERIOD)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReconcileQuery(List.of("A"), PERIOD, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("concurrency");
        assertThat(new ReconcileQuery(List.of("A"), PERIOD).concurrency()).isEqualTo(4);
    }

    @Test
    void anOrderRefusesADocumentOfAnotherNumber() {
        assertThatThrownBy(() -> new ReconciledOrder("P-1", List.of(Fixtures.document("P-9", "1", "NEW"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P-9");
    }
}
