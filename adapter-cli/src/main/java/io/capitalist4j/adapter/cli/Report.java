package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.application.port.in.PagingLimitException;
import io.capitalist4j.application.port.in.ShortPageException;
import io.capitalist4j.domain.error.DecodingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * The data a command prints, in both shapes. Amounts go to JSON as strings so that their scale survives any
 * JSON reader (many read numbers as doubles). A report that reads pages while it prints (batch records,
 * history) writes each page as it comes: it overrides {@link #writeJson} and keeps nothing but counts.
 */
interface Report {
    void printTable(PrintWriter out);

    /** The whole JSON shape as one tree; a report that writes as it reads overrides {@link #writeJson} instead. */
    default JsonNode toJson(JsonNodeFactory json) {
        throw new UnsupportedOperationException(getClass().getName() + " writes its JSON as it reads");
    }

    default void writeJson(JsonGenerator json) throws IOException {
        json.writeTree(toJson(JsonNodeFactory.instance));
    }

    /**
     * Runs a page walk of a report. A walk stopped by the client's limit of records per walk ends the command
     * like any answer the tool cannot use (exit 4), with the limit's message naming the page; so does a walk stopped
     * at a page shorter than the server's own totals allow.
     */
    static void walk(Runnable pages) {
        walkFor(() -> {
            pages.run();
            return null;
        });
    }

    /** {@link #walk} for a walk (or a wait) that gives a value. */
    static <T> T walkFor(Supplier<T> pages) {
        try {
            return pages.get();
        } catch (PagingLimitException e) {
            throw new DecodingException(e.operation(), e.getMessage(), e);
        } catch (ShortPageException e) {
            throw new DecodingException(e.operation(), e.getMessage(), e);
        }
    }
}
