package io.capitalist4j.adapter.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code capitalist completion bash|zsh}: the shell completion script for every command and option, on stdout. The
 * script completes the command {@code capitalist}: the launcher next to the jar, or a function or link of that name.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = {"Print the shell completion script for bash or zsh (commands, options, their values).",
                "bash: source <(capitalist completion bash)   (or save it in /etc/bash_completion.d/capitalist)",
                "zsh:  source <(capitalist completion zsh)    (in ~/.zshrc; it loads zsh's bash completion support)",
                "It completes the command 'capitalist': put the launcher adapter-cli/target/capitalist on the PATH, "
                        + "or link it under that name."})
final class CompletionCommand implements Callable<Integer> {
    /** The shells the script is for: picocli's bash script also runs in zsh through bashcompinit. */
    enum Shell { BASH, ZSH }

    @Spec
    CommandSpec spec;

    /** Completes the shell's name as it is typed: lower case. */
    static final class Shells extends java.util.ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Shells() {
            super(java.util.List.of("bash", "zsh"));
        }
    }

    @Parameters(index = "0", paramLabel = "bash|zsh", completionCandidates = Shells.class, description = "The shell: bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        String script = AutoComplete.bash("capitalist", spec.root().commandLine());
        if (shell == Shell.ZSH) {
            // the script turns on zsh's bash completion itself when it runs in zsh; say so to whoever reads it
            script = "# zsh: this script loads compinit and bashcompinit, then registers the bash completion\n" + script;
        }
        root.terminal().out().print(script);
        root.terminal().out().flush();
        return ExitCode.OK;
    }
}
