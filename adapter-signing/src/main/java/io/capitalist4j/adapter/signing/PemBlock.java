package io.capitalist4j.adapter.signing;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One PEM block: its type ("RSA PRIVATE KEY"), the RFC 1421 headers (OpenSSL writes {@code Proc-Type} and
 * {@code DEK-Info} there when it encrypts) and the DER bytes. Our own reader, so that every way a block can
 * be broken maps to one clear {@link KeyFileException} and the Base64 is decoded strictly.
 */
final class PemBlock {

    static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    private final String type;
    private final Map<String, String> headers;
    private final byte[] der;

    private PemBlock(String type, Map<String, String> headers, byte[] der) {
        this.type = type;
        this.headers = headers;
        this.der = der;
    }

    String type() {
        return type;
    }

    Optional<String> header(String name) {
        for (Map.Entry<String, String> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return Optional.of(header.getValue());
            }
        }
        return Optional.empty();
    }

    /** The DER bytes themselves (not a copy): the caller wipes them when done. */
    byte[] der() {
        return der;
    }

    void wipe() {
        java.util.Arrays.fill(der, (byte) 0);
    }

    /**
     * All blocks in the given lines (text outside blocks is ignored, as OpenSSL does).
     *
     * @throws KeyFileException DAMAGED_PEM when a block has no END line or its body is not Base64
     */
    static List<PemBlock> readAll(List<String> lines, String source) {
        List<PemBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            int begin = line.indexOf(BEGIN);
            if (begin < 0 || !line.endsWith(DASHES)) {
                i++;
                continue;
            }
            String type = line.substring(begin + BEGIN.length(), line.length() - DASHES.length()).strip();
            String endLine = END + type + DASHES;
            Map<String, String> headers = new LinkedHashMap<>();
            StringBuilder body = new StringBuilder();
            i++;
            boolean ended = false;
            for (; i < lines.size(); i++) {
                String bodyLine = lines.get(i).strip();
                if (bodyLine.equals(endLine)) {
                    ended = true;
                    i++;
                    break;
                }
                if (bodyLine.startsWith(DASHES)) {
                    break; // another block starts or a mismatched END: this one is cut short
                }
                int colon = bodyLine.indexOf(':');
                if (colon > 0 && body.length() == 0) {
                    headers.put(bodyLine.substring(0, colon).strip(), bodyLine.substring(colon + 1).strip());
                } else {
                    body.append(bodyLine);
                }
            }
            if (!ended) {
                throw new KeyFileException(KeyFileException.Problem.DAMAGED_PEM, source,
                        "the PEM block " + describe(type) + " has no END line (file truncated?)");
            }
            blocks.add(new PemBlock(type, headers, decodeBody(body, type, source)));
        }
        return blocks;
    }

    private static byte[] decodeBody(StringBuilder body, String type, String source) {
        if (body.length() == 0 || body.length() % 4 != 0) {
            throw damagedBase64(type, source);
        }
        try {
            return Base64.getDecoder().decode(body.toString());
        } catch (IllegalArgumentException e) {
            throw damagedBase64(type, source);
        } finally {
            body.setLength(0);
        }
    }

    private static KeyFileException damagedBase64(String type, String source) {
        return new KeyFileException(KeyFileException.Problem.DAMAGED_PEM, source,
                "the Base64 inside the PEM block " + describe(type) + " is truncated or damaged");
    }

    /** The block type for a message: it comes from the file, so it is quoted and cut short. */
    static String describe(String type) {
        String shown = type.length() > 40 ? type.substring(0, 40) + "…" : type;
        return "\"" + shown.replaceAll("[^\\x20-\\x7E]", "?") + "\"";
    }
}
