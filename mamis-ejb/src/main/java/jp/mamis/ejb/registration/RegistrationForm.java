package jp.mamis.ejb.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.validation.Format;
import jp.mamis.domain.validation.JapaneseFormat;
import jp.mamis.domain.validation.JapaneseText;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the 利用者登録 screen collects. The constraints are checked by the screen (Bean Validation
 * in Faces) and again by {@link RegistrationService}; values are normalised there.
 */
public class RegistrationForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @JapaneseFormat(Format.REGISTRATION_NUMBER)
    private String registrationNumber;

    @NotNull
    @PastOrPresent
    private LocalDate registrationDate;

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

    @NotNull
    private Sex sex;

    @NotNull
    @Past
    private LocalDate birthDate;

    @Valid
    private ContactForm contact = new ContactForm();

    @NotBlank
    @Size(max = 100)
    private String graduationUniversity;

    @NotNull
    @PastOrPresent
    private LocalDate graduationDate;

    @NotBlank
    @JapaneseFormat(Format.LOGIN_ID)
    private String loginId;

    @NotBlank
    @Size(min = 13, max = 128)
    private String password;

    /**
     * Rewrites what was typed into its stored form (full-width digits to ASCII, hiragana and
     * half-width kana to katakana, 1138621 to 113-8621, surrounding spaces trimmed), so the
     * confirmation screen shows what will be saved. Idempotent.
     */
    public void normalise() {
        registrationNumber = Format.REGISTRATION_NUMBER.normalise(registrationNumber);
        familyName = JapaneseText.trimToNull(familyName);
        givenName = JapaneseText.trimToNull(givenName);
        familyKana = Format.KATAKANA.normalise(familyKana);
        givenKana = Format.KATAKANA.normalise(givenKana);
        formerFamilyName = JapaneseText.trimToNull(formerFamilyName);
        formerGivenName = JapaneseText.trimToNull(formerGivenName);
        formerFamilyKana = JapaneseText.trimToNull(Format.KATAKANA.normalise(formerFamilyKana));
        formerGivenKana = JapaneseText.trimToNull(Format.KATAKANA.normalise(formerGivenKana));
        graduationUniversity = JapaneseText.trimToNull(graduationUniversity);
        loginId = Format.LOGIN_ID.normalise(loginId);
        contact.normalise();
    }

    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String v) { registrationNumber = v; }
    public LocalDate getRegistrationDate() { return registrationDate; }
    public void setRegistrationDate(LocalDate v) { registrationDate = v; }
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
    public Sex getSex() { return sex; }
    public void setSex(Sex v) { sex = v; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public ContactForm getContact() { return contact; }
    public String getGraduationUniversity() { return graduationUniversity; }
    public void setGraduationUniversity(String v) { graduationUniversity = v; }
    public LocalDate getGraduationDate() { return graduationDate; }
    public void setGraduationDate(LocalDate v) { graduationDate = v; }
    public String getLoginId() { return loginId; }
    public void setLoginId(String v) { loginId = v; }
    public String getPassword() { return password; }
    public void setPassword(String v) { password = v; }
}
