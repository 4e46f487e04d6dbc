package io.capitalist4j.adapter.cli;

import io.capitalist4j.domain.auth.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Where secrets come from: an environment variable, a file, or a prompt on an attached terminal. Never from a
 * flag value, which would show in the shell history and in {@code ps}. Messages name the source, never the value.
 */
final class Secrets {
    private final Terminal terminal;

    Secrets(Terminal terminal) {
        this.terminal = terminal;
    }

    /** {@code --password-file} first (it was asked for explicitly), then the environment, then a prompt. */
    Secret password(Optional<Path> passwordFile) {
        if (passwordFile.isPresent()) {
            warnIfShared(passwordFile.get(), "the password file");
            return known(fromFile(passwordFile.get()));
        }
        return known(fromEnvOrPrompt(EnvVars.PASSWORD, "Capitalist password",
                "no password: set " + EnvVars.PASSWORD + ", give --password-file FILE or run in a terminal"));
    }

    /** API2: {@code --api-secret-file} first, then {@code $CAPITALIST_API_SECRET}, then a prompt. */
    Secret apiSecret(Optional<Path> secretFile) {
        if (secretFile.isPresent()) {
            warnIfShared(secretFile.get(), "the API secret file");
            return known(fromFile(secretFile.get(), "API secret"));
        }
        return known(fromEnvOrPrompt(EnvVars.API_SECRET, "Capitalist API secret",
                "no API secret: set " + EnvVars.API_SECRET + ", give --api-secret-file FILE or run in a terminal"));
    }

    Secret pin() {
        return known(fromEnvOrPrompt(EnvVars.PIN, "PIN",
                "--verify pin needs the PIN: set " + EnvVars.PIN + " or run in a terminal"));
    }

    Secret keyPassword() {
        return known(fromEnvOrPrompt(EnvVars.KEY_PASSWORD, "Certificate password",
                "the key file is encrypted: set " + EnvVars.KEY_PASSWORD + " or run in a terminal"));
    }

    /** Every secret read is masked by value in whatever the command prints from then on. */
    private Secret known(Secret secret) {
        terminal.secrets().add(secret);
        return secret;
    }

    /**
     * Warns, as ssh does for a private key, when a file holding a secret can be read by its group or by others.
     * The run goes on: the file may be shared on purpose, and refusing would break scripts that work today. A file
     * system without POSIX permissions, or a file that cannot be looked at, gets no warning.
     */
    void warnIfShared(Path file, String what) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            return;
        }
        if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
            terminal.err().println("warning: " + what + " " + file + " can be read by group or others ("
                    + PosixFilePermissions.toString(permissions) + "); make it owner-only: chmod 600 " + file);
            terminal.err().flush();
        }
    }

    private Secret fromEnvOrPrompt(String variable, String label, String missing) {
        Optional<String> value = terminal.variable(variable);
        if (value.isPresent()) {
            return Secret.of(value.get());
        }
        char[] typed = terminal.prompt().read(label).orElseThrow(() -> new BadInputException(missing));
        try {
            if (typed.length == 0) {
                throw new BadInputException(label + " is empty");
            }
            return Secret.of(typed);
        } finally {
            Arrays.fill(typed, '\0');
        }
    }

    /** The first line of the file, without its line break; nothing else in the file is read as the password. */
    static Secret fromFile(Path file) {
        return fromFile(file, "password");
    }

    /** As {@link #fromFile(Path)}, the messages naming {@code what} the file holds. */
    static Secret fromFile(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BadInputException("cannot read the " + what + " file " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        char[] chars = StandardCharsets.UTF_8.decode(java.nio.ByteBuffer.wrap(bytes)).array();
        Arrays.fill(bytes, (byte) 0);
        int end = 0;
        while (end < chars.length && chars[end] != '\n' && chars[end] != '\r' && chars[end] != '\0') {
            end++;
        }
        char[] line = Arrays.copyOf(chars, end);
        Arrays.fill(chars, '\0');
        try {
            if (line.length == 0) {
                throw new BadInputException("the " + what + " file " + file + " is empty");
            }
            return Secret.of(line);
        } finally {
            Arrays.fill(line, '\0');
        }
    }
}
