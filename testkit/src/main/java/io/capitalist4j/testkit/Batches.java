package io.capitalist4j.testkit;

import io.capitalist4j.adapter.csv.CsvCodecs;
import io.capitalist4j.domain.batch.Batch;
import io.capitalist4j.domain.batch.BatchText;
import io.capitalist4j.domain.payment.PaymentOrder;
import java.util.ArrayList;
import java.util.List;

/** Batches for tests, all payable from the sandbox user's opening balances. */
public final class Batches {

    private Batches() {
    }

    /** Three orders in two currencies: two CAPITALIST transfers in RUR, one in USD. */
    public static Batch sample() {
        return Batch.of(List.of(Orders.capitalist("R0000002", "10.00"), Orders.capitalist("R0000003", "25.50"),
                Orders.capitalist("U0000002", "5.00")));
    }

    public static Batch of(PaymentOrder... orders) {
        return Batch.of(List.of(orders));
    }

    /** {@code count} CAPITALIST transfers of 1.00 RUR to distinct accounts. */
    public static Batch capitalistTransfers(int count) {
        List<PaymentOrder> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            orders.add(Orders.capitalist(String.format("R%07d", 2 + i), "1.00"));
        }
        return Batch.of(orders);
    }

    /** The batch's exact wire text, as the CSV adapter renders it. */
    public static BatchText text(Batch batch) {
        return CsvCodecs.batchFormat().render(batch);
    }
}
