package jp.mamis.domain.doctor;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.membership.Facility;
import jp.mamis.domain.membership.MemberCategory;
import jp.mamis.domain.membership.Membership;
import jp.mamis.domain.membership.Origin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A licensed doctor registered in MAMIS (member or not). Owns its memberships and is where the
 * membership rules hold: at most one JMA membership, and no upper tier without the lower one.
 */
@Entity
@Table(name = "doctor")
public class Doctor {

    /** The earliest birth date MAMIS accepts. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Nobody graduates from a medical school before this age. */
    static final int MIN_GRADUATION_AGE = 18;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_number", nullable = false, unique = true, length = 7)
    private String registrationNumber;

    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Embedded
    private PersonName name;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "familyName", column = @Column(name = "former_family_name")),
        @AttributeOverride(name = "givenName", column = @Column(name = "former_given_name")),
        @AttributeOverride(name = "familyKana", column = @Column(name = "former_family_kana")),
        @AttributeOverride(name = "givenKana", column = @Column(name = "former_given_kana"))
    })
    private PersonName formerName;

    /** {@link jp.mamis.domain.validation.SearchKey} of the name in kanji, kept with the name for the member search. */
    @Column(name = "search_name", nullable = false, length = 100)
    private String searchName = "";

    /** {@link jp.mamis.domain.validation.SearchKey} of the name in kana. */
    @Column(name = "search_kana", nullable = false, length = 100)
    private String searchKana = "";

    @Column(name = "use_former_name_on_mail", nullable = false)
    private boolean useFormerNameOnMail;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Sex sex;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Embedded
    private Address address;

    @Column(length = 20)
    private String tel;

    @Column(length = 20)
    private String mobile;

    @Column(length = 20)
    private String fax;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "graduation_university", length = 100)
    private String graduationUniversity;

    @Column(name = "graduation_date")
    private LocalDate graduationDate;

    @OneToMany(mappedBy = "doctor", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<Membership> memberships = new ArrayList<>();

    @Version
    private long version;

    protected Doctor() {
    }

    /** Facts of a new registration; dates are checked against each other and {@code today}. */
    public record Registration(String registrationNumber, LocalDate registrationDate, PersonName name,
                               PersonName formerName, boolean useFormerNameOnMail, Sex sex, LocalDate birthDate,
                               String graduationUniversity, LocalDate graduationDate, Contact contact) {
    }

    public static Doctor register(Registration r, LocalDate today) {
        checkDates(r.birthDate(), r.graduationDate(), r.registrationDate(), today);
        if (r.useFormerNameOnMail() && r.formerName() == null) {
            throw MamisException.forField("formerFamilyName", "doctor.formerName.requiredForMail");
        }
        Doctor d = new Doctor();
        d.registrationNumber = Objects.requireNonNull(r.registrationNumber());
        d.registrationDate = r.registrationDate();
        d.name = Objects.requireNonNull(r.name());
        d.indexName();
        d.formerName = r.formerName();
        d.useFormerNameOnMail = r.useFormerNameOnMail();
        d.sex = r.sex();
        d.birthDate = r.birthDate();
        d.graduationUniversity = r.graduationUniversity();
        d.graduationDate = r.graduationDate();
        d.applyContact(r.contact());
        return d;
    }

    /**
     * The dates of a registration must make sense together: born after 1900, graduated at 18 or
     * older, registered (医籍登録) on or after graduation, nothing in the future.
     */
    public static void checkDates(LocalDate birth, LocalDate graduation, LocalDate registration, LocalDate today) {
        Objects.requireNonNull(birth, "birth");
        Objects.requireNonNull(registration, "registration");
        if (birth.isBefore(EARLIEST_BIRTH) || birth.isAfter(today)) {
            throw MamisException.forField("birthDate", "doctor.birthDate.outOfRange");
        }
        if (registration.isAfter(today)) {
            throw MamisException.forField("registrationDate", "doctor.registrationDate.future");
        }
        if (graduation != null) {
            if (graduation.isAfter(today)) {
                throw MamisException.forField("graduationDate", "doctor.graduationDate.future");
            }
            if (graduation.isBefore(birth.plusYears(MIN_GRADUATION_AGE))) {
                throw MamisException.forField("graduationDate", "doctor.graduationDate.tooYoung");
            }
            if (registration.isBefore(graduation)) {
                throw MamisException.forField("registrationDate", "doctor.registrationDate.beforeGraduation");
            }
        } else if (registration.isBefore(birth.plusYears(MIN_GRADUATION_AGE))) {
            throw MamisException.forField("registrationDate", "doctor.registrationDate.tooYoung");
        }
    }

    /** Fills the search columns from the name: they are written wherever the name is. */
    private void indexName() {
        searchName = jp.mamis.domain.validation.SearchKey.of(name.getFamilyName() + name.getGivenName());
        searchKana = jp.mamis.domain.validation.SearchKey.of(name.getFamilyKana() + name.getGivenKana());
    }

    /** The name as the member search compares it (kanji, see {@link jp.mamis.domain.validation.SearchKey}). */
    public String getSearchName() {
        return searchName;
    }

    /** The kana as the member search compares it. */
    public String getSearchKana() {
        return searchKana;
    }

    /** The doctor's own change of address, phones and email. */
    public void changeContact(Contact contact) {
        applyContact(contact);
    }

    private void applyContact(Contact c) {
        Objects.requireNonNull(c, "contact");
        Objects.requireNonNull(c.address(), "address");
        Objects.requireNonNull(c.email(), "email");
        this.address = c.address();
        this.tel = c.tel();
        this.mobile = c.mobile();
        this.fax = c.fax();
        this.email = c.email();
    }

    /**
     * 氏名の変更 as it takes effect: the new name, the former name (旧姓・旧名) as the member chose
     * it (often the name just replaced; null for none) and whether mail is addressed with it.
     * Whether it needs an association's approval first is decided by
     * {@link jp.mamis.domain.regchange.RegistrationChange}.
     */
    public void changeName(PersonName newName, PersonName newFormerName, boolean useFormerOnMail) {
        Objects.requireNonNull(newName, "name");
        if (useFormerOnMail && newFormerName == null) {
            throw MamisException.forField("formerFamilyName", "doctor.formerName.requiredForMail");
        }
        this.name = newName;
        indexName();
        this.formerName = newFormerName;
        this.useFormerNameOnMail = useFormerOnMail;
    }

    /**
     * 所属施設の変更: the workplace of one chain is renamed or moves to another facility while the
     * member stays in the same associations. Every current membership through {@code from} moves
     * to {@code to} with its join date and category kept (a {@link #move} with nothing leaving or
     * joining), so each membership's history records the change.
     *
     * @return the memberships that moved, lowest tier first
     */
    public List<Membership> changeFacility(Facility from, Facility to, LocalDate on, Origin origin) {
        Objects.requireNonNull(to, "to");
        List<Membership> group = from == null ? List.of() : currentThrough(from);
        if (group.isEmpty()) {
            throw MamisException.forField("fromFacility", "regchange.facility.notYours");
        }
        if (to.equals(from)) {
            throw MamisException.forField("facility", "regchange.facility.unchanged");
        }
        if (!currentThrough(to).isEmpty()) {
            throw MamisException.forField("facility", "regchange.facility.inUse", to.getName());
        }
        // the same associations through another workplace: it must lie where they are (a move elsewhere is a 異動届)
        String chainPrefecture = group.get(0).getAssociation().getPrefectureCode();
        if (chainPrefecture != null && to.getPrefectureCode() != null && !chainPrefecture.equals(to.getPrefectureCode())) {
            throw MamisException.forField("facility", "regchange.facility.otherPrefecture");
        }
        Map<Membership, MemberCategory> continuing = new java.util.LinkedHashMap<>();
        group.forEach(m -> continuing.put(m, m.getCategory()));
        move(List.of(), continuing, to, List.of(), on, origin);
        return group;
    }

    /** Adds a membership brought in from existing records (migration, demo data); see {@link #join(Association, Facility, MemberCategory, LocalDate, Origin)}. */
    public Membership join(Association association, Facility facility, MemberCategory category, LocalDate joinDate) {
        return join(association, facility, category, joinDate, Origin.record(java.time.Instant.now()));
    }

    /**
     * Adds an active membership, enforcing the rules of the hierarchy:
     * <ul>
     *   <li>not twice at the same association (while active or pending);</li>
     *   <li>at most one JMA membership (日本医師会は一人一会員);</li>
     *   <li>an association that is subdivided needs a membership of one of its children first,
     *       under the same facility (upper tiers require lower ones).</li>
     * </ul>
     *
     * @param joinDate the 入会日, or null when it is not known (migrated data)
     * @param origin   what caused the join, for the membership's history
     */
    public Membership join(Association association, Facility facility, MemberCategory category, LocalDate joinDate,
                           Origin origin) {
        Objects.requireNonNull(association, "association");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(category, "category");
        for (Membership m : memberships) {
            if (!m.isCurrent()) {
                continue;
            }
            // JMA is a single association, so this must come before the duplicate check or it never applies
            if (association.isNational() && m.getAssociation().isNational()) {
                throw new MamisException("membership.national.once");
            }
            if (m.getAssociation().equals(association)) {
                throw new MamisException("membership.duplicate", association.getName());
            }
        }
        if (association.hasSubdivisions() && findCurrentBelow(association, facility).isEmpty()) {
            throw new MamisException("membership.lowerTier.required", association.getName());
        }
        checkCanJoinFrom(association, joinDate);
        Membership m = new Membership(this, association, facility, category, joinDate, origin);
        memberships.add(m);
        return m;
    }

    /**
     * A membership that ended may be taken up again only after its leave date, so no two periods
     * at one association (at JMA, through any chain) overlap — a withdrawal approved ahead of its
     * date must not let the member join again before it. Nothing to check when the date is unknown.
     */
    public void checkCanJoinFrom(Association association, LocalDate joinDate) {
        if (joinDate == null) {
            return;
        }
        for (Membership m : memberships) {
            boolean same = m.getAssociation().equals(association) || (association.isNational() && m.getAssociation().isNational());
            if (same && !m.isCurrent() && m.findLeaveDate().filter(left -> !joinDate.isAfter(left)).isPresent()) {
                throw MamisException.forField("startDate", "membership.rejoin.beforeLeave", association.getName(),
                        m.findLeaveDate().get().toString());
            }
        }
    }

    /**
     * Ends the given memberships on {@code on} (退会), all or none: afterwards no association may
     * be left whose lower tier under the same facility has gone (leaving the lowest tier ends
     * the ones above it, so they must be in the set too).
     */
    public void leave(Collection<Membership> leaving, LocalDate on, Origin origin) {
        move(leaving, Map.of(), null, List.of(), on, origin);
    }

    /**
     * A transfer (異動) taking effect on {@code on}, all or none: the memberships in
     * {@code leaving} end; those in {@code continuing} move to {@code destination} with their
     * join date kept and the category given (changed when it differs); the associations in
     * {@code joining} (lowest first) are joined through {@code destination} from {@code on}.
     * Every membership named must still be active; afterwards every chain must be whole.
     *
     * @return the memberships created, for the caller to store
     */
    public List<Membership> move(Collection<Membership> leaving, Map<Membership, MemberCategory> continuing,
                                 Facility destination, List<Map.Entry<Association, MemberCategory>> joining,
                                 LocalDate on, Origin origin) {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(origin, "origin");
        List<Membership> named = new ArrayList<>(leaving);
        named.addAll(continuing.keySet());
        for (Membership m : named) {
            if (!memberships.contains(m) || !m.isActive()) {
                throw new MamisException("membership.changedSince", m.getAssociation().getName());
            }
        }
        leaving.forEach(m -> m.withdraw(on, origin));
        continuing.forEach((m, category) -> {
            m.moveTo(Objects.requireNonNull(destination, "destination"), on, origin);
            m.changeCategory(category, on, origin);
        });
        List<Membership> created = new ArrayList<>();
        for (Map.Entry<Association, MemberCategory> j : joining) {
            created.add(join(j.getKey(), Objects.requireNonNull(destination, "destination"), j.getValue(), on, origin));
        }
        requireWholeChains();
        return created;
    }

    /** Upper tiers require lower ones: every current membership of a subdivided association has one below it, same facility. */
    private void requireWholeChains() {
        for (Membership m : memberships) {
            if (m.isCurrent() && m.getAssociation().hasSubdivisions() && findCurrentBelow(m.getAssociation(), m.getFacility()).isEmpty()) {
                throw new MamisException("membership.lowerTier.required", m.getAssociation().getName());
            }
        }
    }

    /** The doctor's current memberships through one facility (a 異動元 group), lowest tier first. */
    public List<Membership> currentThrough(Facility facility) {
        return memberships.stream().filter(Membership::isCurrent).filter(m -> m.getFacility().equals(facility))
                .sorted(java.util.Comparator.comparingInt((Membership m) -> m.getAssociation().getTier().level()).reversed())
                .toList();
    }

    private Optional<Membership> findCurrentBelow(Association upper, Facility facility) {
        return memberships.stream()
                .filter(Membership::isCurrent)
                .filter(m -> m.getFacility().equals(facility))
                .filter(m -> m.getAssociation().findParent().filter(upper::equals).isPresent())
                .findFirst();
    }

    /** The active JMA membership, if any. */
    public Optional<Membership> findNationalMembership() {
        return memberships.stream().filter(Membership::isCurrent).filter(m -> m.getAssociation().isNational()).findFirst();
    }

    public Long getId() {
        return id;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public PersonName getName() {
        return name;
    }

    public Optional<PersonName> findFormerName() {
        return Optional.ofNullable(formerName);
    }

    public boolean isUseFormerNameOnMail() {
        return useFormerNameOnMail;
    }

    /** The name mail is addressed to: the 旧姓・旧名 when the member asked for it, else the name. */
    public PersonName getNameOnMail() {
        return nameOnMail(name, formerName, useFormerNameOnMail);
    }

    /** {@link #getNameOnMail()} from the stored parts (for exports that read columns, not entities). */
    public static PersonName nameOnMail(PersonName name, PersonName former, boolean useFormer) {
        return useFormer && former != null ? former : name;
    }

    public Optional<Sex> findSex() {
        return Optional.ofNullable(sex);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Address getAddress() {
        return address;
    }

    public Contact getContact() {
        return new Contact(address, tel, mobile, fax, email);
    }

    public String getEmail() {
        return email;
    }

    public String getGraduationUniversity() {
        return graduationUniversity;
    }

    public LocalDate getGraduationDate() {
        return graduationDate;
    }

    public List<Membership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }

    public long getVersion() {
        return version;
    }

    // ---- clinical training (臨床研修) end, for the category review at its end

    /** Years of clinical training after the 医籍登録 unless a secretariat sets another end date. */
    public static final int TRAINING_YEARS = 2;

    @Column(name = "training_end_date")
    private LocalDate trainingEndDate;

    @Column(name = "training_end_reason", length = 500)
    private String trainingEndReason;

    /**
     * The day the resident's training ends: the date a secretariat set (e.g. training extended),
     * otherwise {@value #TRAINING_YEARS} years after the 医籍登録日.
     */
    public LocalDate trainingEnd() {
        return trainingEndDate != null ? trainingEndDate : registrationDate.plusYears(TRAINING_YEARS);
    }

    /** The training end date a secretariat set, if any. */
    public Optional<LocalDate> findTrainingEndDate() {
        return Optional.ofNullable(trainingEndDate);
    }

    public Optional<String> findTrainingEndReason() {
        return Optional.ofNullable(trainingEndReason);
    }

    /**
     * Sets the training end date (e.g. the training was extended), with the reason, required.
     * {@code end} null goes back to the default. The end cannot be before the 医籍登録日.
     */
    public void changeTrainingEnd(LocalDate end, String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw MamisException.forField("reason", "training.reason.required");
        }
        if (r.length() > 500) {
            throw MamisException.forField("reason", "relief.text.tooLong", 500);
        }
        if (end != null && end.isBefore(registrationDate)) {
            throw MamisException.forField("trainingEnd", "training.end.beforeRegistration");
        }
        trainingEndDate = end;
        trainingEndReason = r;
    }
}
