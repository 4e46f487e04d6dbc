package io.capitalist4j.testkit.keys;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes key files as ssh-keygen does: owner-only ({@code 0600}) in directories it creates owner-only
 * ({@code 0700}), and never through a symbolic link, so a link planted where a key is written cannot redirect
 * the key elsewhere nor overwrite the file it points to. On a file system without POSIX permissions the files
 * are written the same way, without the permission part.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /**
     * The directory, created with its missing parents ({@code 0700}) if it does not exist. An existing one is
     * used as it is, also when it is reached through a link the caller chose.
     *
     * @throws IOException when it cannot be created or is not a directory
     */
    public static Path directory(Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        if (Files.isDirectory(dir)) {
            return dir;
        }
        if (posix(dir.toAbsolutePath().getParent())) {
            return Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
        }
        return Files.createDirectories(dir);
    }

    /**
     * Writes {@code text} (ASCII) to {@code dir/name}, owner-only, replacing a regular file of that name in one
     * rename. A symbolic link of that name is refused: nothing is written, and the link and its target stay as
     * they were.
     *
     * @throws FileAlreadyExistsException when {@code dir/name} is a symbolic link or a directory
     * @throws IOException                when the file cannot be written
     */
    public static Path write(Path dir, String name, String text) throws IOException {
        Objects.requireNonNull(text, "text");
        if (name.isEmpty() || name.contains("/") || name.contains(dir.getFileSystem().getSeparator())) {
            throw new IllegalArgumentException("a file name, not a path: " + name);
        }
        Path target = directory(dir).resolve(name);
        if (Files.isSymbolicLink(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is a symbolic link; refusing to write a key through it");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "is a directory");
        }
        boolean posix = posix(dir);
        // a new file of our own (CREATE_NEW never opens an existing file nor follows a link), born owner-only
        Path temporary = posix
                ? Files.createTempFile(dir, "." + name + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, "." + name + ".", ".tmp", new FileAttribute<?>[0]);
        try {
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                out.write(text.getBytes(StandardCharsets.US_ASCII));
            }
            // rename replaces the name itself: a link made there meanwhile is replaced, never written through
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static boolean posix(Path path) {
        Path existing = path;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing != null && existing.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
