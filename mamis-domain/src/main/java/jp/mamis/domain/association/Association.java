package jp.mamis.domain.association;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A medical association (医師会). The hierarchy is enforced here: the national association has
 * no parent, every other one has a parent exactly one tier up.
 */
@Entity
@Table(name = "association")
public class Association {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 16)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false)
    private Tier tier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Association parent;

    @OneToMany(mappedBy = "parent")
    private List<Association> children = new ArrayList<>();

    /** JIS X 0401 prefecture code (01–47) of the prefecture the association belongs to; null for JMA. */
    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    /** The secretariat's mail address, told when an application becomes actionable here. */
    @Column(length = 254)
    private String email;

    @Version
    private long version;

    protected Association() {
    }

    private Association(String code, String name, Tier tier, Association parent, String prefectureCode) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.tier = Objects.requireNonNull(tier);
        this.parent = parent;
        this.prefectureCode = prefectureCode;
    }

    /** The national association (日本医師会), the root of every chain. */
    public static Association national(String code, String name) {
        return new Association(code, name, Tier.NATIONAL, null, null);
    }

    /** An association one tier below {@code parent}; its prefecture is the parent's (or its own code for tier 2). */
    public static Association under(Association parent, String code, String name, String prefectureCode) {
        Objects.requireNonNull(parent, "parent");
        Tier tier = Tier.ofLevel(parent.tier.level() + 1);
        String pref = tier == Tier.PREFECTURAL ? prefectureCode : parent.prefectureCode;
        Association child = new Association(code, name, tier, parent, pref);
        parent.children.add(child);
        return child;
    }

    /** This association and every one above it, lowest first, ending at the national association. */
    public List<Association> chain() {
        List<Association> chain = new ArrayList<>();
        for (Association a = this; a != null; a = a.parent) {
            chain.add(a);
        }
        return Collections.unmodifiableList(chain);
    }

    /** True when this association is subdivided, so a member must join one of its children first. */
    public boolean hasSubdivisions() {
        return !children.isEmpty();
    }

    public boolean isNational() {
        return tier == Tier.NATIONAL;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Tier getTier() {
        return tier;
    }

    public java.util.Optional<Association> findParent() {
        return java.util.Optional.ofNullable(parent);
    }

    public List<Association> getChildren() {
        return Collections.unmodifiableList(children);
    }

    public java.util.Optional<String> findEmail() {
        return java.util.Optional.ofNullable(email);
    }

    public void changeEmail(String secretariatEmail) {
        this.email = secretariatEmail == null || secretariatEmail.isBlank() ? null : secretariatEmail.strip();
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    @Override
    public String toString() {
        return "[" + tier.level() + "層] " + name;
    }
}
