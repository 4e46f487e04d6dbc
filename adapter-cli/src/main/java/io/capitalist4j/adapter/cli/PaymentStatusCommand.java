package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.api2.Api2Payment;
import io.capitalist4j.domain.document.DocumentSearch;
import io.capitalist4j.domain.document.FoundDocument;
import io.capitalist4j.domain.document.Period;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist payment status NUMBER}: the state of one payment; exit 1 when the server knows none. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show the state of the payment with this payment number (API2: by its userRequestId; v1: the "
                + "documents with this number in the last 30 days).",
                "Exit 0 when found, 1 when the server knows no such payment."})
final class PaymentStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NUMBER", description = "Your payment number (the batch file's payment number).")
    String number;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        boolean found;
        if (root.api2()) {
            Optional<Api2Payment> payment = Api2Session.await(root.api2Session().client().payment(number));
            found = payment.isPresent();
            payment.ifPresent(p -> root.output().print(new Api2Payments(List.of(p))));
        } else {
            Period period = Converters.period(null, null, SearchCommand.DEFAULT_DAYS);
            List<FoundDocument> documents = root.session().client().blocking()
                    .search(new DocumentSearch(period, Optional.of(number)));
            found = !documents.isEmpty();
            if (found) {
                root.output().print(new SearchCommand.Listing(documents));
            }
        }
        if (!found) {
            root.terminal().err().println("error: the server knows no payment with payment number " + number
                    + (root.api2() ? "" : " in the last " + SearchCommand.DEFAULT_DAYS + " days"));
            return ExitCode.API_ERROR;
        }
        return ExitCode.OK;
    }
}
