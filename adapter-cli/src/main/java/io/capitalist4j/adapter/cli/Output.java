package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
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
            // Written as the report goes, so a report that reads pages while it prints holds one page at a time.
            try {
                JsonGenerator json = MAPPER.writer().createGenerator(out);
                report.writeJson(json);
                json.flush();
                out.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            report.printTable(out);
        }
        out.flush();
    }
}
