package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.document.HistoryEntry;
import io.capitalist4j.domain.document.HistoryPage;
import io.capitalist4j.domain.document.HistoryQuery;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** The account history with every filter of get_documents_history_ext (period, state, account, correspondent). */
public interface HistoryUseCase {

    /** One page exactly as asked; absent filters take the server's defaults. */
    CompletionStage<HistoryPage> historyPage(HistoryQuery query);

    /**
     * Every page from the query's page (1 when absent) to the last, each handed to {@code consumer} before
     * the next is asked for; nothing is kept. Pages hold the query's limit, or 1,000 when it has none. The
     * consumer runs on the client's executor; if it throws, paging stops and the stage fails with it.
     */
    CompletionStage<Void> forEachHistoryPage(HistoryQuery query, Consumer<HistoryPage> consumer);

    /** Every entry from the query's page on, in the server's order. */
    CompletionStage<List<HistoryEntry>> allHistory(HistoryQuery query);
}
