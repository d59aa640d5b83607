package jp.mamis.benchmark;

import java.util.List;

/**
 * One timed thing the raw-SQL benchmark runs N times. {@code comparedWith} names the scenario it
 * is measured against, so the table shows their ratio.
 */
public interface Scenario {

    /** What it is, as the table's row label. */
    String name();

    /** Which group of rows it belongs to (search, statistics, dashboard …). */
    String group();

    /** The name of the scenario this one is compared with, or null. */
    default String comparedWith() {
        return null;
    }

    /** Runs once; returns the number of rows it produced (for the table). */
    long run() throws Exception;

    /** The SQL and its parameters, when it is one query (for EXPLAIN of the slowest). */
    default SqlQuery sql() {
        return null;
    }

    /** A query with positional parameters. */
    record SqlQuery(String sql, List<Object> params) {
    }
}
