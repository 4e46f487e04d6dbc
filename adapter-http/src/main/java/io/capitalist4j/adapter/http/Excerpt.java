package io.capitalist4j.adapter.http;

import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Printable;
import io.capitalist4j.domain.auth.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A short, printable piece of an unexpected answer for an error message. The body comes from the server,
 * but a proxy or a misbehaving server may echo the request, so the known secrets are masked by value (raw or
 * encoded, wherever they stand), anything else that looks like a credential by pattern (values of
 * password/token/signature/verification fields, long hex or Base64 runs), card numbers by the one rule of
 * {@link Redaction}, all before the excerpt is cut so that no cut leaves a readable piece; control
 * characters are escaped.
 */
final class Excerpt {

    static final int MAX = 200;

    private static final Pattern NAMED = Pattern.compile(
            "(?i)((?:plain_password|encrypted_password|password|token|verification_data|signature|pin)\"?\\s*[=:]\\s*\"?)[^&\"\\s,;}]+");
    private static final Pattern HEX = Pattern.compile("\\b[0-9A-Fa-f]{32,}\\b");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{40,}={0,2}");

    private Excerpt() {
    }

    static String of(byte[] body) {
        return of(body, new KnownSecrets());
    }

    static String of(byte[] body, KnownSecrets secrets) {
        if (body == null || body.length == 0) {
            return "(empty body)";
        }
        String text = secrets.mask(new String(body, StandardCharsets.UTF_8));
        text = NAMED.matcher(text).replaceAll("$1***");
        text = HEX.matcher(text).replaceAll("***");
        text = BASE64.matcher(text).replaceAll("***");
        text = Redaction.maskCardNumbers(text).replace('\n', ' ').replace('\t', ' ').replace('\r', ' ').strip();
        text = Printable.escapeControls(text);
        return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
    }
}
