/**
 * A scripted HTTP server for tests that need answers no faithful server would give: per v1 operation, a test
 * queues answers, wire faults and delays, and reads back every request exactly as it arrived. Use
 * {@link io.capitalist4j.testkit.FakeCapitalistServer} when you want the bank's behaviour, and
 * {@link io.capitalist4j.testkit.scripted.ScriptedServer} when you want to decide each answer yourself.
 */
package io.capitalist4j.testkit.scripted;
