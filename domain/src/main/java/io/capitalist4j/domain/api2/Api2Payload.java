package io.capitalist4j.domain.api2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The channel data of a payment: {@code payload.type} and the fields the reference lists for that type, in the
 * order they are written. A value is a JSON value: a {@link String}, a {@link BigDecimal} or {@link Long} (a JSON
 * number), a {@link Boolean}, a {@link List} or a {@link Map} with String keys of such values (nested objects such
 * as GCASH's {@code receiver}). {@code type} is kept apart from {@link #fields()} and written first.
 */
public record Api2Payload(String type, Map<String, Object> fields) {

    public Api2Payload {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(fields, "fields");
        if (type.isBlank()) {
            throw new IllegalArgumentException("payload type is blank");
        }
        if (fields.containsKey("type")) {
            throw new IllegalArgumentException("payload type goes in 'type', not among the fields");
        }
        fields = copyObject(fields, "payload");
    }

    /** A payload of this type with no fields yet. */
    public static Api2Payload of(String type) {
        return new Api2Payload(type, Map.of());
    }

    /** This payload with one more field (or that field replaced, keeping its place). */
    public Api2Payload with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(fields);
        more.put(name, value);
        return new Api2Payload(type, more);
    }

    /** The text value of a field, if it has one. */
    public java.util.Optional<String> text(String name) {
        Object value = fields.get(name);
        return value instanceof String ? java.util.Optional.of((String) value) : java.util.Optional.empty();
    }

    private static Map<String, Object> copyObject(Map<?, ?> given, String path) {
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : given.entrySet()) {
            if (!(e.getKey() instanceof String)) {
                throw new IllegalArgumentException(path + ": field names must be strings");
            }
            String name = (String) e.getKey();
            copy.put(name, copyValue(e.getValue(), path + "." + name));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value, String path) {
        if (value instanceof String || value instanceof BigDecimal || value instanceof Long
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer) {
            return Long.valueOf((Integer) value);
        }
        if (value instanceof Map) {
            return copyObject((Map<?, ?>) value, path);
        }
        if (value instanceof List) {
            List<Object> copy = new ArrayList<>();
            int i = 0;
            for (Object item : (List<?>) value) {
                copy.add(copyValue(item, path + "[" + i++ + "]"));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException(path + ": not a JSON value of a payload (String, BigDecimal, Long, Boolean,"
                + " List or Map): " + (value == null ? "null" : value.getClass().getSimpleName()));
    }
}
