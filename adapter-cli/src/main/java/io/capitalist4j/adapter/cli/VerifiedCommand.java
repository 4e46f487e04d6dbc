package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.domain.account.AccountNumber;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist verified ACCOUNT}: is the holder a verified user (is_verified_account). */
@Command(name = "verified", mixinStandardHelpOptions = true,
        description = "Tell whether the holder of a Capitalist account is a verified user (the exit code is 0 either way).")
final class VerifiedCommand implements Callable<Integer>, ApiOnly.V1 {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ACCOUNT", description = "A Capitalist account number, e.g. U0000002.")
    AccountNumber account;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        boolean verified = root.session().client().blocking().isVerified(account);
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                out.println(account + (verified ? " verified" : " not verified"));
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                return json.objectNode().put("account", account.value()).put("verified", verified);
            }
        });
        return ExitCode.OK;
    }
}
