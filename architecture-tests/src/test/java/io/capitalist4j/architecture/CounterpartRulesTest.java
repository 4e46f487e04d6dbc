package io.capitalist4j.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.PaymentOrders;
import org.junit.jupiter.api.Test;

/**
 * The sandbox is a counterpart, not a mirror: the classes that read uploads, check their proof and answer do so
 * with the testkit's own code, written from the reference, so that a bug of the client's batch format or signing
 * adapter cannot hide in both sides. Only the helpers that act as a client ({@code Batches}, which renders a batch
 * as the CSV adapter does, and {@code SandboxIdentity}, which hands tests the client's verification) and the
 * JUnit extension, which wires a real client, use the client's adapters. The fake API2 server goes further: it is
 * written from the API2 reference alone and uses no other capitalist4j code at all (no domain, no application, no
 * adapter), so that its signature check, JSON and payload rules cannot share a mistake with the client.
 */
class CounterpartRulesTest {

    private static final String SERVER = "io.capitalist4j.testkit";
    private static final String SCRIPTED = "io.capitalist4j.testkit.scripted";
    private static final String API2 = "io.capitalist4j.testkit.api2";

    private static final DescribedPredicate<JavaCall<?>> THE_CLIENTS_LINE_WRITER =
            DescribedPredicate.describe("PaymentOrder.fields() or forEachField(...)",
                    call -> call.getTarget().getOwner().isAssignableTo(PaymentOrder.class)
                            && (call.getName().equals("fields") || call.getName().equals("forEachField")));

    @Test
    void theSelectionHoldsTheServerSide() {
        assertThat(ProductionClasses.all().stream()
                .filter(c -> c.getPackageName().equals(SERVER))
                .map(c -> c.getSimpleName()))
                .contains("FakeCapitalistServer", "UploadReader", "UploadVerification", "Engine");
        assertThat(ProductionClasses.all().stream()
                .filter(c -> c.getPackageName().equals(API2))
                .map(c -> c.getSimpleName()))
                .contains("FakeApi2Server", "Api2Signature", "Api2Bank", "PayloadRules");
    }

    @Test
    void theFakeApi2ServerUsesNoCapitalist4jCodeBeyondItsOwnPackage() {
        noClasses().that().resideInAPackage(API2)
                .should().dependOnClassesThat(resideInAPackage("io.capitalist4j..")
                        .and(not(resideInAPackage(API2))))
                .check(ProductionClasses.all());
    }

    @Test
    void theFakeServerReadsUploadsWithItsOwnReaderNotTheClientsBatchFormat() {
        noClasses().that().resideInAnyPackage(SERVER, SCRIPTED, API2)
                .and(not(simpleName("Batches"))).and(not(simpleName("SandboxIdentity")))
                .should().dependOnClassesThat(resideInAPackage("io.capitalist4j.adapter.csv..")
                        .and(not(simpleName("ResponseFormat"))))
                .orShould().dependOnClassesThat().belongToAnyOf(PaymentOrders.class)
                .orShould().callCodeUnitWhere(THE_CLIENTS_LINE_WRITER)
                .check(ProductionClasses.all());
    }

    @Test
    void theFakeServerChecksSignaturesAndPasswordsWithItsOwnCrypto() {
        noClasses().that().resideInAnyPackage(SERVER, SCRIPTED, API2)
                .and(not(simpleName("SandboxIdentity")))
                .should().dependOnClassesThat().resideInAPackage("io.capitalist4j.adapter.signing..")
                .check(ProductionClasses.all());
    }

    @Test
    void theFakeServerNeverTalksThroughTheClientsHttpAdapter() {
        noClasses().that().resideInAnyPackage(SERVER, SCRIPTED, API2)
                .should().dependOnClassesThat().resideInAPackage("io.capitalist4j.adapter.http..")
                .check(ProductionClasses.all());
    }
}
