package io.capitalist4j.reliability.support;

import io.capitalist4j.testkit.keys.TestKey;

/** An RSA key for scripted get_token answers (the client encrypts its password with it). Made once per run. */
public final class ServerKeys {

    private static final TestKey KEY = TestKey.generate(1024);

    private ServerKeys() {
    }

    public static TestKey key() {
        return KEY;
    }

    /** A successful JSON get_token answer carrying {@code token}. */
    public static String tokenJson(String token) {
        var publicKey = KEY.publicKey();
        return "{\"code\":0,\"message\":\"\",\"data\":{\"token\":\"" + token + "\",\"modulus\":\""
                + publicKey.getModulus().toString(16) + "\",\"exponent\":\"" + publicKey.getPublicExponent().toString(16)
                + "\",\"rsa_public_key_pkcs1_pem\":\"\"}}";
    }

    public static String error(int code, String message) {
        return "{\"code\":" + code + ",\"message\":\"" + message + "\",\"data\":[]}";
    }

    /** A get_accounts answer with one account. */
    public static String accountsJson() {
        return "{\"code\":0,\"message\":\"\",\"data\":{\"summary\":{\"RUR\":\"10.00\"},\"accounts\":[{\"name\":\"Main\","
                + "\"number\":\"R0100001\",\"currency\":\"RUR\",\"balance\":\"10.00\",\"blockedAmount\":\"0.00\"}]}}";
    }
}
