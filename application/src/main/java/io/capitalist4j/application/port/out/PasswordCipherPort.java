package io.capitalist4j.application.port.out;

import io.capitalist4j.domain.auth.Secret;

/** Encrypts the account password for {@code encrypted_password}: RSA PKCS#1 v1.5, lower-case hex. */
public interface PasswordCipherPort {
    String encryptHex(TokenKey key, Secret password);
}
