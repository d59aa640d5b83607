package jp.mamis.ejb.members;

import jp.mamis.domain.association.Association;
import jp.mamis.domain.membership.MemberCategory;
import org.junit.jupiter.api.Test;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The member search's SQL condition: what it joins, its literals and parameters (the ITs run it). */
class MemberQueriesTest {

    static final Association JMA = Association.national("00", "日本医師会");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    static MemberCriteria criteria(String name, String number, String facility, Set<MemberCategory> cats,
                                   MemberCriteria.Status status, Integer grad, Integer ageFrom, Integer ageTo) {
        return new MemberCriteria(name, number, facility, cats, status, grad, ageFrom, ageTo, null, null);
    }

    @Test
    void aCountOfEveryActiveMemberJoinsNothing() {
        MemberQueries.Where w = MemberQueries.where(JMA, MemberCriteria.active(), TODAY);
        assertEquals(" from membership m", w.from(false, false));
        assertEquals(" where m.association_id = ? and m.status = 'ACTIVE'", w.sql());
        assertEquals(1, w.parameters().size());
        // the breakdown asks for the doctor (sex), a page sorted by facility for the facility
        assertEquals(" from membership m join doctor d on d.id = m.doctor_id", w.from(true, false));
        assertEquals(" from membership m join facility f on f.id = m.facility_id", w.from(false, true));
    }

    @Test
    void doctorFiltersJoinTheDoctorAndTheFacilityFilterTheFacility() {
        for (MemberCriteria c : List.of(criteria("たなか", null, null, null, null, null, null, null),
                criteria(null, "１２３４５６", null, null, null, null, null, null),
                criteria(null, null, null, null, null, 1995, null, null),
                criteria(null, null, null, null, null, null, 50, null),
                criteria(null, null, null, null, null, null, null, 65))) {
            MemberQueries.Where w = MemberQueries.where(JMA, c, TODAY);
            assertTrue(w.doctor(), c.toQuery());
            assertFalse(w.facility(), c.toQuery());
            assertEquals(" from membership m join doctor d on d.id = m.doctor_id", w.from(false, false));
        }
        MemberQueries.Where f = MemberQueries.where(JMA, criteria(null, null, "中央_100%", null, null, null, null, null), TODAY);
        assertFalse(f.doctor());
        assertEquals(" from membership m join facility f on f.id = m.facility_id", f.from(false, false));
        assertEquals("%中央\\_100\\%%", f.parameters().get(1), "like wildcards in the input are literal");
    }

    @Test
    void nameIsAPrefixOfEitherKeyStatusesAndCategoriesAreLiteralsAgesAreBirthDateBounds() {
        MemberQueries.Where w = MemberQueries.where(JMA, criteria("たなか", "１２３", null, EnumSet.of(MemberCategory.B,
                MemberCategory.A1), MemberCriteria.Status.ALL, 1995, 50, 65), TODAY);
        assertEquals(" where m.association_id = ? and m.status in ('ACTIVE', 'WITHDRAWN')"
                + " and (d.search_kana like ? escape '\\' or d.search_name like ? escape '\\')"
                + " and d.registration_number = ? and m.category in ('A1', 'B')"
                + " and d.graduation_date >= ? and d.graduation_date < ? and d.birth_date <= ? and d.birth_date > ?", w.sql());
        assertEquals(List.of("タナカ%", "タナカ%", "123", Date.valueOf("1995-01-01"), Date.valueOf("1996-01-01"),
                Date.valueOf("1976-12-02"), Date.valueOf("1960-12-02")), w.parameters().subList(1, 8));
        assertEquals(" where m.association_id = ? and m.status = 'WITHDRAWN'",
                MemberQueries.where(JMA, criteria(null, null, null, null, MemberCriteria.Status.WITHDRAWN, null, null, null),
                        TODAY).sql());
    }

    @Test
    void aPageIsFoundByWalkingTheSortOrderOnlyWhereMatchesAreDense() {
        // among 343,000 doctors the first page is walked from √(50 × 343,000) ≈ 4,142 matches on
        long first = MemberQueries.walkFrom(50, 343_000);
        assertEquals(4_142, first);
        // JMA's 180,000 and a prefecture's 22,000 by walking, a city's 3,000 or a filter's 1,600 sorted
        assertTrue(180_000 >= first && 22_000 >= first);
        assertTrue(3_000 < first && 1_600 < first);
        // the page at 10,000: JMA walks, the prefecture sorts its 22,000
        long deep = MemberQueries.walkFrom(10_050, 343_000);
        assertTrue(180_000 >= deep);
        assertTrue(22_000 < deep);
        // a tiny database always sorts
        assertTrue(MemberQueries.walkFrom(50, 1) > 1);
    }
}
