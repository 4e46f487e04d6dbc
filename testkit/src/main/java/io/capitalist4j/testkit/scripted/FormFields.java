package io.capitalist4j.testkit.scripted;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a form body to field bytes with our own code, so that a test sees what was on the wire and not what a
 * library thought of it. Never fails: a malformed body yields the fields that could be read.
 */
final class FormFields {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");

    private FormFields() {
    }

    static Map<String, List<byte[]>> decode(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/x-www-form-urlencoded")) {
            return urlencoded(body);
        }
        Matcher boundary = BOUNDARY.matcher(contentType == null ? "" : contentType);
        if (type.startsWith("multipart/form-data") && boundary.find()) {
            return multipart(body, boundary.group(1));
        }
        return new LinkedHashMap<>();
    }

    private static Map<String, List<byte[]>> urlencoded(byte[] body) {
        Map<String, List<byte[]>> fields = new LinkedHashMap<>();
        String ascii = new String(body, StandardCharsets.ISO_8859_1);
        if (ascii.isEmpty()) {
            return fields;
        }
        for (String pair : ascii.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = new String(percentDecode(eq < 0 ? pair : pair.substring(0, eq)), StandardCharsets.UTF_8);
            byte[] value = eq < 0 ? new byte[0] : percentDecode(pair.substring(eq + 1));
            fields.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    /** '+' is a space; a '%' not followed by two hex digits is kept as it is. */
    private static byte[] percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                out.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static Map<String, List<byte[]>> multipart(byte[] body, String boundary) {
        Map<String, List<byte[]>> fields = new LinkedHashMap<>();
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int partStart = at + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break; // the closing delimiter
            }
            int next = indexOf(body, delimiter, partStart);
            if (next < 0) {
                break; // a part without its end is not a field
            }
            int headEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), partStart);
            if (headEnd > 0 && headEnd < next) {
                String head = new String(body, partStart, headEnd - partStart, StandardCharsets.UTF_8);
                Matcher name = NAME.matcher(head);
                int contentEnd = next >= 2 && body[next - 2] == '\r' && body[next - 1] == '\n' ? next - 2 : next;
                if (name.find() && contentEnd >= headEnd + 4) {
                    fields.computeIfAbsent(name.group(1), k -> new ArrayList<>())
                            .add(Arrays.copyOfRange(body, headEnd + 4, contentEnd));
                }
            }
            at = next;
        }
        return fields;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
