package io.capitalist4j.adapter.api2;

import io.capitalist4j.application.port.out.api2.Api2Port;

/**
 * API2 over HTTP, as {@link Api2Http} hands it out. {@link #close()} fails the calls in flight at once (a payment
 * among them with {@link io.capitalist4j.domain.error.OutcomeUnknownException}: it may have reached the server),
 * fails every later call before anything is sent, and stops the Vert.x instance the client made itself, returning
 * once its threads have stopped. A Vert.x instance given in {@link Api2Options#vertx()} is left running.
 */
public interface Api2HttpApi extends Api2Port, AutoCloseable {

    @Override
    void close();
}
