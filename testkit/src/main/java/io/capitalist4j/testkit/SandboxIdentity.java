package io.capitalist4j.testkit;

import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.domain.auth.Secret;
import io.capitalist4j.domain.money.Currency;
import io.capitalist4j.domain.money.Money;
import io.capitalist4j.testkit.keys.BankCrypto;
import io.capitalist4j.testkit.keys.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

/**
 * The fixed, published sandbox identity. These are test credentials for a fake bank; they are deliberately
 * public and must never be used anywhere real. The certificate key ships in the testkit jar as a plain PKCS#1
 * PEM and as a Capitalist encrypted key file for {@link #LOGIN} and {@link #CERTIFICATE_PASSWORD}.
 */
public final class SandboxIdentity {

    public static final String LOGIN = "sandbox";
    public static final String PASSWORD = "sandbox-password";
    public static final String PIN = "1234";
    public static final String SMS_CODE = "123456";
    public static final String CERTIFICATE_PASSWORD = "sandbox-cert";

    public static final String RUR_ACCOUNT = "R0000001";
    public static final String USD_ACCOUNT = "U0000001";
    public static final String EUR_ACCOUNT = "E0000001";
    public static final String BTC_ACCOUNT = "B0000001";

    /** File names written by {@link #writeKeyFiles(Path)}. */
    public static final String PRIVATE_KEY_FILE = "sandbox-certificate.pem";
    public static final String ENCRYPTED_KEY_FILE = "sandbox-certificate-encrypted.txt";
    public static final String PUBLIC_KEY_FILE = "sandbox-certificate-public.pem";

    private static final String RESOURCES = "/io/capitalist4j/testkit/sandbox/";

    /** The one instance, for parameter injection (the JUnit extension); the constants are the same. */
    public static final SandboxIdentity INSTANCE = new SandboxIdentity();

    private SandboxIdentity() {
    }

    public String login() {
        return LOGIN;
    }

    public Secret password() {
        return Secret.of(PASSWORD);
    }

    public Secret pin() {
        return Secret.of(PIN);
    }

    public Secret smsCode() {
        return Secret.of(SMS_CODE);
    }

    public Secret certificatePassword() {
        return Secret.of(CERTIFICATE_PASSWORD);
    }

    /** The certificate key, ready for {@code BouncyCastleSigning.signatureVerification(key)}. */
    public static CertificateKey certificateKey() {
        return BouncyCastleSigning.readKey(privateKeyPem(), "sandbox certificate");
    }

    /** The accounts with their opening balances: all four belong to the verified sandbox user. */
    public static List<SandboxAccount> accounts() {
        return List.of(
                SandboxAccount.of(RUR_ACCOUNT, "Sandbox RUR", Money.of("1000000.00", Currency.RUR)),
                SandboxAccount.of(USD_ACCOUNT, "Sandbox USD", Money.of("100000.00", Currency.USD)),
                SandboxAccount.of(EUR_ACCOUNT, "Sandbox EUR", Money.of("100000.00", Currency.EUR)),
                SandboxAccount.of(BTC_ACCOUNT, "Sandbox BTC", Money.of("10.00000000", Currency.BTC)));
    }

    /** The sandbox user with every verification method enabled. */
    public static SandboxUser user() {
        SandboxUser.Builder b = SandboxUser.builder(LOGIN, PASSWORD).pin(PIN).smsCode(SMS_CODE)
                .certificate(certificatePublicKey()).verified(true);
        accounts().forEach(b::account);
        return b.build();
    }

    /** The certificate private key, plain PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}). */
    public static String privateKeyPem() {
        return resource(PRIVATE_KEY_FILE);
    }

    /** The same key as a Capitalist encrypted key file: line 1 salt, line 2 Base64 of the RC4 ciphertext. */
    public static String encryptedKeyFile() {
        return resource(ENCRYPTED_KEY_FILE);
    }

    /** The certificate public key, PKCS#1 PEM ({@code BEGIN RSA PUBLIC KEY}). */
    public static String publicKeyPem() {
        return resource(PUBLIC_KEY_FILE);
    }

    public static RSAPublicKey certificatePublicKey() {
        return BankCrypto.readPublicKey(publicKeyPem());
    }

    /**
     * Writes the three key files into {@code dir} (created owner-only if needed) and returns it: each file
     * owner-only, existing files replaced, never written through a symbolic link (see {@link PrivateFiles}).
     *
     * @throws UncheckedIOException when a file cannot be written, e.g. its name in {@code dir} is a symbolic link
     */
    public static Path writeKeyFiles(Path dir) {
        try {
            PrivateFiles.write(dir, PRIVATE_KEY_FILE, privateKeyPem());
            PrivateFiles.write(dir, ENCRYPTED_KEY_FILE, encryptedKeyFile());
            PrivateFiles.write(dir, PUBLIC_KEY_FILE, publicKeyPem());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sandbox key files to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = SandboxIdentity.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("testkit resource missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read testkit resource " + name, e);
        }
    }

    @Override
    public String toString() {
        return "SandboxIdentity[" + LOGIN + "]";
    }
}
