package io.capitalist4j.spring;

import java.util.Objects;

/**
 * A {@code capitalist.*} property is missing, or does not fit with the others: the application cannot start a
 * client. The message names the property and what it is for, never a secret's value.
 */
public class CapitalistPropertyException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final String action;

    public CapitalistPropertyException(String property, String problem, String action) {
        super(Objects.requireNonNull(property, "property") + ": " + Objects.requireNonNull(problem, "problem"));
        this.property = property;
        this.action = Objects.requireNonNull(action, "action");
    }

    /** A required property that has no value. */
    static CapitalistPropertyException missing(String property, String purpose) {
        return new CapitalistPropertyException(property, "not set; " + purpose,
                "Set " + property + " (e.g. in application.properties or as an environment variable), "
                        + "or capitalist.sandbox=true to run against the testkit's sandbox.");
    }

    /** The property that is missing or wrong, e.g. {@code capitalist.login}. */
    public String property() {
        return property;
    }

    /** What to do about it. */
    public String action() {
        return action;
    }
}
