package jp.mamis.ejb.members;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvWriterTest {

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }

    private static CsvWriter write(ByteArrayOutputStream out, CsvEncoding enc, List<String> header, List<List<String>> rows) {
        CsvWriter w = new CsvWriter(out, enc);
        w.header(header);
        int i = 0;
        for (List<String> r : rows) {
            w.row(r, "no" + (++i));
        }
        w.flush();
        return w;
    }

    @Test
    void quotesAsRfc4180SaysAndEndsLinesWithCrLf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, CsvEncoding.UTF8_BOM, List.of("a", "b", "c", "d"),
                List.of(Arrays.asList("plain", "with,comma", "say \"hi\"", "two\nlines"),
                        Arrays.asList(null, "", " space ", "cr\rhere")));
        String expected = "a,b,c,d\r\n"
                + "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n"
                + ",, space ,\"cr\rhere\"\r\n";
        assertArrayEquals(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, expected.getBytes(StandardCharsets.UTF_8)),
                out.toByteArray());
    }

    @Test
    void aValueASpreadsheetWouldRunAsAFormulaIsDefused() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, CsvEncoding.UTF8_BOM, List.of("a", "b", "c", "d", "e"),
                List.of(List.of("=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "03-1234-5678")));
        String expected = "a,b,c,d,e\r\n'=HYPERLINK(\"\"http://x\"\")\"".replace("'=", "\"'=") + ",'+1,'-2,'@SUM(A1),03-1234-5678\r\n";
        assertEquals(expected, new String(out.toByteArray(), 3, out.size() - 3, StandardCharsets.UTF_8));
    }

    @Test
    void utf8HoldsEveryCharacterAndReportsNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter w = write(out, CsvEncoding.UTF8_BOM, List.of("氏名"), List.of(List.of("𠮷田 髙﨑 ①")));
        assertTrue(w.report().isClean());
        assertEquals(1, w.report().rows());
        byte[] b = out.toByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(b, 3));
        assertEquals("氏名\r\n𠮷田 髙﨑 ①\r\n", new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void windows31jHasNoBomAndKeepsTheVariantsAndCircledDigitsItHolds() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter w = write(out, CsvEncoding.MS932, List.of("氏名"), List.of(List.of("髙﨑 ① ｱ")));
        assertTrue(w.report().isClean(), "髙 (IBM ext. FBFC), 﨑 (FAB1), ① (NEC 8740) and half-width ｱ are in MS932");
        // byte for byte: 氏名 CRLF 髙﨑 ① ｱ CRLF
        assertArrayEquals(new byte[] {(byte) 0x8E, (byte) 0x81, (byte) 0x96, (byte) 0xBC, 0x0D, 0x0A,
                (byte) 0xFB, (byte) 0xFC, (byte) 0xFA, (byte) 0xB1, 0x20, (byte) 0x87, 0x40, 0x20, (byte) 0xB1, 0x0D, 0x0A},
                out.toByteArray());
    }

    @Test
    void aCharacterWindows31jCannotHoldIsWrittenAsTheMarkerAndReportedNeverAsAQuestionMark() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter w = write(out, CsvEncoding.MS932, List.of("医籍登録番号", "氏名", "住所"),
                List.of(List.of("200001", "日医 太郎", "東京都"), List.of("200002", "𠮷田 花子", "横浜市𠮷野町 𩸽")));
        Charset ms932 = Charset.forName("windows-31j");
        String expected = "医籍登録番号,氏名,住所\r\n200001,日医 太郎,東京都\r\n200002,〓田 花子,横浜市〓野町 〓\r\n";
        assertArrayEquals(expected.getBytes(ms932), out.toByteArray());
        assertTrue(new String(out.toByteArray(), ms932).indexOf('?') < 0);
        EncodingReport r = w.report();
        assertEquals(3, r.count());
        assertEquals(2, r.rows());
        assertEquals(List.of(new EncodingReport.Problem(2, "no2", "氏名", "𠮷"),
                new EncodingReport.Problem(2, "no2", "住所", "𠮷"), new EncodingReport.Problem(2, "no2", "住所", "𩸽")),
                r.problems());
        assertEquals("U+20BB7", r.problems().get(0).codePoint());
    }

    @Test
    void aCharacterOfTheBmpWindows31jLacksIsReportedEveryTimeItComes() {
        // 鷗 (U+9DD7) is not in Windows-31J; the writer remembers what it asked the encoder, not what it reported
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter w = write(out, CsvEncoding.MS932, List.of("氏名"), List.of(List.of("森 鷗外"), List.of("森 林太郎"), List.of("鷗 鷗")));
        assertEquals(List.of(new EncodingReport.Problem(1, "no1", "氏名", "鷗"), new EncodingReport.Problem(3, "no3", "氏名", "鷗"),
                new EncodingReport.Problem(3, "no3", "氏名", "鷗")), w.report().problems());
        assertEquals("氏名\r\n森 〓外\r\n森 林太郎\r\n〓 〓\r\n", new String(out.toByteArray(), java.nio.charset.Charset.forName("windows-31j")));
    }

    @Test
    void theReportListsAThousandButCountsThemAll() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter w = new CsvWriter(out, CsvEncoding.MS932);
        w.header(List.of("x"));
        for (int i = 0; i < 1200; i++) {
            w.row(List.of("𠮷"), String.valueOf(i));
        }
        assertEquals(1200, w.report().count());
        assertEquals(EncodingReport.LISTED, w.report().problems().size());
    }

    @Test
    void theCriteriaTravelAsAQueryString() {
        var c = new MemberCriteria("にちい", "２００００１", "横浜", java.util.EnumSet.of(jp.mamis.domain.membership.MemberCategory.A1,
                jp.mamis.domain.membership.MemberCategory.A2_C), MemberCriteria.Status.ALL, 2010, 30, 50,
                java.time.LocalDate.of(2015, 4, 1), null);
        String q = c.toQuery();
        java.util.Map<String, String> p = new java.util.HashMap<>();
        for (String kv : q.split("&")) {
            String[] x = kv.split("=", 2);
            p.put(x[0], java.net.URLDecoder.decode(x[1], StandardCharsets.UTF_8));
        }
        assertEquals(c, MemberCriteria.fromQuery(p::get));
        assertEquals("200001", c.registrationNumber());
        assertEquals("ニチイ", c.nameKey());
        assertEquals(MemberCriteria.active(), MemberCriteria.fromQuery(k -> k.equals("grad") ? "x" : null));
    }
}
