package io.capitalist4j.testkit.scripted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What each fault leaves on a bare socket, read byte by byte: the client's view of a broken server. */
class WireFaultTest {

    private static final String BODY = "{\"code\":0,\"message\":\"\",\"data\":[]}";
    private static final String HALF = BODY.substring(0, BODY.length() / 2);
    private ScriptedServer server;

    @BeforeEach
    void start() {
        server = ScriptedServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RawHttp.Reply faulted(Answer answer) throws IOException {
        server.enqueue("import_batch_advanced", answer);
        RawHttp.Reply reply = RawHttp.post(server.uri(), "operation=import_batch_advanced&batch=x");
        assertThat(server.count("import_batch_advanced")).as("the request was read before the fault").isEqualTo(1);
        return reply;
    }

    @Test
    void closeSendsNoByteAndEndsTheStreamCleanly() throws Exception {
        RawHttp.Reply reply = faulted(Answer.fault(WireFault.CLOSE));
        assertThat(reply.bytes()).isEmpty();
        assertThat(reply.ending()).isEqualTo("end of stream");
    }

    @Test
    void resetAbortsTheConnectionWithoutAByte() throws Exception {
        RawHttp.Reply reply = faulted(Answer.fault(WireFault.RESET));
        assertThat(reply.bytes()).isEmpty();
        assertThat(reply.ending()).isEqualTo("SocketException: Connection reset");
    }

    @Test
    void truncatedBodyPromisesTheWholeLengthAndSendsHalf() throws Exception {
        RawHttp.Reply reply = faulted(Answer.json(BODY).broken(WireFault.TRUNCATED_BODY));
        assertThat(reply.text()).startsWith("HTTP/1.1 200 OK\r\n").contains("content-length: " + BODY.length() + "\r\n")
                .contains("x-response-format: json\r\n").endsWith("\r\n\r\n" + HALF);
        assertThat(reply.ending()).isEqualTo("end of stream");
    }

    @Test
    void truncatedChunkedSendsHalfTheBodyAsAChunkAndNoLastChunk() throws Exception {
        RawHttp.Reply reply = faulted(Answer.json(BODY).broken(WireFault.TRUNCATED_CHUNKED));
        assertThat(reply.text()).contains("transfer-encoding: chunked\r\n").doesNotContain("content-length")
                .endsWith("\r\n\r\n" + Integer.toHexString(HALF.length()) + "\r\n" + HALF + "\r\n");
        assertThat(reply.ending()).isEqualTo("end of stream");
    }

    @Test
    void malformedChunkSendsAChunkSizeThatIsNotHexadecimal() throws Exception {
        RawHttp.Reply reply = faulted(Answer.json(BODY).status(201).broken(WireFault.MALFORMED_CHUNK));
        assertThat(reply.text()).isEqualTo("HTTP/1.1 201 Scripted\r\ncontent-type: application/json; charset=utf-8\r\n"
                + "x-response-format: json\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n" + HALF + "\r\n");
        assertThat(reply.ending()).isEqualTo("end of stream");
    }

    @Test
    void rawAnswerPutsExactlyTheGivenBytesOnTheWireThenCloses() throws Exception {
        byte[] bytes = "HTTP/1.0 200 OK\r\n\r\n0;\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Reply reply = faulted(Answer.raw(bytes));
        assertThat(reply.bytes()).containsExactly(bytes);
        assertThat(reply.ending()).isEqualTo("end of stream");
    }

    @Test
    void noAnswerKeepsTheConnectionSilentUntilTheServerCloses() throws Exception {
        server.byDefault(Answer.fault(WireFault.NO_ANSWER));
        try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(RawHttp.request("operation=get_accounts").getBytes(StandardCharsets.UTF_8));
            out.flush();
            CompletableFuture<RawHttp.Reply> reply = CompletableFuture.supplyAsync(() -> {
                try {
                    return RawHttp.readToEnd(socket.getInputStream());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(server.awaitRequests(1, Duration.ofSeconds(30))).isTrue();
            assertThat(server.inFlight()).isEqualTo(1);
            assertThat(reply).isNotDone();
            server.close();
            RawHttp.Reply seen = reply.get(30, TimeUnit.SECONDS);
            assertThat(seen.bytes()).as("what came before the close").isEmpty();
        }
    }

    @Test
    void delaysAFaultLikeAnAnswer() throws Exception {
        Duration delay = Duration.ofMillis(200);
        long started = System.nanoTime();
        RawHttp.Reply reply = faulted(Answer.fault(WireFault.CLOSE).delayed(delay));
        assertThat(reply.bytes()).isEmpty();
        // a lower bound only: a timer cannot fire early
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(delay.toNanos());
    }
}
