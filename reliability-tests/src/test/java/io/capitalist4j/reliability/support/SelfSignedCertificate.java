package io.capitalist4j.reliability.support;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed server certificate made on the spot (Bouncy Castle), written as a PKCS12 key store for the
 * server and as a PKCS12 trust store holding only the certificate for the client.
 */
public final class SelfSignedCertificate {

    public static final String STORE_PASSWORD = "store-pass-0c1d";

    private final Path keyStore;
    private final Path trustStore;
    private final X509Certificate certificate;

    private SelfSignedCertificate(Path keyStore, Path trustStore, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.trustStore = trustStore;
        this.certificate = certificate;
    }

    /** A certificate for the given subject alternative names (IP addresses and DNS names), valid for a day. */
    public static SelfSignedCertificate create(Path dir, String name, GeneralName... alternativeNames) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + name);
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(1))), subject, pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternativeNames));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));

            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", pair.getPrivate(), STORE_PASSWORD.toCharArray(), new X509Certificate[] {certificate});
            Path keyStore = dir.resolve(name + "-key.p12");
            write(keys, keyStore);

            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("server", certificate);
            Path trustStore = dir.resolve(name + "-trust.p12");
            write(trust, trustStore);
            return new SelfSignedCertificate(keyStore, trustStore, certificate);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a self-signed certificate", e);
        }
    }

    public static GeneralName ip(String address) {
        return new GeneralName(GeneralName.iPAddress, address);
    }

    public static GeneralName dns(String host) {
        return new GeneralName(GeneralName.dNSName, host);
    }

    private static void write(KeyStore store, Path file) throws GeneralSecurityException, IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, STORE_PASSWORD.toCharArray());
        }
    }

    /** The server side: a PKCS12 key store with the key and the certificate (password {@link #STORE_PASSWORD}). */
    public Path keyStore() {
        return keyStore;
    }

    /** A PKCS12 trust store that holds only this certificate. */
    public Path trustStore() {
        return trustStore;
    }

    public X509Certificate certificate() {
        return certificate;
    }
}
