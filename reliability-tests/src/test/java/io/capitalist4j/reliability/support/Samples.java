package io.capitalist4j.reliability.support;

import java.util.List;

/** Valid batch files to mutate: every layout of the format, one line each. */
public final class Samples {

    public static final List<String> LINES = List.of(
            "CAPITALIST;R0000002;1500.00;RUR;PAY-0001;Partner payout April",
            "CAPITALIST;U0000002;250.00;USD;PAY-0002;Affiliate commission April",
            "RUCARD;4276380079956889;3000.00;RUR;PAY-0003;Payout;Ivan;Ivanov",
            "RUCARDP2P_DYN;2200700000001239;2500.00;RUR;PAY-0004;Payout",
            "SBP;79030001122;1200.00;RUR;Sberbank;Anna;Petrova;anna@example.com;PAY-0005;Payout",
            "WM;Z112224443331;15.50;USD;PAY-0006;Payout",
            "WORLDCARDUSD;5500000000000004;120.00;USD;PAY-0007;Payout;John;Smith;;;;;12;2030",
            "UKRCARD;4400430000000007;40.00;USD;PAY-0008;Payout",
            "BITCOIN;bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq;0.00150000;BTC;PAY-0009;Payout",
            "BRBANK;06971135800;PIX;John Smith;j.smith@example.com;1.00;PAY-0010;Payout");

    public static final String FILE = String.join("\n", LINES) + "\n";

    private Samples() {
    }
}
