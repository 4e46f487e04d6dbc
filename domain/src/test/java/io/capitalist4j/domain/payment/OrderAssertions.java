package io.capitalist4j.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Shared checks for the order tests. */
final class OrderAssertions {

    private OrderAssertions() {
    }

    /** The construction fails with an {@link InvalidFieldException} naming exactly this field. */
    static InvalidFieldException rejectsField(String field, ThrowingCallable construction) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, construction);
        assertThat(e).as("expected a rejection of " + field).isNotNull();
        assertThat(e.field()).isEqualTo(field);
        return e;
    }

    static List<String> names(PaymentOrder order) {
        return order.fields().stream().map(Field::name).toList();
    }

    static String line(PaymentOrder order) {
        return String.join(";", order.fields().stream().map(Field::value).toList());
    }
}
