package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.application.port.in.ConfirmBatchCommand;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.ConfirmationResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist batch confirm BATCH_ID --sms-code CODE}: releases a batch uploaded with {@code --verify sms}. */
@Command(name = "confirm", mixinStandardHelpOptions = true,
        description = {"Confirm a batch uploaded with --verify sms using the code sent to your phone (process_batch).",
                "Exit 1 when the code is not accepted."})
final class BatchConfirmCommand implements Callable<Integer>, ApiOnly.V1 {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BATCH_ID", description = "The id printed by 'batch submit'.")
    BatchId batchId;

    // A one-time code that expires in minutes, so a flag is acceptable here, unlike for the lasting secrets.
    @Option(names = "--sms-code", required = true, paramLabel = "CODE", description = "The code from the SMS.")
    String smsCode;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        ConfirmationResult result;
        try (Secret code = Secret.of(smsCode)) {
            smsCode = null;
            root.terminal().secrets().add(code);
            result = root.session().client().blocking().confirm(new ConfirmBatchCommand(batchId, code));
        }
        boolean confirmed = result.confirmed();
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                out.println("batch " + batchId + (confirmed ? " confirmed" : " NOT confirmed: the code was not accepted"));
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                return json.objectNode().put("batchId", batchId.value()).put("confirmed", confirmed)
                        .put("verificationSuccess", result.verificationSuccess());
            }
        });
        if (!confirmed) {
            root.terminal().err().println("error: the SMS code was not accepted (verificationSuccess "
                    + result.verificationSuccess() + ")");
            return ExitCode.API_ERROR;
        }
        root.terminal().err().println("follow it with: capitalist batch status " + batchId + " --wait");
        return ExitCode.OK;
    }
}
