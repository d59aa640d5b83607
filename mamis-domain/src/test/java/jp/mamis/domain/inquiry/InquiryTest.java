package jp.mamis.domain.inquiry;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InquiryTest {

    static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");
    final Association jma = Association.national("00", "日本医師会");
    final Association kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
    final Association yokohama = Association.under(kanagawa, "14100", "横浜市医師会", "14");
    final Association tokyo = Association.under(jma, "13", "東京都医師会", "13");
    final Facility hospital = new Facility("横浜市立市民病院", "14");

    Doctor member() {
        Doctor d = TestDoctors.doctor();
        d.join(yokohama, hospital, MemberCategory.A1, LocalDate.of(2020, 4, 1));
        d.join(kanagawa, hospital, MemberCategory.A1, LocalDate.of(2020, 4, 1));
        return d;
    }

    @Test
    void aMemberAsksOneOfTheirAssociationsAndTheThreadGoesBackAndForth() {
        Doctor d = member();
        Inquiry i = Inquiry.open(d, yokohama, "会費について", "質問です", "idsample", NOW);
        assertEquals(InquiryStatus.OPEN, i.getStatus());
        assertTrue(i.isOf(d));
        assertTrue(i.isTo(yokohama));
        assertFalse(i.isTo(kanagawa));
        i.staffReplies("s14100.op", "回答です", NOW.plusSeconds(60));
        assertEquals(InquiryStatus.ANSWERED, i.getStatus());
        i.memberWrites("idsample", "追加の質問", NOW.plusSeconds(120));
        assertEquals(InquiryStatus.OPEN, i.getStatus());
        assertEquals(List.of(false, true, false), i.getMessages().stream().map(InquiryMessage::isFromStaff).toList());
        assertEquals(NOW.plusSeconds(120), i.getLastMessageAt());
    }

    @Test
    void onlyToAnAssociationTheMemberBelongsToNow() {
        Doctor d = member();
        assertEquals("inquiry.notMember", assertThrows(MamisException.class,
                () -> Inquiry.open(d, tokyo, "s", "b", "idsample", NOW)).getKey());
        d.leave(d.getMemberships().stream().filter(m -> m.getAssociation() == kanagawa).toList(), LocalDate.of(2024, 3, 31),
                new jp.mamis.domain.membership.Origin(jp.mamis.domain.membership.Origin.Cause.RECORD, null, "x", NOW));
        assertEquals("inquiry.notMember", assertThrows(MamisException.class,
                () -> Inquiry.open(d, kanagawa, "s", "b", "idsample", NOW)).getKey(), "a former association");
    }

    @Test
    void subjectAndBodyAreRequired() {
        Doctor d = member();
        assertEquals("inquiry.subject.required", assertThrows(MamisException.class,
                () -> Inquiry.open(d, yokohama, " ", "b", "idsample", NOW)).getKey());
        Inquiry i = Inquiry.open(d, yokohama, "s", "b", "idsample", NOW);
        assertEquals("inquiry.body.required", assertThrows(MamisException.class,
                () -> i.staffReplies("op", "  ", NOW)).getKey());
        assertEquals(InquiryStatus.OPEN, i.getStatus(), "a refused reply changes nothing");
        assertEquals(1, i.getMessages().size());
    }
}
