package io.capitalist4j.adapter.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code capitalist batch}: the batch file commands. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Check, sign, upload, confirm and follow batch payment files.",
        subcommands = {BatchValidateCommand.class, BatchSignCommand.class, BatchSubmitCommand.class,
                BatchConfirmCommand.class, BatchStatusCommand.class})
final class BatchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "give a batch command");
    }
}
