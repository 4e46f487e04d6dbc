package io.capitalist4j.adapter.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a plain password would cross the network readable by anyone on the way: {@code plain_password} over
 * {@code http://} to a host that is not this machine. Only literal names are judged, never resolved: a name that
 * needs a DNS answer could be made to point anywhere, so only {@code localhost}, {@code 127.0.0.0/8} and
 * {@code ::1} count as loopback.
 */
final class PlainPasswordRule {

    private PlainPasswordRule() {
    }

    static boolean inClear(AuthMode mode, URI url) {
        return mode == AuthMode.PLAIN && "http".equalsIgnoreCase(url.getScheme()) && !isLoopback(url.getHost());
    }

    static String refusal(URI url) {
        return "authMode PLAIN sends the password as plain_password, and over http:// to " + url.getHost()
                + " anyone on the way can read it: use https, or opt in with"
                + " HttpOptions.Builder.allowPlainPasswordOverHttp(true)";
    }

    static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.matches("127\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}")) {
            return true;
        }
        if (h.startsWith("[") && h.endsWith("]") && h.indexOf(':') > 0) {
            try {
                // a bracketed IPv6 literal: parsed, never looked up
                return InetAddress.getByName(h.substring(1, h.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
