package io.capitalist4j.domain.api2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capitalist4j.domain.money.Currency;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Api2ValuesTest {

    @Test
    void onlyExecutedAndDeclinedAreFinalAndAnUnknownNameIsNot() {
        assertThat(Api2PaymentState.of("PENDING").isFinal()).isFalse();
        assertThat(Api2PaymentState.of("EXECUTED").isFinal()).isTrue();
        assertThat(Api2PaymentState.of("DECLINED").isFinal()).isTrue();
        assertThat(Api2PaymentState.of("REFUNDED")).isEqualTo(Api2PaymentState.UNKNOWN);
        assertThat(Api2PaymentState.of("executed")).isEqualTo(Api2PaymentState.UNKNOWN);
        assertThat(Api2PaymentState.UNKNOWN.isFinal()).isFalse();
    }

    @Test
    void api2TokenCodesOnOtherNetworksAreCurrencies() {
        assertThat(Currency.of("USDTt")).isEqualTo(Currency.USDT_TRC20);
        assertThat(Currency.of("USDCb").code()).isEqualTo("USDCb");
        assertThatThrownBy(() -> Currency.of("usdt")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Currency.of("USDTtt")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPayloadKeepsItsFieldOrderAndRefusesValuesThatAreNotJson() {
        Api2Payload p = Api2Payload.of("GCASH").with("account", "1").with("receiveAmount", new BigDecimal("10.5"))
                .with("receiver", Map.of("phone", "63")).with("n", 3);
        assertThat(p.fields().keySet()).containsExactly("account", "receiveAmount", "receiver", "n");
        assertThat(p.fields().get("n")).isEqualTo(3L);
        assertThatThrownBy(() -> p.with("when", java.time.Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payload.when");
        assertThatThrownBy(() -> Api2Payload.of("X").with("type", "Y")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTransactionPageStopsOnAShortPageOrWhenTheCountIsReached() {
        Api2TransactionQuery q = Api2TransactionQuery.firstPage().withLimit(2);
        Api2Transaction t = new Api2Transaction(1, "OUT", "EXECUTED", BigDecimal.ONE, Currency.USD, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(new Api2TransactionPage(q, List.of(t, t), 5).next()).contains(q.withOffset(2));
        assertThat(new Api2TransactionPage(q.withOffset(2), List.of(t, t), 4).next()).isEmpty();
        assertThat(new Api2TransactionPage(q, List.of(t), 5).next()).isEmpty();
        assertThat(new Api2TransactionPage(q, List.of(), 5).next()).isEmpty();
    }

    @Test
    void whitelistEntriesAreIpv4AddressesOrAStarForTheLastOctet() {
        assertThat(WhitelistEntry.of("127.0.0.*").value()).isEqualTo("127.0.0.*");
        assertThat(WhitelistEntry.of("203.0.113.7").value()).isEqualTo("203.0.113.7");
        assertThatThrownBy(() -> WhitelistEntry.of("127.0.*.1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WhitelistEntry.of("256.0.0.1")).isInstanceOf(IllegalArgumentException.class);
    }
}
