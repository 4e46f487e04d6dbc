package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.capitalist4j.architecture.ProductionClasses.EVENTS;
import static io.capitalist4j.architecture.ProductionClasses.PORT_IN;
import static io.capitalist4j.architecture.ProductionClasses.PORT_OUT;
import static io.capitalist4j.architecture.ProductionClasses.ROOT;

import org.junit.jupiter.api.Test;

/**
 * Outbound ports are interfaces named *Port in port.out. There are no inbound port interfaces: the public
 * facade CapitalistClient is what the CLI and the testkit call; port.in holds its commands, queries and results.
 */
class PortRulesTest {

    /**
     * The listener of port.out.events is the one exception: it is not a port the client needs to work but an observer
     * it tells, every method a no-op by default, named as what it is.
     */
    @Test
    void interfacesInPortOutAreNamedPort() {
        classes().that().resideInAPackage(PORT_OUT).and().resideOutsideOfPackage(EVENTS).and().areInterfaces()
                .and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Port")
                .check(ProductionClasses.all());
    }

    @Test
    void theOnlyInterfaceOfTheEventsIsTheListener() {
        classes().that().resideInAPackage(EVENTS).and().areInterfaces()
                .should().haveFullyQualifiedName("io.capitalist4j.application.port.out.events.CapitalistListener")
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
