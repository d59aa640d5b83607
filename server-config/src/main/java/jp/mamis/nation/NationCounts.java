package jp.mamis.nation;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a database holds, as the table the generator prints at the end. */
final class NationCounts {

    private NationCounts() {
    }

    static final String[][] QUERIES = {
            {"associations, tier 1", "select count(*) from association where tier = 1"},
            {"associations, tier 2", "select count(*) from association where tier = 2"},
            {"associations, tier 3", "select count(*) from association where tier = 3"},
            {"associations, tier 4", "select count(*) from association where tier = 4"},
            {"facilities", "select count(*) from facility"},
            {"doctors", "select count(*) from doctor"},
            {"doctors, women", "select count(*) from doctor where sex = 'FEMALE'"},
            {"doctors, sex not recorded", "select count(*) from doctor where sex is null"},
            {"members of a tier-3/4 association", "select count(distinct m.doctor_id) from membership m join association a on a.id = m.association_id where m.status = 'ACTIVE' and a.tier = 3"},
            {"JMA members", "select count(*) from membership m join association a on a.id = m.association_id where m.status = 'ACTIVE' and a.tier = 1"},
            {"doctors with two chains", "select count(*) from (select m.doctor_id from membership m join association a on a.id = m.association_id where m.status = 'ACTIVE' and a.tier = 3 group by m.doctor_id having count(*) > 1) x"},
            {"active memberships, tier 1", "select count(*) from membership m join association a on a.id = m.association_id where m.status = 'ACTIVE' and a.tier = 1"},
            {"active memberships, tier 2", "select count(*) from membership m join association a on a.id = m.association_id where m.status = 'ACTIVE' and a.tier = 2"},
            {"active memberships, tier 3", "select count(*) from membership m join association a on a.id = m.association_id where m.status = 'ACTIVE' and a.tier = 3"},
            {"active memberships, tier 4", "select count(*) from membership m join association a on a.id = m.association_id where m.status = 'ACTIVE' and a.tier = 4"},
            {"withdrawn memberships", "select count(*) from membership where status = 'WITHDRAWN'"},
            {"memberships, join date unknown", "select count(*) from membership where join_date is null"},
            {"membership events", "select count(*) from membership_event"},
            {"applications", "select count(*) from application"},
            {"application lines", "select count(*) from application_line"},
    };

    /** The rows of the table: label and count. */
    static List<Object[]> counts(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        for (String[] q : QUERIES) {
            rows.add(new Object[]{q[0], NationLoader.count(c, q[1])});
        }
        return rows;
    }

    static void print(Connection c, PrintStream out) throws SQLException {
        out.println("| what | count |");
        out.println("|---|---:|");
        for (Object[] r : counts(c)) {
            out.printf("| %s | %,d |%n", r[0], (Long) r[1]);
        }
        out.println();
        out.println("| JMA members by category | count | share |");
        out.println("|---|---:|---:|");
        long total = NationLoader.count(c, QUERIES[9][1]);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select m.category, count(*) from membership m join association a on a.id = m.association_id"
                        + " where m.status = 'ACTIVE' and a.tier = 1 group by m.category order by m.category")) {
            while (r.next()) {
                out.printf("| %s | %,d | %.1f %% |%n", r.getString(1), r.getLong(2), 100.0 * r.getLong(2) / Math.max(1, total));
            }
        }
        out.println();
        out.println("| applications | status | count |");
        out.println("|---|---|---:|");
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select type, status, count(*) from application group by type, status order by type, status")) {
            while (r.next()) {
                out.printf("| %s | %s | %,d |%n", r.getString(1), r.getString(2), r.getLong(3));
            }
        }
    }
}
