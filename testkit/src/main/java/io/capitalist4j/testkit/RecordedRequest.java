package io.capitalist4j.testkit;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One call that reached the sandbox, for assertions such as "the upload arrived exactly once". Secrets
 * (passwords, token, verification data) are replaced by {@code ***} and the batch text by its line count.
 *
 * @param channel    {@code http} or {@code in-memory}
 * @param fault      the injected fault's name, if one was applied
 * @param resultCode the v1 result code, absent when the request was never processed (e.g. reset before)
 */
public record RecordedRequest(Instant at, String operation, Map<String, String> params, String channel,
                              Optional<String> fault, OptionalInt resultCode) {

    private static final Set<String> SECRET = Set.of("plain_password", "encrypted_password", "token",
            "verification_data");

    public RecordedRequest {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(operation, "operation");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(resultCode, "resultCode");
    }

    /** Whether the engine handled the request (its state may have changed), whatever the client received. */
    public boolean processed() {
        return resultCode.isPresent();
    }

    static Map<String, String> redact(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (SECRET.contains(k)) {
                out.put(k, "***");
            } else if (k.equals("batch")) {
                out.put(k, "[" + UploadReader.lines(v).size() + " lines]");
            } else {
                out.put(k, v);
            }
        });
        return out;
    }
}
