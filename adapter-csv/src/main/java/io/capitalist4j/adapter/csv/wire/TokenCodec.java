package io.capitalist4j.adapter.csv.wire;

import com.fasterxml.jackson.databind.JsonNode;
import io.capitalist4j.application.port.out.TokenKey;
import java.util.List;

/**
 * get_token: {@code {token, modulus, exponent, rsa_public_key_pkcs1_pem}} or {@code 0;token;modulus;exponent[;pem]},
 * the CSV PEM on one line.
 */
final class TokenCodec {

    /**
     * The password is encrypted with this key: a key of a million digits would make that one RSA operation run for
     * hours. 8192 bits is four times the largest key the API is known to use.
     */
    static final int MAX_KEY_HEX_DIGITS = 2048;

    private TokenCodec() {
    }

    static TokenGrant fromJson(JsonNode data) {
        Json.requireObject(data, "data");
        return grant(Json.text(data, "token"), Json.text(data, "modulus"), Json.text(data, "exponent"),
                Json.textOrEmpty(data, "rsa_public_key_pkcs1_pem"));
    }

    static TokenGrant fromRows(List<Row> rows) {
        Row row = rows.get(0).requireSize(4, 5, "token");
        return grant(row.text(1, "token"), row.text(2, "modulus"), row.text(3, "exponent"),
                multiLine(row.optText(4).orElse("")));
    }

    /**
     * A CSV line cannot hold line breaks, so legacy servers put the PEM on one line with its armour kept
     * ({@code -----BEGIN RSA PUBLIC KEY-----MIIB...-----END RSA PUBLIC KEY-----}). PEM readers want the armour on
     * lines of its own: put them back. Anything else is kept as it came.
     */
    static String multiLine(String pem) {
        String text = pem.strip();
        if (text.isEmpty() || text.indexOf('\n') >= 0 || !text.startsWith(ARMOUR)) {
            return pem;
        }
        int beginEnd = text.indexOf(ARMOUR, ARMOUR.length());
        int endStart = text.lastIndexOf(ARMOUR + "END ");
        if (beginEnd < 0 || endStart <= beginEnd) {
            return pem;
        }
        int bodyStart = beginEnd + ARMOUR.length();
        String body = text.substring(bodyStart, endStart).replace(" ", "");
        StringBuilder out = new StringBuilder(text.length() + body.length() / 64 + 4);
        out.append(text, 0, bodyStart).append('\n');
        for (int i = 0; i < body.length(); i += 64) {
            out.append(body, i, Math.min(body.length(), i + 64)).append('\n');
        }
        return out.append(text.substring(endStart)).append('\n').toString();
    }

    private static final String ARMOUR = "-----";

    private static TokenGrant grant(String token, String modulus, String exponent, String pem) {
        if (token.isEmpty()) {
            throw new IllegalArgumentException("token is empty");
        }
        if (!isHex(modulus) || !isHex(exponent)) {
            throw new IllegalArgumentException("modulus and exponent must be hex");
        }
        if (modulus.length() > MAX_KEY_HEX_DIGITS || exponent.length() > MAX_KEY_HEX_DIGITS) {
            throw new IllegalArgumentException("modulus and exponent must have at most " + MAX_KEY_HEX_DIGITS
                    + " hex digits (an RSA key of 8192 bits)");
        }
        return new TokenGrant(token, new TokenKey(modulus, exponent, pem));
    }

    private static boolean isHex(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
