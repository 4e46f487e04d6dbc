package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.domain.document.FoundDocument;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * documents_search. CSV: line 1 {@code 0;} then
 * {@code type;batchId;timestamp;sourceAccount;destinationAccount;amount;currency;description;customNumber;documentNumber;comment;documentState;localizedDocumentState}.
 */
final class DocumentsCodec {

    static final int DOCUMENT_FIELDS = 13;

    private DocumentsCodec() {
    }

    static List<FoundDocument> fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        List<FoundDocument> documents = new ArrayList<>();
        for (JsonNode d : Json.array(data, "documents")) {
            Json.requireObject(d, "documents[]");
            documents.add(new FoundDocument(Json.text(d, "type"), Json.optText(d, "batchId"),
                    Instant.ofEpochSecond(Json.longInteger(d, "timestamp")), Json.textOrEmpty(d, "sourceAccount"),
                    Json.textOrEmpty(d, "destinationAccount"), Json.decimal(d, "amount"), Json.text(d, "currency"),
                    Json.textOrEmpty(d, "description"), Json.textOrEmpty(d, "customNumber"),
                    Json.textOrEmpty(d, "documentNumber"), Json.textOrEmpty(d, "comment"), Json.text(d, "documentState"),
                    Json.textOrEmpty(d, "localizedDocumentState")));
        }
        return documents;
    }

    static List<FoundDocument> fromRows(List<Row> rows) {
        rows.get(0).requireSize(1, 2, "result code");
        List<FoundDocument> documents = new ArrayList<>();
        for (Row r : rows.subList(1, rows.size())) {
            r.requireSize(DOCUMENT_FIELDS, DOCUMENT_FIELDS, "document");
            documents.add(new FoundDocument(r.text(0, "type"), r.optText(1),
                    Instant.ofEpochSecond(r.longInteger(2, "timestamp")), r.text(3, "source account"),
                    r.text(4, "destination account"), r.decimal(5, "amount"), r.text(6, "currency"),
                    r.text(7, "description"), r.text(8, "custom number"), r.text(9, "document number"),
                    r.text(10, "comment"), r.text(11, "document state"), r.text(12, "localized document state")));
        }
        return documents;
    }
}
