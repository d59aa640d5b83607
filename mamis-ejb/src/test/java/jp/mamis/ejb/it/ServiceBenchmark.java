package jp.mamis.ejb.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jp.mamis.domain.fee.FiscalYear;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.dashboard.DashboardService;
import jp.mamis.ejb.members.CsvEncoding;
import jp.mamis.ejb.members.ExportKind;
import jp.mamis.ejb.members.MemberCriteria;
import jp.mamis.ejb.members.MemberQueries;
import jp.mamis.ejb.members.MemberSearchService;
import jp.mamis.ejb.statistics.StatisticsService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service benchmark behind {@code scripts/benchmark.sh}: the real services inside Payara Micro,
 * signed in as an operator of each association, on a generated nation. For the largest tier-3
 * association, the largest prefecture and JMA it times member searches (first page of 50 by kana,
 * a deep and the last page, the count and the 内訳 of several filters) through
 * {@link MemberSearchService} — access log included — and the same search written by hand as raw
 * SQL on the same pool; then the CSV export of every JMA member (rows/s, heap growth of this JVM),
 * the national 会員区分別会員統計表 and the dashboards. Prints Markdown tables to the file named by
 * {@code MAMIS_BENCHMARK_OUT}, with {@code EXPLAIN (ANALYZE, BUFFERS)} of the raw SQL of the three
 * slowest searches. Not part of the test command: only the Maven profile
 * {@code benchmark} runs it, against the database of the environment. It asserts only that the
 * service and the raw SQL agree: the same counts, the same rows of a page in the same order.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceBenchmark {

    static final int PAGE = 50;
    static final YearMonth MONTH = YearMonth.of(2026, 3);
    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("MAMIS_BENCHMARK_RUNS", "20"));
    static final int WARM_UP = 2;

    /** The tables, kept in the deployment between the ordered test methods; the last one writes them. */
    static final StringBuilder SEARCHES = new StringBuilder();
    static final StringBuilder EXPORTS = new StringBuilder();
    static final StringBuilder OTHERS = new StringBuilder();
    static final int[] MET = new int[2];
    static List<BenchmarkStaff.Target> targets;
    /** Each search's raw SQL and its service p95, for EXPLAIN of the slowest. */
    static final List<Slow> TIMED = new ArrayList<>();
    static final int EXPLAINED = 3;

    record Slow(String label, String sql, List<Object> params, double servicePercentile95) {
    }

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    MemberSearchService search;

    @Inject
    DashboardService dashboard;

    @Inject
    StatisticsService statistics;

    @Inject
    TestSecurity security;

    @Inject
    BenchmarkStaff staff;

    @Resource(lookup = "java:app/jdbc/mamis")
    DataSource dataSource;

    // ---- timing

    record Timing(double[] millis, long rows) {
        double percentile(double p) {
            double[] s = millis.clone();
            Arrays.sort(s);
            int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
            return s[Math.max(0, Math.min(s.length - 1, i))];
        }
    }

    static Timing time(Callable<Long> c, int runs) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            c.call();
        }
        double[] ms = new double[runs];
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long began = System.nanoTime();
            rows = c.call();
            ms[i] = (System.nanoTime() - began) / 1e6;
        }
        return new Timing(ms, rows);
    }

    // ---- the searches

    /** A filter: the service's criteria and the same condition as SQL, with what the raw SQL must join. */
    record Filter(String name, MemberCriteria criteria, String where, List<Object> params, boolean doctor, boolean facility) {
    }

    static MemberCriteria criteria(String name, String number, String facility, Set<MemberCategory> cats, Integer grad,
                                   Integer ageFrom, Integer ageTo, LocalDate joinedFrom, LocalDate joinedTo) {
        return new MemberCriteria(name, number, facility, cats, MemberCriteria.Status.ACTIVE, grad, ageFrom, ageTo, joinedFrom,
                joinedTo);
    }

    List<Filter> filters(BenchmarkStaff.Target t) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
        String number = staff.someRegistrationNumber(t.associationId());
        return List.of(
                new Filter("all active", MemberCriteria.active(), "", List.of(), false, false),
                new Filter("name たなか (kana prefix タナカ)", criteria("たなか", null, null, null, null, null, null, null, null),
                        " and (d.search_kana like ? or d.search_name like ?)", List.of("タナカ%", "タナカ%"), true, false),
                new Filter("name 佐藤 (kanji prefix)", criteria("佐藤", null, null, null, null, null, null, null, null),
                        " and (d.search_kana like ? or d.search_name like ?)", List.of("佐藤%", "佐藤%"), true, false),
                new Filter("医籍登録番号", criteria(null, number, null, null, null, null, null, null, null),
                        " and d.registration_number = ?", List.of(number), true, false),
                new Filter("A1, graduated 1995, age 50–65", criteria(null, null, null, EnumSet.of(MemberCategory.A1), 1995, 50, 65,
                        null, null), " and m.category in ('A1') and d.graduation_date >= ? and d.graduation_date < ?"
                        + " and d.birth_date <= ? and d.birth_date > ?", List.of(Date.valueOf("1995-01-01"),
                        Date.valueOf("1996-01-01"), Date.valueOf(today.minusYears(50)), Date.valueOf(today.minusYears(66))),
                        true, false),
                new Filter("B, joined 2010–2019", criteria(null, null, null, EnumSet.of(MemberCategory.B), null, null, null,
                        LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31)), " and m.category in ('B') and m.join_date >= ?"
                        + " and m.join_date <= ?", List.of(Date.valueOf("2010-01-01"), Date.valueOf("2019-12-31")), false, false),
                new Filter("facility contains 中央", criteria(null, null, "中央", null, null, null, null, null, null),
                        " and f.name_key like ?", List.of("%中央%"), false, true));
    }

    static final String RAW_PAGE = "select m.id, d.id, d.registration_number, d.family_name, d.given_name, d.family_kana,"
            + " d.given_kana, m.category, m.status, f.name, m.join_date, m.leave_date, d.birth_date, d.sex";

    static String from(Filter f, boolean doctor, boolean facility) {
        return " from membership m" + (doctor || f.doctor() ? " join doctor d on d.id = m.doctor_id" : "")
                + (facility || f.facility() ? " join facility f on f.id = m.facility_id" : "")
                + " where m.association_id = ? and m.status = 'ACTIVE'" + f.where();
    }

    void searches(int index) throws Exception {
        BenchmarkStaff.Target t = targets().get(index);
        security.signInStaff(t.loginId());
        FiscalYear fy = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo")));
        MemberQueries.Sort kana = MemberQueries.Sort.KANA;
        for (Filter f : filters(t)) {
            List<Object> params = new ArrayList<>();
            params.add(t.associationId());
            params.addAll(f.params());
            String order = " order by d.search_kana, m.id limit " + PAGE;
            samePage(t, f.name() + ", page 1", f.criteria(), 0, RAW_PAGE + from(f, true, true) + order, params);
            row(t, f.name() + ", page 1", () -> (long) search.search(f.criteria(), kana, fy, 0, PAGE).size(),
                    RAW_PAGE + from(f, true, true) + order, params);
            if (f.name().equals("all active")) {
                long deep = Math.min(10_000, t.members() * 9 / 10) / PAGE * PAGE;
                long last = (t.members() - 1) / PAGE * PAGE;
                samePage(t, "deep page", f.criteria(), (int) deep, RAW_PAGE + from(f, true, true) + order + " offset " + deep, params);
                samePage(t, "last page", f.criteria(), (int) last, RAW_PAGE + from(f, true, true) + order + " offset " + last, params);
                row(t, f.name() + ", deep page (offset " + deep + ")", () -> (long) search.search(f.criteria(), kana, fy,
                        (int) deep, PAGE).size(), RAW_PAGE + from(f, true, true) + order + " offset " + deep, params);
                row(t, f.name() + ", last page (offset " + last + ")", () -> (long) search.search(f.criteria(), kana, fy,
                        (int) last, PAGE).size(), RAW_PAGE + from(f, true, true) + order + " offset " + last, params);
            }
            row(t, f.name() + ", count", () -> search.count(f.criteria()), "select count(*)" + from(f, false, false), params);
            row(t, f.name() + ", 内訳 by category and sex", () -> search.breakdown(f.criteria()).total(),
                    "select m.category, d.sex, count(*)" + from(f, true, false) + " group by m.category, d.sex", params);
        }
    }

    /** The page as the service gives it and as the raw SQL does, by membership id: the same rows in the same order. */
    private void samePage(BenchmarkStaff.Target t, String scenario, MemberCriteria c, int first, String sql, List<Object> params)
            throws SQLException {
        FiscalYear fy = FiscalYear.of(LocalDate.now(ZoneId.of("Asia/Tokyo")));
        List<Long> service = search.search(c, MemberQueries.Sort.KANA, fy, first, PAGE).stream()
                .map(MemberSearchService.MemberRow::membershipId).toList();
        List<Long> raw = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    raw.add(r.getLong(1));
                }
            }
        }
        assertEquals(raw, service, "the service's page differs from the raw SQL's: " + scenario + " for " + t.name());
    }

    /** Times the service call and the raw SQL, checks they agree, adds a row to the search table. */
    private void row(BenchmarkStaff.Target t, String scenario, Callable<Long> service, String sql, List<Object> params)
            throws Exception {
        Timing s = time(service, RUNS);
        boolean counting = sql.startsWith("select count(*)");
        boolean grouped = sql.contains("group by");
        Timing r = time(() -> raw(sql, params, counting, grouped), RUNS);
        assertEquals(r.rows(), s.rows(), "service and raw SQL disagree on " + scenario + " for " + t.name());
        double ratio = s.percentile(95) / r.percentile(95);
        boolean met = s.percentile(95) <= 150 && ratio <= 2;
        MET[0] += met ? 1 : 0;
        MET[1]++;
        TIMED.add(new Slow(t.label() + " " + t.name() + ": " + scenario, sql, params, s.percentile(95)));
        SEARCHES.append(String.format("| %s %s | %s | %,d | %.1f | %.1f | %.1f | %.1f | %.2f | %s |%n", t.label(), t.name(),
                scenario, s.rows(), s.percentile(50), s.percentile(95), r.percentile(50), r.percentile(95), ratio,
                met ? "yes" : "**no**"));
        System.out.printf("  %-14s %-50s service p95 %8.1f ms  raw p95 %8.1f ms%n", t.label(), scenario, s.percentile(95),
                r.percentile(95));
    }

    /** Runs the SQL; returns the rows, the count a count query gives, or the sum of the groups' counts. */
    private long raw(String sql, List<Object> params, boolean counting, boolean grouped) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            long n = 0;
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    n += counting ? r.getLong(1) : grouped ? r.getLong(3) : 1;
                }
            }
            return n;
        }
    }

    private List<BenchmarkStaff.Target> targets() {
        if (targets == null) {
            targets = staff.targets();
            // twice each, so every account has a previous sign-in and the dashboard counts changes since it
            for (BenchmarkStaff.Target t : targets) {
                security.signIn(t.loginId(), Fixture.PASSWORD);
                security.signIn(t.loginId(), Fixture.PASSWORD);
            }
        }
        return targets;
    }

    @Test
    @Order(1)
    void searchesOfTheLargestTier3Association() throws Exception {
        searches(0);
    }

    @Test
    @Order(2)
    void searchesOfTheLargestPrefecture() throws Exception {
        searches(1);
    }

    @Test
    @Order(3)
    void searchesOfJma() throws Exception {
        searches(2);
    }

    // ---- export, statistics, dashboard

    @Test
    @Order(4)
    void exportOfEveryJmaMember() throws Exception {
        BenchmarkStaff.Target jma = targets().get(2);
        security.signInStaff(jma.loginId());
        for (CsvEncoding encoding : List.of(CsvEncoding.UTF8_BOM, CsvEncoding.UTF8_BOM, CsvEncoding.MS932)) {
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
            CountingStream out = new CountingStream();
            long began = System.nanoTime();
            MemberSearchService.ExportResult result = search.csv(MemberCriteria.active(), ExportKind.LEDGER, encoding, out);
            double seconds = (System.nanoTime() - began) / 1e9;
            done.set(true);
            sampler.join();
            assertEquals(jma.members(), result.rows());
            assertTrue(result.complete());
            EXPORTS.append(String.format("| 会員台帳 of every JMA member, %s | %,d | %,d | %.1f | %,.0f | %.0f MB | %.0f MB |%n",
                    encoding == CsvEncoding.MS932 ? "Windows-31J (encoding report)" : "UTF-8 with BOM", result.rows(),
                    out.bytes, seconds, result.rows() / seconds, (peakUsed.get() - baseUsed) / 1e6,
                    (peakLive.get() - baseLive) / 1e6));
            System.out.printf("  export %s: %,d rows in %.1f s%n", encoding, result.rows(), seconds);
        }
    }

    @Test
    @Order(5)
    void statisticsAndDashboards() throws Exception {
        List<BenchmarkStaff.Target> ts = targets();
        for (BenchmarkStaff.Target t : List.of(ts.get(2), ts.get(0))) {
            security.signInStaff(t.loginId());
            Timing s = time(() -> statistics.tables(MONTH).categories().whole().total(), Math.max(5, RUNS / 2));
            other("statistics", t, "会員区分別会員統計表 + 卒業年度別 as of " + MONTH.atEndOfMonth()
                    + (t == ts.get(2) ? " (全国 and every prefecture)" : ""), s, 2000);
        }
        for (BenchmarkStaff.Target t : ts) {
            security.signInStaff(t.loginId());
            Timing d = time(() -> dashboard.view().memberTotal(), RUNS);
            other("dashboard", t, "applications by type and stage, members by category, changes since the last sign-in", d, 100);
        }
    }

    private static void other(String group, BenchmarkStaff.Target t, String what, Timing timing, double target) {
        boolean met = timing.percentile(95) <= target;
        OTHERS.append(String.format("| %s | %s %s: %s | %,d | %d | %.1f | %.1f | ≤ %,.0f ms: %s |%n", group, t.label(), t.name(),
                what, timing.rows(), timing.millis().length, timing.percentile(50), timing.percentile(95), target,
                met ? "yes" : "**no**"));
    }

    @Test
    @Order(6)
    void writeTheTables() throws IOException, SQLException {
        StringBuilder b = new StringBuilder();
        String plans;
        String version;
        try (Connection c = dataSource.getConnection(); ResultSet r = c.createStatement()
                .executeQuery("select current_setting('plan_cache_mode'), current_setting('server_version')")) {
            r.next();
            plans = r.getString(1);
            version = r.getString(2);
        }
        b.append("Service benchmark, ").append(LocalDate.now(ZoneId.of("Asia/Tokyo"))).append(", ").append(RUNS)
                .append(" runs after ").append(WARM_UP).append(" to warm up, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, heap max ")
                .append(Runtime.getRuntime().maxMemory() / (1 << 20)).append(" MB, PostgreSQL ").append(version)
                .append(", plan_cache_mode ").append(plans).append("\n\n");
        b.append("| association | search | rows | service p50 ms | service p95 ms | raw SQL p50 ms | raw SQL p95 ms"
                + " | ratio (p95) | p95 ≤ 150 ms and ≤ 2× |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        b.append(SEARCHES).append('\n').append("Searches meeting both targets: ").append(MET[0]).append(" of ").append(MET[1])
                .append("\n\n");
        b.append("| export | rows | bytes | seconds | rows/s | peak heap growth (sampled used, incl. garbage)"
                + " | peak live heap growth (after GC) |\n|---|---:|---:|---:|---:|---:|---:|\n").append(EXPORTS).append('\n');
        b.append("| group | what | total | runs | p50 ms | p95 ms | target |\n|---|---|---:|---:|---:|---:|---|\n").append(OTHERS);
        // the plans of the slowest searches, as the raw SQL runs them
        for (Slow slow : TIMED.stream().sorted(java.util.Comparator.comparingDouble(Slow::servicePercentile95).reversed())
                .limit(EXPLAINED).toList()) {
            b.append("\nEXPLAIN (ANALYZE, BUFFERS) of the raw SQL of ").append(slow.label()).append(String.format(
                    " (service p95 %.1f ms):%n%n", slow.servicePercentile95()));
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + slow.sql())) {
                for (int i = 0; i < slow.params().size(); i++) {
                    ps.setObject(i + 1, slow.params().get(i));
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        b.append("    ").append(r.getString(1)).append('\n');
                    }
                }
            }
        }
        String out = System.getenv("MAMIS_BENCHMARK_OUT");
        Path file = Path.of(out == null ? "service-benchmark.md" : out);
        Files.writeString(file, b, StandardCharsets.UTF_8);
        System.out.println(b);
    }

    // ---- heap

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
}
