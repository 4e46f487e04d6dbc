package io.capitalist4j.domain.auth;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps card numbers out of messages: a value quoted in an error may be a card typed into the wrong field
 * (an account, a phone, an amount). Every run of 12 or more digits is shown by its last four only.
 */
public final class Redaction {

    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("[0-9]{12,}");

    private Redaction() {
    }

    public static String maskCardNumbers(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = LONG_DIGIT_RUN.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String digits = m.group();
            m.appendReplacement(out, "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
