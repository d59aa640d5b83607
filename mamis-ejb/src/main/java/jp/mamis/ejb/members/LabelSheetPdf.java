package jp.mamis.ejb.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mamis.ejb.certificate.CertificatePdf;
import jp.mamis.ejb.config.MamisConfig;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A printable sheet of address labels (宛名ラベル) on A4 in the layout of A-ONE 72212 and its
 * equivalents: 2 columns × 6 rows of 86.4 × 42.3 mm, margins 18.6 mm left and right and 21.5 mm
 * top — 12 labels a page: 〒 postal code, address, and the name (the 旧姓・旧名 when the member
 * asked for it) with 様. The font is the IPAex Gothic every MAMIS PDF embeds (as a subset); a
 * character it has no glyph for is printed as 〓. Pages are kept in a temporary file while the
 * document is built, not in memory.
 */
@ApplicationScoped
public class LabelSheetPdf {

    static final float MM = 72f / 25.4f;
    static final int COLUMNS = 2;
    static final int ROWS = 6;
    static final float LABEL_W = 86.4f * MM;
    static final float LABEL_H = 42.3f * MM;
    static final float LEFT = 18.6f * MM;
    static final float TOP = 21.5f * MM;
    static final float PAD = 5f * MM;

    @Inject
    private MamisConfig config;

    /** Labels per page. */
    public static int perPage() {
        return COLUMNS * ROWS;
    }

    /**
     * Writes the sheet of every row {@code source} hands on to the stream.
     *
     * @param source calls its argument once per row, in order
     * @return the number of labels
     */
    public long write(OutputStream out, Consumer<Consumer<MemberQueries.Row>> source) {
        return write(config.pdfFont(), out, source);
    }

    static long write(Path fontFile, OutputStream out, Consumer<Consumer<MemberQueries.Row>> source) {
        Path font = CertificatePdf.requireFont(fontFile);
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            doc.getDocumentInformation().setTitle("宛名ラベル");
            doc.getDocumentInformation().setCreator("MAMIS");
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            Sheet sheet = new Sheet(doc, f);
            try {
                source.accept(sheet::add);
            } finally {
                sheet.close();
            }
            doc.save(out);
            return sheet.count;
        } catch (IOException e) {
            throw new UncheckedIOException("label sheet", e);
        }
    }

    /** The page being filled. */
    private static final class Sheet {
        private final PDDocument doc;
        private final PDType0Font font;
        private final Map<Integer, Boolean> glyphs = new HashMap<>();
        private PDPageContentStream cs;
        private long count;

        Sheet(PDDocument doc, PDType0Font font) {
            this.doc = doc;
            this.font = font;
        }

        void add(MemberQueries.Row r) {
            try {
                int slot = (int) (count % perPage());
                if (slot == 0) {
                    close();
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                }
                float pageH = PDRectangle.A4.getHeight();
                float x = LEFT + (slot % COLUMNS) * LABEL_W + PAD;
                float top = pageH - TOP - (slot / COLUMNS) * LABEL_H - PAD;
                float width = LABEL_W - 2 * PAD;
                text(x, top - 10, 10, width, "〒" + nz(r.postalCode()));
                text(x, top - 26, 10, width, ExportKind.prefecture(r.prefectureCode()) + nz(r.city()));
                text(x, top - 40, 10, width, nz(r.street()));
                text(x + 6 * MM, top - 72, 14, width - 6 * MM, ExportKind.mailName(r).getFull() + "　" + ExportKind.HONORIFIC);
                count++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One line, smaller when it would not fit the label's width. */
        private void text(float x, float y, float size, float width, String s) throws IOException {
            String t = printable(s);
            float w = font.getStringWidth(t) / 1000 * size;
            float fitted = w > width ? Math.max(5, size * width / w) : size;
            cs.beginText();
            cs.setFont(font, fitted);
            cs.newLineAtOffset(x, y);
            cs.showText(t);
            cs.endText();
        }

        /** The text with every character the font has no glyph for as 〓. */
        private String printable(String s) {
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(cp -> {
                boolean ok = glyphs.computeIfAbsent(cp, c -> {
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IllegalArgumentException | IOException e) {
                        return false;
                    }
                });
                b.append(ok ? new String(Character.toChars(cp)) : CsvWriter.MARKER);
            });
            return b.toString();
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }
}
