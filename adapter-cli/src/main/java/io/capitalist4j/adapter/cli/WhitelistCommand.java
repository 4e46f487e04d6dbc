package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.domain.api2.WhitelistEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist --api 2 whitelist [add|remove IP...]}: the IP addresses API2 accepts your key from. */
@Command(name = "whitelist", mixinStandardHelpOptions = true,
        description = {"API2 only: list the IP addresses (203.0.113.7, or 127.0.0.* for a range) your API key is "
                + "accepted from; 'whitelist add' and 'whitelist remove' change it (sent once, never repeated)."},
        subcommands = {WhitelistCommand.Add.class, WhitelistCommand.Remove.class})
final class WhitelistCommand implements Callable<Integer>, ApiOnly.Api2 {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        root.output().print(new Listing(Api2Session.await(root.api2Session().api().whitelist())));
        return ExitCode.OK;
    }

    /** {@code whitelist add IP...}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add addresses to the whitelist; sent once.")
    static final class Add implements Callable<Integer>, ApiOnly.Api2 {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "IP", description = "An IPv4 address, or one with * as its last octet.")
        List<String> entries = new ArrayList<>();

        @Override
        public Integer call() {
            return change(spec, entries, true);
        }
    }

    /** {@code whitelist remove IP...}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove addresses from the whitelist; sent once.")
    static final class Remove implements Callable<Integer>, ApiOnly.Api2 {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "IP", description = "An address as the whitelist lists it.")
        List<String> entries = new ArrayList<>();

        @Override
        public Integer call() {
            return change(spec, entries, false);
        }
    }

    private static int change(CommandSpec spec, List<String> given, boolean add) {
        RootCommand root = RootCommand.of(spec);
        List<WhitelistEntry> entries = given.stream().map(WhitelistEntry::of).toList();
        String operation = add ? "whitelist add" : "whitelist remove";
        OnceOnly.send(operation, "check with 'capitalist --api 2 whitelist' before trying again", root,
                () -> Api2Session.await(add ? root.api2Session().api().addToWhitelist(entries)
                        : root.api2Session().api().removeFromWhitelist(entries)));
        // not listed again: once the list is not empty, API2 refuses every address off it, maybe this one
        root.terminal().err().println((add ? "added " : "removed ") + entries.size() + " whitelist entr"
                + (entries.size() == 1 ? "y" : "ies") + "; a whitelist that is not empty admits only its addresses");
        root.output().print(new Listing(entries));
        return ExitCode.OK;
    }

    private static final class Listing implements Report {
        private final List<WhitelistEntry> entries;

        Listing(List<WhitelistEntry> entries) {
            this.entries = entries;
        }

        @Override
        public void printTable(PrintWriter out) {
            TextTable table = TextTable.of("WHITELISTED IP");
            entries.forEach(e -> table.row(e.value()));
            table.print(out);
        }

        @Override
        public JsonNode toJson(JsonNodeFactory json) {
            ArrayNode array = json.arrayNode();
            entries.forEach(e -> array.add(e.value()));
            return json.objectNode().set("whitelist", array);
        }
    }
}
