package io.capitalist4j.spring;

import io.capitalist4j.client.Capitalist;

/**
 * Changes the builder of the api 1 {@code CapitalistClient} after the properties were applied and before
 * {@code build()}: any setting the properties do not cover (a trust store, a proxy, a Vert.x instance of yours).
 * Every bean of this type is applied, in {@code @Order}.
 */
@FunctionalInterface
public interface CapitalistClientCustomizer {

    void customize(Capitalist.Builder builder);
}
