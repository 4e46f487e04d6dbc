package io.capitalist4j.spring;

import java.util.Locale;

/** Where the payout journal lives ({@code capitalist.journal.mode}). */
public enum JournalMode {

    /** On the application's {@code DataSource} bean, beside its own tables (all of ours start with capitalist4j_). */
    DATASOURCE,

    /** In an embedded H2 file ({@code journal.mv.db}) in {@code capitalist.journal.h2-directory}. */
    H2_FILE,

    /** No journal: a single submit never repeats an upload, but nothing remembers what was sent across submits. */
    NONE;

    /** As written in a properties file: {@code datasource}, {@code h2-file}, {@code none}. */
    public String propertyValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
