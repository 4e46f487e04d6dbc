package io.capitalist4j.adapter.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code capitalist payment}: one payment by your payment number. */
@Command(name = "payment", mixinStandardHelpOptions = true, description = "One payment by your payment number.",
        subcommands = PaymentStatusCommand.class)
final class PaymentCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a payment command");
    }
}
