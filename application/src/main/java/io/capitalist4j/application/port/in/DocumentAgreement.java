package io.capitalist4j.application.port.in;

import io.capitalist4j.domain.auth.Redaction;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether the one document carrying a payment number is the payment of the order sent with it: the same amount
 * (compared as numbers, {@code 15.5} = {@code 15.50}), the same currency (by code; {@code RUB} counts as
 * {@code RUR}, as the server maps it) and the same recipient (see {@link #sameRecipient}). The opcode, the
 * description and the state are not compared: they say how and how far, not what and to whom.
 */
public final class DocumentAgreement {

    /** What a document shows in place of each hidden character of a masked recipient. */
    static final char MASK = '*';

    private DocumentAgreement() {
    }

    /**
     * One short text per field that differs, in the order amount, currency, recipient, document side first
     * ({@code amount 15.50 USD on the document, 16.00 USD in the file}); empty when the document agrees. Card
     * numbers in a recipient are shown masked.
     */
    static List<String> differences(PaymentOrder order, FoundDocument document) {
        return differences(order.amount().amount(), order.amount().currency().code(), order.beneficiary(), document,
                "in the file");
    }

    /**
     * As {@link #differences(PaymentOrder, FoundDocument)} for a payment known by its parts, e.g. one the payout
     * journal kept beside its claim.
     *
     * @param where how the texts name the side of the expected payment ({@code in the file}, {@code when claimed})
     */
    public static List<String> differences(BigDecimal amount, String currency, String recipient, FoundDocument document,
                                           String where) {
        List<String> differences = new ArrayList<>(3);
        if (document.amount().compareTo(amount) != 0) {
            differences.add("amount " + document.amount().toPlainString() + " " + document.currency()
                    + " on the document, " + amount.toPlainString() + " " + currency + " " + where);
        }
        if (!currencyCode(document.currency()).equals(currencyCode(currency))) {
            differences.add("currency " + document.currency() + " on the document, " + currency + " " + where);
        }
        if (!sameRecipient(document.destinationAccount(), recipient)) {
            differences.add("recipient " + Redaction.maskCardNumbers(document.destinationAccount()) + " on the document, "
                    + Redaction.maskCardNumbers(recipient) + " " + where);
        }
        return List.copyOf(differences);
    }

    private static String currencyCode(String code) {
        String trimmed = code.strip();
        return trimmed.equals("RUB") ? "RUR" : trimmed;
    }

    /**
     * Whether the document's {@code destinationAccount} names the order's recipient. Both are compared without white
     * space, without a leading {@code +} and without regard to letter case (a phone {@code +79030001122} is
     * {@code 79030001122}, a card {@code 4276 3800 …} is {@code 42763800…}, an address keeps its characters). A
     * document may mask a card number ({@code 427638******6889}): a masked value agrees when it is as long as the
     * recipient and every character it shows is the recipient's character at that place.
     */
    public static boolean sameRecipient(String onDocument, String inFile) {
        String shown = normalized(onDocument);
        String expected = normalized(inFile);
        if (shown.equals(expected)) {
            return true;
        }
        if (shown.indexOf(MASK) < 0 || shown.length() != expected.length()) {
            return false;
        }
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c != MASK && c != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String normalized(String recipient) {
        StringBuilder out = new StringBuilder(recipient.length());
        for (int i = 0; i < recipient.length(); i++) {
            char c = recipient.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        if (out.length() > 0 && out.charAt(0) == '+') {
            out.deleteCharAt(0);
        }
        return out.toString().toUpperCase(Locale.ROOT);
    }
}
