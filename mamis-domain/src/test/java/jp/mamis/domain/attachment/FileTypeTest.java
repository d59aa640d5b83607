package jp.mamis.domain.attachment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("FileType.detect decides by content only")
class FileTypeTest {

    /** The start of a real one-page PDF as written by common producers (binary comment line included). */
    private static final byte[] PDF = ("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    @DisplayName("a PDF header is a PDF")
    void pdf() {
        assertEquals(Optional.of(FileType.PDF), FileType.detect(PDF));
        assertEquals(Optional.of(FileType.PDF), FileType.detect("%PDF-2.0\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    @DisplayName("a JPEG written by ImageIO is a JPEG")
    void jpegFromEncoder() throws IOException {
        assertEquals(Optional.of(FileType.JPEG), FileType.detect(image("jpg")));
    }

    @Test
    @DisplayName("JFIF and Exif (camera) JPEG headers are JPEG")
    void jpegHeaders() {
        assertEquals(Optional.of(FileType.JPEG), FileType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0)));
        assertEquals(Optional.of(FileType.JPEG), FileType.detect(bytes(0xFF, 0xD8, 0xFF, 0xE1, 0x2F, 0xFE, 'E', 'x', 'i', 'f', 0)));
    }

    @Test
    @DisplayName("a PNG written by ImageIO is a PNG")
    void png() throws IOException {
        assertEquals(Optional.of(FileType.PNG), FileType.detect(image("png")));
    }

    @Test
    @DisplayName("only the first bytes count: HEAD_LENGTH bytes are enough for every type")
    void headLengthIsEnough() throws IOException {
        assertEquals(Optional.of(FileType.PDF), FileType.detect(Arrays.copyOf(PDF, FileType.HEAD_LENGTH)));
        assertEquals(Optional.of(FileType.JPEG), FileType.detect(Arrays.copyOf(image("jpg"), FileType.HEAD_LENGTH)));
        assertEquals(Optional.of(FileType.PNG), FileType.detect(Arrays.copyOf(image("png"), FileType.HEAD_LENGTH)));
    }

    @Test
    @DisplayName("a Linux (ELF) executable is refused")
    void elf() {
        assertEquals(Optional.empty(), FileType.detect(bytes(0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0)));
    }

    @Test
    @DisplayName("a Windows (PE, MZ) executable is refused")
    void windowsExecutable() {
        assertEquals(Optional.empty(), FileType.detect(bytes('M', 'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00)));
    }

    @Test
    @DisplayName("an HTML page, with or without a BOM, is refused")
    void html() {
        assertEquals(Optional.empty(), FileType.detect(
                "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileType.detect(
                "\uFEFF<html><body>%PDF-1.7</body></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("an SVG image (it can carry script) and a GIF are refused")
    void otherImages() {
        assertEquals(Optional.empty(), FileType.detect(
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileType.detect("GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    @DisplayName("a ZIP archive (also docx/xlsx) is refused")
    void zip() {
        assertEquals(Optional.empty(), FileType.detect(bytes('P', 'K', 0x03, 0x04, 0x14, 0x00, 0x00, 0x00)));
    }

    @Test
    @DisplayName("nothing at all is refused")
    void empty() {
        assertEquals(Optional.empty(), FileType.detect(new byte[0]));
        assertEquals(Optional.empty(), FileType.detect(null));
    }

    @Test
    @DisplayName("a text file named 免許証.pdf is refused: the name is not even an input")
    void textNamedLikePdf() {
        byte[] content = "医師免許証のコピーです。PDF ではありません。\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), FileType.detect(content));
    }

    @Test
    @DisplayName("a PDF marker not at the very start is refused")
    void pdfNotAtStart() {
        assertEquals(Optional.empty(), FileType.detect(" %PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileType.detect("%PDF1.7\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    @DisplayName("short inputs do not throw; a prefix of a signature is not a match")
    void shortInputs() {
        assertEquals(Optional.empty(), FileType.detect(bytes(0xFF)));
        assertEquals(Optional.empty(), FileType.detect(bytes(0xFF, 0xD8)));
        assertEquals(Optional.empty(), FileType.detect(bytes('%', 'P', 'D', 'F')));
        assertEquals(Optional.empty(), FileType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A)));
        for (int n = 0; n <= FileType.HEAD_LENGTH; n++) {
            FileType.detect(Arrays.copyOf(PDF, n));
            FileType.detect(new byte[n]);
        }
    }

    @Test
    @DisplayName("a truncated PNG signature with a different last byte is refused")
    void pngSignatureMustBeComplete() {
        assertEquals(Optional.empty(), FileType.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x00)));
    }

    @ParameterizedTest
    @EnumSource(FileType.class)
    @DisplayName("every type names a MIME type and an extension")
    void mimeAndExtension(FileType type) {
        assertTrue(type.mimeType().matches("(application|image)/[a-z]+"), type.mimeType());
        assertTrue(type.extension().matches("[a-z]{3}"), type.extension());
    }

    @Test
    @DisplayName("MIME types and extensions are the standard ones")
    void standardNames() {
        assertEquals("application/pdf", FileType.PDF.mimeType());
        assertEquals("image/jpeg", FileType.JPEG.mimeType());
        assertEquals("image/png", FileType.PNG.mimeType());
        assertEquals("pdf", FileType.PDF.extension());
        assertEquals("jpg", FileType.JPEG.extension());
        assertEquals("png", FileType.PNG.extension());
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(image, format, out), "ImageIO can write " + format);
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
