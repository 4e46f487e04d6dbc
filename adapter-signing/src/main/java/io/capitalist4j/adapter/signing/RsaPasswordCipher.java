package io.capitalist4j.adapter.signing;

import io.capitalist4j.application.port.out.PasswordCipherPort;
import io.capitalist4j.application.port.out.TokenKey;
import io.capitalist4j.domain.auth.Secret;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Objects;
import org.bouncycastle.crypto.AsymmetricBlockCipher;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.encodings.PKCS1Encoding;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.util.encoders.Hex;

/**
 * {@code encrypted_password} (reference §3.3): RSA PKCS#1 v1.5 encryption of the UTF-8 password with the
 * get_token key, lower-case hex as long as the modulus. The PEM is preferred because the current PHP
 * client reads only that field; modulus and exponent serve servers that leave it empty.
 */
final class RsaPasswordCipher implements PasswordCipherPort {

    /** PKCS#1 v1.5 padding takes at least 11 bytes of the block. */
    static final int PADDING_BYTES = 11;

    private final SecureRandom random;

    RsaPasswordCipher(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public String encryptHex(TokenKey key, Secret password) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(password, "password");
        return encryptHex(publicKeyOf(key), password);
    }

    static RSAPublicKey publicKeyOf(TokenKey key) {
        if (!key.pkcs1Pem().isBlank()) {
            return PublicKeyReader.fromPem(key.pkcs1Pem(), "get_token rsa_public_key_pkcs1_pem");
        }
        return PublicKeyReader.fromHex(key.modulusHex(), key.exponentHex());
    }

    String encryptHex(RSAPublicKey key, Secret password) {
        int modulusBytes = (key.getModulus().bitLength() + 7) / 8;
        AsymmetricBlockCipher cipher = new PKCS1Encoding(new RSAEngine());
        cipher.init(true, new ParametersWithRandom(
                new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent()), random));
        byte[] plaintext = password.utf8();
        try {
            if (plaintext.length > modulusBytes - PADDING_BYTES) {
                throw new IllegalArgumentException("the password is longer than the " + (modulusBytes - PADDING_BYTES)
                        + " UTF-8 bytes an RSA-" + key.getModulus().bitLength() + " key can encrypt");
            }
            byte[] ciphertext = cipher.processBlock(plaintext, 0, plaintext.length);
            return leftPadded(Hex.toHexString(ciphertext), modulusBytes * 2);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("RSA encryption failed", e);
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private static String leftPadded(String hex, int length) {
        if (hex.length() >= length) {
            return hex;
        }
        return "0".repeat(length - hex.length()) + hex;
    }

    @Override
    public String toString() {
        return "RsaPasswordCipher[PKCS#1 v1.5]";
    }
}
