package io.capitalist4j.testkit;

import io.capitalist4j.testkit.keys.TestKey;
import java.security.interfaces.RSAPublicKey;

/**
 * The RSA key get_token hands out for password encryption. One 1024-bit key (the size of the documented
 * example) is generated per JVM: generating per sandbox would only slow tests down.
 */
final class ServerKey {

    private static final class Holder {
        static final ServerKey SHARED = new ServerKey(TestKey.generate(1024));
    }

    final TestKey pair;
    final String modulusHex;
    final String exponentHex;
    final String pkcs1Pem;

    private ServerKey(TestKey pair) {
        this.pair = pair;
        RSAPublicKey pub = pair.publicKey();
        this.modulusHex = pub.getModulus().toString(16);
        this.exponentHex = pub.getPublicExponent().toString(16);
        this.pkcs1Pem = pair.publicKeyPem();
    }

    static ServerKey shared() {
        return Holder.SHARED;
    }
}
