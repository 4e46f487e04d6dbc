package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the vendor's PHP clients of 2020 and 2024 (reference §11, PHP-OLD) need from the sandbox on the wire,
 * pinned with requests shaped byte for byte like the ones their curl sends (headers as captured from the 2024
 * client). Those clients find the answer format with a case-sensitive lookup of {@code x-response-format} after
 * splitting header lines on {@code ": "}; without it they read the answer as CSV.
 */
class PhpPeerWireTest {

    private static FakeCapitalistServer server;

    @BeforeAll
    static void start() {
        server = FakeCapitalistServer.start(SandboxConfig.sandbox().legacyFormats(true).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A request as PHP's curl sends it: User-Agent Client, curl's Accept headers, a http_build_query body. */
    static String phpCurlRequest(String format, String form) {
        byte[] body = form.getBytes(StandardCharsets.UTF_8);
        return "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Client\r\nAccept: */*\r\n"
                + "Accept-Encoding: deflate, gzip, br, zstd\r\nx-response-format: " + format + "\r\n"
                + "Content-Length: " + body.length + "\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n" + form;
    }

    record Reply(String head, String body) {
    }

    static Reply post(URI uri, String request) throws IOException {
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            int end = -1;
            while (end < 0) {
                int b = in.read();
                if (b < 0) {
                    throw new AssertionError("the server closed before the end of the headers: " + seen);
                }
                seen.write(b);
                end = seen.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
            }
            String head = seen.toString(StandardCharsets.ISO_8859_1).substring(0, end);
            Matcher length = Pattern.compile("(?im)^content-length: *(\\d+)$").matcher(head);
            assertThat(length.find()).as("content-length in " + head).isTrue();
            byte[] body = in.readNBytes(Integer.parseInt(length.group(1)));
            return new Reply(head, new String(body, StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json-lite", "json"})
    void theFormatHeaderLineIsWrittenExactlyAsTheOldPhpClientsLookItUp(String format) throws IOException {
        Reply reply = post(server.uri(), phpCurlRequest(format, "operation=get_token&login=sandbox"));

        assertThat(reply.head().split("\r\n")).contains("x-response-format: " + format);
    }

    @Test
    void theCsvTokenLineCarriesTokenModulusExponentAndPemInTheCellsThePhpClientsRead() throws IOException {
        Reply reply = post(server.uri(), phpCurlRequest("csv", "operation=get_token&login=sandbox"));

        // PHP-OLD: explode("\n") then explode(";"): [0][1] token, [0][2] modulus, [0][3] exponent, 2024: [0][4] PEM
        String[] cells = reply.body().split("\n", -1)[0].split(";", -1);
        assertThat(cells).hasSize(5);
        assertThat(cells[0]).isEqualTo("0");
        assertThat(cells[2]).matches("[0-9a-f]{256}");
        assertThat(cells[3]).isEqualTo("10001");
        assertThat(cells[4]).startsWith("-----BEGIN RSA PUBLIC KEY-----").endsWith("-----END RSA PUBLIC KEY-----");
    }

    /**
     * The documented CSV answer of documents_search starts with the line {@code 0;} (reference §6.9). The PHP
     * clients of 2020 and 2024 refuse it ("Invalid response.": their check wants {@code /^\d+;.+$/}, at least
     * one character after the semicolon), as they refuse the documented {@code 0;} of currency_rates. That is the
     * client's fault, not a reason to answer otherwise than the documentation: the line stays {@code 0;}.
     */
    @Test
    void aCsvSearchStartsWithTheDocumentedZeroSemicolonLineEvenThoughOldPhpClientsRefuseIt() throws IOException {
        Reply reply = post(server.uri(), phpCurlRequest("csv", "operation=documents_search&plain_password="
                + SandboxIdentity.PASSWORD + "&customNumber=518604&beginDate=25.03.2025&endDate=27.03.2025"
                + "&login=" + SandboxIdentity.LOGIN));

        assertThat(reply.head().split("\r\n")).contains("x-response-format: csv");
        assertThat(reply.body()).isEqualTo("0;");
        assertThat(reply.body().split("\n", -1)[0]).doesNotMatch("^\\d+;.+$");
    }
}
