package io.capitalist4j.adapter.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help that keeps a command's page about the command: the global options are accepted anywhere on the line, so
 * picocli copies them into every command, but only {@code capitalist --help} describes them; a command's page
 * names its own options and points there in one line.
 */
final class CommandHelp extends Help {

    CommandHelp(CommandSpec spec, ColorScheme colors) {
        super(spec, colors);
    }

    private boolean isRoot() {
        return commandSpec().parent() == null;
    }

    @Override
    protected Ansi.Text createDetailedSynopsisOptionsText(Collection<ArgSpec> done, Comparator<OptionSpec> optionSort,
                                                         boolean clusterBooleanOptions) {
        if (isRoot()) {
            return super.createDetailedSynopsisOptionsText(done, optionSort, clusterBooleanOptions);
        }
        Set<ArgSpec> skipped = new HashSet<>(done);
        commandSpec().options().stream().filter(OptionSpec::inherited).forEach(skipped::add);
        Ansi.Text own = super.createDetailedSynopsisOptionsText(skipped, optionSort, clusterBooleanOptions);
        return own.concat(" [GLOBAL OPTIONS]");
    }

    @Override
    public String optionListExcludingGroups(List<OptionSpec> options, Layout layout, Comparator<OptionSpec> optionSort,
                                            IParamLabelRenderer labels) {
        if (isRoot()) {
            return super.optionListExcludingGroups(options, layout, optionSort, labels);
        }
        List<OptionSpec> own = options.stream().filter(o -> !o.inherited()).collect(Collectors.toList());
        String n = System.lineSeparator();
        return super.optionListExcludingGroups(own, layout, optionSort, labels) + n
                + "The global options (--url, --login, --output, --sandbox, --api, --journal, ...)" + n
                + "go before or after the command: see 'capitalist --help'." + n + n;
    }
}
