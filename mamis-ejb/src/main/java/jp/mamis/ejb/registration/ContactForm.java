package jp.mamis.ejb.registration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.mamis.domain.doctor.Address;
import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.region.Prefecture;
import jp.mamis.domain.validation.Format;
import jp.mamis.domain.validation.JapaneseFormat;
import jp.mamis.domain.validation.JapaneseText;

import java.io.Serial;
import java.io.Serializable;

/**
 * Home address, phones and email as typed on the registration and contact-edit screens.
 * {@link #toContact()} gives the normalised domain value.
 */
public class ContactForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank
    @JapaneseFormat(Format.POSTAL_CODE)
    private String postalCode;

    @NotNull
    private Prefecture prefecture;

    @NotBlank
    @Size(max = 100)
    private String city;

    @NotBlank
    @Size(max = 200)
    private String street;

    @JapaneseFormat(Format.PHONE)
    private String tel;

    @JapaneseFormat(Format.PHONE)
    private String mobile;

    @JapaneseFormat(Format.PHONE)
    private String fax;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    /** A form filled with the current values, for editing. */
    public static ContactForm of(Contact c) {
        ContactForm f = new ContactForm();
        f.postalCode = c.address().getPostalCode();
        f.prefecture = c.address().getPrefecture();
        f.city = c.address().getCity();
        f.street = c.address().getStreet();
        f.tel = c.tel();
        f.mobile = c.mobile();
        f.fax = c.fax();
        f.email = c.email();
        return f;
    }

    /** Rewrites what was typed into its stored form (see {@link RegistrationForm#normalise()}). Idempotent. */
    public void normalise() {
        postalCode = Format.POSTAL_CODE.normalise(postalCode);
        city = JapaneseText.trimToNull(city);
        street = JapaneseText.trimToNull(street);
        tel = phone(tel);
        mobile = phone(mobile);
        fax = phone(fax);
        email = JapaneseText.toAscii(email);
    }

    /** The normalised contact data; call after validation. */
    public Contact toContact() {
        normalise();
        return new Contact(new Address(postalCode, prefecture, city, street), tel, mobile, fax, email);
    }

    private static String phone(String raw) {
        String t = JapaneseText.trimToNull(raw);
        return t == null ? null : Format.PHONE.normalise(t);
    }

    public String getPostalCode() { return postalCode; }
    public void setPostalCode(String v) { postalCode = v; }
    public Prefecture getPrefecture() { return prefecture; }
    public void setPrefecture(Prefecture v) { prefecture = v; }
    public String getCity() { return city; }
    public void setCity(String v) { city = v; }
    public String getStreet() { return street; }
    public void setStreet(String v) { street = v; }
    public String getTel() { return tel; }
    public void setTel(String v) { tel = v; }
    public String getMobile() { return mobile; }
    public void setMobile(String v) { mobile = v; }
    public String getFax() { return fax; }
    public void setFax(String v) { fax = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
}
