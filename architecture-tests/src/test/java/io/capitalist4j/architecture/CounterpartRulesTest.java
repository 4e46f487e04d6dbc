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
 * JUnit extension, which wires a real client, use the client's adapters.
 */
class CounterpartRulesTest {

    private static final String SERVER = "io.capitalist4j.testkit";
    private static final String SCRIPTED = "io.capitalist4j.testkit.scripted";

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
    }

    @Test
    void theFakeServerReadsUploadsWithItsOwnReaderNotTheClientsBatchFormat() {
        noClasses().that().resideInAnyPackage(SERVER, SCRIPTED)
                .and(not(simpleName("Batches"))).and(not(simpleName("SandboxIdentity")))
                .should().dependOnClassesThat(resideInAPackage("io.capitalist4j.adapter.csv..")
                        .and(not(simpleName("ResponseFormat"))))
                .orShould().dependOnClassesThat().belongToAnyOf(PaymentOrders.class)
                .orShould().callCodeUnitWhere(THE_CLIENTS_LINE_WRITER)
                .check(ProductionClasses.all());
    }

    @Test
    void theFakeServerChecksSignaturesAndPasswordsWithItsOwnCrypto() {
        noClasses().that().resideInAnyPackage(SERVER, SCRIPTED)
                .and(not(simpleName("SandboxIdentity")))
                .should().dependOnClassesThat().resideInAPackage("io.capitalist4j.adapter.signing..")
                .check(ProductionClasses.all());
    }

    @Test
    void theFakeServerNeverTalksThroughTheClientsHttpAdapter() {
        noClasses().that().resideInAnyPackage(SERVER, SCRIPTED)
                .should().dependOnClassesThat().resideInAPackage("io.capitalist4j.adapter.http..")
                .check(ProductionClasses.all());
    }
}
