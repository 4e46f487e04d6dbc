package io.capitalist4j.domain.account;

import io.capitalist4j.domain.money.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * Where to send money to top up your accounts (get_cashin_requisites): per payment system, its name and
 * the details to pay to in each currency, as the server wrote them. The reference knows this answer only
 * from a peer client's structure, so the details are kept as text, never interpreted.
 *
 * @param systems by the server's system key (e.g. {@code epese})
 */
public record CashInRequisites(Map<String, PaymentSystem> systems) {

    public CashInRequisites {
        systems = Map.copyOf(Objects.requireNonNull(systems, "systems"));
    }

    /**
     * One way to top up.
     *
     * @param name    the system's display name ({@code ""} when the server gave none)
     * @param details the payment details per currency
     */
    public record PaymentSystem(String name, Map<Currency, String> details) {

        public PaymentSystem {
            Objects.requireNonNull(name, "name");
            details = Map.copyOf(Objects.requireNonNull(details, "details"));
        }
    }
}
