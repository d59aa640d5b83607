package jp.mamis.ejb.members;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.util.BitSet;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says (fields with a comma, quote, CR or LF in double quotes, quotes
 * doubled, lines ended by CRLF) straight to a stream in the chosen {@link CsvEncoding}, the
 * UTF-8 byte order mark first. A character the encoding cannot hold (𠮷 in Windows-31J) is
 * written as {@link #MARKER} and listed in the {@link EncodingReport}; nothing becomes "?".
 * The first row written is the header; it names the columns in the report. A field that a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or CR) gets a leading
 * apostrophe, so opening a ledger in Excel never executes what a member typed (CSV injection).
 */
public final class CsvWriter implements Flushable {

    /** What stands in for a character the encoding cannot hold: 〓 (下駄記号), in every offered encoding. */
    public static final String MARKER = "\u3013";

    private final Writer out;
    private final CharsetEncoder encoder;
    private final EncodingReport report = new EncodingReport();
    /** Characters of the BMP asked about already, and which of those the encoding holds (the encoder is slow to ask). */
    private final BitSet asked = new BitSet(1 << 16);
    private final BitSet holds = new BitSet(1 << 16);
    private List<String> header;

    public CsvWriter(OutputStream stream, CsvEncoding encoding) {
        try {
            stream.write(encoding.bom());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.out = new BufferedWriter(new OutputStreamWriter(stream, encoding.charset()), 64 * 1024);
        this.encoder = encoding.charset().newEncoder();
    }

    /** The column headings; written as the first line. */
    public void header(List<String> columns) {
        if (header != null) {
            throw new IllegalStateException("header written twice");
        }
        header = List.copyOf(columns);
        line(header, 0, null);
    }

    /**
     * One data row.
     *
     * @param member what identifies the row's member in the report (the 医籍登録番号)
     */
    public void row(List<String> fields, String member) {
        if (header == null) {
            throw new IllegalStateException("header first");
        }
        report.rowWritten();
        line(fields, report.rows(), member);
    }

    private void line(List<String> fields, long row, String member) {
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                String v = fields.get(i) == null ? "" : fields.get(i);
                v = defused(encodable(v, row, member, i));
                if (needsQuotes(v)) {
                    out.write('"');
                    out.write(v.replace("\"", "\"\""));
                    out.write('"');
                } else {
                    out.write(v);
                }
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A leading apostrophe for a value a spreadsheet would read as a formula. */
    static String defused(String v) {
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            return "'" + v;
        }
        return v;
    }

    static boolean needsQuotes(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** The value with every character the encoding cannot hold replaced by the marker, each reported. */
    private String encodable(String v, long row, String member, int column) {
        if (holdsAll(v)) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        v.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (encoder.canEncode(ch)) {
                b.append(ch);
            } else {
                b.append(MARKER);
                String field = header != null && column < header.size() ? header.get(column) : String.valueOf(column + 1);
                report.add(new EncodingReport.Problem(row, member, field, ch));
            }
        });
        return b.toString();
    }

    /** Whether the encoding holds every character; surrogates (characters beyond the BMP) are asked one by one. */
    private boolean holdsAll(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x80) {
                continue; // ASCII, in every offered encoding
            }
            if (Character.isSurrogate(c)) {
                return false;
            }
            if (!asked.get(c)) {
                asked.set(c);
                if (encoder.canEncode(c)) {
                    holds.set(c);
                }
            }
            if (!holds.get(c)) {
                return false;
            }
        }
        return true;
    }

    public EncodingReport report() {
        return report;
    }

    /** Writes what is buffered; the stream stays open (it is the response's). */
    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
