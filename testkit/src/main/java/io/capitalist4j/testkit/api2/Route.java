package io.capitalist4j.testkit.api2;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a request goes: the operation for its raw path, the method that path takes, and the one path parameter
 * as received (see {@link #decodedParameter()}: percent-decoded, {@code +} stays a plus sign in a path).
 */
record Route(Api2Operation operation, String method, Optional<String> parameter) {

    static final Route UNKNOWN = new Route(Api2Operation.UNKNOWN, "", Optional.empty());

    /** The route of {@code rawPath} for {@code method}; paths that take two methods pick by method. */
    static Route resolve(String method, String rawPath) {
        List<String> s = List.of(rawPath.split("/", -1));
        // s.get(0) is the empty string before the leading slash
        if (s.size() < 3 || !s.get(0).isEmpty() || !s.get(1).equals("v1")) {
            return UNKNOWN;
        }
        String first = s.get(2);
        switch (s.size()) {
            case 3:
                switch (first) {
                    case "rate": return fixed(Api2Operation.RATE, "GET");
                    case "exchange": return fixed(Api2Operation.EXCHANGE, "POST");
                    case "payment": return fixed(Api2Operation.PAYMENT_CREATE, "POST");
                    case "transactions": return fixed(Api2Operation.TRANSACTIONS, "GET");
                    case "whitelist":
                        return method.equals("POST") ? fixed(Api2Operation.WHITELIST_ADD, "POST")
                                : fixed(Api2Operation.WHITELIST_LIST, "GET");
                    default: return UNKNOWN;
                }
            case 4:
                String second = s.get(3);
                if (first.equals("account") && second.equals("list")) {
                    return fixed(Api2Operation.ACCOUNT_LIST, "GET");
                }
                if (first.equals("whitelist") && second.equals("remove")) {
                    return fixed(Api2Operation.WHITELIST_REMOVE, "POST");
                }
                if (second.isEmpty()) {
                    return UNKNOWN;
                }
                switch (first) {
                    case "payment": return param(Api2Operation.PAYMENT_BY_USER_REQUEST_ID, second);
                    case "depositAddress": return param(Api2Operation.DEPOSIT_ADDRESS, second);
                    case "depositAddressAutoUSDTt": return param(Api2Operation.DEPOSIT_ADDRESS_AUTO_USDTT, second);
                    default: return UNKNOWN;
                }
            case 5:
                if (first.equals("payment") && s.get(3).equals("document") && !s.get(4).isEmpty()) {
                    return param(Api2Operation.PAYMENT_BY_DOCUMENT_ID, s.get(4));
                }
                return UNKNOWN;
            default:
                return UNKNOWN;
        }
    }

    /** The query string's parameters, first value of each, percent-decoded as a form ({@code +} is a space). */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
            out.putIfAbsent(name, value);
        }
        return out;
    }

    private static Route fixed(Api2Operation op, String method) {
        return new Route(op, method, Optional.empty());
    }

    private static Route param(Api2Operation op, String raw) {
        return new Route(op, "GET", Optional.of(raw));
    }

    /** The path parameter, percent-decoded; a 400 when its encoding is broken. */
    String decodedParameter() {
        return decode(parameter.orElseThrow(), false);
    }

    private static String decode(String raw, boolean plusIsSpace) {
        try {
            return URLDecoder.decode(plusIsSpace ? raw : raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw Api2Error.badRequest("bad percent-encoding: " + raw);
        }
    }
}
