package io.capitalist4j.adapter.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Which commands exist for one API only. A command class implements {@link V1} or {@link Api2}; run under the other
 * API it ends with exit 2 before anything is opened, saying which API it belongs to.
 */
final class ApiOnly {

    /** A command of the Payments API v1 only (a v1 batch id, a v1 operation, ...). */
    interface V1 {
    }

    /** A command of API2 only. */
    interface Api2 {
    }

    private ApiOnly() {
    }

    static void check(RootCommand root, List<CommandLine> parsed) {
        if (parsed.stream().anyMatch(c -> c.isUsageHelpRequested() || c.isVersionHelpRequested())) {
            return; // --help shows every command under either API
        }
        for (CommandLine command : parsed) {
            Object user = command.getCommandSpec().userObject();
            String name = "'" + command.getCommandSpec().qualifiedName().replaceFirst("^capitalist ", "") + "'";
            if (user instanceof V1 && root.api2()) {
                throw new ParameterException(command, name + " is v1-only: API2 has no such operation; run it with "
                        + "--api 1 (the default)");
            }
            if (user instanceof Api2 && !root.api2()) {
                throw new ParameterException(command, name + " is API2-only: give --api 2 before the command");
            }
        }
    }
}
