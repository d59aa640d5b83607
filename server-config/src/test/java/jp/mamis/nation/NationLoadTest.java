package jp.mamis.nation;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads a small nation into a real PostgreSQL migrated by the application's own migrations, beside
 * a demo association and doctor, and checks with SQL what arrived.
 */
class NationLoadTest {

    static final Path MIGRATIONS = Path.of("../mamis-ejb/src/main/resources/db/migration");

    static EmbeddedPostgres pg;
    static Connection c;
    static NationGeneratorTest.Rows expected;
    static String printed;

    @BeforeAll
    static void load() throws Exception {
        pg = EmbeddedPostgres.start();
        String url = pg.getJdbcUrl("postgres", "postgres");
        NationLoader.migrate(url, "postgres", "postgres", MIGRATIONS);
        c = pg.getPostgresDatabase().getConnection();
        try (Statement s = c.createStatement()) {
            // as the demo has them: 横浜市医師会 and a demo doctor
            s.execute("insert into association (code, name, tier, parent_id, prefecture_code)"
                    + " values ('14100', '横浜市医師会', 3, (select id from association where code = '14'), null)");
            s.execute("insert into doctor (registration_number, registration_date, family_name, given_name, family_kana,"
                    + " given_kana, birth_date, postal_code, prefecture_code, city, street, email)"
                    + " values ('200001', '2006-03-31', '日医', '太郎', 'ニチイ', 'タロウ', '1984-10-10', '113-8621', '13',"
                    + " '文京区', '本駒込2-28-16', 'example@mail.com')");
        }
        NationGenerator.Start start = NationLoader.start(c);
        expected = new NationGeneratorTest.Rows();
        new NationGenerator(7, NationGeneratorTest.DOCTORS, start, expected).generate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NationLoader.load(c, 7, NationGeneratorTest.DOCTORS, new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    static void stop() throws Exception {
        c.close();
        pg.close();
    }

    @Test
    void everyGeneratedRowIsInTheDatabase() throws Exception {
        for (Table t : Table.values()) {
            long before = t == Table.ASSOCIATION ? 49 : t == Table.DOCTOR ? 1 : 0;
            assertEquals(before + expected.of(t).size(), NationLoader.count(c, "select count(*) from " + t.sqlName()), t.sqlName());
        }
        assertEquals(NationGeneratorTest.DOCTORS, NationLoader.count(c, "select count(*) from doctor where email like '%"
                + NationGenerator.MAIL_DOMAIN + "'"));
    }

    @Test
    void generatedDoctorsHaveTheirSearchKeysAsTheApplicationWritesThem() throws Exception {
        long n = 0;
        try (Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery("select family_name, given_name,"
                + " family_kana, given_kana, search_name, search_kana from doctor where email like '%"
                + NationGenerator.MAIL_DOMAIN + "'")) {
            while (r.next()) {
                assertEquals(jp.mamis.domain.validation.SearchKey.of(r.getString(1) + r.getString(2)), r.getString(5));
                assertEquals(jp.mamis.domain.validation.SearchKey.of(r.getString(3) + r.getString(4)), r.getString(6));
                n++;
            }
        }
        assertEquals(NationGeneratorTest.DOCTORS, n);
    }

    @Test
    void theDemoAssociationIsUsedNotCopied() throws Exception {
        assertEquals(1, NationLoader.count(c, "select count(*) from association where name = '横浜市医師会'"));
        assertEquals(18, NationLoader.count(c, "select count(*) from association w join association y on y.id = w.parent_id"
                + " where y.code = '14100' and w.tier = 4"));
        assertTrue(NationLoader.count(c, "select count(*) from membership m join association a on a.id = m.association_id"
                + " where a.code = '14100' and m.status = 'ACTIVE'") > 0);
    }

    @Test
    void theChainRulesHoldInTheDatabase() throws Exception {
        // JMA through a facility always with the prefecture through the same facility
        assertEquals(0, NationLoader.count(c, "select count(*) from membership j join association a on a.id = j.association_id"
                + " where a.tier = 1 and j.status = 'ACTIVE' and not exists (select 1 from membership p join association pa"
                + " on pa.id = p.association_id where pa.tier = 2 and p.doctor_id = j.doctor_id and p.facility_id = j.facility_id"
                + " and p.status = 'ACTIVE')"));
        // the prefecture with a tier-3 association of that prefecture through the same facility
        assertEquals(0, NationLoader.count(c, "select count(*) from membership p join association pa on pa.id = p.association_id"
                + " where pa.tier = 2 and p.status = 'ACTIVE' and not exists (select 1 from membership l join association la"
                + " on la.id = l.association_id where la.parent_id = pa.id and l.doctor_id = p.doctor_id"
                + " and l.facility_id = p.facility_id and l.status = 'ACTIVE')"));
        assertEquals(0, NationLoader.count(c, "select count(*) from (select doctor_id from membership m join association a"
                + " on a.id = m.association_id where a.tier = 1 and m.status = 'ACTIVE' group by doctor_id having count(*) > 1) x"));
        assertEquals(0, NationLoader.count(c, "select count(*) from membership m where not exists (select 1 from membership_event e"
                + " where e.membership_id = m.id and e.kind = 'JOINED' and e.effective_date is not distinct from m.join_date)"));
    }

    @Test
    void theSequencesContinueAfterTheGeneratedIds() throws Exception {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (Table t : new Table[]{Table.FACILITY, Table.DOCTOR, Table.MEMBERSHIP, Table.APPLICATION}) {
                long max = NationLoader.count(c, "select max(id) from " + t.sqlName());
                long next = NationLoader.count(c, "select nextval(pg_get_serial_sequence('" + t.sqlName() + "', 'id'))");
                assertEquals(max + 1, next, t.sqlName());
            }
            s.execute("insert into facility (name, prefecture_code) values ('テスト病院', '13')");
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    @Test
    void aSecondLoadIsRefusedAndChangesNothing() throws Exception {
        long doctors = NationLoader.count(c, "select count(*) from doctor");
        assertThrows(NationLoader.RefusedException.class,
                () -> NationLoader.load(c, 8, 100, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        assertEquals(doctors, NationLoader.count(c, "select count(*) from doctor"));
    }

    @Test
    void theSummaryIsPrinted() {
        assertTrue(printed.contains("| JMA members |"), printed);
        assertTrue(printed.contains("| associations, tier 4 | 102 |"), printed);
    }
}
