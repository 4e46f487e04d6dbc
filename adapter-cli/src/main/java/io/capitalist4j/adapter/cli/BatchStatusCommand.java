package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.application.BlockingCapitalistClient;
import io.capitalist4j.domain.batch.BatchId;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code capitalist batch status BATCH_ID [--wait]}: every record of a batch, all pages (get_batch_info), printed
 * page by page as they come; whether the batch is complete is known, and printed, at the end.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show every record of a batch (all pages); with --wait, follow them to their final states.")
final class BatchStatusCommand implements Callable<Integer>, ApiOnly.V1 {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BATCH_ID", description = "The id printed by 'batch submit'.")
    BatchId batchId;

    @Mixin
    WaitMixin waiting;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        BlockingCapitalistClient client = root.session().client().blocking();
        if (waiting.wait) {
            waiting.awaitFinal(root, batchId);
        }
        BatchRecords.Listing records = new BatchRecords.Listing(client, batchId);
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                out.println("batch " + batchId);
                out.println();
                records.printRecords(out);
                out.println();
                out.println("batch " + batchId + (records.tally().complete() ? " (complete): " : " (in progress): ")
                        + records.tally().summary());
                if (!records.tally().amounts().isEmpty()) {
                    out.println();
                    records.tally().amounts().printTable(out);
                }
            }

            @Override
            public void writeJson(JsonGenerator json) throws IOException {
                records.writeJson(json, JsonNodeFactory.instance.objectNode().put("batchId", batchId.value()));
            }
        });
        return ExitCode.OK;
    }
}
