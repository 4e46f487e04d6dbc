package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.capitalist4j.architecture.ProductionClasses.ADAPTERS;
import static io.capitalist4j.architecture.ProductionClasses.API2;
import static io.capitalist4j.architecture.ProductionClasses.APPLICATION;
import static io.capitalist4j.architecture.ProductionClasses.CLI;
import static io.capitalist4j.architecture.ProductionClasses.CLIENT;
import static io.capitalist4j.architecture.ProductionClasses.CSV;
import static io.capitalist4j.architecture.ProductionClasses.DOMAIN;
import static io.capitalist4j.architecture.ProductionClasses.HTTP;
import static io.capitalist4j.architecture.ProductionClasses.JDBC;
import static io.capitalist4j.architecture.ProductionClasses.MICROMETER;
import static io.capitalist4j.architecture.ProductionClasses.ROOT;
import static io.capitalist4j.architecture.ProductionClasses.SIGNING;
import static io.capitalist4j.architecture.ProductionClasses.TESTKIT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each technology stays in the adapter that wraps it (and the testkit, which stands up a whole server). */
class TechnologyRulesTest {

    @Test
    void vertxIsUsedOnlyByTheHttpAndApi2AdaptersTheCliTheClientAndTheTestkit() {
        // the client's entry point takes a Vert.x instance to run on
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackages(HTTP, API2, CLI, CLIENT, TESTKIT)
                .should().dependOnClassesThat().resideInAPackage("io.vertx..")
                .check(ProductionClasses.all());
    }

    @Test
    void jacksonIsUsedOnlyByTheCsvAndApi2AdaptersTheTestkitAndTheCli() {
        // the CLI is the composition root: it writes --output json with Jackson
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackages(CSV, API2, TESTKIT, CLI)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .check(ProductionClasses.all());
    }

    @Test
    void bouncyCastleIsUsedOnlyByTheSigningAdapterAndTheTestkit() {
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackages(SIGNING, TESTKIT)
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .check(ProductionClasses.all());
    }

    @Test
    void theApplicationNeverDependsOnMicrometer() {
        // metrics reach the application only through its own listener port, so using the library never forces Micrometer
        noClasses().that().resideInAnyPackage(APPLICATION, DOMAIN)
                .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
                .check(ProductionClasses.all());
    }

    @Test
    void micrometerIsUsedOnlyByTheMicrometerModule() {
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(MICROMETER)
                .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
                .check(ProductionClasses.all());
    }

    /** It listens to any client through the application's port, so it needs no adapter, client or testkit. */
    @Test
    void theMicrometerModuleDependsOnlyOnTheApplicationAndTheDomain() {
        noClasses().that().resideInAPackage(MICROMETER)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS, CLIENT, TESTKIT)
                .check(ProductionClasses.all());
    }

    @Test
    void theImportSeesTheMicrometerModule() {
        assertThat(ProductionClasses.all().containPackage("io.capitalist4j.micrometer"))
                .isTrue();
    }

    @Test
    void jdbcFlywayAndThePoolAreUsedOnlyByTheJdbcAdapter() {
        // the CLI and the testkit reach a journal database through JdbcPayoutJournal, never around it
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(JDBC)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.zaxxer.hikari..", "org.h2..", "org.postgresql..")
                .check(ProductionClasses.all());
    }
}
