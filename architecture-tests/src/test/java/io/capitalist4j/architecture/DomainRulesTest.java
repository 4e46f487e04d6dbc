package io.capitalist4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static io.capitalist4j.architecture.ProductionClasses.DOMAIN;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import io.capitalist4j.domain.auth.Secret;
import org.junit.jupiter.api.Test;

/** The domain is immutable: every field is final. */
class DomainRulesTest {

    /** A Secret can be wiped, so its "wiped" flag is the one mutable field, and it is volatile. */
    private static final DescribedPredicate<JavaField> WIPE_FLAG = new DescribedPredicate<>("Secret's wipe flag") {
        @Override
        public boolean test(JavaField field) {
            return field.getOwner().isEquivalentTo(Secret.class) && field.getName().equals("wiped");
        }
    };

    @Test
    void domainFieldsAreFinal() {
        fields().that().areDeclaredInClassesThat().resideInAPackage(DOMAIN).and(DescribedPredicate.not(WIPE_FLAG))
                .should().beFinal()
                .check(ProductionClasses.all());
    }

    @Test
    void theOnlyMutableDomainFieldIsTheVolatileWipeFlagOfSecret() {
        JavaField flag = ProductionClasses.all().get(Secret.class).getField("wiped");
        assertThat(flag.getModifiers()).contains(JavaModifier.VOLATILE).doesNotContain(JavaModifier.FINAL);
    }
}
