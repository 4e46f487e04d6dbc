package io.capitalist4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.domain.payment.PaymentOrder;
import io.capitalist4j.domain.payment.WebMoneyPayout;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Peers write a WM line without protection with both optional fields empty ({@code ;;}): the sandbox takes it. */
class WebMoneyEmptyProtectionTest {

    @Test
    void aWmLineEndingInTwoEmptyProtectionFieldsIsAcceptedWithoutProtection() {
        UploadLine line = UploadReader.read(1, "WM;Z112224443331;15.50;USD;PAY-6;Payout;;");

        Optional<PaymentOrder> order = line.order();
        assertThat(order).as(line.problem()).isPresent();
        WebMoneyPayout wm = (WebMoneyPayout) order.get();
        assertThat(wm.paymentNumber()).isEqualTo("PAY-6");
        assertThat(wm.protectionCode()).isEmpty();
        assertThat(wm.protectionPeriodDays()).isEmpty();
    }

    @Test
    void aWmLineWithOnlyOneOfTheProtectionFieldsIsStillRefused() {
        UploadLine line = UploadReader.read(1, "WM;Z112224443331;15.50;USD;PAY-6;Payout;;7");

        assertThat(line.order()).isEmpty();
        assertThat(line.refusedField()).isEqualTo("protectionCode");
    }
}
