package io.capitalist4j.adapter.csv.wire;

/**
 * Reads one answer body of one operation in one format.
 *
 * @param <T> the domain value a successful answer carries
 */
@FunctionalInterface
public interface WireDecoder<T> {

    /**
     * Decodes the raw body (UTF-8). A non-zero result code is data ({@link WireResult.Failed}), not an
     * exception.
     *
     * @throws io.capitalist4j.domain.error.DecodingException when the body is empty, truncated, not UTF-8,
     *         not the expected format, or a field is missing or of the wrong type
     */
    WireResult<T> decode(byte[] body);
}
