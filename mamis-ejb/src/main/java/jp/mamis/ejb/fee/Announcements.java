package jp.mamis.ejb.fee;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.fee.ReliefSubject;
import jp.mamis.domain.fee.WithdrawalAnnouncement;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.MembershipStatus;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 退会時のお知らせ for the withdrawal screen: the announcements of the associations a member is
 * about to leave that apply to them. It checks no caller of its own: the withdrawal service
 * calling it already resolved the doctor from the signed-in caller and the associations from
 * the doctor's own memberships, and nothing here comes from the request.
 */
@Stateless
public class Announcements {

    /** One announcement to show: the association it is from and its text. */
    public record Announcement(String associationName, String text) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private ReliefService relief;

    /**
     * The announcements of {@code leaving} that apply to {@code doctor} withdrawing on {@code on},
     * lowest tier first (the association's own order within it). Conditions are judged on the
     * doctor's current membership there (its category) and the association's relief rules; an
     * association the doctor is not a member of shows nothing.
     */
    public List<Announcement> forWithdrawal(Doctor doctor, Collection<Association> leaving, LocalDate on) {
        Objects.requireNonNull(doctor, "doctor");
        Objects.requireNonNull(on, "on");
        if (leaving == null || leaving.isEmpty()) {
            return List.of();
        }
        List<Long> ids = leaving.stream().map(Association::getId).distinct().toList();
        Map<Long, Membership> current = em.createQuery("select m from Membership m join fetch m.doctor"
                        + " where m.doctor.id = :d and m.association.id in :ids and m.status <> :withdrawn", Membership.class)
                .setParameter("d", doctor.getId()).setParameter("ids", ids).setParameter("withdrawn", MembershipStatus.WITHDRAWN)
                .getResultStream().collect(Collectors.toMap(m -> m.getAssociation().getId(), Function.identity(), (x, y) -> x));
        List<Membership> ordered = current.values().stream()
                .sorted(Comparator.comparingInt((Membership m) -> -m.getAssociation().getTier().level())
                        .thenComparing(m -> m.getAssociation().getId()))
                .toList();
        List<Announcement> out = new ArrayList<>();
        for (Membership m : ordered) {
            Association a = m.getAssociation();
            List<WithdrawalAnnouncement> texts = em.createQuery(
                            "select w from WithdrawalAnnouncement w where w.association = :a order by w.id", WithdrawalAnnouncement.class)
                    .setParameter("a", a).getResultList();
            if (texts.isEmpty()) {
                continue;
            }
            var rules = relief.rulesOf(a);
            ReliefSubject s = ReliefSubject.of(m.getDoctor(), m.getCategory());
            texts.stream().filter(w -> w.appliesTo(s, rules, on)).forEach(w -> out.add(new Announcement(a.getName(), w.getText())));
        }
        return List.copyOf(out);
    }
}
