package jp.mamis.benchmark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The timings of every scenario and the table they are printed as (Markdown, for the README). */
public final class Results {

    /** The timings of one scenario, in milliseconds. */
    public record Timing(Scenario scenario, double[] millis, long rows) {
        public double percentile(double p) {
            double[] s = millis.clone();
            Arrays.sort(s);
            int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
            return s[Math.max(0, Math.min(s.length - 1, i))];
        }
    }

    private final Map<String, Timing> timings = new LinkedHashMap<>();

    /** Runs a scenario {@code warmUp} times untimed, then {@code runs} times timed. */
    public Timing measure(Scenario s, int warmUp, int runs) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            s.run();
        }
        double[] ms = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long began = System.nanoTime();
            rows = s.run();
            ms[i] = (System.nanoTime() - began) / 1e6;
        }
        Timing t = new Timing(s, ms, rows);
        timings.put(s.name(), t);
        return t;
    }

    public List<Timing> all() {
        return new ArrayList<>(timings.values());
    }

    /** The table: group, scenario, rows, runs, p50, p95, and the p95 ratio to the scenario it is compared with. */
    public void print(PrintStream out) {
        out.println("| group | scenario | rows | runs | p50 ms | p95 ms | ratio (p95) |");
        out.println("|---|---|---:|---:|---:|---:|---:|");
        for (Timing t : timings.values()) {
            String ratio = "";
            String base = t.scenario().comparedWith();
            if (base != null && timings.containsKey(base)) {
                ratio = String.format("%.2f× %s", t.percentile(95) / timings.get(base).percentile(95), base);
            }
            out.printf("| %s | %s | %,d | %d | %.1f | %.1f | %s |%n", t.scenario().group(), t.scenario().name(), t.rows(),
                    t.millis().length, t.percentile(50), t.percentile(95), ratio);
        }
    }
}
