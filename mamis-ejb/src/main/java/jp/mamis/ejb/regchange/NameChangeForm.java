package jp.mamis.ejb.regchange;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.regchange.RegistrationChange;
import jp.mamis.domain.validation.Format;
import jp.mamis.domain.validation.JapaneseFormat;
import jp.mamis.domain.validation.JapaneseText;

import java.io.Serial;
import java.io.Serializable;

/**
 * 氏名の変更 as typed: the new name in kanji and katakana, the former name (旧姓・旧名) and whether
 * mail is addressed with it. The same constraints and normalisation as 利用者登録's name fields.
 */
public class NameChangeForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 50)
    private String familyName;

    @NotBlank
    @Size(max = 50)
    private String givenName;

    @NotBlank
    @Size(max = 50)
    @JapaneseFormat(Format.KATAKANA)
    private String familyKana;

    @NotBlank
    @Size(max = 50)
    @JapaneseFormat(Format.KATAKANA)
    private String givenKana;

    @Size(max = 50)
    private String formerFamilyName;

    @Size(max = 50)
    private String formerGivenName;

    @Size(max = 50)
    @JapaneseFormat(Format.KATAKANA)
    private String formerFamilyKana;

    @Size(max = 50)
    @JapaneseFormat(Format.KATAKANA)
    private String formerGivenKana;

    private boolean useFormerNameOnMail;

    /** A form filled with the doctor's current name, former name and mail flag. */
    public static NameChangeForm of(Doctor d) {
        NameChangeForm f = new NameChangeForm();
        f.familyName = d.getName().getFamilyName();
        f.givenName = d.getName().getGivenName();
        f.familyKana = d.getName().getFamilyKana();
        f.givenKana = d.getName().getGivenKana();
        d.findFormerName().ifPresent(f::former);
        f.useFormerNameOnMail = d.isUseFormerNameOnMail();
        return f;
    }

    /** Puts a name into the 旧姓・旧名 fields (the screen offers the current name there). */
    public void former(PersonName n) {
        formerFamilyName = n.getFamilyName();
        formerGivenName = n.getGivenName();
        formerFamilyKana = n.getFamilyKana();
        formerGivenKana = n.getGivenKana();
    }

    /** Full-width/hiragana kana to katakana, spaces trimmed, empty former-name parts to null. Idempotent. */
    public void normalise() {
        familyName = JapaneseText.trimToNull(familyName);
        givenName = JapaneseText.trimToNull(givenName);
        familyKana = Format.KATAKANA.normalise(familyKana);
        givenKana = Format.KATAKANA.normalise(givenKana);
        formerFamilyName = JapaneseText.trimToNull(formerFamilyName);
        formerGivenName = JapaneseText.trimToNull(formerGivenName);
        formerFamilyKana = JapaneseText.trimToNull(Format.KATAKANA.normalise(formerFamilyKana));
        formerGivenKana = JapaneseText.trimToNull(Format.KATAKANA.normalise(formerGivenKana));
    }

    /** The normalised request; call after validation. A former name needs at least its family name and kana. */
    public RegistrationChange.NameChange toNameChange() {
        normalise();
        PersonName former = jp.mamis.ejb.registration.RegistrationService.formerName(formerFamilyName, formerGivenName,
                formerFamilyKana, formerGivenKana);
        return new RegistrationChange.NameChange(new PersonName(familyName, givenName, familyKana, givenKana), former,
                useFormerNameOnMail);
    }

    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getFamilyKana() { return familyKana; }
    public void setFamilyKana(String v) { familyKana = v; }
    public String getGivenKana() { return givenKana; }
    public void setGivenKana(String v) { givenKana = v; }
    public String getFormerFamilyName() { return formerFamilyName; }
    public void setFormerFamilyName(String v) { formerFamilyName = v; }
    public String getFormerGivenName() { return formerGivenName; }
    public void setFormerGivenName(String v) { formerGivenName = v; }
    public String getFormerFamilyKana() { return formerFamilyKana; }
    public void setFormerFamilyKana(String v) { formerFamilyKana = v; }
    public String getFormerGivenKana() { return formerGivenKana; }
    public void setFormerGivenKana(String v) { formerGivenKana = v; }
    public boolean isUseFormerNameOnMail() { return useFormerNameOnMail; }
    public void setUseFormerNameOnMail(boolean v) { useFormerNameOnMail = v; }
}
