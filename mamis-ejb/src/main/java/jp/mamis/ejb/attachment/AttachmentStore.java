package jp.mamis.ejb.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.attachment.FileType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps the bytes of uploaded attachments on disk, outside the web root, so that nothing a
 * member uploads can ever be served or executed by the server as part of the application.
 *
 * <p>Why it works the way it does:
 * <ul>
 * <li>The directory comes from the environment ({@code MAMIS_FILES_DIR}, default
 *     {@code ${user.home}/.mamis/files}) — configuration at run time, and never inside the
 *     deployed application.</li>
 * <li>Files get a generated random name (128 bits from {@link SecureRandom}, 32 hex digits),
 *     never the name the user sent: no path tricks, no overwriting, no personal data such as a
 *     doctor's name in the file system. Files are sharded into 256 subfolders by the first two
 *     digits so that no directory grows very large.</li>
 * <li>The type is decided from the first bytes ({@link FileType#detect}); anything that is not
 *     PDF, JPEG or PNG is refused before a single byte is written.</li>
 * <li>The upload is streamed to a temporary file in the same directory while the SHA-256 and
 *     the size are computed, so a large file never sits in the heap; reading stops one byte after
 *     the limit. Only a complete, accepted file is renamed to its final name (an atomic rename on
 *     the same file system); a refused or failed upload leaves nothing behind.</li>
 * <li>Directories and files are created owner-only ({@code rwx------}/{@code rw-------}) where
 *     the file system has POSIX permissions: other local accounts cannot read medical licences.</li>
 * <li>{@link #open} and {@link #delete} accept only names of the generated shape, so a name
 *     taken from anywhere else cannot reach outside the directory ({@code ../etc/passwd}).</li>
 * </ul>
 * Refusals the member should see are {@link MamisException}s with bundle keys
 * {@code attachment.empty}, {@code attachment.type} and {@code attachment.tooLarge} (argument:
 * the limit in bytes); failures of the disk are {@link UncheckedIOException}s.
 *
 * <p>Temporary files of an upload interrupted by a crash of the server stay behind as
 * {@code upload-*.tmp} in the directory; they never match a stored name and may be removed by
 * the operator.
 */
@ApplicationScoped
public class AttachmentStore {

    /** The environment variable naming the directory. */
    static final String DIRECTORY_VARIABLE = "MAMIS_FILES_DIR";

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final int NAME_BYTES = 16;
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    /** What was stored: the generated name to keep in the database, and what was found out about the content. */
    public record Stored(String storedName, FileType type, long size, String sha256Hex) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Path directory;

    /** The directory named by {@code MAMIS_FILES_DIR}, or {@code ${user.home}/.mamis/files}. */
    public AttachmentStore() {
        this(configuredDirectory(System.getenv(DIRECTORY_VARIABLE)));
    }

    /** A store in the given directory; it is created when the first file is stored. */
    AttachmentStore(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    static Path configuredDirectory(String variable) {
        if (variable == null || variable.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".mamis", "files");
        }
        return Path.of(variable.strip());
    }

    /**
     * Stores the content of an upload.
     *
     * @param in       the uploaded content; read to the end (or to one byte past the limit), not closed
     * @param maxBytes the largest size accepted, in bytes
     * @return the generated name, the type found in the content, the size and the SHA-256 (hex, lower case)
     * @throws MamisException         {@code attachment.empty} when there is no content,
     *                                {@code attachment.type} when it is not PDF, JPEG or PNG,
     *                                {@code attachment.tooLarge} (argument {@code maxBytes}) when larger than allowed;
     *                                nothing is kept in any of these cases
     * @throws UncheckedIOException   when reading the upload or writing the disk fails; nothing is kept
     */
    public Stored store(InputStream in, long maxBytes) {
        Objects.requireNonNull(in, "in");
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        byte[] head = readHead(in);
        if (head.length == 0) {
            throw new MamisException("attachment.empty");
        }
        FileType type = FileType.detect(head).orElseThrow(() -> new MamisException("attachment.type"));
        if (head.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        Path temporary = createTemporary();
        try {
            MessageDigest sha256 = sha256();
            long size = copy(head, in, temporary, sha256, maxBytes);
            String name = moveToGeneratedName(temporary);
            return new Stored(name, type, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            discard(temporary, e);
            throw new UncheckedIOException("An attachment could not be stored in " + directory, e);
        } catch (RuntimeException | Error e) {
            discard(temporary, e);
            throw e;
        }
    }

    /**
     * The content of a stored file. The caller closes the stream.
     *
     * @throws IllegalArgumentException when the name is not one this store generates
     * @throws UncheckedIOException     when there is no such file or it cannot be read
     */
    public InputStream open(String storedName) {
        Path file = fileOf(storedName);
        try {
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored attachment " + storedName + " cannot be read", e);
        }
    }

    /**
     * Removes a stored file; removing one that is already gone does nothing.
     *
     * @throws IllegalArgumentException when the name is not one this store generates
     * @throws UncheckedIOException     when the file exists but cannot be removed
     */
    public void delete(String storedName) {
        Path file = fileOf(storedName);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored attachment " + storedName + " cannot be deleted", e);
        }
    }

    private static byte[] readHead(InputStream in) {
        try {
            return in.readNBytes(FileType.HEAD_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException("An attachment could not be read", e);
        }
    }

    private static long copy(byte[] head, InputStream in, Path target, MessageDigest sha256, long maxBytes)
            throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            sha256.update(head);
            out.write(head);
            long size = head.length;
            byte[] buffer = new byte[BUFFER_SIZE];
            while (true) {
                // Never ask for more than one byte past the limit: a huge upload is not read to its end.
                int wanted = (int) Math.min(buffer.length, maxBytes - size + 1);
                int n = in.read(buffer, 0, wanted);
                if (n < 0) {
                    break;
                }
                size += n;
                if (size > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                sha256.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            // On disk before the caller records the name in a committed transaction.
            channel.force(true);
            return size;
        }
    }

    private String moveToGeneratedName(Path temporary) throws IOException {
        while (true) {
            String name = newName();
            Path target = fileOf(name);
            createDirectories(target.getParent());
            // 128 random bits do not collide in practice; checking keeps a collision from replacing a file.
            if (Files.notExists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
                return name;
            }
        }
    }

    private Path createTemporary() {
        try {
            createDirectories(directory);
            return posix()
                    ? Files.createTempFile(directory, "upload-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE))
                    : Files.createTempFile(directory, "upload-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary file can be created in " + directory, e);
        }
    }

    private void createDirectories(Path dir) throws IOException {
        FileAttribute<?>[] attributes = posix()
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY)}
                : new FileAttribute<?>[0];
        Files.createDirectories(dir, attributes);
    }

    private boolean posix() {
        return directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void discard(Path temporary, Throwable cause) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private String newName() {
        byte[] bytes = new byte[NAME_BYTES];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private Path fileOf(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not the name of a stored attachment");
        }
        return directory.resolve(storedName.substring(0, 2)).resolve(storedName);
    }

    private static MamisException tooLarge(long maxBytes) {
        return new MamisException("attachment.tooLarge", maxBytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
