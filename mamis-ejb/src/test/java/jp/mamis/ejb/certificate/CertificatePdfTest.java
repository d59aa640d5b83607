package jp.mamis.ejb.certificate;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.certificate.Certificate;
import jp.mamis.domain.certificate.MembershipPeriod;
import jp.mamis.ejb.config.MamisConfig;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The certificate PDF without a container: its Japanese text read back by PDFBox, the font embedded. */
class CertificatePdfTest {

    static final Path FONT = Path.of(System.getenv().getOrDefault("MAMIS_PDF_FONT", MamisConfig.DEFAULT_PDF_FONT));

    private static final Certificate.Printed PRINTED = new Certificate.Printed("北海道医師会", "日医 太郎", "ニチイ タロウ", "200001",
            "A2(B)", List.of(new MembershipPeriod(null, LocalDate.of(2005, 3, 31), false),
                    new MembershipPeriod(LocalDate.of(2019, 5, 1), null, true)),
            "01-2026-000042", LocalDate.of(2026, 12, 2));

    private static final String CODE = "7K3M-9QXA-ABCD-EFGH-JKMN-PQRS-TVWX";
    private static final String URL = "http://localhost:8080/mamis/verify.xhtml?code=" + CODE;

    @Test
    void printsTheJapaneseFieldsWithTheFontEmbedded() throws Exception {
        byte[] pdf = CertificatePdf.render(FONT, PRINTED, CODE, URL);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("在 籍 証 明 書", "北海道医師会", "日医 太郎", "ニチイ タロウ", "医籍登録番号", "200001",
                    "A2(B)", "令和8年12月2日", "2026年12月2日", "2026/12/02", "01-2026-000042", CODE, URL,
                    "不明 〜 平成17年3月31日（2005年3月31日）", "令和元年5月1日（2019年5月1日） 〜 現在に至る",
                    "在籍していることを証明します")) {
                assertTrue(text.contains(expected), "missing «" + expected + "» in:\n" + text);
            }
            List<PDFont> fonts = fonts(doc.getPage(0).getResources());
            assertFalse(fonts.isEmpty());
            for (PDFont f : fonts) {
                assertTrue(f.isEmbedded(), f.getName() + " is not embedded");
                assertTrue(f.getName().contains("IPAexGothic"), f.getName());
            }
            assertEquals("在籍証明書 01-2026-000042", doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aFormerMembersCertificateSaysTheyWere() throws Exception {
        Certificate.Printed former = new Certificate.Printed("北海道医師会", "日医 太郎", "ニチイ タロウ", "200001", "B",
                List.of(new MembershipPeriod(LocalDate.of(2001, 4, 1), LocalDate.of(2019, 4, 30), false)),
                "01-2026-000043", LocalDate.of(2026, 12, 2));
        try (PDDocument doc = Loader.loadPDF(CertificatePdf.render(FONT, former, CODE, URL))) {
            String text = new PDFTextStripper().getText(doc).replace("\n", "").replace("\r", "");
            assertTrue(text.contains("在籍していたことを証明します"), text);
            assertTrue(text.contains("平成13年4月1日（2001年4月1日） 〜 平成31年4月30日（2019年4月30日）"), text);
        }
    }

    @Test
    void theSameCertificateGivesTheSameDocument() {
        assertArrayEquals(strip(CertificatePdf.render(FONT, PRINTED, CODE, URL)), strip(CertificatePdf.render(FONT, PRINTED, CODE, URL)));
    }

    @Test
    void aMissingFontIsAClearRefusal() {
        MamisException e = assertThrows(MamisException.class,
                () -> CertificatePdf.render(Path.of("/nonexistent/ipaexg.ttf"), PRINTED, CODE, URL));
        assertEquals("certificate.fontMissing", e.getKey());
    }

    /** The PDF without its trailer /ID, which PDFBox makes from the time of saving. */
    private static byte[] strip(byte[] pdf) {
        String s = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).replaceAll("/ID \\[<[0-9A-Fa-f]+> <[0-9A-Fa-f]+>\\]", "");
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static List<PDFont> fonts(PDResources resources) throws java.io.IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
