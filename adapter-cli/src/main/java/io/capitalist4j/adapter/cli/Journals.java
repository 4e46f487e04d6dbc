package io.capitalist4j.adapter.cli;

import io.capitalist4j.adapter.jdbc.JdbcPayoutJournal;
import io.capitalist4j.application.port.out.journal.PayoutJournalPort;
import io.capitalist4j.domain.auth.Secret;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which payout journal a command keeps its payment numbers in, and opening it: {@code --journal URL}, else
 * {@code $CAPITALIST_JOURNAL}, else an H2 file in the CLI's home ({@code $CAPITALIST_HOME}, else the system
 * property {@value #HOME_PROPERTY}, else {@code ~/.capitalist4j}); with {@code --sandbox}, a journal in memory
 * unless {@code --journal} is given. The database password comes only from {@code $CAPITALIST_JOURNAL_PASSWORD},
 * and it (or a password written into the URL) is masked in everything printed.
 */
final class Journals {
    /** Overrides the home directory where no environment is at hand (tests, embedding programs). */
    static final String HOME_PROPERTY = "capitalist4j.home";
    static final String HOME_DIRECTORY = ".capitalist4j";

    private static final Pattern URL_USER = Pattern.compile("(?i)[?&;]user=([^&;]*)");
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)([?&;]password=)([^&;]*)");

    private Journals() {
    }

    /** An open, checked journal and the login its numbers are kept under; closing it closes its pool. */
    static final class Opened implements AutoCloseable {
        private final PayoutJournalPort port;
        private final String login;
        private final String where;

        Opened(PayoutJournalPort port, String login, String where) {
            this.port = port;
            this.login = login;
            this.where = where;
        }

        PayoutJournalPort port() {
            return port;
        }

        String login() {
            return login;
        }

        /** Where the journal is, for messages: a file, "memory", or the URL with its password masked. */
        String where() {
            return where;
        }

        @Override
        public void close() {
            port.close();
        }
    }

    /**
     * Opens and checks (creating or upgrading its schema) the journal the options choose, for {@code login}.
     *
     * @throws BadInputException for a URL that is not a JDBC URL of a bundled driver
     * @throws io.capitalist4j.application.port.out.journal.JournalUnavailableException when it cannot be used
     */
    static Opened open(RootCommand root, String login) {
        Terminal terminal = root.terminal();
        String url = root.journalUrl != null ? root.journalUrl
                : root.sandbox ? null : terminal.variable(EnvVars.JOURNAL).orElse(null);
        PayoutJournalPort port;
        String where;
        if (url == null && root.sandbox) {
            try (Secret none = Secret.of("")) {
                port = JdbcPayoutJournal.open("jdbc:h2:mem:capitalist-sandbox-" + UUID.randomUUID(), "sandbox", none);
            }
            where = "memory (the sandbox's journal ends with the command)";
        } else if (url == null) {
            Path home = home(terminal);
            port = JdbcPayoutJournal.h2File(home);
            where = home.resolve(JdbcPayoutJournal.H2_FILE_NAME + ".mv.db").toString();
        } else {
            url = url.strip();
            Matcher inUrl = URL_PASSWORD.matcher(url);
            while (inUrl.find()) {
                terminal.secrets().add(inUrl.group(2));
            }
            where = redact(url);
            String lower = url.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:postgresql:")) {
                throw new BadInputException("--journal " + where + ": not a JDBC URL of a bundled driver; use "
                        + "jdbc:postgresql://HOST:5432/DB or jdbc:h2:file:/PATH/journal");
            }
            String user = user(url).or(() -> terminal.variable(EnvVars.JOURNAL_USER)).orElse("");
            try (Secret password = terminal.variable(EnvVars.JOURNAL_PASSWORD).map(Secret::of).orElseGet(() -> Secret.of(""))) {
                if (!password.isEmpty()) {
                    terminal.secrets().add(password);
                }
                port = JdbcPayoutJournal.open(url, user, password);
            }
        }
        try {
            port.check();
        } catch (RuntimeException e) {
            port.close();
            throw e;
        }
        return new Opened(port, login, where);
    }

    /**
     * {@code $CAPITALIST_HOME}, else {@value #HOME_PROPERTY}, else {@code ~/.capitalist4j} where {@code ~} is
     * {@code $HOME} as the shell has it (the JVM's {@code user.home} comes from the password file and ignores it),
     * and {@code user.home} only when there is no {@code $HOME}.
     */
    static Path home(Terminal terminal) {
        return terminal.variable(EnvVars.HOME).map(Path::of)
                .or(() -> Optional.ofNullable(System.getProperty(HOME_PROPERTY)).filter(p -> !p.isBlank()).map(Path::of))
                .or(() -> terminal.variable("HOME").filter(h -> !h.isBlank()).map(h -> Path.of(h, HOME_DIRECTORY)))
                .orElseGet(() -> Path.of(System.getProperty("user.home"), HOME_DIRECTORY));
    }

    /** The URL with any {@code password=} value replaced by {@code ***}. */
    static String redact(String url) {
        return URL_PASSWORD.matcher(url).replaceAll("$1***");
    }

    private static Optional<String> user(String url) {
        Matcher m = URL_USER.matcher(url);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
