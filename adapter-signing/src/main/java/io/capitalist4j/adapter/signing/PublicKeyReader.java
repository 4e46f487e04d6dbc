package io.capitalist4j.adapter.signing;

import io.capitalist4j.adapter.signing.KeyFileException.Problem;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * Reads RSA public keys: PEM in either header kind (get_token sends {@code BEGIN RSA PUBLIC KEY}, OpenSSL
 * writes {@code BEGIN PUBLIC KEY}) or the bare modulus and exponent in hex that older servers send.
 */
final class PublicKeyReader {

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final int SMALLEST_MODULUS_BITS = 512;

    private PublicKeyReader() {
    }

    static RSAPublicKey fromPem(String pem, String source) {
        List<String> lines = KeyText.lines(pem);
        if (lines.isEmpty()) {
            throw new KeyFileException(Problem.EMPTY, source, "is empty; an RSA public key PEM is expected");
        }
        List<PemBlock> blocks = PemBlock.readAll(lines, source);
        if (blocks.isEmpty()) {
            throw new KeyFileException(Problem.NOT_A_KEY_FILE, source, "is not PEM; an RSA public key is expected");
        }
        PemBlock block = blocks.get(0);
        switch (block.type()) {
            case "RSA PUBLIC KEY":
                return fromPkcs1(block.der(), source);
            case "PUBLIC KEY":
                return fromSpki(block.der(), source);
            case "RSA PRIVATE KEY":
            case "PRIVATE KEY":
            case "ENCRYPTED PRIVATE KEY":
                for (PemBlock each : blocks) {
                    each.wipe();
                }
                throw new KeyFileException(Problem.PRIVATE_KEY_INSTEAD_OF_PUBLIC, source,
                        "holds a private key where a public key is expected");
            default:
                throw new KeyFileException(Problem.NOT_A_KEY_FILE, source,
                        "holds a PEM block " + PemBlock.describe(block.type()) + ", not an RSA public key");
        }
    }

    private static RSAPublicKey fromPkcs1(byte[] der, String source) {
        org.bouncycastle.asn1.pkcs.RSAPublicKey key;
        try {
            key = org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(der);
        } catch (RuntimeException e) {
            throw new KeyFileException(Problem.DAMAGED_KEY, source, "the RSA public key inside the PEM is damaged");
        }
        return checked(key.getModulus(), key.getPublicExponent(), source);
    }

    private static RSAPublicKey fromSpki(byte[] der, String source) {
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new KeyFileException(Problem.DAMAGED_KEY, source, "the public key inside the PEM is damaged");
        }
        ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
            throw new KeyFileException(Problem.NOT_RSA, source,
                    "holds " + PrivateKeyReader.algorithmName(algorithm) + " public key, not an RSA one");
        }
        try {
            return fromPkcs1(info.getPublicKeyData().getOctets(), source);
        } catch (RuntimeException e) {
            if (e instanceof KeyFileException) {
                throw e;
            }
            throw new KeyFileException(Problem.DAMAGED_KEY, source, "the RSA public key inside the PEM is damaged");
        }
    }

    static RSAPublicKey fromHex(String modulusHex, String exponentHex) {
        BigInteger modulus = parseHex(modulusHex, "modulus");
        BigInteger exponent = parseHex(exponentHex, "exponent");
        return checked(modulus, exponent, "get_token key");
    }

    private static BigInteger parseHex(String hex, String field) {
        String value = hex.strip();
        if (value.startsWith("0x") || value.startsWith("0X")) {
            value = value.substring(2);
        }
        if (!HEX.matcher(value).matches()) {
            throw new IllegalArgumentException("the RSA " + field + " is not a hex number");
        }
        return new BigInteger(value, 16);
    }

    private static RSAPublicKey checked(BigInteger modulus, BigInteger exponent, String source) {
        if (modulus.bitLength() < SMALLEST_MODULUS_BITS || !modulus.testBit(0)) {
            throw new KeyFileException(Problem.DAMAGED_KEY, source,
                    "the RSA modulus is not usable (" + modulus.bitLength() + " bits, must be odd and at least "
                            + SMALLEST_MODULUS_BITS + ")");
        }
        if (exponent.compareTo(BigInteger.valueOf(3)) < 0 || !exponent.testBit(0) || exponent.compareTo(modulus) >= 0) {
            throw new KeyFileException(Problem.DAMAGED_KEY, source, "the RSA public exponent is not usable");
        }
        try {
            return CertificateKey.jcaPublicKey(modulus, exponent);
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(Problem.DAMAGED_KEY, source, e.getMessage());
        }
    }
}
