package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.capitalist4j.architecture.ProductionClasses.PORT_IN;
import static io.capitalist4j.architecture.ProductionClasses.PORT_OUT;
import static io.capitalist4j.architecture.ProductionClasses.ROOT;

import org.junit.jupiter.api.Test;

/**
 * Outbound ports are interfaces named *Port in port.out. There are no inbound port interfaces: the public
 * facade CapitalistClient is what the CLI and the testkit call; port.in holds its commands, queries and results.
 */
class PortRulesTest {

    @Test
    void interfacesInPortOutAreNamedPort() {
        classes().that().resideInAPackage(PORT_OUT).and().areInterfaces().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Port")
                .check(ProductionClasses.all());
    }

    @Test
    void portInHoldsOnlyTheCommandsQueriesAndResultsOfTheClientNoInterfaces() {
        noClasses().that().resideInAPackage(PORT_IN).and().areTopLevelClasses()
                .should().beInterfaces()
                .check(ProductionClasses.all());
    }

    @Test
    void everythingNamedPortIsAnInterfaceInPortOut() {
        classes().that().resideInAPackage(ROOT + "..").and().haveSimpleNameEndingWith("Port")
                .should().beInterfaces().andShould().resideInAPackage(PORT_OUT)
                .check(ProductionClasses.all());
    }

    @Test
    void nothingIsNamedUseCaseTheClientIsTheOneFrontDoor() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .should().haveSimpleNameEndingWith("UseCase")
                .check(ProductionClasses.all());
    }
}
