package io.capitalist4j.adapter.http;

import io.capitalist4j.application.port.out.CapitalistApiPort;

/**
 * The v1 API over HTTP. {@link #close()} fails the calls in flight at once with a
 * {@link io.capitalist4j.domain.error.TransportException} saying the request may have reached the server, fails
 * every later call before anything is sent, and stops the Vert.x instance the API made itself (returning once
 * its threads are stopped). A Vert.x instance given in {@link HttpOptions#vertx()} is left running.
 */
public interface CapitalistHttpApi extends CapitalistApiPort, AutoCloseable {

    @Override
    void close();
}
