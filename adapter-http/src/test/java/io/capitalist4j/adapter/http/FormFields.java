package io.capitalist4j.adapter.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import java.util.Arrays;
import java.util.List;

/**
 * A WireMock body pattern: the urlencoded body holds exactly these {@code name=value} fields, each written
 * byte for byte as given (so the percent-encoding is pinned too), in any order: form fields have no order,
 * and a test that pinned it would break on a harmless change.
 */
final class FormFields extends StringValuePattern {

    FormFields(@JsonProperty("hasExactlyFormFields") String expectedValue) {
        super(expectedValue);
    }

    /** Fields as they must appear on the wire, e.g. {@code "customNumber=%D0%92+%2B"}. */
    static FormFields exactly(String... rawFields) {
        return new FormFields(String.join("&", sorted(Arrays.asList(rawFields))));
    }

    @Override
    public MatchResult match(String body) {
        return MatchResult.of(body != null && sorted(split(body)).equals(sorted(split(expectedValue))));
    }

    /** The raw {@code name=value} fields of a urlencoded body, in the order sent. */
    static List<String> split(String body) {
        return body.isEmpty() ? List.of() : Arrays.asList(body.split("&", -1));
    }

    private static List<String> sorted(List<String> fields) {
        return fields.stream().sorted().toList();
    }
}
