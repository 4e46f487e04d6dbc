package io.capitalist4j.adapter.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;

/**
 * The RSA private key of a Capitalist certificate together with its public key. It only signs; it never
 * shows itself ({@code toString} gives the size only) and its material never leaves this package.
 */
public final class CertificateKey {

    private final RSAPrivateCrtKeyParameters privateParameters;
    private final RSAPublicKey publicKey;

    private CertificateKey(RSAPrivateCrtKeyParameters privateParameters, RSAPublicKey publicKey) {
        this.privateParameters = privateParameters;
        this.publicKey = publicKey;
    }

    /**
     * Builds the key from its CRT components. Bouncy Castle validates the modulus here, so a damaged key
     * fails with an {@link IllegalArgumentException} before it can produce a wrong signature.
     */
    static CertificateKey of(org.bouncycastle.asn1.pkcs.RSAPrivateKey key) {
        RSAPrivateCrtKeyParameters parameters = new RSAPrivateCrtKeyParameters(
                key.getModulus(), key.getPublicExponent(), key.getPrivateExponent(), key.getPrime1(),
                key.getPrime2(), key.getExponent1(), key.getExponent2(), key.getCoefficient());
        return new CertificateKey(parameters, jcaPublicKey(key.getModulus(), key.getPublicExponent()));
    }

    static RSAPublicKey jcaPublicKey(BigInteger modulus, BigInteger exponent) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(modulus, exponent));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a usable RSA public key (" + modulus.bitLength() + " bits)", e);
        }
    }

    RSAPrivateCrtKeyParameters privateParameters() {
        return privateParameters;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** The modulus size in bits (2048 for current certificates, 1024 for old ones). */
    public int bits() {
        return privateParameters.getModulus().bitLength();
    }

    /**
     * Two keys are equal when they are the same RSA key pair. The public half decides: one modulus has one
     * factorisation, and comparing private values would leak their timing.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateKey && ((CertificateKey) o).publicKey.equals(publicKey);
    }

    @Override
    public int hashCode() {
        return publicKey.hashCode();
    }

    @Override
    public String toString() {
        return "CertificateKey[RSA " + bits() + "]";
    }
}
