package io.capitalist4j.adapter.signing;

import java.util.Objects;

/**
 * A certificate key file (or key text) that cannot be used. The message names the source and says what is
 * wrong with it; it never contains key material, a login or a password. {@link #problem()} tells the kinds
 * apart for callers that react differently (for example ask again for the certificate password).
 */
public class KeyFileException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong, one constant per kind of failure. */
    public enum Problem {
        /** The file could not be read (missing, unreadable, too large to be a key). */
        UNREADABLE,
        /** Nothing but whitespace. */
        EMPTY,
        /** Neither a PEM key nor a Capitalist encrypted key file. */
        NOT_A_KEY_FILE,
        /** A PEM block whose END line is missing or whose Base64 is broken. */
        DAMAGED_PEM,
        /** The PEM decodes, but the key structure inside is not a valid RSA key. */
        DAMAGED_KEY,
        /** A DSA, EC or other non-RSA key. */
        NOT_RSA,
        /** A public key where a private key is expected. */
        PUBLIC_KEY_INSTEAD_OF_PRIVATE,
        /** A private key where a public key is expected. */
        PRIVATE_KEY_INSTEAD_OF_PUBLIC,
        /** A certificate where a key is expected. */
        CERTIFICATE_INSTEAD_OF_KEY,
        /** An encryption this library does not undo (OpenSSL passphrase PEM, encrypted PKCS#8). */
        UNSUPPORTED_ENCRYPTION,
        /** A key container this library does not read (for example the OpenSSH format). */
        UNSUPPORTED_FORMAT,
        /** Line 2 of a Capitalist encrypted key file is truncated or not Base64. */
        DAMAGED_KEY_FILE,
        /** A Capitalist encrypted key file was given without login and certificate password. */
        CREDENTIALS_REQUIRED,
        /** The login or certificate password does not open this encrypted key file. */
        CREDENTIALS_MISMATCH
    }

    private final Problem problem;
    private final String source;
    private final String whatIsWrong;

    KeyFileException(Problem problem, String source, String whatIsWrong) {
        this(problem, source, whatIsWrong, null);
    }

    KeyFileException(Problem problem, String source, String whatIsWrong, Throwable cause) {
        super(source + ": " + whatIsWrong, cause);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.source = source;
        this.whatIsWrong = whatIsWrong;
    }

    /** The same failure, found in the content an encrypted key file decrypted to. */
    KeyFileException insideDecryptedContent() {
        return new KeyFileException(problem, source, "after decryption, " + whatIsWrong);
    }

    public Problem problem() {
        return problem;
    }

    /** The file name or source name the message refers to. */
    public String source() {
        return source;
    }
}
