package io.capitalist4j.adapter.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.capitalist4j.domain.account.AccountNumber;
import io.capitalist4j.domain.api2.DepositAddress;
import io.capitalist4j.domain.money.Currency;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code capitalist --api 2 deposit-address CURRENCY}: a crypto address to top up an account. */
@Command(name = "deposit-address", mixinStandardHelpOptions = true,
        description = {"API2 only: a crypto address to top up your account in CURRENCY (BTC, ETH, USDT, USDC, USDTt, "
                + "USDCb or USDTb), or with --into ACCOUNT a USDT (TRC-20) address whose deposits are converted into "
                + "that account.", "The address is temporary (at most 8 hours): do not store it."})
final class DepositAddressCommand implements Callable<Integer>, ApiOnly.Api2 {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CURRENCY", description = "The crypto currency to deposit.")
    String currency;

    @Option(names = "--into", paramLabel = "ACCOUNT",
            description = "An account of yours: USDT (TRC-20) sent to the address is converted into it.")
    AccountNumber into;

    @Override
    public Integer call() {
        RootCommand root = RootCommand.of(spec);
        if ((currency == null) == (into == null)) {
            throw new BadInputException("give a CURRENCY or --into ACCOUNT, not both or neither");
        }
        DepositAddress address = Api2Session.await(into != null
                ? root.api2Session().api().autoConvertingUsdtTrc20Address(into)
                : root.api2Session().api().depositAddress(Currency.of(currency)));
        String what = into != null ? "USDTt into " + into : currency;
        root.output().print(new Report() {
            @Override
            public void printTable(PrintWriter out) {
                out.println(what + ": " + address.address());
            }

            @Override
            public JsonNode toJson(JsonNodeFactory json) {
                return json.objectNode().put("currency", into != null ? "USDTt" : currency)
                        .put("into", into != null ? into.value() : null).put("address", address.address());
            }
        });
        root.terminal().err().println("the address is temporary (at most 8 hours): do not store it");
        return ExitCode.OK;
    }
}
