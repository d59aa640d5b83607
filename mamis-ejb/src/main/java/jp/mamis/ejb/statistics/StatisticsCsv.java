package jp.mamis.ejb.statistics;

import jp.mamis.domain.statistics.CategoryBlock;
import jp.mamis.domain.statistics.CategoryColumn;
import jp.mamis.domain.statistics.CategoryStatistics;
import jp.mamis.domain.statistics.GraduationYears;
import jp.mamis.domain.statistics.SexRow;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The statistics as a CSV file laid out like the printed table: UTF-8 with a BOM (so spreadsheet
 * programs on Windows read the Japanese), CRLF line ends, the 和暦 title and date, one block of
 * rows per prefecture for JMA, then the counts by graduation year. Numbers without separators.
 */
public final class StatisticsCsv {

    static final Map<CategoryColumn, String> HEADINGS = Map.of(CategoryColumn.TOTAL, "総数", CategoryColumn.A1, "A1会員",
            CategoryColumn.A2_B, "A2(B)会員", CategoryColumn.A2_C, "A2(C)会員", CategoryColumn.B, "B会員",
            CategoryColumn.SUBTOTAL, "小計", CategoryColumn.C, "C会員", CategoryColumn.NONE, "区分なし");
    static final Map<SexRow, String> ROWS = Map.of(SexRow.MALE, "(男)", SexRow.FEMALE, "(女)", SexRow.UNKNOWN, "(不明)");

    private StatisticsCsv() {
    }

    public static byte[] render(CategoryStatistics s, GraduationYears g) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<CategoryColumn> columns = s.columns();
        line(out, List.of(s.title()));
        String[] date = new String[columns.size() + 1];
        java.util.Arrays.fill(date, "");
        date[date.length - 1] = s.asOfText();
        line(out, List.of(date));
        line(out, java.util.stream.Stream.concat(java.util.stream.Stream.of(""), columns.stream().map(HEADINGS::get)).toList());
        for (CategoryBlock b : s.allBlocks()) {
            for (SexRow r : s.rows()) {
                String label = r == SexRow.TOTAL ? b.label() : ROWS.get(r);
                line(out, java.util.stream.Stream.concat(java.util.stream.Stream.of(label),
                        columns.stream().map(c -> String.valueOf(b.get(r, c)))).toList());
            }
        }
        line(out, List.of());
        line(out, List.of("卒業年度別会員数"));
        line(out, List.of("卒業年度", "総数", "(男)", "(女)", "(不明)"));
        for (GraduationYears.Row r : g.rows()) {
            year(out, r.year() == null ? "不明" : r.year().toString(), r);
        }
        year(out, "計", g.total());
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void year(StringBuilder out, String label, GraduationYears.Row r) {
        line(out, List.of(label, String.valueOf(r.total()), String.valueOf(r.male()), String.valueOf(r.female()),
                String.valueOf(r.unknown())));
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(StatisticsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
    }

    /** A field quoted when it holds a comma, quote or line break; a leading =, +, - or @ is neutralised. */
    static String cell(String v) {
        String t = v;
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
