package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** Writes reports to stdout in the chosen format; nothing else ever goes to stdout. */
final class Output {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final OutputFormat format;
    private final PrintWriter out;

    Output(OutputFormat format, PrintWriter out) {
        this.format = format;
        this.out = out;
    }

    void print(Report report) {
        if (format == OutputFormat.JSON) {
            try {
                out.println(MAPPER.writeValueAsString(report.toJson(JsonNodeFactory.instance)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            report.printTable(out);
        }
        out.flush();
    }
}
