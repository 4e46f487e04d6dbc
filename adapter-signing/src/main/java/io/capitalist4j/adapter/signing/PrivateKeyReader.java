package io.capitalist4j.adapter.signing;

import io.capitalist4j.adapter.signing.KeyFileException.Problem;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Turns plain PEM lines into a {@link CertificateKey}: PKCS#1 ({@code BEGIN RSA PRIVATE KEY}) or unencrypted
 * PKCS#8 ({@code BEGIN PRIVATE KEY}). Everything else gets its own message, because "wrong file" is the
 * most common setup mistake and the fix differs per case.
 */
final class PrivateKeyReader {

    private PrivateKeyReader() {
    }

    static CertificateKey read(List<String> lines, String source) {
        PemBlock block = firstKeyBlock(PemBlock.readAll(lines, source), source);
        try {
            return decode(block, source);
        } finally {
            block.wipe();
        }
    }

    /**
     * Prefers a usable private key block, so a bundle (certificate + key in one file) works; otherwise the
     * first block that is not EC/DSA parameters decides the error message.
     */
    private static PemBlock firstKeyBlock(List<PemBlock> blocks, String source) {
        PemBlock chosen = null;
        for (PemBlock block : blocks) {
            if (block.type().equals("RSA PRIVATE KEY") || block.type().equals("PRIVATE KEY")) {
                chosen = block;
                break;
            }
        }
        if (chosen == null) {
            for (PemBlock block : blocks) {
                if (!block.type().endsWith(" PARAMETERS")) {
                    chosen = block;
                    break;
                }
            }
        }
        for (PemBlock block : blocks) {
            if (block != chosen) {
                block.wipe();
            }
        }
        if (chosen == null) {
            throw new KeyFileException(Problem.NOT_A_KEY_FILE, source, blocks.isEmpty()
                    ? "no complete PEM block found"
                    : "holds only key parameters, no private key");
        }
        return chosen;
    }

    private static CertificateKey decode(PemBlock block, String source) {
        String type = block.type();
        switch (type) {
            case "RSA PRIVATE KEY":
                if (block.header("Proc-Type").isPresent() || block.header("DEK-Info").isPresent()) {
                    throw new KeyFileException(Problem.UNSUPPORTED_ENCRYPTION, source,
                            "is an OpenSSL passphrase-protected PEM (Proc-Type: 4,ENCRYPTED), which is not"
                                    + " supported; remove the passphrase (openssl rsa -in KEY -out PLAIN)");
                }
                return fromPkcs1(block.der(), source);
            case "PRIVATE KEY":
                return fromPkcs8(block.der(), source);
            case "ENCRYPTED PRIVATE KEY":
                throw new KeyFileException(Problem.UNSUPPORTED_ENCRYPTION, source,
                        "is an encrypted PKCS#8 key (BEGIN ENCRYPTED PRIVATE KEY), which is not supported;"
                                + " remove the passphrase (openssl pkcs8 -in KEY -nocrypt -out PLAIN)");
            case "DSA PRIVATE KEY":
                throw notRsa("a DSA", source);
            case "EC PRIVATE KEY":
                throw notRsa("an EC", source);
            case "OPENSSH PRIVATE KEY":
                throw new KeyFileException(Problem.UNSUPPORTED_FORMAT, source,
                        "is an OpenSSH private key, which is not supported; a PEM RSA private key is expected");
            case "RSA PUBLIC KEY":
            case "PUBLIC KEY":
                throw new KeyFileException(Problem.PUBLIC_KEY_INSTEAD_OF_PRIVATE, source,
                        "holds a public key, but the private key of the certificate is needed for signing");
            case "CERTIFICATE":
            case "X509 CERTIFICATE":
            case "TRUSTED CERTIFICATE":
                throw new KeyFileException(Problem.CERTIFICATE_INSTEAD_OF_KEY, source,
                        "holds a certificate, but the private key of the certificate is needed for signing");
            default:
                throw new KeyFileException(Problem.NOT_A_KEY_FILE, source,
                        "holds a PEM block " + PemBlock.describe(type) + ", not an RSA private key");
        }
    }

    private static CertificateKey fromPkcs1(byte[] der, String source) {
        try {
            return CertificateKey.of(RSAPrivateKey.getInstance(der));
        } catch (RuntimeException e) {
            // no cause attached: parser messages may quote bytes of the key
            throw new KeyFileException(Problem.DAMAGED_KEY, source,
                    "the RSA private key inside the PEM is damaged (not a valid PKCS#1 structure)");
        }
    }

    private static CertificateKey fromPkcs8(byte[] der, String source) {
        PrivateKeyInfo info;
        try {
            info = PrivateKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new KeyFileException(Problem.DAMAGED_KEY, source,
                    "the private key inside the PEM is damaged (not a valid PKCS#8 structure)");
        }
        ASN1ObjectIdentifier algorithm = info.getPrivateKeyAlgorithm().getAlgorithm();
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            throw notRsa(algorithmName(algorithm), source);
        }
        try {
            return CertificateKey.of(RSAPrivateKey.getInstance(info.parsePrivateKey()));
        } catch (java.io.IOException | RuntimeException e) {
            throw new KeyFileException(Problem.DAMAGED_KEY, source,
                    "the RSA private key inside the PKCS#8 PEM is damaged");
        }
    }

    static String algorithmName(ASN1ObjectIdentifier algorithm) {
        if (X9ObjectIdentifiers.id_dsa.equals(algorithm)) {
            return "a DSA";
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
            return "an EC";
        }
        if (EdECObjectIdentifiers.id_Ed25519.equals(algorithm) || EdECObjectIdentifiers.id_Ed448.equals(algorithm)) {
            return "an EdDSA";
        }
        if (PKCSObjectIdentifiers.id_RSASSA_PSS.equals(algorithm)) {
            return "an RSA-PSS-only";
        }
        return "a non-RSA (" + algorithm.getId() + ")";
    }

    private static KeyFileException notRsa(String kind, String source) {
        return new KeyFileException(Problem.NOT_RSA, source,
                "holds " + kind + " key, but Capitalist certificates are RSA keys");
    }
}
