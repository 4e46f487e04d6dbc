package io.capitalist4j.adapter.http;

import io.capitalist4j.application.port.out.CapitalistApiPort;

/** The v1 API over HTTP. Closing it closes the Vert.x instance it made itself, never one it was given. */
public interface CapitalistHttpApi extends CapitalistApiPort, AutoCloseable {

    @Override
    void close();
}
