package io.capitalist4j.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.capitalist4j.application.port.out.CapitalistApiPort;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.account.CreatedAccount;
import io.capitalist4j.domain.account.NewAccount;
import io.capitalist4j.domain.api.RawAnswer;
import io.capitalist4j.domain.document.PaymentNotification;
import io.capitalist4j.domain.money.Currency;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** createAccount, notifyRecipient and call: handed to the port as given, and what a port without them does. */
class MoreOperationsClientTest extends ClientTestBase {

    private final List<Object[]> calls = new ArrayList<>();

    /** A port that answers only the three operations and records what it was given. */
    private CapitalistApiPort recordingPort() {
        InvocationHandler handler = (proxy, method, args) -> {
            calls.add(new Object[] {method.getName(), args[0], args.length > 1 ? args[1] : null});
            switch (method.getName()) {
                case "createAccount":
                    NewAccount a = (NewAccount) args[0];
                    return CompletableFuture.completedFuture(new CreatedAccount(AccountNumber.of("U0100420"),
                            a.currency(), a.name()));
                case "addPaymentNotification": return CompletableFuture.completedFuture("OK");
                case "callRaw": return CompletableFuture.completedFuture(new RawAnswer((String) args[0], 0, "", "[]"));
                default: throw new AssertionError("unexpected " + method.getName());
            }
        };
        return (CapitalistApiPort) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {CapitalistApiPort.class}, handler);
    }

    @Test
    void theThreeOperationsReachThePortWithWhatTheCallerGave() {
        CapitalistClient client = CapitalistClient.builder().api(recordingPort()).executor(workers).scheduler(scheduler)
                .build();
        NewAccount account = new NewAccount(Currency.USD, "Payouts");
        PaymentNotification notice = new PaymentNotification("51000003", PaymentNotification.Channel.EMAIL,
                "payee@example.com", PaymentNotification.Language.EN);

        assertThat(value(client.createAccount(account)))
                .isEqualTo(new CreatedAccount(AccountNumber.of("U0100420"), Currency.USD, "Payouts"));
        assertThat(value(client.notifyRecipient(notice))).isEqualTo("OK");
        assertThat(value(client.call("gcash_data", Map.of("a", "1")))).isEqualTo(new RawAnswer("gcash_data", 0, "", "[]"));
        assertThat(calls).extracting(c -> c[0]).containsExactly("createAccount", "addPaymentNotification", "callRaw");
        assertThat(calls.get(0)[1]).isSameAs(account);
        assertThat(calls.get(1)[1]).isSameAs(notice);
        assertThat(calls.get(2)[2]).isEqualTo(Map.of("a", "1"));
    }

    @Test
    void theFieldsOfACallAreCopiedSoALaterChangeByTheCallerIsNotSent() {
        CapitalistClient client = CapitalistClient.builder().api(recordingPort()).executor(workers).scheduler(scheduler)
                .build();
        Map<String, String> fields = new HashMap<>(Map.of("a", "1"));

        value(client.call("gcash_data", fields));
        fields.put("b", "2");

        assertThat(calls.get(0)[2]).isEqualTo(Map.of("a", "1"));
    }

    @Test
    void aPortWithoutTheOperationsFailsTheStageWithAMisuseNamingIt() {
        CapitalistClient client = client();

        Throwable create = failure(client.createAccount(new NewAccount(Currency.RUR, "x")));
        Throwable call = failure(client.call("profile_change_email", Map.of()));

        assertThat(create).isInstanceOf(IllegalStateException.class)
                .hasMessage("create_account: not offered by this CapitalistApiPort");
        assertThat(call).isInstanceOf(IllegalStateException.class)
                .hasMessage("profile_change_email: not offered by this CapitalistApiPort");
    }
}
