package jp.mamis.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** A hospital or clinic (所属施設) through which a doctor belongs to a chain of associations. */
@Entity
@Table(name = "facility")
public class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    protected Facility() {
    }

    public Facility(String name, String prefectureCode) {
        this.name = Objects.requireNonNull(name);
        this.prefectureCode = prefectureCode;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }
}
