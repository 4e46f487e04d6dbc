package io.capitalist4j.adapter.signing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;

/**
 * The bank's side of the crypto for this module's tests, done with the JDK alone so that nothing of the
 * adapter checks the adapter: SHA1withRSA verification and RSA PKCS#1 v1.5 decryption.
 */
final class BankHalf {

    private BankHalf() {
    }

    /** False for a signature that does not verify, also one too damaged for the JDK to parse. */
    static boolean verifies(RSAPublicKey key, byte[] data, String base64Signature) {
        try {
            Signature sha1 = Signature.getInstance("SHA1withRSA");
            sha1.initVerify(key);
            sha1.update(data);
            return sha1.verify(Base64.getDecoder().decode(base64Signature));
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new AssertionError("the JDK cannot verify SHA1withRSA", e);
        }
    }

    static byte[] decrypt(RSAPrivateKey key, String hex) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            return rsa.doFinal(HexFormat.of().parseHex(hex));
        } catch (GeneralSecurityException e) {
            throw new AssertionError("does not decrypt with this key: " + e, e);
        }
    }

    /** A {@code BEGIN RSA PRIVATE KEY} vector as a JDK key (the JDK reads only PKCS#8 itself). */
    static RSAPrivateKey privateKey(String pkcs1Pem) {
        byte[] der = Base64.getMimeDecoder().decode(pkcs1Pem.replaceAll("-----[A-Z ]+-----", ""));
        org.bouncycastle.asn1.pkcs.RSAPrivateKey k = org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(der);
        BigInteger[] parts = {k.getModulus(), k.getPublicExponent(), k.getPrivateExponent(), k.getPrime1(),
                k.getPrime2(), k.getExponent1(), k.getExponent2(), k.getCoefficient()};
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(parts[0],
                    parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7]));
        } catch (GeneralSecurityException e) {
            throw new AssertionError("the vector key does not load", e);
        }
    }
}
