package jp.mamis.ejb.members;

import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.MembershipStatus;
import jp.mamis.ejb.config.MamisConfig;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The label sheet without a container: 12 labels a page, the name on mail with 様, read back by PDFBox. */
class LabelSheetPdfTest {

    static final Path FONT = Path.of(System.getenv().getOrDefault("MAMIS_PDF_FONT", MamisConfig.DEFAULT_PDF_FONT));

    static MemberQueries.Row row(int i, boolean former) {
        return new MemberQueries.Row(i, i, String.valueOf(200000 + i), "日医", "太郎" + i, "ニチイ", "タロウ",
                former ? "山田" : null, former ? "多郎" : null, former ? "ヤマダ" : null, former ? "タロウ" : null, former,
                Sex.MALE, LocalDate.of(1984, 10, 10), "113-8621", "13", "文京区", "本駒込2-28-16", null, null, null,
                "x@example.jp", null, null, "病院", MemberCategory.A1, MembershipStatus.ACTIVE, null, null, "ニチイタロウ");
    }

    @Test
    void thirteenLabelsFillOnePageAndStartASecondWithTheNameOnMail() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long n = LabelSheetPdf.write(FONT, out, sink -> {
            for (int i = 0; i < 13; i++) {
                sink.accept(row(i, i == 12));
            }
        });
        assertEquals(13, n);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(2, doc.getNumberOfPages());
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(1);
            s.setEndPage(1);
            String first = s.getText(doc);
            assertTrue(first.contains("〒113-8621"), first);
            assertTrue(first.contains("東京都文京区"), first);
            assertTrue(first.contains("日医 太郎11"), first);
            assertFalse(first.contains("山田"), first);
            s.setStartPage(2);
            s.setEndPage(2);
            String second = s.getText(doc);
            assertTrue(second.contains("山田 多郎　様"), "the former name is used on mail: " + second);
        }
    }
}
