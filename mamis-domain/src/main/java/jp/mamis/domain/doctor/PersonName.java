package jp.mamis.domain.doctor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A name in kanji (as entered, variant characters kept) with its katakana reading. */
@Embeddable
public class PersonName {

    @Column(name = "family_name", length = 50)
    private String familyName;

    @Column(name = "given_name", length = 50)
    private String givenName;

    @Column(name = "family_kana", length = 50)
    private String familyKana;

    @Column(name = "given_kana", length = 50)
    private String givenKana;

    protected PersonName() {
    }

    public PersonName(String familyName, String givenName, String familyKana, String givenKana) {
        this.familyName = Objects.requireNonNull(familyName);
        this.givenName = Objects.requireNonNull(givenName);
        this.familyKana = Objects.requireNonNull(familyKana);
        this.givenKana = Objects.requireNonNull(givenKana);
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyKana() {
        return familyKana;
    }

    public String getGivenKana() {
        return givenKana;
    }

    /** 日医 太郎 */
    public String getFull() {
        return familyName + " " + givenName;
    }

    /** ニチイ タロウ */
    public String getFullKana() {
        return familyKana + " " + givenKana;
    }
}
