package io.capitalist4j.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.capitalist4j.adapter.csv.ResponseFormat;
import io.capitalist4j.adapter.csv.wire.WireCodecs;
import io.capitalist4j.adapter.csv.wire.WireDecoder;
import io.capitalist4j.adapter.csv.wire.WireResult;
import io.capitalist4j.domain.batch.BatchPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P2: one 1 000-record get_batch_info page, from the body bytes to a {@link BatchPage} of domain records,
 * against the floor of reading the same bytes at all: Jackson's streaming parser walking every token
 * without building anything (JSON), and decoding the UTF-8 and splitting lines and fields (CSV).
 * Score: pages per second; the reporter multiplies by the body size for MB/s.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DecodeBenchmark {

    static final int RECORDS = 1000;

    @Param({"JSON", "CSV"})
    public String format;

    byte[] body;
    WireDecoder<BatchPage> decoder;
    JsonFactory jsonFactory;

    @Setup
    public void setUp() {
        body = body(format);
        decoder = WireCodecs.batchInfo(ResponseFormat.valueOf(format));
        jsonFactory = new JsonFactory();
        BatchPage page = ((WireResult.Ok<BatchPage>) decoder.decode(body)).value();
        if (page.records().size() != RECORDS) {
            throw new IllegalStateException("the fixture decodes to " + page.records().size() + " records");
        }
    }

    /** The body measured; the reporter uses its length for MB/s. */
    static byte[] body(String format) {
        PayoutRows rows = PayoutRows.generate(RECORDS, 11L);
        switch (format) {
            case "JSON": return BatchInfoBodies.json(rows.rows(), 0, 100_000);
            case "CSV": return BatchInfoBodies.csv(rows.rows(), 0, 100_000);
            default: throw new IllegalArgumentException(format);
        }
    }

    @Benchmark
    public WireResult<BatchPage> ours() {
        return decoder.decode(body);
    }

    @Benchmark
    public long floor() throws IOException {
        return "JSON".equals(format) ? jsonTokens() : csvFields();
    }

    private long jsonTokens() throws IOException {
        long tokens = 0;
        try (JsonParser parser = jsonFactory.createParser(body)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                tokens += token.id();
            }
        }
        return tokens;
    }

    private long csvFields() {
        String text = new String(body, StandardCharsets.UTF_8);
        long fields = 0;
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String line = text.substring(start, end);
            int from = 0;
            while (true) {
                int semicolon = line.indexOf(';', from);
                String field = line.substring(from, semicolon < 0 ? line.length() : semicolon);
                fields += field.length();
                if (semicolon < 0) {
                    break;
                }
                from = semicolon + 1;
            }
            start = end + 1;
        }
        return fields;
    }
}
