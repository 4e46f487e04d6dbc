package io.capitalist4j.adapter.jdbc;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The directory an embedded database lives in: created owner-only ({@code 0700}, with its missing parents) as
 * ssh does for {@code ~/.ssh}, its file created owner-only ({@code 0600}), neither ever a symbolic link, so a link planted where the journal is kept cannot move
 * it elsewhere. (The testkit's {@code PrivateFiles} does the same for key files, but an adapter may not depend on
 * the testkit, and it follows a link the caller chose, which a journal must not.) On a file system without POSIX
 * permissions the directory is created without the permission part.
 */
final class PrivateDirectory {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private PrivateDirectory() {
    }

    /** {@code dir}, created owner-only if it does not exist; an existing directory is used as it is. */
    static Path of(Path dir) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            throw new FileSystemException(dir.toString(), null,
                    "is a symbolic link; the journal is kept only in a real directory");
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(dir.toString(), null, "is not a directory");
            }
            return dir;
        }
        Path created = posix(dir.toAbsolutePath())
                ? Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
                : Files.createDirectories(dir);
        if (Files.isSymbolicLink(created)) {
            throw new FileSystemException(dir.toString(), null, "became a symbolic link while it was created");
        }
        return created;
    }

    /**
     * The database file {@code file} in such a directory, created empty and owner-only ({@code 0600}) if it does not
     * exist yet, so that the database writes into a file no one else can read even in a directory the caller made
     * wider; an existing file is used as it is, a symbolic link is refused.
     */
    static Path file(Path file) throws IOException {
        if (Files.isSymbolicLink(file)) {
            throw new FileSystemException(file.toString(), null,
                    "is a symbolic link; the journal is kept only in a real file");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return file;
        }
        try {
            return posix(file.toAbsolutePath())
                    ? Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE))
                    : Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            return file; // another process made it first; the database decides whether it may open it
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
