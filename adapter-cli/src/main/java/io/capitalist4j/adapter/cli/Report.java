package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;

/**
 * The data a command prints, in both shapes. Amounts go to JSON as strings so that their scale survives any
 * JSON reader (many read numbers as doubles).
 */
interface Report {
    void printTable(PrintWriter out);

    JsonNode toJson(JsonNodeFactory json);
}
