package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.LineProblem;
import io.capitalist4j.domain.api2.Api2LineExtras;
import io.capitalist4j.domain.api2.Api2Payouts;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.money.Money;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist batch validate FILE}: every line checked offline; nothing is sent. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Parse and check every line of a batch file offline.",
                "Exit 0 when every line is good, else 2 with every bad line (line, field, reason).",
                "With --api 2 each line is also checked against API2's payment types (v1-only opcodes, fields API2 "
                        + "needs that a v1 line lacks)."})
final class BatchValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The batch file (UTF-8, one payment per line, ';' separated).")
    Path file;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        BatchFiles.Check check = BatchFiles.check(file);
        List<LineProblem> api2Problems = new java.util.ArrayList<>();
        if (root.api2() && check.batch().isPresent()) {
            List<PaymentOrder> orders = check.batch().get().orders();
            for (int i = 0; i < orders.size(); i++) {
                api2Problems.addAll(Api2Payouts.problems(orders.get(i), i + 1, java.util.Optional.empty(),
                        Api2LineExtras.none()));
            }
        }
        if (check.batch().isPresent() && api2Problems.isEmpty()) {
            root.output().print(new Valid(file, check.batch().get()));
            return ExitCode.OK;
        }
        List<LineProblem> problems = api2Problems.isEmpty() ? check.problems() : api2Problems;
        root.output().print(new Invalid(file, problems));
        root.terminal().err().println("error: " + file + " has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems"));
        return ExitCode.BAD_INPUT;
    }

    private static final class Valid implements Report {
        private final Path file;
        private final Batch batch;

        Valid(Path file, Batch batch) {
            this.file = file;
            this.batch = batch;
        }

        @Override
        public void printTable(PrintWriter out) {
            out.println(file + ": " + batch.size() + " payment orders, all valid");
            TextTable totals = TextTable.of("CURRENCY", "TOTAL").right("TOTAL");
            for (Money total : batch.totals().values()) {
                totals.row(total.currency().code(), total.toWire());
            }
            totals.print(out);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            node.put("file", file.toString());
            node.put("valid", true);
            node.put("orders", batch.size());
            ObjectNode totals = node.putObject("totals");
            batch.totals().forEach((currency, total) -> totals.put(currency.code(), total.toWire()));
            node.putArray("problems");
            return node;
        }
    }

    private static final class Invalid implements Report {
        private final Path file;
        private final List<LineProblem> problems;

        Invalid(Path file, List<LineProblem> problems) {
            this.file = file;
            this.problems = problems;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("LINE", "FIELD", "PROBLEM").right("LINE");
            for (LineProblem p : problems) {
                table.row(p.line(), p.field(), p.reason());
            }
            table.print(out);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ObjectNode node = json.objectNode();
            node.put("file", file.toString());
            node.put("valid", false);
            ArrayNode list = node.putArray("problems");
            for (LineProblem p : problems) {
                list.addObject().put("line", p.line()).put("field", p.field()).put("reason", p.reason());
            }
            return node;
        }
    }
}
