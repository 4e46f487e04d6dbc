package io.capitalist4j.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.capitalist4j.adapter.csv.wire.WireOperation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** WireMock stubs and journal readers in the words of the v1 protocol: one POST to the endpoint per operation. */
final class ApiStubs {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String FORMAT_HEADER = "x-response-format";

    /** Test stubs win over the fixture answers every test starts with (WireMock: lower number first). */
    private static final int FIXTURE_PRIORITY = 10;
    private static final List<String> FORMATS = List.of("json", "csv", "json-lite");

    private ApiStubs() {
    }

    /** A stub for one operation, told apart by its {@code operation} form field. */
    static MappingBuilder operation(String operation) {
        return post(urlEqualTo("/")).withFormParam("operation", equalTo(operation));
    }

    /** The requests of one operation in the journal. */
    static RequestPatternBuilder sent(String operation) {
        return postRequestedFor(urlEqualTo("/")).withFormParam("operation", equalTo(operation));
    }

    static List<LoggedRequest> requests(WireMockServer server, String operation) {
        return server.findAll(sent(operation));
    }

    static int count(WireMockServer server, String operation) {
        return requests(server, operation).size();
    }

    /** Every operation answers with its reference fixture in the format the request asked for. */
    static void answerEveryOperationByFixture(WireMockServer server) {
        for (WireOperation<?> op : WireOperation.all()) {
            for (String format : FORMATS) {
                String name = op.wireName() + "." + format;
                if (ApiStubs.class.getResource("/wire/" + name) != null) {
                    server.stubFor(operation(op.wireName()).withHeader(FORMAT_HEADER, equalTo(format))
                            .atPriority(FIXTURE_PRIORITY).willReturn(fixture(name)));
                }
            }
        }
    }

    /** A wire fixture (adapter-csv's test resources, on this classpath through its test-jar), with its format header. */
    static ResponseDefinitionBuilder fixture(String name) {
        String format = name.endsWith(".json-lite") ? "json-lite" : name.endsWith(".csv") ? "csv" : "json";
        return aResponse().withStatus(200).withHeader(FORMAT_HEADER, format).withBody(fixtureBytes(name));
    }

    static ResponseDefinitionBuilder answer(String format, String body) {
        return aResponse().withStatus(200).withHeader(FORMAT_HEADER, format).withBody(body.getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON error envelope of the reference (§2.1, §9): a code, its text and an empty data list. */
    static ResponseDefinitionBuilder error(int code, String message) {
        return answer("json", "{\"code\":" + code + ",\"message\":\"" + message + "\",\"data\":[]}");
    }

    static byte[] fixtureBytes(String name) {
        try (InputStream in = ApiStubs.class.getResourceAsStream("/wire/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One form field's value as the bytes on the wire, percent-decoded by hand so no charset is assumed. */
    static byte[] rawValue(LoggedRequest request, String name) {
        String body = new String(request.getBody(), StandardCharsets.ISO_8859_1);
        for (String field : FormFields.split(body)) {
            int eq = field.indexOf('=');
            if (eq > 0 && field.substring(0, eq).equals(name)) {
                return percentDecode(field.substring(eq + 1));
            }
        }
        throw new AssertionError("no form field " + name + " in " + body);
    }

    private static byte[] percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
