package io.capitalist4j.adapter.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.capitalist4j.adapter.signing.KeyFileException.Problem;
import io.capitalist4j.domain.auth.Secret;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS8EncryptedPrivateKeyInfoBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of wrong key file gets its own message that names the file and never shows key material. */
class BadKeyFilesTest {

    private static final String LOGIN = "demo-user";
    private static final String PASSWORD = "cert-pass-1";
    private static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final KeyPair RSA = pair("RSA", 1024);
    private static final KeyPair DSA = pair("DSA", 1024);
    private static final KeyPair EC = pair("EC", 256);

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String pem(Object object) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    private static KeyPair pair(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size, new SecureRandom());
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyFileException failure(Path file) {
        return catchThrowableOfType(KeyFileException.class,
                () -> BouncyCastleSigning.loadKey(file, LOGIN, Secret.of(PASSWORD)));
    }

    private static String encryptedLine2() {
        return Vectors.text("client-key-encrypted-0.txt").split("\n")[1];
    }

    private static String salt() {
        return Vectors.text("client-key-encrypted-0.txt").split("\n")[0];
    }

    @Test
    void eachBadInputFailsWithItsOwnClearMessage() throws Exception {
        byte[] random = new byte[600];
        new Random(7).nextBytes(random);
        String line2 = encryptedLine2();

        Map<Path, Problem> files = new LinkedHashMap<>();
        files.put(write("empty.pem", ""), Problem.EMPTY);
        files.put(write("blank.pem", "\uFEFF \r\n\t\n"), Problem.EMPTY);
        files.put(Files.write(dir.resolve("random.bin"), random), Problem.NOT_A_KEY_FILE);
        files.put(write("notes.txt", "just some text\nthat is not a key: at all\n"), Problem.NOT_A_KEY_FILE);
        files.put(write("public-pkcs1.pem", Vectors.text("client-pub-pkcs1.pem")), Problem.PUBLIC_KEY_INSTEAD_OF_PRIVATE);
        files.put(write("public-spki.pem", Vectors.text("client-pub-spki.pem")), Problem.PUBLIC_KEY_INSTEAD_OF_PRIVATE);
        files.put(write("certificate.pem", pem(selfSigned(RSA))), Problem.CERTIFICATE_INSTEAD_OF_KEY);
        files.put(write("dsa-traditional.pem", pem(DSA.getPrivate())), Problem.NOT_RSA);
        files.put(write("dsa-pkcs8.pem", pem(new JcaPKCS8Generator(DSA.getPrivate(), null))), Problem.NOT_RSA);
        files.put(write("ec-traditional.pem", pem(EC.getPrivate())), Problem.NOT_RSA);
        files.put(write("ec-pkcs8.pem", pem(new JcaPKCS8Generator(EC.getPrivate(), null))), Problem.NOT_RSA);
        files.put(write("openssl-encrypted.pem", pem(openSslEncrypted(RSA))), Problem.UNSUPPORTED_ENCRYPTION);
        files.put(write("pkcs8-encrypted.pem", pem(pkcs8Encrypted(RSA))), Problem.UNSUPPORTED_ENCRYPTION);
        files.put(write("openssh.key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
                + "-----END OPENSSH PRIVATE KEY-----\n"), Problem.UNSUPPORTED_FORMAT);
        files.put(write("no-end.pem", Vectors.text("client-key-pkcs1.pem").substring(0, 900)), Problem.DAMAGED_PEM);
        files.put(write("bad-base64.pem", Vectors.text("client-key-pkcs1.pem").replaceFirst("\nM", "\n*")),
                Problem.DAMAGED_PEM);
        files.put(write("bad-structure.pem", "-----BEGIN RSA PRIVATE KEY-----\nMAMCAQE=\n-----END RSA PRIVATE KEY-----\n"),
                Problem.DAMAGED_KEY);
        files.put(write("truncated-base64.txt", salt() + "\n" + line2.substring(0, line2.length() - 7) + "\n"),
                Problem.DAMAGED_KEY_FILE);
        files.put(write("cut-at-a-quartet.txt", salt() + "\n" + line2.substring(0, 1200) + "\n"),
                Problem.DAMAGED_PEM);
        files.put(write("wrong-salt.txt", "0000\n" + line2 + "\n"), Problem.CREDENTIALS_MISMATCH);
        files.put(dir.resolve("missing.pem"), Problem.UNREADABLE);
        files.put(Files.write(dir.resolve("huge.pem"), new byte[(1 << 20) + 1]), Problem.UNREADABLE);

        Map<String, Problem> problemByMessage = new LinkedHashMap<>();
        for (Map.Entry<Path, Problem> entry : files.entrySet()) {
            Path file = entry.getKey();
            String name = file.getFileName().toString();
            KeyFileException failure = failure(file);

            assertThat(failure).as(name).isNotNull();
            assertThat(failure.problem()).as(name).isEqualTo(entry.getValue());
            assertThat(failure.source()).isEqualTo(file.toString());
            assertThat(failure.getMessage()).startsWith(file.toString() + ": ")
                    .doesNotContain(PASSWORD).doesNotContain(LOGIN);
            assertNoKeyMaterialIn(failure.getMessage());
            String whatIsWrong = failure.getMessage().substring(file.toString().length());
            Problem earlier = problemByMessage.putIfAbsent(whatIsWrong, failure.problem());
            assertThat(earlier).as("%s shares its message with another kind of failure", name)
                    .isIn(null, failure.problem());
        }
        assertThat(problemByMessage.values()).containsAll(files.values());
    }

    @Test
    void theMessagesSayWhatIsWrongInWords() throws Exception {
        assertThat(failure(write("e.pem", "")).getMessage()).endsWith("is empty; a private key file is expected");
        assertThat(failure(write("d.pem", pem(DSA.getPrivate()))).getMessage())
                .endsWith("holds a DSA key, but Capitalist certificates are RSA keys");
        assertThat(failure(write("c.pem", pem(new JcaPKCS8Generator(EC.getPrivate(), null)))).getMessage())
                .endsWith("holds an EC key, but Capitalist certificates are RSA keys");
        assertThat(failure(write("p.pem", Vectors.text("client-pub-spki.pem"))).getMessage())
                .contains("holds a public key, but the private key");
        assertThat(failure(write("o.pem", pem(openSslEncrypted(RSA)))).getMessage())
                .contains("Proc-Type: 4,ENCRYPTED");
        assertThat(failure(write("k.pem", pem(pkcs8Encrypted(RSA)))).getMessage())
                .contains("BEGIN ENCRYPTED PRIVATE KEY");
        String line2 = encryptedLine2();
        assertThat(failure(write("t.txt", salt() + "\n" + line2.substring(0, 1001))).getMessage())
                .contains("not complete Base64");
    }

    @Test
    void aPlainPemOverloadReportsAnEncryptedFileNeedsCredentialsNotThatItIsBroken() throws Exception {
        Path file = write("enc.txt", Vectors.text("client-key-encrypted-0.txt"));
        KeyFileException failure = catchThrowableOfType(KeyFileException.class, () -> BouncyCastleSigning.loadKey(file));
        assertThat(failure.problem()).isEqualTo(Problem.CREDENTIALS_REQUIRED);
        KeyFileException empty = catchThrowableOfType(KeyFileException.class,
                () -> BouncyCastleSigning.loadKey(file, LOGIN, Secret.of("")));
        assertThat(empty.problem()).isEqualTo(Problem.CREDENTIALS_REQUIRED);
    }

    @Test
    void readKeyNamesTheGivenSource() {
        KeyFileException failure = catchThrowableOfType(KeyFileException.class,
                () -> BouncyCastleSigning.readKey(Vectors.text("client-pub-pkcs1.pem"), "env CAPITALIST_KEY"));
        assertThat(failure).hasMessageStartingWith("env CAPITALIST_KEY: holds a public key");
    }

    private static void assertNoKeyMaterialIn(String message) {
        for (String vector : new String[] {"client-key-pkcs1.pem", "client-pub-pkcs1.pem"}) {
            String[] lines = Vectors.text(vector).split("\n");
            for (int i = 1; i < lines.length - 1; i++) {
                assertThat(message).doesNotContain(lines[i].substring(0, 16));
            }
        }
        assertThat(message).doesNotContain(encryptedLine2().substring(0, 16));
    }

    private static org.bouncycastle.cert.X509CertificateHolder selfSigned(KeyPair pair) throws Exception {
        X500Name name = new X500Name("CN=capitalist4j test");
        Date now = new Date();
        return new JcaX509v3CertificateBuilder(name, BigInteger.ONE, now, new Date(now.getTime() + 86_400_000L),
                name, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
    }

    private static org.bouncycastle.openssl.MiscPEMGenerator openSslEncrypted(KeyPair pair) throws Exception {
        return new org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator(pair.getPrivate(),
                new JcePEMEncryptorBuilder("AES-128-CBC").setProvider(PROVIDER).build("passphrase".toCharArray()));
    }

    private static Object pkcs8Encrypted(KeyPair pair) throws Exception {
        return new JcaPKCS8EncryptedPrivateKeyInfoBuilder(pair.getPrivate()).build(
                new org.bouncycastle.pkcs.jcajce.JcePKCSPBEOutputEncryptorBuilder(
                        org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_aes256_CBC)
                        .setProvider(PROVIDER)
                        .build("passphrase".toCharArray()));
    }
}
