package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.capitalist4j.architecture.ProductionClasses.ADAPTERS;
import static io.capitalist4j.architecture.ProductionClasses.APPLICATION;
import static io.capitalist4j.architecture.ProductionClasses.CLI;
import static io.capitalist4j.architecture.ProductionClasses.CSV;
import static io.capitalist4j.architecture.ProductionClasses.HTTP;
import static io.capitalist4j.architecture.ProductionClasses.PORT_OUT;
import static io.capitalist4j.architecture.ProductionClasses.SIGNING;
import static io.capitalist4j.architecture.ProductionClasses.TESTKIT;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

/**
 * Adapters meet only through the application's ports; the one exception is http reading the API's answers
 * with the csv adapter's wire codecs. The CLI and the testkit compose everything and may use all.
 */
class AdapterRulesTest {

    /** A class that implements (directly or not) an outbound port. */
    private static final DescribedPredicate<JavaClass> PORT_IMPLEMENTATIONS = new DescribedPredicate<>(
            "implement an outbound port") {
        @Override
        public boolean test(JavaClass c) {
            return !c.isInterface() && c.getAllRawInterfaces().stream()
                    .anyMatch(i -> i.getPackageName().startsWith(PORT_OUT.replace("..", "")));
        }
    };

    @Test
    void theCsvAdapterDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage(CSV)
                .should().dependOnClassesThat().resideInAnyPackage(SIGNING, HTTP, CLI, TESTKIT)
                .allowEmptyShould(true)
                .check(ProductionClasses.all());
    }

    @Test
    void theSigningAdapterDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage(SIGNING)
                .should().dependOnClassesThat().resideInAnyPackage(CSV, HTTP, CLI, TESTKIT)
                .allowEmptyShould(true)
                .check(ProductionClasses.all());
    }

    @Test
    void theHttpAdapterDependsOnNoOtherAdapterButTheCsvCodecs() {
        noClasses().that().resideInAPackage(HTTP)
                .should().dependOnClassesThat().resideInAnyPackage(SIGNING, CLI, TESTKIT)
                .allowEmptyShould(true)
                .check(ProductionClasses.all());
    }

    @Test
    void noAdapterButTheCliDependsOnTheTestkit() {
        noClasses().that().resideInAPackage(ADAPTERS).and().resideOutsideOfPackage(CLI)
                .should().dependOnClassesThat().resideInAPackage(TESTKIT)
                .allowEmptyShould(true)
                .check(ProductionClasses.all());
    }

    @Test
    void portImplementationsInsideAdaptersAreNotPublic() {
        classes().that().resideInAPackage(ADAPTERS).and(PORT_IMPLEMENTATIONS)
                .should().notBePublic()
                .allowEmptyShould(true)
                .check(ProductionClasses.all());
    }

    @Test
    void applicationServicesAreNotPublic() {
        classes().that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("Service")
                .should().notBePublic()
                .allowEmptyShould(true)
                .check(ProductionClasses.all());
    }
}
