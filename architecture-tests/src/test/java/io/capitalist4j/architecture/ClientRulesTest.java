package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.capitalist4j.architecture.ProductionClasses.API2;
import static io.capitalist4j.architecture.ProductionClasses.APPLICATION;
import static io.capitalist4j.architecture.ProductionClasses.CLI;
import static io.capitalist4j.architecture.ProductionClasses.CLIENT;
import static io.capitalist4j.architecture.ProductionClasses.CSV;
import static io.capitalist4j.architecture.ProductionClasses.DOMAIN;
import static io.capitalist4j.architecture.ProductionClasses.HTTP;
import static io.capitalist4j.architecture.ProductionClasses.SIGNING;
import static io.capitalist4j.architecture.ProductionClasses.TESTKIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The client module is a composition root, like the CLI: it may use every adapter, and nothing it composes
 * may use it. It is one front door: its only public types are the entry point and its builder.
 */
class ClientRulesTest {

    @Test
    void theImportSeesTheClientModule() {
        assertThat(ProductionClasses.all().containPackage("io.capitalist4j.client")).isTrue();
    }

    @Test
    void nothingTheClientComposesDependsOnIt() {
        noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION, CSV, SIGNING, HTTP, API2, TESTKIT)
                .should().dependOnClassesThat().resideInAPackage(CLIENT)
                .check(ProductionClasses.all());
    }

    @Test
    void theClientUsesNeitherTheTestkitNorTheCli() {
        noClasses().that().resideInAPackage(CLIENT)
                .should().dependOnClassesThat().resideInAnyPackage(TESTKIT, CLI)
                .check(ProductionClasses.all());
    }

    @Test
    void theEntryPointAndItsBuilderAreTheClientsOnlyPublicTypes() {
        assertThat(ProductionClasses.all().stream()
                .filter(c -> c.getPackageName().equals("io.capitalist4j.client"))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
                .map(JavaClass::getName).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("io.capitalist4j.client.Capitalist", "io.capitalist4j.client.Capitalist$Builder");
    }
}
