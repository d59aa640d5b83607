/**
 * The benchmark behind {@code scripts/benchmark.sh}: timed {@link jp.mamis.benchmark.Scenario}s
 * (member searches, statistics, dashboard counts) on a generated nation with p50/p95 and ratios
 * printed as a table, a streamed CSV export measured in rows/s and heap growth, and EXPLAIN
 * output of the slowest queries. Figures to read, never pass/fail.
 */
package jp.mamis.benchmark;
