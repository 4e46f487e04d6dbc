package io.capitalist4j.adapter.cli;

import io.capitalist4j.adapter.signing.BouncyCastleSigning;
import io.capitalist4j.adapter.signing.CertificateKey;
import io.capitalist4j.adapter.signing.KeyFileException;
import io.capitalist4j.domain.auth.Secret;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the certificate key to sign with: the {@code --key} file (a PEM, or a Capitalist encrypted key file
 * opened with the login and {@code CAPITALIST_KEY_PASSWORD}), or with {@code --sandbox} the sandbox certificate.
 */
final class SigningKeys {

    private SigningKeys() {
    }

    static CertificateKey find(RootCommand root, Optional<Path> keyFile, Optional<String> keyLogin) {
        if (keyFile.isPresent()) {
            return load(root, keyFile.get(), keyLogin);
        }
        if (root.sandbox) {
            return SandboxWiring.certificateKey();
        }
        throw new BadInputException("signing needs the certificate key: give --key KEYFILE");
    }

    private static CertificateKey load(RootCommand root, Path file, Optional<String> keyLogin) {
        root.secrets().warnIfShared(file, "the key file");
        try {
            return BouncyCastleSigning.loadKey(file);
        } catch (KeyFileException e) {
            if (e.problem() != KeyFileException.Problem.CREDENTIALS_REQUIRED) {
                throw e;
            }
        }
        // An encrypted key file opens with SHA-1(salt ‖ login ‖ certificate password): it needs the login too.
        String login = keyLogin.or(() -> root.sandbox ? Optional.of(SandboxWiring.login()) : root.login())
                .orElseThrow(() -> new BadInputException(file + " is an encrypted key file: give --key-login LOGIN or --login"));
        try (Secret password = keyPassword(root)) {
            return BouncyCastleSigning.loadKey(file, login, password);
        }
    }

    /** With the sandbox, its published certificate password stands in when the environment gives none. */
    private static Secret keyPassword(RootCommand root) {
        if (root.sandbox && root.terminal().variable(EnvVars.KEY_PASSWORD).isEmpty()) {
            return SandboxWiring.certificatePassword();
        }
        return root.secrets().keyPassword();
    }
}
