package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static io.capitalist4j.architecture.ProductionClasses.APPLICATION;
import static io.capitalist4j.architecture.ProductionClasses.CATALOGUE;
import static io.capitalist4j.architecture.ProductionClasses.DOMAIN;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/**
 * Failures from the inside are either bad input ({@link IllegalArgumentException}), a misuse
 * ({@link IllegalStateException}) or a remote failure from the catalogue ({@code io.capitalist4j.domain.error}).
 */
class ExceptionRulesTest {

    private static boolean allowed(JavaClass type) {
        return type.isAssignableTo(IllegalArgumentException.class)
                || type.isAssignableTo(IllegalStateException.class)
                || (type.isAssignableTo(RuntimeException.class) && type.getPackageName().startsWith(CATALOGUE.replace("..", "")));
    }

    /**
     * Creating an exception that is none of those. Two JDK types are tolerated because they are not failures
     * of their own: {@link NullPointerException} (the contract of {@code Objects.requireNonNull}) and
     * {@link CompletionException} (the carrier a {@code CompletionStage} wraps a failure in). A constructor
     * calling its superclass's constructor is not a creation.
     */
    private static final DescribedPredicate<JavaConstructorCall> CREATES_A_FOREIGN_EXCEPTION = new DescribedPredicate<>(
            "create an exception that is not IllegalArgumentException, IllegalStateException or from the catalogue") {
        @Override
        public boolean test(JavaConstructorCall call) {
            JavaClass created = call.getTargetOwner();
            if (!created.isAssignableTo(Throwable.class) || call.getOriginOwner().isAssignableTo(Throwable.class)) {
                return false;
            }
            return !allowed(created) && !created.isEquivalentTo(NullPointerException.class)
                    && !created.isEquivalentTo(CompletionException.class);
        }
    };

    private static final DescribedPredicate<JavaClass> ALLOWED_EXCEPTION = new DescribedPredicate<>(
            "an IllegalArgumentException, an IllegalStateException or a RuntimeException from the catalogue") {
        @Override
        public boolean test(JavaClass c) {
            return allowed(c);
        }
    };

    @Test
    void exceptionsDeclaredInTheDomainAndApplicationComeFromTheCatalogueOrAreArgumentOrStateFailures() {
        classes().that().resideInAnyPackage(DOMAIN, APPLICATION).and().areAssignableTo(Throwable.class)
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(ALLOWED_EXCEPTION))
                .check(ProductionClasses.all());
    }

    @Test
    void theDomainAndApplicationCreateNoOtherExceptions() {
        noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().callConstructorWhere(CREATES_A_FOREIGN_EXCEPTION)
                .check(ProductionClasses.all());
    }
}
