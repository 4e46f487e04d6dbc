package io.capitalist4j.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.adapter.cli.CapitalistCli;
import io.capitalist4j.testkit.scripted.Answer;
import io.capitalist4j.testkit.scripted.ReceivedRequest;
import io.capitalist4j.testkit.scripted.ScriptedServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A server claiming a billion records in full pages of 1,000 cannot keep {@code batch status} paging until the heap
 * is gone: the walk stops before the page that would pass the client's limit of 100,000 records per walk (a
 * hundred requests, not a million), the command ends with exit 4 naming that page, and every row read was on
 * stdout before the next page was asked for.
 */
class EndlessPagesTest {

    private static final String BATCH_ID = "5b0e7c1a-9d3f-4e2b-8a61-0c4d2f9e7b13";
    private static final int PAGE = 1000;
    private static final int CLAIMED = 1_000_000_000;
    private static final int LIMIT_PAGES = 100;
    /** Where the scripted server gives up, so that code without the limit ends too (with exit 1), not with the heap. */
    private static final int SERVED_PAGES = 150;

    /** stdout, counting its lines as they are written so the server can see what was printed before each page. */
    private static final class CountingOut extends Writer {
        final StringBuilder text = new StringBuilder();
        final AtomicInteger lines = new AtomicInteger();

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) {
                if (chars[i] == '\n') {
                    lines.incrementAndGet();
                }
            }
            text.append(chars, offset, length);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** One full page of records still in progress at {@code offset}, in a batch said to hold a billion. */
    private static Answer page(int offset) {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < PAGE; i++) {
            int line = offset + i + 1;
            records.append(i == 0 ? "" : ",").append("{\"lineNumber\":").append(line).append(",\"internalNumber\":\"PAY-")
                    .append(line).append("\",\"beneficiary\":\"R0000002\",\"amount\":\"10.00\",\"currency\":\"RUR\","
                    + "\"description\":\"Payout\",\"documentId\":0,\"state\":\"INPROCESS\",\"paymentType\":\"CAPITALIST\","
                    + "\"errorDetails\":\"\"}");
        }
        return Answer.ok("{\"id\":\"" + BATCH_ID + "\",\"offset\":" + offset + ",\"page\":" + offset / PAGE + ",\"pageSize\":"
                + PAGE + ",\"pageCount\":" + CLAIMED / PAGE + ",\"totalCount\":" + CLAIMED + ",\"records\":[" + records + "]}");
    }

    @Test
    void batchStatusAgainstABillionClaimedRecordsStopsAtTheLimitWithExitFourPrintingRowsAsTheyCome() {
        CountingOut out = new CountingOut();
        StringWriter err = new StringWriter();
        Map<Integer, Integer> linesPrintedWhenAsked = new ConcurrentHashMap<>();
        try (ScriptedServer server = ScriptedServer.start()) {
            server.byDefault("get_batch_info", (ReceivedRequest request) -> {
                int offset = Integer.parseInt(request.field("start_offset").orElse("0"));
                linesPrintedWhenAsked.put(offset / PAGE, out.lines.get());
                return offset / PAGE < SERVED_PAGES ? page(offset) : Answer.error(1, "System error");
            });

            int code = CapitalistCli.run(Map.of("CAPITALIST_PASSWORD", "pw"), new PrintWriter(out, true),
                    new PrintWriter(err, true), "--url", server.uri().toString(), "--login", "walker", "--plain-password",
                    "batch", "status", BATCH_ID);

            assertThat(server.count("get_batch_info")).as("requests: the limit's hundred pages, not a billion records' worth")
                    .isEqualTo(LIMIT_PAGES);
            assertThat(code).as("exit code; stderr: %s", err).isEqualTo(4);
            assertThat(err.toString()).contains("error: get_batch_info: batch " + BATCH_ID + " declares 1000000000 records;"
                    + " page 100 would pass the limit of 100000 records per walk, so it was not asked for");
            assertThat(out.text.toString().split("\n")).filteredOn(line -> line.contains("INPROCESS"))
                    .hasSize(LIMIT_PAGES * PAGE);
            for (int page = 1; page < LIMIT_PAGES; page++) {
                // "batch ID", a blank line, then a header and 1,000 rows per page printed so far
                assertThat(linesPrintedWhenAsked.get(page)).as("stdout lines when page %d was asked for", page)
                        .isGreaterThanOrEqualTo(2 + page * (PAGE + 1));
            }
        }
    }
}
