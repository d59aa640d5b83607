package jp.mamis.ejb.mypage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.membership.Membership;
import jp.mamis.ejb.account.Callers;
import jp.mamis.ejb.registration.ContactForm;
import jp.mamis.ejb.registration.InputCheck;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** マイページ for the signed-in member. Every method first requires consent to the terms in force. */
@Stateless
@RolesAllowed("MEMBER")
public class MyPageService {

    @Inject
    private Callers callers;

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private InputCheck inputCheck;

    @Inject
    private jp.mamis.ejb.regchange.RegistrationChanges registrationChanges;

    public MyPageView view() {
        Doctor d = me();
        PersonName former = d.findFormerName().orElse(null);
        Contact c = d.getContact();
        return new MyPageView(
                caller(), d.getEmail(), d.getRegistrationNumber(), d.getRegistrationDate(),
                d.getName().getFull(), d.getName().getFullKana(),
                former == null ? null : former.getFull(), former == null ? null : former.getFullKana(),
                d.isUseFormerNameOnMail(), d.findSex().map(Enum::name).orElse(null), d.getBirthDate(),
                c.address().getOneLine(), c.tel(), c.mobile(), c.fax(),
                d.getGraduationUniversity(), d.getGraduationDate(),
                groups(d), history(d));
    }

    private static List<MyPageView.HistoryRow> history(Doctor d) {
        return d.getMemberships().stream().flatMap(m -> m.getEvents().stream())
                .sorted(Comparator.comparing((jp.mamis.domain.membership.MembershipEvent e) -> e.findEffectiveDate().orElse(java.time.LocalDate.MIN))
                        .thenComparing(jp.mamis.domain.membership.MembershipEvent::getRecordedAt)
                        .thenComparing(e -> -e.getMembership().getAssociation().getTier().level())
                        .reversed())
                .map(e -> {
                    var a = e.getMembership().getAssociation();
                    String category = e.findCategoryAfter().or(e::findCategoryBefore).map(c -> c.label()).orElse(null);
                    String detail = switch (e.getKind()) {
                        case CATEGORY_CHANGED -> e.findCategoryBefore().map(c -> c.label()).orElse("-") + " → "
                                + e.findCategoryAfter().map(c -> c.label()).orElse("-");
                        case FACILITY_CHANGED -> e.findFacilityBefore().orElse("-") + " → " + e.findFacilityAfter().orElse("-");
                        default -> e.findFacilityAfter().or(e::findFacilityBefore).orElse(null);
                    };
                    return new MyPageView.HistoryRow(e.findEffectiveDate().orElse(null), a.getName(), a.getTier().level(),
                            e.getKind().name(), e.getCause().name(), category, detail);
                })
                .toList();
    }

    /** The member's contact data as an editable form, with the version it was read at. */
    public ContactEdit contactForm() {
        Doctor d = me();
        return new ContactEdit(ContactForm.of(d.getContact()), d.getVersion());
    }

    /** A contact form and the doctor's version when it was read (optimistic locking). */
    public record ContactEdit(ContactForm form, long version) implements java.io.Serializable {
    }

    /**
     * Saves the member's new address, phones and email. Refuses when the record changed since
     * {@code readVersion} (another session saved first) or the email belongs to someone else.
     * The associations the member belongs to see the change (登録情報の変更).
     */
    public void updateContact(ContactForm form, long readVersion) {
        inputCheck.check(form);
        Doctor d = me();
        if (d.getVersion() != readVersion) {
            throw new MamisException("edit.conflict");
        }
        Contact contact = form.toContact();
        long others = em.createQuery("select count(x) from Doctor x where lower(x.email) = lower(:e) and x <> :me", Long.class)
                .setParameter("e", contact.email()).setParameter("me", d).getSingleResult();
        if (others > 0) {
            throw MamisException.forField("email", "registration.duplicate.email");
        }
        registrationChanges.recordContact(d, contact, caller());
    }

    private String caller() {
        return callers.loginId();
    }

    private Doctor me() {
        return callers.member();
    }

    private static List<MyPageView.FacilityGroup> groups(Doctor d) {
        Map<Long, List<Membership>> byFacility = new LinkedHashMap<>();
        d.getMemberships().stream()
                .sorted(Comparator.comparing((Membership m) -> m.getAssociation().getTier().level()).reversed())
                .forEach(m -> byFacility.computeIfAbsent(m.getFacility().getId(), k -> new java.util.ArrayList<>()).add(m));
        return byFacility.values().stream()
                // the group reaching the highest tier (JMA) first, as on the seed's My Page
                .sorted(Comparator.comparing((List<Membership> ms) -> ms.get(ms.size() - 1).getAssociation().getTier().level())
                        .thenComparing(ms -> ms.get(0).getFacility().getId()))
                .map(ms -> new MyPageView.FacilityGroup(ms.get(0).getFacility().getName(), ms.stream()
                        .map(m -> new MyPageView.MembershipRow(m.getStatus().name(), m.getAssociation().getName(),
                                m.getAssociation().getTier().level(), m.getCategory().label(),
                                m.findJoinDate().orElse(null)))
                        .toList()))
                .toList();
    }
}
