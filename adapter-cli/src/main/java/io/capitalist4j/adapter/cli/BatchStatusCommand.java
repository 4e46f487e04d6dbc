package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.batch.BatchId;
import io.capitalist4j.domain.batch.BatchRecord;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist batch status BATCH_ID [--wait]}: every record of a batch, all pages (get_batch_info). */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show every record of a batch (all pages); with --wait, follow them to their final states.")
final class BatchStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BATCH_ID", description = "The id printed by 'batch submit'.")
    BatchId batchId;

    @Mixin
    WaitMixin waiting;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        List<BatchRecord> records = waiting.wait
                ? root.session().client().blocking().awaitCompletion(batchId, waiting.options(root)).records()
                : root.session().client().blocking().allRecords(batchId);
        boolean complete = records.stream().allMatch(BatchRecord::isFinal);
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                out.println("batch " + batchId + (complete ? " (complete)" : " (in progress)"));
                out.println();
                BatchRecords.table(out, records);
                out.println();
                out.println(BatchRecords.summary(records));
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                ObjectNode node = json.objectNode().put("batchId", batchId.value()).put("complete", complete);
                BatchRecords.json(node.putArray("records"), records);
                return node;
            }
        });
        return ExitCode.OK;
    }
}
