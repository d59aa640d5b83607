package jp.mamis.domain.fee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * An announcement (退会時のお知らせ) an association shows a member before they submit a
 * withdrawal that would end their membership there, e.g. JMA's 「卒後5年減免の対象期間中に退会
 * された場合、再入会しても減免は再開されません」 to members under the 卒後 relief.
 */
@Entity
@Table(name = "withdrawal_announcement")
public class WithdrawalAnnouncement {

    static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_kind", nullable = false, length = 24)
    private AnnouncementCondition condition;

    @Column(name = "n")
    private Integer number;

    @Column(name = "announcement_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Version
    private long version;

    protected WithdrawalAnnouncement() {
    }

    public record Settings(AnnouncementCondition condition, Integer number, String text) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public static WithdrawalAnnouncement of(Association association, Settings s) {
        WithdrawalAnnouncement a = new WithdrawalAnnouncement();
        a.association = Objects.requireNonNull(association, "association");
        a.change(s);
        return a;
    }

    /** Replaces the settings: a condition, n ≥ 1 for AGE_AT_LEAST, a text of at most 1000 characters. */
    public void change(Settings s) {
        Objects.requireNonNull(s, "settings");
        if (s.condition() == null) {
            throw MamisException.forField("condition", "announcement.condition.required");
        }
        ReliefRule.requireNumber(s.condition().numbered(), s.number());
        String t = ReliefRule.text("text", s.text(), TEXT_MAX, "announcement.text.required");
        condition = s.condition();
        number = condition.numbered() ? s.number() : null;
        text = t;
    }

    public Settings settings() {
        return new Settings(condition, number, text);
    }

    /**
     * Whether the member leaving on {@code on} is shown this announcement.
     *
     * @param reliefRules the same association's relief rules (for UNDER_GRADUATION_RELIEF)
     */
    public boolean appliesTo(ReliefSubject s, Collection<ReliefRule> reliefRules, LocalDate on) {
        Objects.requireNonNull(s, "subject");
        Objects.requireNonNull(on, "on");
        return switch (condition) {
            case ALWAYS -> true;
            case UNDER_GRADUATION_RELIEF -> reliefRules.stream()
                    .anyMatch(r -> r.getKind() == ReliefKind.GRADUATION_YEARS && r.appliesTo(s, FiscalYear.of(on)));
            case RESIDENT -> s.isResident();
            case AGE_AT_LEAST -> s.ageOn(on) >= number;
        };
    }

    /** A stable one-line text for the rule history. */
    public String describe() {
        return "announcement[" + condition.name() + (number == null ? "" : " " + number) + "] " + text;
    }

    public Long getId() {
        return id;
    }

    public Association getAssociation() {
        return association;
    }

    public AnnouncementCondition getCondition() {
        return condition;
    }

    public Optional<Integer> findNumber() {
        return Optional.ofNullable(number);
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }
}
