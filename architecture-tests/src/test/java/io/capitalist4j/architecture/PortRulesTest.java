package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static io.capitalist4j.architecture.ProductionClasses.PORT_IN;
import static io.capitalist4j.architecture.ProductionClasses.PORT_OUT;
import static io.capitalist4j.architecture.ProductionClasses.ROOT;

import org.junit.jupiter.api.Test;

/** Outbound ports are interfaces named *Port in port.out; inbound ports are interfaces named *UseCase in port.in. */
class PortRulesTest {

    @Test
    void interfacesInPortOutAreNamedPort() {
        classes().that().resideInAPackage(PORT_OUT).and().areInterfaces().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("Port")
                .check(ProductionClasses.all());
    }

    @Test
    void interfacesInPortInAreNamedUseCase() {
        classes().that().resideInAPackage(PORT_IN).and().areInterfaces().and().areTopLevelClasses()
                .should().haveSimpleNameEndingWith("UseCase")
                .check(ProductionClasses.all());
    }

    @Test
    void everythingNamedPortIsAnInterfaceInPortOut() {
        classes().that().resideInAPackage(ROOT + "..").and().haveSimpleNameEndingWith("Port")
                .should().beInterfaces().andShould().resideInAPackage(PORT_OUT)
                .check(ProductionClasses.all());
    }

    @Test
    void everythingNamedUseCaseIsAnInterfaceInPortIn() {
        classes().that().resideInAPackage(ROOT + "..").and().haveSimpleNameEndingWith("UseCase")
                .should().beInterfaces().andShould().resideInAPackage(PORT_IN)
                .check(ProductionClasses.all());
    }
}
