package jp.mamis.nation;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/** Where the generator writes its rows: COPY files for a database, or memory for a test. */
public interface RowSink {

    /** One row of {@code table}, the values in the order of {@link Table#columns()}. */
    void row(Table table, Object... values) throws IOException;

    /**
     * A row in PostgreSQL's COPY text format (tab-separated, {@code \N} for null, no trailing
     * newline). Generated values hold no tab, newline or backslash.
     */
    static String copyText(Object... values) {
        StringBuilder b = new StringBuilder(160);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                b.append("\\N");
            } else if (v instanceof Boolean bool) {
                b.append(bool ? 't' : 'f');
            } else if (v instanceof LocalDate || v instanceof Instant || v instanceof Number || v instanceof String) {
                b.append(v);
            } else {
                throw new IllegalArgumentException("unexpected value " + v.getClass());
            }
        }
        return b.toString();
    }
}
