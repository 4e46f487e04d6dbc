package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.document.DocumentStateFilter;
import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import io.capitalist4j.domain.document.Period;
import io.capitalist4j.domain.error.AuthenticationException;
import io.capitalist4j.domain.error.ApiError;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import io.capitalist4j.application.port.in.ShortPageException;
import org.junit.jupiter.api.Test;

class HistoryPagingTest extends ClientTestBase {

    private static final Period MARCH = Period.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));

    /** get_documents_history_ext over {@code total} entries, 1-based pages of the asked limit. */
    private static Function<HistoryQuery, CompletionStage<HistoryPage>> history(int total) {
        return query -> {
            int limit = query.limit().orElse(100);
            int page = query.page().orElse(1);
            List<HistoryEntry> entries = new ArrayList<>();
            for (int i = (page - 1) * limit + 1; i <= Math.min(total, page * limit); i++) {
                entries.add(Fixtures.entry(i));
            }
            int pageCount = (total + limit - 1) / limit;
            return CompletableFuture.completedFuture(new HistoryPage(total, pageCount, limit, page, entries.size(), entries));
        };
    }

    @Test
    void walksEveryPageKeepingEveryFilter() {
        api.onHistory = history(120);
        HistoryQuery query = HistoryQuery.all().withPeriod(MARCH).withState(DocumentStateFilter.EXECUTED)
                .withAccount(AccountNumber.of("R0100813")).withExternalAccount("4111").withLimit(50);

        List<HistoryEntry> all = value(client().allHistory(query));

        assertThat(all).extracting(HistoryEntry::number).hasSize(120).startsWith("1", "2").endsWith("120");
        assertThat(api.historyQueries).extracting(q -> q.page().orElseThrow()).containsExactly(1, 2, 3);
        assertThat(api.historyQueries).allSatisfy(q -> {
            assertThat(q.period()).contains(MARCH);
            assertThat(q.state()).contains(DocumentStateFilter.EXECUTED);
            assertThat(q.account()).contains(AccountNumber.of("R0100813"));
            assertThat(q.externalAccount()).contains("4111");
            assertThat(q.limit()).contains(50);
        });
    }

    @Test
    void usesTheLargestPageWhenTheQueryHasNoLimit() {
        api.onHistory = history(1000);

        assertThat(value(client().allHistory(HistoryQuery.all()))).hasSize(1000);
        assertThat(api.historyQueries).singleElement().satisfies(q -> assertThat(q.limit()).contains(1000));
    }

    @Test
    void startsAtTheQuerysPage() {
        api.onHistory = history(200);

        List<HistoryEntry> rest = value(client().allHistory(HistoryQuery.all().withLimit(50).withPage(3)));

        assertThat(rest).extracting(HistoryEntry::number).hasSize(100).startsWith("101");
        assertThat(api.historyQueries).extracting(q -> q.page().orElseThrow()).containsExactly(3, 4);
    }

    @Test
    void failsNamingThePageWhenAPageComesBackEmptyBeforeTheDeclaredLastPage() {
        api.onHistory = query -> CompletableFuture.completedFuture(new HistoryPage(999, 99, 50, 1, 0, List.of()));
        List<HistoryPage> pages = new ArrayList<>();

        Throwable thrown = failure(client().forEachHistoryPage(HistoryQuery.all(), pages::add));

        assertThat(thrown).isInstanceOf(ShortPageException.class).hasMessageContaining("page 1")
                .hasMessageContaining("99 pages");
        assertThat(((ShortPageException) thrown).page()).isEqualTo(1);
        assertThat(((ShortPageException) thrown).received()).isEqualTo(0);
        assertThat(pages).isEmpty();
        assertThat(api.historyQueries).hasSize(1);
    }

    @Test
    void failsNamingThePageWhenAPageInTheMiddleIsShortRatherThanSkipEntries() {
        api.onHistory = query -> {
            int page = query.page().orElseThrow();
            List<HistoryEntry> entries = new ArrayList<>();
            for (int i = 1; i <= (page == 2 ? 30 : 50); i++) {
                entries.add(Fixtures.entry((page - 1) * 50 + i));
            }
            return CompletableFuture.completedFuture(new HistoryPage(150, 3, 50, page, entries.size(), entries));
        };
        List<HistoryPage> pages = new ArrayList<>();

        Throwable thrown = failure(client().forEachHistoryPage(HistoryQuery.all().withLimit(50), pages::add));

        assertThat(thrown).isInstanceOf(ShortPageException.class).hasMessageContaining("30 records on page 2");
        assertThat(((ShortPageException) thrown).page()).isEqualTo(2);
        assertThat(((ShortPageException) thrown).declared()).isEqualTo(3);
        assertThat(pages).hasSize(1);
    }

    @Test
    void acceptsAShortLastPage() {
        api.onHistory = history(70);

        assertThat(value(client().allHistory(HistoryQuery.all().withLimit(50)))).hasSize(70);
        assertThat(api.historyQueries).extracting(q -> q.page().orElseThrow()).containsExactly(1, 2);
    }

    @Test
    void passesOnePageThroughAsAsked() {
        api.onHistory = history(10);
        HistoryQuery query = HistoryQuery.all().withPeriod(MARCH);

        HistoryPage page = value(client().historyPage(query));

        assertThat(api.historyQueries).containsExactly(query);
        assertThat(page.entries()).hasSize(10);
    }

    @Test
    void failsWithTheRemoteFailureAsItIs() {
        AuthenticationException refused = new AuthenticationException("get_documents_history_ext", new ApiError(20, "Invalid token"));
        api.onHistory = query -> CompletableFuture.failedFuture(refused);

        assertThat(failure(client().allHistory(HistoryQuery.all()))).isSameAs(refused);
    }
}
