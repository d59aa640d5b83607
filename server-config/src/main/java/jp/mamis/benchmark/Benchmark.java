package jp.mamis.benchmark;

import jp.mamis.nation.NationDatabase;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw-SQL benchmark behind {@code scripts/benchmark.sh --raw}, run on a generated nation:
 * member searches (several filter combinations, first and deep page, total count and breakdown)
 * for the largest tier-3 association, the largest prefecture and JMA; the national category
 * statistics; the dashboard counts; a streamed CSV export of every JMA member (rows/s, heap
 * growth), then {@code EXPLAIN (ANALYZE, BUFFERS)} of the slowest — plain JDBC, no service, for
 * looking at plans. The services themselves, each against the same search as raw SQL, are
 * measured by {@code ServiceBenchmark} in mamis-ejb (plain {@code scripts/benchmark.sh}).
 */
public final class Benchmark {

    static final int PAGE = 50;
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

    private final Connection c;

    Benchmark(Connection c) {
        this.c = c;
    }

    public static void main(String[] args) throws Exception {
        int runs = 20;
        int explain = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--explain" -> explain = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: benchmark.sh [--runs 20] [--explain 3]");
                    System.exit(2);
                }
            }
        }
        Path dataDir = Path.of(System.getProperty("mamis.data.dir", ".mamis"));
        try (NationDatabase db = NationDatabase.open(dataDir); Connection c = db.connect()) {
            System.out.println("Database: " + db.url());
            new Benchmark(c).run(runs, explain, System.out);
        }
    }

    /** An association the searches run for. */
    record Target(String label, long id, long members) {
    }

    void run(int runs, int explain, PrintStream out) throws Exception {
        long doctors = count("select count(*) from doctor");
        if (doctors < 10_000) {
            out.println("Only " + doctors + " doctors: generate a nation first (./scripts/generate-nation.sh).");
            return;
        }
        List<Target> targets = List.of(
                target("tier 3", "select a.id, a.name, count(*) from membership m join association a on a.id = m.association_id"
                        + " where a.tier = 3 and m.status = 'ACTIVE' group by a.id, a.name order by count(*) desc limit 1"),
                target("prefecture", "select a.id, a.name, count(*) from membership m join association a on a.id = m.association_id"
                        + " where a.tier = 2 and m.status = 'ACTIVE' group by a.id, a.name order by count(*) desc limit 1"),
                target("JMA", "select a.id, a.name, count(*) from membership m join association a on a.id = m.association_id"
                        + " where a.tier = 1 and m.status = 'ACTIVE' group by a.id, a.name"));
        out.printf("%,d doctors; targets: %s%n%n", doctors, targets);

        Results results = new Results();
        List<Scenario> scenarios = new ArrayList<>();
        for (Target t : targets) {
            scenarios.addAll(searches(t));
        }
        scenarios.add(statistics());
        for (Target t : targets) {
            scenarios.add(dashboard(t));
        }
        for (Scenario s : scenarios) {
            Results.Timing timing = results.measure(s, 2, runs);
            out.printf("  %-60s p95 %8.1f ms%n", s.name(), timing.percentile(95));
        }
        out.println();
        Export export = export(targets.get(2).id());
        out.println();
        results.print(out);
        out.println();
        out.printf("| export | rows | seconds | rows/s | peak heap growth (sampled used) | peak live heap after GC growth |%n");
        out.printf("|---|---:|---:|---:|---:|---:|%n");
        out.printf("| all JMA members as CSV (UTF-8), raw JDBC, fetch size 2,000 | %,d | %.1f | %,.0f | %.0f MB | %.0f MB |%n",
                export.rows, export.seconds, export.rows / export.seconds, export.peakUsedGrowth / 1e6,
                export.peakLiveGrowth / 1e6);
        out.println();

        List<Results.Timing> slowest = results.all().stream().filter(t -> t.scenario().sql() != null)
                .sorted(Comparator.comparingDouble((Results.Timing t) -> t.percentile(95)).reversed()).limit(explain).toList();
        for (Results.Timing t : slowest) {
            out.println("EXPLAIN (ANALYZE, BUFFERS) — " + t.scenario().name());
            out.println(explainText(t.scenario().sql()));
        }
    }

    // ---- scenarios

    private static final String MEMBER_COLUMNS = "select d.id, d.registration_number, d.family_name, d.given_name,"
            + " d.family_kana, d.given_kana, d.sex, d.birth_date, m.category, m.join_date, f.name as facility";
    private static final String MEMBER_FROM = " from membership m join doctor d on d.id = m.doctor_id"
            + " join facility f on f.id = m.facility_id where m.association_id = ? and m.status = 'ACTIVE'";
    private static final String ORDER = " order by d.family_kana, d.given_kana, d.id";

    /** A filter of the member search: its SQL condition and parameters. */
    record Filter(String name, String where, List<Object> params) {
    }

    private List<Scenario> searches(Target t) throws SQLException {
        String someNumber = string("select d.registration_number from membership m join doctor d on d.id = m.doctor_id"
                + " where m.association_id = " + t.id() + " and m.status = 'ACTIVE' order by m.id limit 1 offset 100");
        List<Filter> filters = List.of(
                new Filter("all active", "", List.of()),
                new Filter("kana prefix タナカ", " and d.family_kana like ?", List.of("タナカ%")),
                new Filter("kanji contains 藤", " and (d.family_name like ? or d.given_name like ?)", List.of("%藤%", "%藤%")),
                new Filter("医籍登録番号", " and d.registration_number = ?", List.of(someNumber)),
                new Filter("A1, graduated 1990–1999, age 50–65", " and m.category = 'A1' and d.graduation_date >= ?"
                        + " and d.graduation_date < ? and d.birth_date > ? and d.birth_date <= ?",
                        List.of(Date.valueOf("1990-01-01"), Date.valueOf("2000-01-01"), Date.valueOf(AS_OF.minusYears(66)),
                                Date.valueOf(AS_OF.minusYears(50)))),
                new Filter("women, joined 2010–2019", " and d.sex = 'FEMALE' and m.join_date >= ? and m.join_date < ?",
                        List.of(Date.valueOf("2010-01-01"), Date.valueOf("2020-01-01"))));
        List<Scenario> list = new ArrayList<>();
        for (Filter f : filters) {
            List<Object> params = new ArrayList<>();
            params.add(t.id());
            params.addAll(f.params());
            String base = "search " + t.label() + ": " + f.name();
            list.add(query("search", base + ", page 1", MEMBER_COLUMNS + MEMBER_FROM + f.where() + ORDER
                    + " limit " + PAGE, params));
            if (f.name().equals("all active")) {
                long deep = Math.max(0, Math.min(10_000, t.members() * 9 / 10) / PAGE * PAGE);
                list.add(query("search", base + ", deep page (offset " + deep + ")", MEMBER_COLUMNS + MEMBER_FROM + ORDER
                        + " limit " + PAGE + " offset " + deep, params));
                list.add(query("search", base + ", last page", MEMBER_COLUMNS + MEMBER_FROM + ORDER
                        + " limit " + PAGE + " offset " + Math.max(0, (t.members() - 1) / PAGE * PAGE), params));
            }
            list.add(query("search", base + ", count", "select count(*)" + MEMBER_FROM + f.where(), params));
            list.add(query("search", base + ", breakdown by category and sex",
                    "select m.category, d.sex, count(*)" + MEMBER_FROM + f.where() + " group by m.category, d.sex", params));
        }
        return list;
    }

    /**
     * The national 会員区分別会員統計表 as of a month end: JMA members then in the JMA row, by the
     * prefecture of the chain (the prefectural membership through the same facility), category and
     * sex, with the national totals.
     */
    private Scenario statistics() {
        String asOf = "(%1$s.join_date is null or %1$s.join_date <= ?) and (%1$s.leave_date is null or %1$s.leave_date > ?)"
                + " and %1$s.status <> 'PENDING'";
        String sql = "select pa.prefecture_code, j.category, d.sex, count(*)"
                + " from membership j join association ja on ja.id = j.association_id and ja.tier = 1"
                + " join doctor d on d.id = j.doctor_id"
                + " left join (membership p join association pa on pa.id = p.association_id and pa.tier = 2)"
                + "   on p.doctor_id = j.doctor_id and p.facility_id = j.facility_id and " + asOf.formatted("p")
                + " where " + asOf.formatted("j")
                + " group by grouping sets ((pa.prefecture_code, j.category, d.sex), (pa.prefecture_code, j.category),"
                + " (j.category, d.sex), (j.category))";
        Date d = Date.valueOf(AS_OF);
        return query("statistics", "会員区分別会員統計表, national with 47 prefectures, as of " + AS_OF, sql, List.of(d, d, d, d));
    }

    /** The dashboard: applications waiting for the association by type and status, members by category. */
    private Scenario dashboard(Target t) {
        String waiting = "select a.type, a.status, count(*) from application_line l join application a on a.id = l.application_id"
                + " where l.association_id = ? and l.status = 'PENDING' and a.status in ('IN_REVIEW', 'RETURNED')"
                + " group by a.type, a.status";
        String members = "select category, count(*) from membership where association_id = ? and status = 'ACTIVE' group by category";
        return new Scenario() {
            @Override
            public String name() {
                return "dashboard " + t.label() + ": waiting applications + members by category";
            }

            @Override
            public String group() {
                return "dashboard";
            }

            @Override
            public long run() throws SQLException {
                return rows(waiting, List.of(t.id())) + rows(members, List.of(t.id()));
            }

            @Override
            public SqlQuery sql() {
                return new SqlQuery(members, List.of(t.id()));
            }
        };
    }

    private Scenario query(String group, String name, String sql, List<Object> params) {
        return new Scenario() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String group() {
                return group;
            }

            @Override
            public long run() throws SQLException {
                return rows(sql, params);
            }

            @Override
            public SqlQuery sql() {
                return new SqlQuery(sql, params);
            }
        };
    }

    // ---- the export

    record Export(long rows, double seconds, long peakUsedGrowth, long peakLiveGrowth) {
    }

    /**
     * Streams every JMA member as CSV to nowhere (a counting stream), with a cursor (fetch size
     * 2,000, outside autocommit), while a sampler records the heap: the used heap every 5 ms (which
     * includes garbage not yet collected) and the heap left after each collection (what is live).
     */
    Export export(long jma) throws Exception {
        String sql = "select d.registration_number, d.family_name, d.given_name, d.family_kana, d.given_kana, d.sex,"
                + " d.birth_date, d.postal_code, d.prefecture_code, d.city, d.street, d.tel, d.email, m.category, m.join_date,"
                + " f.name from membership m join doctor d on d.id = m.doctor_id join facility f on f.id = m.facility_id"
                + " where m.association_id = ? and m.status = 'ACTIVE' order by d.family_kana, d.given_kana, d.id";
        Export best = null;
        for (int run = 0; run < 3; run++) {
            System.gc();
            Thread.sleep(200);
            long baseUsed = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            long baseLive = liveAfterGc();
            AtomicLong peakUsed = new AtomicLong(baseUsed);
            AtomicLong peakLive = new AtomicLong(baseLive);
            AtomicBoolean done = new AtomicBoolean();
            Thread sampler = new Thread(() -> {
                while (!done.get()) {
                    peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                    peakLive.accumulateAndGet(liveAfterGc(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long began = System.nanoTime();
            long rows = 0;
            CountingStream sink = new CountingStream();
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql);
                 BufferedWriter w = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16)) {
                ps.setFetchSize(2_000);
                ps.setLong(1, jma);
                sink.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                w.write("医籍登録番号,氏名,氏名カナ,性別,生年月日,郵便番号,都道府県,市区町村,番地,電話,メール,会員区分,入会日,所属施設\r\n");
                try (ResultSet r = ps.executeQuery()) {
                    StringBuilder line = new StringBuilder(256);
                    while (r.next()) {
                        line.setLength(0);
                        line.append(r.getString(1)).append(',').append(r.getString(2)).append(' ').append(r.getString(3))
                                .append(',').append(r.getString(4)).append(' ').append(r.getString(5));
                        for (int i = 6; i <= 16; i++) {
                            line.append(',');
                            String v = r.getString(i);
                            if (v != null) {
                                line.append(v);
                            }
                        }
                        w.append(line).append("\r\n");
                        rows++;
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(auto);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            done.set(true);
            sampler.join();
            Export e = new Export(rows, seconds, peakUsed.get() - baseUsed, peakLive.get() - baseLive);
            System.out.printf("  export run %d: %,d rows, %,d bytes, %.1f s, %,.0f rows/s, heap +%.0f MB used, +%.0f MB live%n",
                    run + 1, rows, sink.bytes, seconds, rows / seconds, e.peakUsedGrowth / 1e6, e.peakLiveGrowth / 1e6);
            if (best == null || e.seconds < best.seconds) {
                best = e;
            }
        }
        return best;
    }

    /** The heap in use right after the last collection of each heap pool, summed. */
    private static long liveAfterGc() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    static final class CountingStream extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    // ---- JDBC helpers

    private Target target(String label, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return new Target(label + " " + r.getString(2), r.getLong(1), r.getLong(3));
        }
    }

    private long rows(String sql, List<Object> params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            long n = 0;
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private String explainText(Scenario.SqlQuery q) throws SQLException {
        StringBuilder b = new StringBuilder();
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + q.sql())) {
            bind(ps, q.params());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    b.append("    ").append(r.getString(1)).append('\n');
                }
            }
        }
        return b.toString();
    }

    private long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private String string(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : "0";
        }
    }
}
