package io.capitalist4j.spring;

import io.capitalist4j.application.Api2Client;

/**
 * Changes the builder of the api 2 {@link Api2Client} after the adapter and the journal were set and before
 * {@code build()}. Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface Api2ClientCustomizer {

    void customize(Api2Client.Builder builder);
}
