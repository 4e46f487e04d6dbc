package io.capitalist4j.adapter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A usage error as an operator reads it: the mistyped option or command named, with what it was probably meant to
 * be ({@code did you mean --output?}), then where the help is; exit 2. A value that follows an unknown option is
 * never echoed (it may be a secret typed after a mistyped flag); a word that is not an option is echoed only when
 * it looks like a command name.
 */
final class BadUsage implements CommandLine.IParameterExceptionHandler {
    /** What a mistyped command name looks like; anything else may be a secret and is not shown. */
    private static final Pattern COMMAND_WORD = Pattern.compile("[a-z][a-z0-9-]{0,23}");
    private static final Pattern NUMBER = Pattern.compile("-[0-9][0-9.]*");

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        List<String> unknown = unknownOptions(e, args);
        if (!unknown.isEmpty()) {
            // also when picocli first complains of a missing option: the typo is why it is missing
            for (String option : unknown) {
                err.println("error: unknown option " + option + didYouMean(visibleOptionNames(command), option, ""));
            }
        } else if (e instanceof CommandLine.UnmatchedArgumentException) {
            err.println("error: " + unexpected(command, ((CommandLine.UnmatchedArgumentException) e).getUnmatched()));
        } else {
            err.println("error: " + e.getMessage());
        }
        err.println("see: " + command.getCommandSpec().qualifiedName() + " --help");
        err.flush();
        return ExitCode.BAD_INPUT;
    }

    /** The option names on the line that no command of the line knows, without their values. */
    private static List<String> unknownOptions(ParameterException e, String[] args) {
        List<String> candidates;
        if (e instanceof CommandLine.UnmatchedArgumentException) {
            candidates = ((CommandLine.UnmatchedArgumentException) e).getUnmatched();
        } else if (e instanceof CommandLine.MissingParameterException) {
            candidates = List.of(args);
        } else {
            return List.of();
        }
        Set<String> known = optionNames(e.getCommandLine());
        Set<String> unknown = new LinkedHashSet<>();
        for (String arg : candidates) {
            if (!arg.startsWith("-") || arg.equals("-") || arg.equals("--") || NUMBER.matcher(arg).matches()) {
                continue;
            }
            String name = arg.split("=", 2)[0];
            if (!known.contains(name) && !shortOptions(e.getCommandLine(), name)) {
                unknown.add(name);
            }
        }
        return List.copyOf(unknown);
    }

    /** {@code -hV}: a cluster of one-letter options. */
    private static boolean shortOptions(CommandLine command, String name) {
        if (name.startsWith("--") || name.length() < 2) {
            return false;
        }
        for (char c : name.substring(1).toCharArray()) {
            if (command.getCommandSpec().findOption(c) == null) {
                return false;
            }
        }
        return true;
    }

    /** The options a command accepts (its own and the global ones), hidden ones too: they are not typos. */
    private static Set<String> optionNames(CommandLine command) {
        Set<String> names = new LinkedHashSet<>();
        for (CommandSpec spec = command.getCommandSpec(); spec != null; spec = spec.parent()) {
            names.addAll(spec.optionsMap().keySet());
        }
        return names;
    }

    private static Set<String> visibleOptionNames(CommandLine command) {
        return command.getCommandSpec().options().stream().filter(o -> !o.hidden())
                .flatMap(o -> List.of(o.names()).stream()).filter(n -> n.startsWith("--"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A word where no argument was expected: a mistyped command, or a value too many. */
    private static String unexpected(CommandLine command, List<String> unmatched) {
        CommandSpec spec = command.getCommandSpec();
        String word = unmatched.get(0);
        String prefix = spec.qualifiedName() + " ";
        if (!spec.subcommands().isEmpty() && COMMAND_WORD.matcher(word).matches()) {
            return "unknown command '" + spec.qualifiedName() + " " + word + "'"
                    + didYouMean(spec.subcommands().keySet(), word, prefix);
        }
        String what = unmatched.size() == 1 ? "an argument" : unmatched.size() + " arguments";
        return "'" + spec.qualifiedName() + "' was given " + what + " it does not take"
                + (COMMAND_WORD.matcher(word).matches() && unmatched.size() == 1 ? ": '" + word + "'"
                        : " (not shown: it may be a secret)");
    }

    private static String didYouMean(Set<String> candidates, String typed, String prefix) {
        List<String> close = closest(candidates, typed);
        if (close.isEmpty()) {
            return "";
        }
        if (close.size() == 1) {
            return "; did you mean " + prefix + close.get(0) + "?";
        }
        return "; did you mean one of: " + close.stream().map(c -> prefix + c).collect(Collectors.joining(", ")) + "?";
    }

    /**
     * The names within a few edits of {@code typed} (fewer for short names), the closest first; or, when none is,
     * those it is the start of ({@code --sand} for {@code --sandbox}). At most three.
     */
    static List<String> closest(Set<String> names, String typed) {
        String t = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, stripped(t).length() / 3));
        List<String> near = new ArrayList<>();
        for (String name : names) {
            if (distance(t, name.toLowerCase(Locale.ROOT)) <= allowed) {
                near.add(name);
            }
        }
        if (near.isEmpty() && stripped(t).length() >= 2) {
            names.stream().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(t)).forEach(near::add);
        }
        near.sort(Comparator.comparingInt((String n) -> distance(t, n.toLowerCase(Locale.ROOT))).thenComparing(n -> n));
        return near.subList(0, Math.min(3, near.size()));
    }

    private static String stripped(String option) {
        return option.replaceFirst("^-+", "");
    }

    /** Edits (insert, delete, replace, swap two neighbours) from one word to the other. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
