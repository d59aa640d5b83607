package jp.mamis.domain.transfer;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.application.Application;
import jp.mamis.domain.application.ApplicationStatus;
import jp.mamis.domain.application.LineKind;
import jp.mamis.domain.application.LineStatus;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.TestDoctors;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;
import jp.mamis.domain.rules.AssociationRules;
import jp.mamis.domain.withdrawal.WithdrawalPlan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Transfer and withdrawal applications: nothing changes until the last line is approved, then everything")
class TransferApplicationTest {

    private static final Instant T0 = Instant.parse("2025-05-01T00:00:00Z");
    private static final LocalDate ON = LocalDate.of(2025, 6, 1);
    private static final LocalDate JMA_JOINED = LocalDate.of(2015, 4, 1);

    private TestChains t;
    private Doctor doctor;
    private Application transfer;

    @BeforeEach
    void setUp() {
        t = new TestChains();
        doctor = TestDoctors.doctor();
        doctor.join(t.minato, t.saiseikai, A2_B, LocalDate.of(2012, 4, 1));
        doctor.join(t.tokyo, t.saiseikai, A2_B, LocalDate.of(2012, 4, 1));
        doctor.join(t.jma, t.saiseikai, A2_B, JMA_JOINED);
        Map<Association, MemberCategory> selection = new LinkedHashMap<>();
        List.of(t.naka, t.yokohama, t.kanagawa, t.jma).forEach(a -> selection.put(a, A2_B));
        TransferPlan plan = TransferPlan.of(doctor, t.saiseikai, t.yokohamaGeneral, t.naka, selection,
                AssociationRules::defaults, Set.of());
        transfer = Application.transfer(doctor, t.saiseikai, t.yokohamaGeneral, "key-transfer", T0);
        transfer.planTransfer(plan, ON);
        transfer.submit("m200001", T0);
    }

    private List<Association> order() {
        return List.of(t.minato, t.tokyo, t.naka, t.yokohama, t.kanagawa, t.jma);
    }

    @Test
    @DisplayName("lines: the source confirms first, then the destination bottom-up")
    void lines() {
        assertEquals(order(), transfer.getLines().stream().map(l -> l.getAssociation()).toList());
        assertEquals(List.of(LineKind.LEAVE, LineKind.LEAVE, LineKind.JOIN, LineKind.JOIN, LineKind.JOIN, LineKind.CONTINUE),
                transfer.getLines().stream().map(l -> l.getKind()).toList());
        assertThrows(MamisException.class, () -> transfer.approve(t.naka, "naka", T0), "not 中区's turn yet");
    }

    @Test
    @DisplayName("approved by all: the whole move on one date, JMA's join date kept")
    void approvedByAll() {
        List<Association> order = order();
        for (int i = 0; i < order.size() - 1; i++) {
            assertEquals(List.of(), transfer.approve(order.get(i), "s" + i, T0.plusSeconds(i)));
            assertEquals(List.of(t.minato, t.tokyo, t.jma),
                    doctor.getMemberships().stream().filter(Membership::isCurrent).map(Membership::getAssociation).toList(),
                    "nothing changes before the last approval");
        }
        List<Membership> created = transfer.approve(t.jma, "s00", T0.plusSeconds(9));
        assertEquals(List.of(t.naka, t.yokohama, t.kanagawa), created.stream().map(Membership::getAssociation).toList());
        assertEquals(ApplicationStatus.APPROVED, transfer.getStatus());
        assertEquals(List.of(t.naka, t.yokohama, t.kanagawa, t.jma),
                doctor.currentThrough(t.yokohamaGeneral).stream().map(Membership::getAssociation).toList());
        assertEquals(JMA_JOINED, doctor.findNationalMembership().orElseThrow().findJoinDate().orElseThrow());
        doctor.getMemberships().stream().filter(m -> !m.isCurrent())
                .forEach(m -> assertEquals(ON, m.findLeaveDate().orElseThrow()));
    }

    @Test
    @DisplayName("one rejection leaves the original memberships untouched")
    void rejected() {
        transfer.approve(t.minato, "s1", T0);
        transfer.approve(t.tokyo, "s2", T0);
        transfer.approve(t.naka, "s3", T0);
        transfer.reject(t.yokohama, "s4", T0, "定員");
        assertEquals(ApplicationStatus.REJECTED, transfer.getStatus());
        assertEquals(LineStatus.CLOSED, transfer.getLines().get(5).getStatus());
        assertEquals(List.of(t.minato, t.tokyo, t.jma),
                doctor.currentThrough(t.saiseikai).stream().map(Membership::getAssociation).toList());
        assertEquals(3, doctor.getMemberships().size(), "no membership was created");
        doctor.getMemberships().forEach(m -> assertEquals(MembershipStatus.ACTIVE, m.getStatus()));
    }

    @Test
    @DisplayName("memberships changed meanwhile (a withdrawal took effect first): the last approval is refused")
    void changedMeanwhile() {
        order().subList(0, 5).forEach(a -> transfer.approve(a, "s", T0));
        doctor.leave(WithdrawalPlan.of(doctor, t.saiseikai, WithdrawalPlan.Pattern.NATIONAL_ONLY).leaving(), ON,
                jp.mamis.domain.membership.Origin.record(T0));
        MamisException e = assertThrows(MamisException.class, () -> transfer.approve(t.jma, "s00", T0));
        assertEquals("membership.changedSince", e.getKey());
    }

    @Test
    @DisplayName("withdrawal: every membership ends when the last tier confirms")
    void withdrawal() {
        Application w = Application.withdrawal(doctor, t.saiseikai, "key-withdrawal", T0);
        w.planWithdrawal(WithdrawalPlan.of(doctor, t.saiseikai, WithdrawalPlan.Pattern.WHOLE_CHAIN), ON);
        w.submit("m200001", T0);
        assertEquals(List.of(t.minato, t.tokyo, t.jma), w.getLines().stream().map(l -> l.getAssociation()).toList());
        w.approve(t.minato, "s1", T0);
        w.approve(t.tokyo, "s2", T0);
        assertTrue(doctor.getMemberships().stream().allMatch(Membership::isCurrent));
        w.approve(t.jma, "s3", T0);
        assertTrue(doctor.getMemberships().stream().noneMatch(Membership::isCurrent));
        assertEquals("membership.leave.beforeJoin", assertThrows(MamisException.class, () -> {
            Doctor d = TestDoctors.doctor();
            d.join(t.minato, t.saiseikai, A2_B, ON);
            Application x = Application.withdrawal(d, t.saiseikai, "k", T0);
            x.planWithdrawal(WithdrawalPlan.of(d, t.saiseikai, WithdrawalPlan.Pattern.WHOLE_CHAIN), ON.minusDays(1));
        }).getKey());
    }

    @Test
    @DisplayName("the transfer date may not come before the join date of a membership it ends")
    void dateBeforeJoin() {
        Application a = Application.transfer(doctor, t.saiseikai, t.yokohamaGeneral, "key-early", T0);
        Map<Association, MemberCategory> selection = new LinkedHashMap<>();
        List.of(t.naka, t.yokohama, t.kanagawa, t.jma).forEach(x -> selection.put(x, A2_B));
        TransferPlan plan = TransferPlan.of(doctor, t.saiseikai, t.yokohamaGeneral, t.naka, selection,
                AssociationRules::defaults, Set.of());
        assertEquals("membership.leave.beforeJoin",
                assertThrows(MamisException.class, () -> a.planTransfer(plan, LocalDate.of(2012, 3, 31))).getKey());
    }

    @Test
    @DisplayName("returned after approvals: the date can still be corrected, and the member can still withdraw it")
    void returnedAfterApprovals() {
        transfer.approve(t.minato, "s1", T0);
        transfer.approve(t.tokyo, "s2", T0);
        transfer.returnForCorrection(t.naka, "s3", T0, "異動日をご確認ください");
        Map<Association, MemberCategory> same = new LinkedHashMap<>();
        transfer.getLines().forEach(l -> same.put(l.getAssociation(), l.getCategory()));
        transfer.plan(same, ON.plusMonths(1));
        assertEquals(ON.plusMonths(1), transfer.findRequestedStartDate().orElseThrow());
        assertEquals("membership.leave.beforeJoin",
                assertThrows(MamisException.class, () -> transfer.plan(same, LocalDate.of(2011, 1, 1))).getKey());
        transfer.resubmit("m200001", T0);
        assertTrue(transfer.isCancellable(), "nothing has moved yet");
        transfer.cancel("m200001", T0);
        assertEquals(ApplicationStatus.CANCELLED, transfer.getStatus());
        assertEquals(LineStatus.APPROVED, transfer.getLines().get(0).getStatus(), "decisions made stay in the history");
        assertEquals(LineStatus.CLOSED, transfer.getLines().get(2).getStatus());
        assertEquals(3, doctor.getMemberships().size());
    }

    @Test
    @DisplayName("a category changed after filing is not undone by a continuation that did not ask to change it")
    void categoryChangedMeanwhile() {
        Membership jma = doctor.findNationalMembership().orElseThrow();
        jma.changeCategory(MemberCategory.A1, ON.minusDays(10), jp.mamis.domain.membership.Origin.record(T0));
        order().forEach(a -> transfer.approve(a, "s", T0));
        assertEquals(MemberCategory.A1, doctor.findNationalMembership().orElseThrow().getCategory());
    }

    @Test
    @DisplayName("a membership that ended cannot be joined again on or before its leave date")
    void rejoinBeforeLeave() {
        Application w = Application.withdrawal(doctor, t.saiseikai, "key-w", T0);
        w.planWithdrawal(WithdrawalPlan.of(doctor, t.saiseikai, WithdrawalPlan.Pattern.NATIONAL_ONLY), ON.plusMonths(6));
        w.submit("m200001", T0);
        w.approve(t.jma, "s00", T0);
        Doctor d = doctor;
        d.join(t.sapporo, t.sapporoHospital, A2_B, ON);
        d.join(t.hokkaido, t.sapporoHospital, A2_B, ON);
        assertEquals("membership.rejoin.beforeLeave", assertThrows(MamisException.class,
                () -> d.join(t.jma, t.sapporoHospital, A2_B, ON.plusMonths(6))).getKey());
        d.join(t.jma, t.sapporoHospital, A2_B, ON.plusMonths(6).plusDays(1));
    }
}
