package io.capitalist4j.adapter.http;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A short, printable piece of an unexpected answer for an error message. The body comes from the server,
 * but a proxy or a misbehaving server may echo the request, so anything that looks like a credential is
 * masked: values of password/token/signature/verification fields and long hex or Base64 runs.
 */
final class Excerpt {

    static final int MAX = 200;

    private static final Pattern NAMED = Pattern.compile(
            "(?i)((?:plain_password|encrypted_password|password|token|verification_data|signature|pin)\"?\\s*[=:]\\s*\"?)[^&\"\\s,;}]+");
    private static final Pattern HEX = Pattern.compile("\\b[0-9A-Fa-f]{32,}\\b");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\t]]");

    private Excerpt() {
    }

    static String of(byte[] body) {
        if (body == null || body.length == 0) {
            return "(empty body)";
        }
        String text = new String(body, StandardCharsets.UTF_8);
        text = NAMED.matcher(text).replaceAll("$1***");
        text = HEX.matcher(text).replaceAll("***");
        text = BASE64.matcher(text).replaceAll("***");
        text = CONTROL.matcher(text).replaceAll("?").replace('\n', ' ').replace('\t', ' ').strip();
        return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
    }
}
