package io.capitalist4j.adapter.api2;

import io.capitalist4j.domain.auth.KnownSecrets;
import io.capitalist4j.domain.auth.Printable;
import io.capitalist4j.domain.auth.Redaction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A short, printable piece of an answer for an error message. A proxy or a misbehaving server may echo the request,
 * so the key and secret are masked by value, anything that looks like a signature (a long hex run) by pattern, card
 * numbers by {@link Redaction}, before the text is cut; control characters are escaped.
 */
final class Excerpt {

    static final int MAX = 200;

    private static final Pattern HEX = Pattern.compile("\\b[0-9A-Fa-f]{32,}\\b");

    private Excerpt() {
    }

    static String of(byte[] body, KnownSecrets secrets) {
        if (body == null || body.length == 0) {
            return "(empty body)";
        }
        return text(new String(body, StandardCharsets.UTF_8), secrets);
    }

    static String text(String raw, KnownSecrets secrets) {
        String text = secrets.mask(raw);
        text = HEX.matcher(text).replaceAll("***");
        text = Redaction.maskCardNumbers(text).replace('\n', ' ').replace('\t', ' ').replace('\r', ' ').strip();
        text = Printable.escapeControls(text);
        return text.length() > MAX ? text.substring(0, MAX - 1) + "…" : text;
    }
}
