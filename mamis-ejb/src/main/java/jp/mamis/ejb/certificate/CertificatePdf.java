package jp.mamis.ejb.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.calendar.JapaneseDates;
import jp.mamis.domain.certificate.Certificate;
import jp.mamis.domain.certificate.MembershipPeriod;
import jp.mamis.ejb.config.MamisConfig;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Logger;

/**
 * Makes the PDF of a certificate (A4, one page) from what the certificate printed, with the
 * Japanese font embedded (a subset of the TrueType font of {@link MamisConfig#pdfFont()}), so it
 * reads the same on every device. The verification URL is printed and drawn as a QR code, its
 * modules as filled rectangles. The output depends on nothing but its arguments and the font.
 */
@ApplicationScoped
public class CertificatePdf {

    private static final Logger LOG = Logger.getLogger(CertificatePdf.class.getName());
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final float MARGIN = 64;

    @Inject
    private MamisConfig config;

    /**
     * @throws MamisException {@code certificate.fontMissing} when the configured font file is not there
     */
    public byte[] render(Certificate.Printed printed, String groupedCode, String url) {
        return render(config.pdfFont(), printed, groupedCode, url);
    }

    /**
     * The Japanese font every MAMIS PDF embeds (certificates, label sheets), checked to be there.
     *
     * @throws MamisException {@code certificate.fontMissing} when the file is not readable
     */
    public static Path requireFont(Path font) {
        if (!Files.isReadable(font)) {
            LOG.severe(() -> "The PDF font " + font + " is missing: install Debian's fonts-ipaexfont or set MAMIS_PDF_FONT");
            throw new MamisException("certificate.fontMissing");
        }
        return font;
    }

    static byte[] render(Path font, Certificate.Printed p, String groupedCode, String url) {
        requireFont(font);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font f = PDType0Font.load(doc, font.toFile());
            info(doc, p);
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                Writer w = new Writer(cs, f);
                w.right(width - MARGIN, top, 10, "証明書番号　" + p.number());
                w.right(width - MARGIN, top - 16, 10, "発行日　" + JapaneseDates.wareki(p.issueDate()));
                w.right(width - MARGIN, top - 30, 9, "（" + JapaneseDates.western(p.issueDate()) + "／" + JapaneseDates.slashed(p.issueDate()) + "）");
                w.center(width / 2, top - 90, 26, "在 籍 証 明 書");

                float y = top - 160;
                float label = MARGIN + 10;
                float value = MARGIN + 120;
                y = w.row(label, value, y, "氏名", p.name(), 14);
                y = w.row(label, value, y, "フリガナ", p.kana(), 11);
                y = w.row(label, value, y, "医籍登録番号", p.registrationNumber(), 12);
                y = w.row(label, value, y, "所属医師会", p.associationName(), 12);
                y = w.row(label, value, y, "会員区分", p.category() == null ? "―" : p.category(), 12);
                w.left(label, y, 11, "在籍期間");
                for (MembershipPeriod period : p.periods()) {
                    w.left(value, y, 11, period.printed());
                    y -= 20;
                }
                y -= 24;
                String statement = p.current()
                        ? "上記の者は、" + p.associationName() + "の会員として上記の期間在籍していることを証明します。"
                        : "上記の者は、" + p.associationName() + "の会員として上記の期間在籍していたことを証明します。";
                y = w.wrapped(MARGIN + 10, y, 12, width - 2 * MARGIN - 20, statement);

                y -= 40;
                w.left(MARGIN + 10, y, 12, JapaneseDates.wareki(p.issueDate()));
                w.right(width - MARGIN - 10, y - 40, 16, p.associationName());

                float qrSize = 96;
                float boxTop = MARGIN + qrSize + 20;
                w.left(MARGIN, boxTop, 10, "この証明書の真正性は、下記のURLまたはQRコードから照合コードで確認できます。");
                w.left(MARGIN, boxTop - 20, 11, "照合コード　" + groupedCode);
                w.left(MARGIN, boxTop - 38, 8, url);
                w.left(MARGIN, boxTop - 56, 8, "MAMIS 医師会会員情報管理システムにより発行");
                qr(cs, url, width - MARGIN - qrSize, MARGIN, qrSize);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate PDF", e);
        }
    }

    private static void info(PDDocument doc, Certificate.Printed p) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle("在籍証明書 " + p.number());
        info.setAuthor(p.associationName());
        info.setCreator("MAMIS");
        info.setProducer("MAMIS (Apache PDFBox)");
        Calendar issued = GregorianCalendar.from(p.issueDate().atStartOfDay(JAPAN));
        issued.setTimeZone(TimeZone.getTimeZone(JAPAN));
        info.setCreationDate(issued);
        info.setModificationDate(issued);
    }

    /** The QR code of the URL, one filled rectangle per dark module (no image, so it stays sharp). */
    private static void qr(PDPageContentStream cs, String url, float x, float y, float size) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("URL too long for a QR code", e);
        }
        float module = size / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    cs.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        cs.fill();
    }

    /** Text placement on one page. */
    private record Writer(PDPageContentStream cs, PDType0Font font) {

        void left(float x, float y, float size, String text) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, y);
            cs.showText(text);
            cs.endText();
        }

        void right(float x, float y, float size, String text) throws IOException {
            left(x - width(text, size), y, size, text);
        }

        void center(float x, float y, float size, String text) throws IOException {
            left(x - width(text, size) / 2, y, size, text);
        }

        float row(float labelX, float valueX, float y, String label, String value, float size) throws IOException {
            left(labelX, y, 11, label);
            left(valueX, y, size, value);
            return y - 28;
        }

        /**
         * Writes the text in lines no wider than {@code max}, breaking between any two characters
         * except before 。 and 、 (禁則: they stay at the end of the line); returns the next y.
         */
        float wrapped(float x, float y, float size, float max, String text) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                line.append(text.charAt(i));
                if (width(line.toString(), size) > max && "。、）".indexOf(text.charAt(i)) < 0) {
                    line.setLength(line.length() - 1);
                    left(x, y, size, line.toString());
                    y -= size * 1.8f;
                    line.setLength(0);
                    line.append(text.charAt(i));
                }
            }
            if (!line.isEmpty()) {
                left(x, y, size, line.toString());
                y -= size * 1.8f;
            }
            return y;
        }

        float width(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }
    }
}
