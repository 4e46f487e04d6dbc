package io.capitalist4j.adapter.cli;

/** The {@code x-response-format} the CLI asks the server for. */
enum WireFormat {
    JSON, CSV
}
