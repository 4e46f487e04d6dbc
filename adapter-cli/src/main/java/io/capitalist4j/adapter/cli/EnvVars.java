package io.capitalist4j.adapter.cli;

/** The environment variables the CLI reads; secrets come only from here, a file or a prompt, never a flag. */
final class EnvVars {
    static final String URL = "CAPITALIST_URL";
    static final String LOGIN = "CAPITALIST_LOGIN";
    static final String PASSWORD = "CAPITALIST_PASSWORD";
    static final String PIN = "CAPITALIST_PIN";
    /** API2: the API key (sent as API-Key on every request). */
    static final String API_KEY = "CAPITALIST_API_KEY";
    /** API2: the API secret that keys every request's signature; never sent, never printed. */
    static final String API_SECRET = "CAPITALIST_API_SECRET";
    static final String KEY_PASSWORD = "CAPITALIST_KEY_PASSWORD";
    /** {@code capitalist call}: the value of a secret field NAME comes from CAPITALIST_FIELD_NAME. */
    static final String FIELD_PREFIX = "CAPITALIST_FIELD_";
    /** The payout journal's JDBC URL when {@code --journal} is not given. */
    static final String JOURNAL = "CAPITALIST_JOURNAL";
    /** The journal database's user when its URL names none. */
    static final String JOURNAL_USER = "CAPITALIST_JOURNAL_USER";
    /** The journal database's password: only ever from here, never a flag. */
    static final String JOURNAL_PASSWORD = "CAPITALIST_JOURNAL_PASSWORD";
    /** The CLI's own directory (the default H2 journal lives in it); default {@code ~/.capitalist4j}. */
    static final String HOME = "CAPITALIST_HOME";
    /** Log lines on stderr: {@code debug}, {@code info}, ...; unset, only our own warnings show. */
    static final String LOG_LEVEL = "CAPITALIST_LOG_LEVEL";

    private EnvVars() {
    }
}
