package io.capitalist4j.smoke.consumer;

import io.capitalist4j.application.CapitalistClient;
import io.capitalist4j.client.Capitalist;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.domain.payment.CapitalistTransfer;
import java.net.URI;
import java.util.List;

/** Builds a batch, then a client (Vert.x, HTTP, signing all started), closes it, and says which modules ran. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Batch batch = Batch.of(List.of(
                new CapitalistTransfer(AccountNumber.of("R0000002"), Money.of("150.00", Currency.RUR), "SMOKE-1", "jpms"),
                new CapitalistTransfer(AccountNumber.of("R0000003"), Money.of("0.50", Currency.RUR), "SMOKE-2", "jpms")));
        System.out.println("batch total " + batch.totals().get(Currency.RUR));

        // nothing is sent before the first call, and there is none: the port is never dialled
        try (CapitalistClient client = Capitalist.builder()
                .endpoint(URI.create("http://127.0.0.1:9/"))
                .credentials("smoke", Secret.of("not-a-password"))
                .pin(Secret.of("0000"))
                .build()) {
            System.out.println("client built in module " + client.getClass().getModule().getName());
        }
        System.out.println("client closed");

        for (Class<?> type : List.of(Capitalist.class, CapitalistClient.class, Money.class)) {
            Module module = type.getModule();
            System.out.println(module.getName() + (module.getDescriptor().isAutomatic() ? " automatic" : " explicit"));
        }
    }
}
