package io.capitalist4j.testkit;

import io.capitalist4j.adapter.csv.ResponseFormat;
import java.util.Optional;

/**
 * What the live v1 server of 2026 answers before any operation runs (reference §14): a GET names the server
 * version with code 150, and a POST that does not ask for JSON is refused with code 4 unless the sandbox keeps
 * the legacy formats. Both are decided here so that the HTTP front only writes them.
 */
final class LiveAnswers {

    /** The version the live server names in its answer to a GET (reference §14). */
    static final String SERVER_VERSION = "1.9.8";
    static final int JSON_ONLY_CODE = 4;
    /** Verbatim from the live server (reference §14). */
    static final String JSON_ONLY_MESSAGE = "Only x-response-format=json is available.";
    static final int NOT_POST_CODE = 150;
    static final String NOT_POST_MESSAGE = "Received a non-POST request. Server version " + SERVER_VERSION;

    private LiveAnswers() {
    }

    /**
     * The format to answer a POST in, or empty when the request must be refused with {@link #jsonOnlyBody()}: without
     * legacy formats only the header value {@code json} (any case, blanks around it ignored) is served.
     */
    static Optional<ResponseFormat> formatFor(String header, SandboxConfig config) {
        Optional<ResponseFormat> named = ResponseFormat.fromWire(header);
        if (config.legacyFormats()) {
            return Optional.of(named.orElse(config.defaultResponseFormat()));
        }
        return named.filter(f -> f == ResponseFormat.JSON);
    }

    /** The format a GET is answered in: JSON like live, or what the header asks for when legacy formats are on. */
    static ResponseFormat formatOfGet(String header, SandboxConfig config) {
        return config.legacyFormats() ? formatFor(header, config).orElseThrow() : ResponseFormat.JSON;
    }

    /**
     * The refusal byte for byte as the live server sends it: unlike every other answer of the sandbox it has no
     * {@code data} key (reference §14 quotes it so).
     */
    static String jsonOnlyBody() {
        return "{\"code\":" + JSON_ONLY_CODE + ",\"message\":\"" + JSON_ONLY_MESSAGE + "\"}";
    }

    static Reply notPost() {
        return Reply.error(new ApiFailure(NOT_POST_CODE, NOT_POST_MESSAGE));
    }
}
