package io.capitalist4j.adapter.api2;

/** Answer bodies shaped like the reference's examples. */
final class StatusBodies {

    static final String PENDING = "{\"state\":\"PENDING\",\"fee\":0.16,\"documentId\":9007199254740991,"
            + "\"comment\":\"Payout\",\"amount\":15.50,\"currency\":\"USD\",\"type\":\"WM\",\"accountFrom\":\"U0412345\","
            + "\"payload\":\"{\\\"account\\\":\\\"Z112224443331\\\",\\\"type\\\":\\\"WM\\\"}\","
            + "\"userRequestId\":\"PAY-0006\",\"callbackUrl\":null}";

    static final String TRANSACTIONS = "{\"transactions\":["
            + "{\"transactionId\":8367701,\"createDate\":\"2026-01-05T10:15:02.481Z\","
            + "\"executeDate\":\"2026-01-05T10:16:40.002Z\",\"type\":\"OUT\",\"state\":\"EXECUTED\","
            + "\"amount\":0.00150000,\"currency\":\"BTC\",\"planDate\":\"2026-01-05T10:15:02.481Z\",\"version\":2,"
            + "\"txId\":\"5f0ce91a\"},"
            + "{\"transactionId\":8367700,\"createDate\":\"2026-01-05T10:15:01.930\",\"type\":\"OUT\","
            + "\"state\":\"PENDING\",\"amount\":15.50,\"currency\":\"USD\",\"planDate\":\"2026-01-05T10:15:01.930Z\","
            + "\"version\":1}],\"count\":7}";

    private StatusBodies() {
    }
}
