package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.domain.document.PaymentNotification;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capitalist notify}: tells the recipient of a payment about it (add_payment_notification). */
@Command(name = "notify", mixinStandardHelpOptions = true,
        description = {"Send the recipient of a payment a notice by e-mail or SMS (add_payment_notification). "
                + "Sent once, never repeated: after a transport failure (exit 4) the notice may have gone out."})
final class NotifyCommand implements Callable<Integer>, ApiOnly.V1 {
    @Spec
    CommandSpec spec;

    @Option(names = "--document", required = true, paramLabel = "NUMBER",
            description = "The payment's document number in Capitalist (document), e.g. from 'capitalist search'.")
    String document;

    @Option(names = "--channel", required = true, paramLabel = "EMAIL|SMS",
            description = "How the notice travels (channel): EMAIL or SMS.")
    PaymentNotification.Channel channel;

    @Option(names = "--address", required = true, paramLabel = "ADDRESS",
            description = "The e-mail address (EMAIL) or phone number (SMS) it goes to (address).")
    String address;

    /** Not {@code --language}: the global option of that name chooses the language of server messages. */
    @Option(names = "--notice-language", paramLabel = "ru|en", defaultValue = "en",
            description = "The notice's language (the API's language parameter): ru or en (default en).")
    String language;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        PaymentNotification notification = new PaymentNotification(document, channel, address, language());
        String message = OnceOnly.send("add_payment_notification", "the notice may already have been sent", root,
                () -> root.session().client().blocking().notifyRecipient(notification));
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                out.println("notice for document " + document + " sent by " + channel + " to " + address
                        + (message.isEmpty() ? "" : ": " + message));
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                return json.objectNode().put("document", document).put("channel", channel.name())
                        .put("address", address).put("language", notification.language().wire())
                        .put("message", message);
            }
        });
        return ExitCode.OK;
    }

    private PaymentNotification.Language language() {
        switch (language) {
            case "ru": return PaymentNotification.Language.RU;
            case "en": return PaymentNotification.Language.EN;
            default: throw new BadInputException("--notice-language must be ru or en, not " + language);
        }
    }
}
