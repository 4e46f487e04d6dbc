/**
 * What a user's own module writes to use the client: capitalist4j's jars are automatic modules, named by the
 * Automatic-Module-Name of their manifests.
 */
module io.capitalist4j.smoke.consumer {
    requires io.capitalist4j.client;
    requires io.capitalist4j.application;
    requires io.capitalist4j.domain;
}
