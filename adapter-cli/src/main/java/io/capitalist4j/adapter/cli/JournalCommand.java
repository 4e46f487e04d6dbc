package io.capitalist4j.adapter.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code capitalist journal}: the payout journal that keeps every payment number from being sent twice. */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = {"The payout journal: which payment numbers were sent, which are in doubt, which were released.",
                "in-doubt: claimed before an upload whose outcome is not known yet (held);",
                "sent: the server accepted it (held for good); released: not accepted, may be sent again."},
        subcommands = {JournalListCommand.class, JournalRecoverCommand.class})
final class JournalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a journal command");
    }
}
