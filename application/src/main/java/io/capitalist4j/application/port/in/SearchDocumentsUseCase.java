package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import java.util.List;
import java.util.concurrent.CompletionStage;

/** Finds documents in a period, optionally by your payment number (documents_search). */
public interface SearchDocumentsUseCase {

    CompletionStage<List<FoundDocument>> search(DocumentSearch search);
}
