package io.capitalist4j.adapter.signing;

import java.util.regex.Pattern;
import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.util.encoders.Hex;

/**
 * The server's side of {@code encrypted_password}: hex in either case (Java and C# clients send upper
 * case) decrypted with the get_token private key. Used by the testkit's fake server.
 */
final class PasswordDecryption {

    private static final Pattern HEX = Pattern.compile("([0-9a-fA-F]{2})+");

    private PasswordDecryption() {
    }

    static byte[] decryptHex(CertificateKey serverKey, String hex) {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("the encrypted password is not an even-length hex string");
        }
        byte[] ciphertext = Hex.decode(hex);
        int modulusBytes = (serverKey.bits() + 7) / 8;
        if (ciphertext.length > modulusBytes) {
            throw doesNotDecrypt(serverKey);
        }
        AsymmetricBlockCipher cipher = new PKCS1Encoding(new RSABlindedEngine());
        cipher.init(false, serverKey.privateParameters());
        try {
            return cipher.processBlock(ciphertext, 0, ciphertext.length);
        } catch (InvalidCipherTextException | RuntimeException e) {
            throw doesNotDecrypt(serverKey);
        }
    }

    private static IllegalArgumentException doesNotDecrypt(CertificateKey serverKey) {
        return new IllegalArgumentException(
                "the encrypted password does not decrypt with this RSA-" + serverKey.bits() + " key");
    }
}
