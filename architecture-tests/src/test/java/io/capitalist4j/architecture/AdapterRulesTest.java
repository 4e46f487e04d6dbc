package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.capitalist4j.architecture.ProductionClasses.ADAPTERS;
import static io.capitalist4j.architecture.ProductionClasses.API2;
import static io.capitalist4j.architecture.ProductionClasses.APPLICATION;
import static io.capitalist4j.architecture.ProductionClasses.CLI;
import static io.capitalist4j.architecture.ProductionClasses.CSV;
import static io.capitalist4j.architecture.ProductionClasses.HTTP;
import static io.capitalist4j.architecture.ProductionClasses.JDBC;
import static io.capitalist4j.architecture.ProductionClasses.PORT_OUT;
import static io.capitalist4j.architecture.ProductionClasses.SIGNING;
import static io.capitalist4j.architecture.ProductionClasses.TESTKIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Adapters meet only through the application's ports; the one exception is http reading the API's answers
 * with the csv adapter's wire codecs (api2 has its own JSON codec). The CLI and the testkit compose everything and may use all.
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
                .should().dependOnClassesThat().resideInAnyPackage(SIGNING, HTTP, JDBC, API2, CLI, TESTKIT)
                .check(ProductionClasses.all());
    }

    @Test
    void theSigningAdapterDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage(SIGNING)
                .should().dependOnClassesThat().resideInAnyPackage(CSV, HTTP, JDBC, API2, CLI, TESTKIT)
                .check(ProductionClasses.all());
    }

    @Test
    void theHttpAdapterDependsOnNoOtherAdapterButTheCsvCodecs() {
        noClasses().that().resideInAPackage(HTTP)
                .should().dependOnClassesThat().resideInAnyPackage(SIGNING, JDBC, API2, CLI, TESTKIT)
                .check(ProductionClasses.all());
    }

    @Test
    void theJdbcAdapterDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage(JDBC)
                .should().dependOnClassesThat().resideInAnyPackage(CSV, SIGNING, HTTP, API2, CLI, TESTKIT)
                .check(ProductionClasses.all());
    }

    /** API2 is a protocol of its own: it shares no code with the v1 adapters, not even the wire codecs. */
    @Test
    void theApi2AdapterDependsOnNoOtherAdapter() {
        noClasses().that().resideInAPackage(API2)
                .should().dependOnClassesThat().resideInAnyPackage(CSV, SIGNING, HTTP, JDBC, CLI, TESTKIT)
                .check(ProductionClasses.all());
    }

    @Test
    void noAdapterButTheCliDependsOnTheTestkit() {
        noClasses().that().resideInAPackage(ADAPTERS).and().resideOutsideOfPackage(CLI)
                .should().dependOnClassesThat().resideInAPackage(TESTKIT)
                .check(ProductionClasses.all());
    }

    @Test
    void portImplementationsInsideAdaptersAreNotPublic() {
        classes().that().resideInAPackage(ADAPTERS).and(PORT_IMPLEMENTATIONS)
                .should().notBePublic()
                .check(ProductionClasses.all());
    }

    /**
     * The selector above is a predicate of our own: it must find the port implementations of every adapter that
     * has them, or the rule would pass for want of classes to check.
     */
    @Test
    void thePortImplementationSelectorFindsOnesInTheCsvHttpSigningJdbcAndApi2Adapters() {
        for (String adapter : List.of(CSV, HTTP, SIGNING, JDBC, API2)) {
            String pkg = adapter.replace("..", "");
            assertThat(ProductionClasses.all().stream()
                    .filter(c -> c.getPackageName().startsWith(pkg) && PORT_IMPLEMENTATIONS.test(c)))
                    .as("port implementations in %s", pkg).isNotEmpty();
        }
    }

    @Test
    void applicationServicesAreNotPublic() {
        classes().that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("Service")
                .should().notBePublic()
                .check(ProductionClasses.all());
    }
}
