/**
 * The raw-SQL benchmark behind {@code scripts/benchmark.sh --raw}: timed
 * {@link jp.mamis.benchmark.Scenario}s (member searches, statistics, dashboard counts) over plain
 * JDBC on a generated nation with p50/p95 printed as a table, a streamed CSV export measured in
 * rows/s and heap growth, and EXPLAIN output of the slowest queries — for studying plans. The
 * services are measured by {@code jp.mamis.ejb.it.ServiceBenchmark} (plain {@code benchmark.sh}).
 * Figures to read, never pass/fail.
 */
package jp.mamis.benchmark;
