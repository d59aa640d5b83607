package jp.mamis.ejb.it;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.fee.FiscalYear;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.ejb.members.CsvEncoding;
import jp.mamis.ejb.members.EncodingReport;
import jp.mamis.ejb.members.ExportKind;
import jp.mamis.ejb.members.MemberCriteria;
import jp.mamis.ejb.members.MemberQueries;
import jp.mamis.ejb.members.MemberSearchService;
import jp.mamis.ejb.registration.ContactForm;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 会員検索 inside Payara Micro: filters, the association's scope (search, 内訳, exports, detail), optimistic locking, exports byte for byte. */
@ExtendWith(ArquillianExtension.class)
class MemberSearchIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.services();
    }

    @Inject
    MemberSearchService search;

    @Inject
    TestSecurity security;

    @Inject
    Fixture fixture;

    @Inject
    MemberSearchFixture members;

    @Inject
    MemberQueries queries;

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    static final FiscalYear FY = FiscalYear.of(TODAY);

    private static MemberCriteria name(String n) {
        return new MemberCriteria(n, null, null, Set.of(), MemberCriteria.Status.ACTIVE, null, null, null, null, null);
    }

    private List<String> numbers(MemberCriteria c) {
        return search.search(c, MemberQueries.Sort.KANA, FY, 0, 100).stream().map(MemberSearchService.MemberRow::registrationNumber).toList();
    }

    @Test
    void filtersFindTheAssociationsOwnMembersOnlyAlsoInTheBreakdownAndTheExports() {
        Fixture.World w = fixture.world();
        var specs = List.of(
                MemberSearchFixture.Spec.of("髙橋", "一郎", "タカハシ", "イチロウ").category(MemberCategory.A1),
                MemberSearchFixture.Spec.of("高橋", "二郎", "タカハシ", "ジロウ").sex(Sex.FEMALE)
                        .born(LocalDate.of(1990, 1, 10), LocalDate.of(2014, 3, 20)).joined(LocalDate.of(2020, 6, 1)),
                MemberSearchFixture.Spec.of("山﨑", "三郎", "ヤマザキ", "サブロウ").sex(null).category(MemberCategory.A2_C)
                        .joined(null),
                MemberSearchFixture.Spec.of("山崎", "四郎", "ヤマザキ", "シロウ").born(TODAY.minusYears(40), TODAY.minusYears(15)));
        List<MemberSearchFixture.Made> mine = members.members(w.wardA(), w.facility(), specs);
        var gone = members.members(w.wardA(), w.facility(), List.of(MemberSearchFixture.Spec.of("退会", "五郎", "タイカイ", "ゴロウ"))).get(0);
        members.withdraw(gone.membershipId(), LocalDate.of(2024, 3, 31));
        var other = members.members(w.wardB(), w.facility(), List.of(
                MemberSearchFixture.Spec.of("髙橋", "他区", "タカハシ", "タク"))).get(0);

        security.signInStaff(w.op().get(w.wardA()));
        String t1 = mine.get(0).registrationNumber(), t2 = mine.get(1).registrationNumber();
        String y1 = mine.get(2).registrationNumber(), y2 = mine.get(3).registrationNumber();
        // kana in hiragana, half-width or full-width katakana, with spaces: the same members
        assertEquals(Set.of(t1, t2), Set.copyOf(numbers(name("たかはし"))));
        assertEquals(Set.of(t1, t2), Set.copyOf(numbers(name("ﾀｶﾊｼ"))));
        assertEquals(List.of(t1), numbers(name("タカハシ　イチ")));
        // variant kanji match only themselves
        assertEquals(List.of(t1), numbers(name("髙橋")));
        assertEquals(List.of(t2), numbers(name("高橋")));
        assertEquals(List.of(y1), numbers(name("山﨑")));
        assertEquals(List.of(y2), numbers(name("山崎 四")));
        // the other ward's 髙橋 is not there, nor the withdrawn member
        assertFalse(numbers(name("")).contains(other.registrationNumber()));
        assertEquals(4, search.count(MemberCriteria.active()));
        // 医籍登録番号 in full-width digits, another ward's number finds nothing
        assertEquals(List.of(t2), numbers(new MemberCriteria(null, toFullWidth(t2), null, Set.of(), null, null, null, null, null, null)));
        assertTrue(numbers(new MemberCriteria(null, other.registrationNumber(), null, Set.of(), null, null, null, null, null, null)).isEmpty());
        // category, status, graduation year, age, join date range
        assertEquals(List.of(t1), numbers(new MemberCriteria(null, null, null, EnumSet.of(MemberCategory.A1), null, null, null, null, null, null)));
        assertEquals(List.of(gone.registrationNumber()), numbers(new MemberCriteria(null, null, null, Set.of(),
                MemberCriteria.Status.WITHDRAWN, null, null, null, null, null)));
        assertEquals(5, search.count(new MemberCriteria(null, null, null, Set.of(), MemberCriteria.Status.ALL, null, null, null, null, null)));
        assertEquals(List.of(t2), numbers(new MemberCriteria(null, null, null, Set.of(), null, 2014, null, null, null, null)));
        assertEquals(List.of(y2), numbers(new MemberCriteria(null, null, null, Set.of(), null, null, 40, 40, null, null)),
                "40 today (born exactly 40 years ago)");
        assertTrue(numbers(new MemberCriteria(null, null, null, Set.of(), null, null, 41, null, null, null)).size() == 2);
        assertEquals(List.of(t2), numbers(new MemberCriteria(null, null, null, Set.of(), null, null, null, null,
                LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 1))));
        assertEquals(List.of(t2), numbers(new MemberCriteria(null, null, "it病院", Set.of(), null, 2014, null, null, null, null)));
        // sorted and paged in the database
        List<String> byNumberDesc = search.search(MemberCriteria.active(), new MemberQueries.Sort("registrationNumber", false), FY, 1, 2)
                .stream().map(MemberSearchService.MemberRow::registrationNumber).toList();
        assertEquals(List.of(y1, t2), byNumberDesc);

        // the 内訳 adds up, the member with no recorded sex is counted apart
        MemberQueries.Breakdown b = search.breakdown(MemberCriteria.active());
        assertEquals(4, b.total());
        assertEquals(1L, b.byCategory().get(MemberCategory.A1));
        assertEquals(2L, b.byCategory().get(MemberCategory.A2_B));
        assertEquals(1L, b.byCategory().get(MemberCategory.A2_C));
        assertEquals(2L, b.bySex().get(Sex.MALE));
        assertEquals(1L, b.bySex().get(Sex.FEMALE));
        assertEquals(1L, b.sexUnknown());

        // the export holds exactly the own members
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(4, search.csv(MemberCriteria.active(), ExportKind.LEDGER, CsvEncoding.UTF8_BOM, out).rows());
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertFalse(csv.contains(other.registrationNumber()));
        assertTrue(csv.contains(t1) && csv.contains(y2));
        assertEquals(1L, fixture.count("access_log", "action = 'EXPORT_MEMBERS' and detail like '%rows=4 %' and actor = ?1",
                w.op().get(w.wardA())));
        assertTrue(fixture.count("access_log", "action = 'SEARCH_MEMBERS' and actor = ?1", w.op().get(w.wardA())) >= 15);

        // another association's member by id: not found, and the denial is logged
        MamisException e = assertThrows(MamisException.class, () -> search.detail(other.doctorId()));
        assertEquals("member.notFound", e.getKey());
        assertEquals(1L, fixture.count("access_log", "action = 'DENIED' and detail = 'member " + other.doctorId() + "' and actor = ?1",
                w.op().get(w.wardA())));
        assertEquals(mine.get(0).doctorId(), search.detail(mine.get(0).doctorId()).doctorId());
        assertEquals(1L, fixture.count("access_log", "action = 'VIEW_MEMBER' and doctor_id = ?1", mine.get(0).doctorId()));

        // ward B sees its own member only; the city sees none of the wards' members
        security.signInStaff(w.op().get(w.wardB()));
        assertEquals(List.of(other.registrationNumber()), numbers(name("たかはし")));
        assertEquals(1, search.breakdown(MemberCriteria.active()).total());
        security.signInStaff(w.op().get(w.city()));
        assertEquals(0, search.count(MemberCriteria.active()));
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertEquals(0, search.csv(MemberCriteria.active(), ExportKind.LABELS, CsvEncoding.MS932, none).rows());
        assertEquals("郵便番号,住所1,住所2,氏名,敬称,医籍登録番号\r\n", new String(none.toByteArray(), Charset.forName("windows-31j")));

        // a viewer searches but does not edit; a member does not search
        security.signInStaff(w.viewerWardA());
        assertEquals(4, search.count(MemberCriteria.active()));
        var d = search.detail(mine.get(0).doctorId());
        assertThrows(EJBAccessException.class, () -> search.edit(d.doctorId(), d.contact(), null, d.doctorVersion(), d.active().version()));
    }

    private static String toFullWidth(String digits) {
        StringBuilder b = new StringBuilder();
        digits.chars().forEach(c -> b.append((char) (c - '0' + '０')));
        return b.toString();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndTheFirstIsKept() {
        Fixture.World w = fixture.world();
        var m = members.members(w.wardA(), w.facility(), List.of(MemberSearchFixture.Spec.of("編集", "太郎", "ヘンシュウ", "タロウ"))).get(0);
        security.signInStaff(w.op().get(w.wardA()));
        MemberSearchService.MemberDetail first = search.detail(m.doctorId());
        MemberSearchService.MemberDetail second = search.detail(m.doctorId());

        ContactForm a = first.contact();
        a.setStreet("本町2-2");
        MemberSearchService.MemberDetail saved = search.edit(m.doctorId(), a, MemberCategory.A1, first.doctorVersion(),
                first.active().version());
        assertEquals("A1", saved.active().categoryLabel());

        ContactForm b = second.contact();
        b.setTel("045-111-1111");
        MamisException e = assertThrows(MamisException.class, () -> search.edit(m.doctorId(), b, MemberCategory.B,
                second.doctorVersion(), second.active().version()));
        assertEquals("edit.conflict", e.getKey());

        MemberSearchService.MemberDetail now = search.detail(m.doctorId());
        assertTrue(now.address().endsWith("本町2-2"), "the first edit is kept");
        assertEquals("045-000-0000", now.tel(), "the second changed nothing");
        assertEquals(MemberCategory.A1, now.active().category());
        var history = now.active().history();
        var last = history.get(history.size() - 1);
        assertEquals(jp.mamis.domain.membership.MembershipEvent.Kind.CATEGORY_CHANGED, last.kind());
        assertEquals(jp.mamis.domain.membership.Origin.Cause.CATEGORY_REVIEW, last.cause());
        assertEquals("A2(B)", last.categoryBefore());
        assertEquals(TODAY, last.date());
        assertEquals(1L, fixture.count("registration_change", "doctor_id = ?1", m.doctorId()),
                "the contact change is shown to the member's associations");
        assertEquals(1L, fixture.count("access_log", "action = 'CHANGE_MEMBER' and doctor_id = ?1", m.doctorId()));
    }

    @Test
    void anExportOfThousandsOfMembersIsExactInBothEncodingsAndReportsWhatWindows31jCannotHold() {
        Fixture.World w = fixture.world();
        List<MemberSearchFixture.Spec> specs = new ArrayList<>();
        int n = 2500;
        for (int i = 0; i < n; i++) {
            var s = MemberSearchFixture.Spec.of(i == 1234 ? "𠮷田" : "一般", "太郎" + i, "イッパン", "タロウ").street("山下町" + i + "-1");
            if (i == 7) {
                s = s.former(new PersonName("旧姓", "太郎", "キュウセイ", "タロウ"), true).street("港町1-1, \"A\"棟");
            }
            specs.add(s);
        }
        List<MemberSearchFixture.Made> made = members.members(w.wardB(), w.facility(), specs);
        facilityName = (String) fixture.single("select name from facility where id = ?1", w.facility());
        security.signInStaff(w.op().get(w.wardB()));

        // the export's order: kana (all the same here), then membership id
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        order.sort(java.util.Comparator.comparingLong(i -> made.get(i).membershipId()));
        long yoshidaRow = order.indexOf(1234) + 1;
        StringBuilder ledger = new StringBuilder(String.join(",", ExportKind.LEDGER.columns())).append("\r\n");
        StringBuilder labels = new StringBuilder(String.join(",", ExportKind.LABELS.columns())).append("\r\n");
        for (int i : order) {
            MemberSearchFixture.Spec s = specs.get(i);
            String no = made.get(i).registrationNumber();
            String street = i == 7 ? "\"港町1-1, \"\"A\"\"棟\"" : s.street();
            ledger.append(no).append(',').append(s.family()).append(' ').append(s.given()).append(",イッパン タロウ,")
                    .append(i == 7 ? "旧姓 太郎,キュウセイ タロウ,1" : ",,0")
                    .append(",男,1980/06/01,231-0023,神奈川県,横浜市中区,").append(street)
                    .append(",045-000-0000,,,ms").append(no).append("@example.jp,IT大学,2006/03/20,")
                    .append(fixtureFacility()).append(",A2(B),在籍,2015/04/01,\r\n");
            labels.append("231-0023,神奈川県横浜市中区,").append(street).append(',')
                    .append(i == 7 ? "旧姓 太郎" : s.family() + " " + s.given()).append(",様,").append(no).append("\r\n");
        }
        String ledgerText = ledger.toString().replace("@FACILITY@", facilityName);
        String labelsText = labels.toString();

        ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
        MemberSearchService.ExportResult r1 = search.csv(MemberCriteria.active(), ExportKind.LEDGER, CsvEncoding.UTF8_BOM, utf8);
        assertEquals(n, r1.rows());
        assertTrue(r1.report().isClean());
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(ledgerText.getBytes(StandardCharsets.UTF_8));
        assertEquals(ledgerText, new String(utf8.toByteArray(), 3, utf8.size() - 3, StandardCharsets.UTF_8));
        assertArrayEquals(bom.toByteArray(), utf8.toByteArray());

        Charset ms932 = Charset.forName("windows-31j");
        EncodingReport checked = search.check(MemberCriteria.active(), ExportKind.LABELS, CsvEncoding.MS932);
        assertEquals(List.of(new EncodingReport.Problem(yoshidaRow, made.get(1234).registrationNumber(), "氏名", "𠮷")), checked.problems());
        ByteArrayOutputStream sjis = new ByteArrayOutputStream();
        MemberSearchService.ExportResult r2 = search.csv(MemberCriteria.active(), ExportKind.LABELS, CsvEncoding.MS932, sjis);
        assertEquals(n, r2.rows());
        assertEquals(1, r2.report().count());
        assertArrayEquals(labelsText.replace("𠮷", "〓").getBytes(ms932), sjis.toByteArray());

        ByteArrayOutputStream ledgerSjis = new ByteArrayOutputStream();
        var r3 = search.csv(MemberCriteria.active(), ExportKind.LEDGER, CsvEncoding.MS932, ledgerSjis);
        assertEquals(List.of(new EncodingReport.Problem(yoshidaRow, made.get(1234).registrationNumber(), "氏名", "𠮷")), r3.report().problems());
        assertArrayEquals(ledgerText.replace("𠮷", "〓").getBytes(ms932), ledgerSjis.toByteArray());

        assertEquals(1L, fixture.count("access_log", "action = 'EXPORT_MEMBERS' and detail like '宛名ラベル CSV ms932 ダウンロード rows=2500 unmappable=1%' and actor = ?1",
                w.op().get(w.wardB())));
    }

    private static String facilityName;

    private String fixtureFacility() {
        return "@FACILITY@";
    }

    /**
     * The page of every sort field and direction, at offsets around the points where the query
     * changes how it reads (walk or find-and-sort, the end read backwards from the middle on), is
     * the slice of the plain ordered query — also with a membership filter, a doctor filter and a
     * facility filter; a download the client breaks off is logged as incomplete, not lost.
     */
    @Test
    void everyWayOfReadingAPageGivesTheSliceOfThePlainOrderedResult() throws Exception {
        Fixture.World w = fixture.world();
        int n = 2_150;
        members.bulk(w.wardA(), w.facility(), n);
        var a = members.association(w.wardA());
        record Case(MemberCriteria criteria, String sql) {
        }
        List<Case> cases = List.of(
                new Case(MemberCriteria.active(), ""),
                new Case(new MemberCriteria(null, null, null, EnumSet.of(MemberCategory.A1), null, null, null, null, null, null),
                        " and m.category = 'A1'"),
                new Case(new MemberCriteria(null, null, null, Set.of(), null, 1985, null, null, null, null),
                        " and d.graduation_date >= date '1985-01-01' and d.graduation_date < date '1986-01-01'"),
                new Case(new MemberCriteria(null, null, "it病院", Set.of(), null, null, null, null, null, null),
                        " and f.name_key like '%it病院%'"));
        java.util.Map<String, String> columns = java.util.Map.of("kana", "d.search_kana", "name", "d.search_name",
                "registrationNumber", "d.registration_number", "category", "m.category", "joinDate", "m.join_date",
                "birthDate", "d.birth_date", "facility", "f.name", "status", "m.status");
        int pages = 0;
        for (Case c : cases) {
            for (var field : columns.entrySet()) {
                for (boolean ascending : List.of(true, false)) {
                    String dir = ascending ? " asc" : " desc";
                    List<Long> all = members.orderedIds(w.wardA(), c.sql(), field.getValue() + dir + ", m.id" + dir);
                    int total = all.size();
                    assertTrue(c.sql().isEmpty() || c.sql().contains("f.name_key") ? total == n : total > 0 && total < n,
                            c.sql() + " " + total);
                    for (int first : new int[] {0, 1, 49, total / 2 - 25, total / 2, total / 2 + 1, 1_999, 2_000, total - 50,
                            total - 1, total}) {
                        if (first < 0 || first > total) {
                            continue;
                        }
                        List<Long> page = queries.page(a, c.criteria(), new MemberQueries.Sort(field.getKey(), ascending), first,
                                50, TODAY).stream().map(m -> m.getId()).toList();
                        assertEquals(all.subList(first, Math.min(total, first + 50)), page,
                                field.getKey() + dir + " from " + first + " of " + total + c.sql());
                        pages++;
                    }
                }
            }
        }
        assertTrue(pages > 300, "pages compared: " + pages);

        // the client goes away after the first 64 KiB: the export ends, its log entry says so
        security.signInStaff(w.op().get(w.wardA()));
        java.io.OutputStream broken = new java.io.OutputStream() {
            long written;

            @Override
            public void write(int b) throws java.io.IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                written += len;
                if (written > 64 * 1024) {
                    throw new java.io.IOException("Broken pipe");
                }
            }
        };
        MemberSearchService.ExportResult r = search.csv(MemberCriteria.active(), ExportKind.LEDGER, CsvEncoding.UTF8_BOM, broken);
        assertFalse(r.complete());
        assertTrue(r.rows() > 0 && r.rows() < n, "rows before the break: " + r.rows());
        assertEquals(1, fixture.count("access_log", "detail like '%incomplete%' and actor = ?1", w.op().get(w.wardA())));
    }
}
