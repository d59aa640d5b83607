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
import jp.mamis.domain.membership.MemberCategory;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One relief rule (会費減免条件) of one association, set by its admin: what kind it is, its number
 * n, the resident category it is for, the day ages and years are counted on, and the Japanese
 * label and description members and staff read (e.g. 「卒後5年減免」「会費全額免除」). Which relief
 * applies to a member in a fiscal year is decided here, so every screen and service agrees.
 */
@Entity
@Table(name = "relief_rule")
public class ReliefRule {

    static final int LABEL_MAX = 100;
    static final int DESCRIPTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "association_id")
    private Association association;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReliefKind kind;

    @Column(name = "n")
    private Integer number;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private MemberCategory category;

    /** MM-dd; null means the fiscal year's start (April 1). */
    @Column(name = "reference_day", length = 5)
    private String referenceDay;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Version
    private long version;

    protected ReliefRule() {
    }

    /** What an admin enters for a rule. {@code referenceDay} null = the fiscal year's start. */
    public record Settings(ReliefKind kind, Integer number, MemberCategory category, MonthDay referenceDay, String label,
                           String description) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    public static ReliefRule of(Association association, Settings s) {
        ReliefRule r = new ReliefRule();
        r.association = Objects.requireNonNull(association, "association");
        r.change(s);
        return r;
    }

    /**
     * Replaces the rule's settings. A numbered kind needs n ≥ 1 (at most 150); RESIDENT needs A2(C)
     * or C; the label is required.
     */
    public void change(Settings s) {
        Objects.requireNonNull(s, "settings");
        if (s.kind() == null) {
            throw MamisException.forField("kind", "relief.kind.required");
        }
        requireNumber(s.kind().numbered(), s.number());
        if (s.kind().forCategory() && s.category() != MemberCategory.A2_C && s.category() != MemberCategory.C) {
            throw MamisException.forField("category", "relief.category.resident");
        }
        String l = text("label", s.label(), LABEL_MAX, "relief.label.required");
        String d = text("description", s.description(), DESCRIPTION_MAX, null);
        kind = s.kind();
        number = kind.numbered() ? s.number() : null;
        category = kind.forCategory() ? s.category() : null;
        referenceDay = kind == ReliefKind.AGE_AT_LEAST || kind == ReliefKind.LICENSED_UNDER_YEARS
                ? Optional.ofNullable(s.referenceDay()).filter(m -> !m.equals(MonthDay.of(Month.APRIL, 1)))
                        .map(m -> String.format("%02d-%02d", m.getMonthValue(), m.getDayOfMonth())).orElse(null)
                : null;
        label = l;
        description = d;
    }

    /**
     * A text field stripped of outer blanks and at most {@code max} long; empty is refused with
     * {@code requiredKey}, or is null when the field is optional ({@code requiredKey} null).
     */
    public static String text(String field, String value, int max, String requiredKey) {
        String t = value == null ? "" : value.strip();
        if (t.isEmpty()) {
            if (requiredKey != null) {
                throw MamisException.forField(field, requiredKey);
            }
            return null;
        }
        if (t.length() > max) {
            throw MamisException.forField(field, "relief.text.tooLong", max);
        }
        return t;
    }

    /** The n of a rule or announcement that needs one: a whole number from 1 to 150 (years or an age). */
    static void requireNumber(boolean needed, Integer n) {
        if (needed && (n == null || n < 1 || n > 150)) {
            throw MamisException.forField("number", "relief.number.required");
        }
    }

    public Settings settings() {
        return new Settings(kind, number, category, findReferenceDay().orElse(null), label, description);
    }

    /**
     * The first fiscal year of a 卒後 relief: a graduate of March from the next fiscal year
     * (graduated 2021-03-31 → 2021年度), any other month from the fiscal year of the graduation
     * (2021-04-01 → 2021年度, 2022-02-28 → 2021年度).
     */
    public static FiscalYear firstGraduationReliefYear(LocalDate graduation) {
        FiscalYear fy = FiscalYear.of(graduation);
        return graduation.getMonth() == Month.MARCH ? fy.next() : fy;
    }

    /** The day ages and licensed years are counted on in a fiscal year. */
    public LocalDate referenceDayIn(FiscalYear fy) {
        return findReferenceDay().map(m -> m.atYear(m.getMonthValue() >= Month.APRIL.getValue() ? fy.year() : fy.year() + 1))
                .orElse(fy.start());
    }

    /** Whether this rule relieves the member in the fiscal year. */
    public boolean appliesTo(ReliefSubject s, FiscalYear fy) {
        Objects.requireNonNull(s, "subject");
        Objects.requireNonNull(fy, "fiscalYear");
        return switch (kind) {
            case GRADUATION_YEARS -> {
                if (s.graduationDate() == null) {
                    yield false;
                }
                FiscalYear first = firstGraduationReliefYear(s.graduationDate());
                yield fy.compareTo(first) >= 0 && fy.compareTo(first.plus(number - 1)) <= 0;
            }
            case AGE_AT_LEAST -> s.ageOn(referenceDayIn(fy)) >= number;
            case RESIDENT -> s.category() == category;
            case LICENSED_UNDER_YEARS -> {
                int years = s.licensedYearsOn(referenceDayIn(fy));
                yield years >= 0 && years < number;
            }
        };
    }

    /** The rules among {@code rules} that relieve the member in the fiscal year, in the given order. */
    public static List<ReliefRule> applying(Collection<ReliefRule> rules, ReliefSubject s, FiscalYear fy) {
        return rules.stream().filter(r -> r.appliesTo(s, fy)).toList();
    }

    /** A stable one-line text for the rule history (who changed what). */
    public String describe() {
        StringBuilder b = new StringBuilder("relief[").append(kind.name());
        if (number != null) {
            b.append(' ').append(number);
        }
        if (category != null) {
            b.append(' ').append(category.label());
        }
        if (referenceDay != null) {
            b.append(" 基準日=").append(referenceDay);
        }
        b.append("] ").append(label);
        if (description != null) {
            b.append("：").append(description);
        }
        return b.toString();
    }

    public Long getId() {
        return id;
    }

    public Association getAssociation() {
        return association;
    }

    public ReliefKind getKind() {
        return kind;
    }

    public Optional<Integer> findNumber() {
        return Optional.ofNullable(number);
    }

    public Optional<MemberCategory> findCategory() {
        return Optional.ofNullable(category);
    }

    public Optional<MonthDay> findReferenceDay() {
        return Optional.ofNullable(referenceDay).map(t -> MonthDay.parse("--" + t));
    }

    public String getLabel() {
        return label;
    }

    public Optional<String> findDescription() {
        return Optional.ofNullable(description);
    }

    public long getVersion() {
        return version;
    }
}
