package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.capitalist4j.architecture.ProductionClasses.APPLICATION;
import static io.capitalist4j.architecture.ProductionClasses.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The hexagon: the inside knows nothing of the outside. */
class LayerRulesTest {

    @Test
    void theImportSeesTheDomainAndTheApplication() {
        assertThat(ProductionClasses.all().containPackage("io.capitalist4j.domain.payment")).isTrue();
        assertThat(ProductionClasses.all().containPackage("io.capitalist4j.application.port.out")).isTrue();
        assertThat(ProductionClasses.all().stream().noneMatch(c -> c.getSimpleName().endsWith("Test"))).isTrue();
    }

    @Test
    void theDomainDependsOnlyOnTheJdkAndItself() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
                .check(ProductionClasses.all());
    }

    @Test
    void theApplicationDependsOnlyOnTheJdkTheDomainAndItself() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
                .check(ProductionClasses.all());
    }

    @Test
    void thereAreNoPackageCycles() {
        slices().matching("io.capitalist4j.(**)").should().beFreeOfCycles()
                .check(ProductionClasses.all());
    }
}
