package io.capitalist4j.domain.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.document.PaymentNotification.Channel;
import io.capitalist4j.domain.document.PaymentNotification.Language;
import org.junit.jupiter.api.Test;

class PaymentNotificationTest {

    @Test
    void anEmailNoticeToAnEmailAddressAndAnSmsNoticeToAPhoneNumberAreAccepted() {
        assertThat(new PaymentNotification("51000003", Channel.EMAIL, "payee@example.com", Language.EN).address())
                .isEqualTo("payee@example.com");
        assertThat(new PaymentNotification("51000003", Channel.SMS, "+79001234567", Language.RU).address())
                .isEqualTo("+79001234567");
    }

    @Test
    void theLanguageIsWrittenInLowerCaseAsTheReferenceSpellsIt() {
        assertThat(Language.RU.wire()).isEqualTo("ru");
        assertThat(Language.EN.wire()).isEqualTo("en");
    }

    @Test
    void aDocumentNumberThatIsNotDigitsIsRefused() {
        assertThatThrownBy(() -> new PaymentNotification("PAY-1", Channel.EMAIL, "a@b.example", Language.EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("the document number must be digits");
    }

    @Test
    void anSmsNoticeToAnEmailAddressIsRefused() {
        assertThatThrownBy(() -> new PaymentNotification("1", Channel.SMS, "a@b.example", Language.EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an SMS notification needs a phone number of 7 to 15 digits");
    }

    @Test
    void anEmailNoticeToAPhoneNumberIsRefused() {
        assertThatThrownBy(() -> new PaymentNotification("1", Channel.EMAIL, "+79001234567", Language.EN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an EMAIL notification needs an e-mail address");
    }
}
