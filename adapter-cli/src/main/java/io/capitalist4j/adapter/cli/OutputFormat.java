package io.capitalist4j.adapter.cli;

/** How results are written to stdout: aligned text for people, JSON for programs. */
enum OutputFormat {
    TABLE, JSON
}
