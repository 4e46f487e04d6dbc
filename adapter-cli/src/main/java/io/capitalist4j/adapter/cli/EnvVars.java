package io.capitalist4j.adapter.cli;

/** The environment variables the CLI reads; secrets come only from here, a file or a prompt, never a flag. */
final class EnvVars {
    static final String URL = "CAPITALIST_URL";
    static final String LOGIN = "CAPITALIST_LOGIN";
    static final String PASSWORD = "CAPITALIST_PASSWORD";
    static final String PIN = "CAPITALIST_PIN";
    static final String KEY_PASSWORD = "CAPITALIST_KEY_PASSWORD";
    /** {@code capitalist call}: the value of a secret field NAME comes from CAPITALIST_FIELD_NAME. */
    static final String FIELD_PREFIX = "CAPITALIST_FIELD_";
    /** Log lines on stderr: {@code debug}, {@code info}, ...; unset, only our own warnings show. */
    static final String LOG_LEVEL = "CAPITALIST_LOG_LEVEL";

    private EnvVars() {
    }
}
