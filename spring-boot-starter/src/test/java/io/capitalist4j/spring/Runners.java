package io.capitalist4j.spring;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The starter's two auto-configurations in an otherwise empty context. */
final class Runners {

    private Runners() {
    }

    /**
     * Without a DataSource the journal defaults to an H2 file in the user's home: every test that neither gives a
     * DataSource nor runs the sandbox sets {@code capitalist.journal.h2-directory} or {@code mode=none}.
     */
    static ApplicationContextRunner starter() {
        return new ApplicationContextRunner().withConfiguration(
                AutoConfigurations.of(CapitalistAutoConfiguration.class, CapitalistHealthAutoConfiguration.class));
    }
}
