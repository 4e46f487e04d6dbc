package io.capitalist4j.spring;

import io.capitalist4j.adapter.api2.Api2Options;
import io.capitalist4j.adapter.http.HttpOptions;

/** {@code capitalist.http.*} onto each adapter's options; a setting left out keeps the adapter's default. */
final class WireSettings {

    private WireSettings() {
    }

    static void apply(CapitalistProperties.Http http, HttpOptions.Builder options) {
        if (http.getConnectTimeout() != null) {
            options.connectTimeout(http.getConnectTimeout());
        }
        if (http.getRequestTimeout() != null) {
            options.requestTimeout(http.getRequestTimeout());
        }
        if (http.getIdleTimeout() != null) {
            options.idleTimeout(http.getIdleTimeout());
        }
        if (http.getReadRetries() != null) {
            options.readRetries(http.getReadRetries());
        }
        if (http.getMaxConnections() != null) {
            options.maxConnections(http.getMaxConnections());
        }
        if (http.getUserAgent() != null) {
            options.userAgent(http.getUserAgent());
        }
        if (http.getLanguage() != null) {
            options.language(http.getLanguage());
        }
    }

    /** The language of v1's messages has no API2 counterpart and is not used here. */
    static void apply(CapitalistProperties.Http http, Api2Options.Builder options) {
        if (http.getConnectTimeout() != null) {
            options.connectTimeout(http.getConnectTimeout());
        }
        if (http.getRequestTimeout() != null) {
            options.requestTimeout(http.getRequestTimeout());
        }
        if (http.getIdleTimeout() != null) {
            options.idleTimeout(http.getIdleTimeout());
        }
        if (http.getReadRetries() != null) {
            options.readRetries(http.getReadRetries());
        }
        if (http.getMaxConnections() != null) {
            options.maxConnections(http.getMaxConnections());
        }
        if (http.getUserAgent() != null) {
            options.userAgent(http.getUserAgent());
        }
    }
}
