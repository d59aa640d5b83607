package jp.mamis.ejb.members;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The characters of an export that its encoding cannot hold: which row (and member), which
 * column, which character. Each was written as {@link CsvWriter#MARKER} (〓, which every
 * encoding offered holds) instead — never silently as "?". The first {@link #LISTED} are listed;
 * {@link #count()} counts them all.
 */
public final class EncodingReport implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The most problems listed one by one. */
    public static final int LISTED = 1000;

    /**
     * One character that could not be written.
     *
     * @param row       the data row (1 = the first row after the header)
     * @param member    the row's 医籍登録番号
     * @param field     the column's heading
     * @param character the character itself
     */
    public record Problem(long row, String member, String field, String character) implements Serializable {
        /** The code point as U+XXXX. */
        public String codePoint() {
            return String.format("U+%04X", character.codePointAt(0));
        }
    }

    private final List<Problem> problems = new ArrayList<>();
    private long count;
    private long rows;

    void add(Problem p) {
        count++;
        if (problems.size() < LISTED) {
            problems.add(p);
        }
    }

    void rowWritten() {
        rows++;
    }

    /** The problems listed (at most {@link #LISTED}). */
    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** How many characters could not be written. */
    public long count() {
        return count;
    }

    /** How many data rows were written. */
    public long rows() {
        return rows;
    }

    public boolean isClean() {
        return count == 0;
    }
}
