package jp.mamis.domain.certificate;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateTest {

    private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    private static final LocalDate ISSUE = LocalDate.of(2026, 12, 2);

    private Association jma;
    private Association kanagawa;
    private Association tokyo;
    private Doctor doctor;

    @BeforeEach
    void setUp() {
        jma = Association.national("00", "日本医師会");
        kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
        tokyo = Association.under(jma, "13", "東京都医師会", "13");
        doctor = TestDoctors.doctor();
        Facility f = new Facility("横浜市立市民病院", "14");
        doctor.join(kanagawa, f, MemberCategory.A2_B, null);
        doctor.join(jma, f, MemberCategory.A2_B, LocalDate.of(2020, 6, 1));
    }

    private Certificate issued(Association a) {
        Certificate c = Certificate.request(doctor, a, false, "taro", NOW);
        c.issue("00-2026-000001", VerificationCode.hash("X"), ISSUE, false, "taro", NOW);
        return c;
    }

    @Test
    void anActiveMembersRequestIsIssuedAtOnceUnlessTheAssociationAsksForApproval() {
        Certificate c = Certificate.request(doctor, jma, false, "taro", NOW);
        assertEquals(CertificateStatus.REQUESTED, c.getStatus());
        assertFalse(c.isApprovalRequired());
        assertFalse(c.isFormerMember());
        assertTrue(c.findPrinted().isEmpty(), "nothing printed before issue");

        c.issue("00-2026-000001", "h", ISSUE, false, "taro", NOW);
        assertEquals(CertificateStatus.ISSUED, c.getStatus());
        assertTrue(c.isValid());

        Certificate strict = Certificate.request(doctor, jma, true, "taro", NOW);
        assertTrue(strict.isApprovalRequired());
        assertEquals("certificate.approvalRequired",
                assertThrows(MamisException.class, () -> strict.issue("n", "h", ISSUE, false, "taro", NOW)).getKey());
        strict.issue("00-2026-000002", "h2", ISSUE, true, "s00.op", NOW);
        assertEquals(CertificateStatus.ISSUED, strict.getStatus());
        assertEquals("s00.op", strict.findDecidedBy().orElseThrow());
    }

    @Test
    void aFormerMemberAlwaysNeedsApproval() {
        List<MembershipPeriod> former = List.of(new MembershipPeriod(LocalDate.of(2000, 4, 1), LocalDate.of(2010, 3, 31), false));
        List<MembershipPeriod> active = List.of(new MembershipPeriod(LocalDate.of(2000, 4, 1), LocalDate.of(2010, 3, 31), false),
                new MembershipPeriod(LocalDate.of(2015, 4, 1), null, true));
        assertTrue(Certificate.needsApproval(former, false));
        assertTrue(Certificate.needsApproval(former, true));
        assertFalse(Certificate.needsApproval(active, false));
        assertTrue(Certificate.needsApproval(active, true));
    }

    @Test
    void noCertificateWhereTheDoctorNeverWasAMember() {
        assertEquals("certificate.notMember",
                assertThrows(MamisException.class, () -> Certificate.request(doctor, tokyo, false, "taro", NOW)).getKey());
    }

    @Test
    void theSnapshotKeepsWhatWasPrinted() {
        Certificate c = issued(jma);
        Certificate.Printed p = c.findPrinted().orElseThrow();
        assertEquals("日本医師会", p.associationName());
        assertEquals("日医 太郎", p.name());
        assertEquals("ニチイ タロウ", p.kana());
        assertEquals("200001", p.registrationNumber());
        assertEquals("A2(B)", p.category());
        assertEquals(ISSUE, p.issueDate());
        assertEquals("00-2026-000001", p.number());
        assertEquals(1, p.periods().size());
        assertEquals("令和2年6月1日（2020年6月1日） 〜 現在に至る", p.periods().get(0).printed());
        assertTrue(p.current());

        Certificate.Printed unknownStart = issued(kanagawa).findPrinted().orElseThrow();
        assertEquals("不明 〜 現在に至る", unknownStart.periods().get(0).printed());
    }

    @Test
    void periodsPrintTheirEnds() {
        assertEquals("平成31年4月30日（2019年4月30日） 〜 令和元年5月1日（2019年5月1日）",
                new MembershipPeriod(LocalDate.of(2019, 4, 30), LocalDate.of(2019, 5, 1), false).printed());
        assertEquals("不明 〜 不明", new MembershipPeriod(null, null, false).printed());
        assertThrows(IllegalArgumentException.class, () -> new MembershipPeriod(null, LocalDate.of(2020, 1, 1), true));
        assertThrows(IllegalArgumentException.class,
                () -> new MembershipPeriod(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), false));
    }

    @Test
    void refusalNeedsAReasonAndEndsTheRequest() {
        Certificate c = Certificate.request(doctor, jma, true, "taro", NOW);
        assertEquals("certificate.reason.required",
                assertThrows(MamisException.class, () -> c.refuse("s00.op", NOW, "  ")).getKey());
        MamisException tooLong = assertThrows(MamisException.class, () -> c.refuse("s00.op", NOW, "理".repeat(1001)));
        assertEquals("certificate.reason.tooLong", tooLong.getKey());
        assertEquals("reason", tooLong.findField().orElseThrow());
        assertEquals(CertificateStatus.REQUESTED, c.getStatus(), "nothing changed");
        c.refuse("s00.op", NOW, " 在籍の確認ができません ");
        assertEquals(CertificateStatus.REFUSED, c.getStatus());
        assertEquals("在籍の確認ができません", c.findReason().orElseThrow());
        assertEquals("certificate.state",
                assertThrows(MamisException.class, () -> c.issue("n", "h", ISSUE, true, "s00.op", NOW)).getKey());
        assertThrows(MamisException.class, () -> c.revoke("s00.op", NOW, "x"));
        assertFalse(c.isValid());
    }

    @Test
    void revocationOnlyOfAValidCertificate() {
        Certificate requested = Certificate.request(doctor, jma, false, "taro", NOW);
        assertThrows(MamisException.class, () -> requested.revoke("s00.op", NOW, "誤発行"));
        Certificate c = issued(jma);
        assertThrows(MamisException.class, () -> c.revoke("s00.op", NOW, null));
        c.revoke("s00.op", NOW, "誤発行");
        assertEquals(CertificateStatus.REVOKED, c.getStatus());
        assertEquals("certificate.state", assertThrows(MamisException.class, () -> c.revoke("s00.op", NOW, "再")).getKey());
        assertTrue(c.findPrinted().isPresent(), "a revoked certificate keeps what it printed");
    }

    @Test
    void aNewerCertificateSupersedesTheValidOne() {
        Certificate old = issued(jma);
        Certificate newer = issued(jma);
        old.supersede(newer, NOW);
        assertEquals(CertificateStatus.SUPERSEDED, old.getStatus());
        assertEquals(newer, old.findSupersededBy().orElseThrow());
        assertTrue(newer.isValid());
        assertThrows(MamisException.class, () -> old.supersede(newer, NOW), "only once");
        assertThrows(MamisException.class, () -> old.revoke("s00.op", NOW, "x"));

        Certificate other = issued(kanagawa);
        Certificate third = issued(jma);
        assertThrows(IllegalArgumentException.class, () -> newer.supersede(other, NOW), "another association's");
        assertThrows(IllegalArgumentException.class, () -> newer.supersede(newer, NOW), "itself");
        Certificate pending = Certificate.request(doctor, jma, false, "taro", NOW);
        assertThrows(IllegalArgumentException.class, () -> third.supersede(pending, NOW), "a request not issued");
        assertThrows(MamisException.class, () -> pending.supersede(third, NOW), "a request is not superseded");
    }

    @Test
    void statesThatWereIssued() {
        assertTrue(CertificateStatus.ISSUED.wasIssued());
        assertTrue(CertificateStatus.REVOKED.wasIssued());
        assertTrue(CertificateStatus.SUPERSEDED.wasIssued());
        assertFalse(CertificateStatus.REQUESTED.wasIssued());
        assertFalse(CertificateStatus.REFUSED.wasIssued());
    }

    @Test
    void certificateNumbers() {
        assertEquals("14100-2026-000123", Certificate.formatNumber("14100", 2026, 123));
        assertEquals("00-2026-1234567", Certificate.formatNumber("00", 2026, 1_234_567));
        assertNotEquals(Certificate.formatNumber("14100", 2026, 1), Certificate.formatNumber("14100", 2026, 2));
        assertThrows(IllegalArgumentException.class, () -> Certificate.formatNumber("00", 2026, 0));
    }

    @Test
    void documentsOnlyForIssuedCertificates() {
        Certificate requested = Certificate.request(doctor, jma, false, "taro", NOW);
        assertThrows(IllegalStateException.class, () -> new CertificateDocument(requested, new byte[] {1}, "h"));
        byte[] pdf = {1, 2, 3};
        CertificateDocument d = new CertificateDocument(issued(jma), pdf, "h");
        pdf[0] = 9;
        assertEquals(1, d.getPdf()[0], "the document keeps its own copy");
    }

    @Test
    void verificationCodes() {
        Random random = new Random(7);
        String code = VerificationCode.generate(random);
        assertEquals(VerificationCode.LENGTH, code.length());
        assertTrue(code.chars().allMatch(ch -> VerificationCode.ALPHABET.indexOf(ch) >= 0));
        assertTrue(VerificationCode.LENGTH * 5 >= 128, "at least 128 bits");
        assertNotEquals(code, VerificationCode.generate(random));

        String grouped = VerificationCode.grouped(code);
        assertEquals(code.substring(0, 4) + "-" + code.substring(4, 8), grouped.substring(0, 9));
        assertEquals(LENGTH_WITH_HYPHENS, grouped.length());
        assertEquals(code, VerificationCode.normalize(grouped).orElseThrow());
        assertEquals(code, VerificationCode.normalize(" " + grouped.toLowerCase() + " ").orElseThrow());
        String fullWidth = grouped.chars().mapToObj(ch -> ch == '-' ? "－" : String.valueOf((char) (ch + 0xFEE0)))
                .reduce("", String::concat);
        assertEquals(code, VerificationCode.normalize(fullWidth).orElseThrow(), "typed with a Japanese IME");
        assertEquals(VerificationCode.normalize("0000-1111-0000-1111-0000-1111-0000"),
                VerificationCode.normalize("OOOO-IIII-oooo-llll-0000-1111-0000"), "O, I and L read as digits");

        assertTrue(VerificationCode.normalize(code.substring(1)).isEmpty(), "too short");
        assertTrue(VerificationCode.normalize(code + "0").isEmpty(), "too long");
        assertTrue(VerificationCode.normalize("UUUU" + code.substring(4)).isEmpty(), "U is not in the alphabet");
        assertTrue(VerificationCode.normalize(null).isEmpty());
        assertTrue(VerificationCode.normalize("x".repeat(10_000)).isEmpty());

        String hash = VerificationCode.hash(code);
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertEquals(hash, VerificationCode.hash(code));
        assertNotEquals(hash, VerificationCode.hash(VerificationCode.generate(random)));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", VerificationCode.hash(""),
                "SHA-256 of nothing");
    }

    private static final int LENGTH_WITH_HYPHENS = VerificationCode.LENGTH + VerificationCode.LENGTH / 4 - 1;
}
