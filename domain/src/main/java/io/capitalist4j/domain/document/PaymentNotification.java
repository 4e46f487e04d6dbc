package io.capitalist4j.domain.document;

import io.capitalist4j.domain.auth.Redaction;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A notice to the recipient of a payment (add_payment_notification): the Capitalist document number, the
 * channel, the e-mail address or phone number it goes to, and the language of the notice.
 *
 * @param document the document number in Capitalist ({@code document}), digits
 * @param channel  {@code EMAIL} or {@code SMS} ({@code channel})
 * @param address  an e-mail address for EMAIL, a phone number (digits, an optional leading {@code +}) for
 *                 SMS ({@code address})
 * @param language the notice's language ({@code language})
 */
public record PaymentNotification(String document, Channel channel, String address, Language language) {

    private static final Pattern DOCUMENT = Pattern.compile("[0-9]{1,20}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{7,15}");

    public PaymentNotification {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(language, "language");
        if (!DOCUMENT.matcher(document).matches()) {
            throw new IllegalArgumentException("the document number must be digits: '"
                    + Redaction.maskDigitRuns(document) + "'");
        }
        if (channel == Channel.EMAIL && !EMAIL.matcher(address).matches()) {
            throw new IllegalArgumentException("an EMAIL notification needs an e-mail address");
        }
        if (channel == Channel.SMS && !PHONE.matcher(address).matches()) {
            throw new IllegalArgumentException("an SMS notification needs a phone number of 7 to 15 digits");
        }
    }

    /** How the notice travels; the wire value is the constant's name. */
    public enum Channel { EMAIL, SMS }

    /** The notice's language. */
    public enum Language {
        RU, EN;

        /** {@code ru} or {@code en}, as the reference spells it. */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
