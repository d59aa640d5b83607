package jp.mamis.domain.doctor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jp.mamis.domain.region.Prefecture;

import java.util.Objects;

/** A Japanese postal address: 〒 postal code, prefecture, city/ward/town and the rest of the street address. */
@Embeddable
public class Address {

    @Column(name = "postal_code", length = 8)
    private String postalCode;

    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "street", length = 200)
    private String street;

    protected Address() {
    }

    public Address(String postalCode, Prefecture prefecture, String city, String street) {
        this.postalCode = Objects.requireNonNull(postalCode);
        this.prefectureCode = prefecture.code();
        this.city = Objects.requireNonNull(city);
        this.street = Objects.requireNonNull(street);
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Prefecture getPrefecture() {
        return Prefecture.getByCode(prefectureCode);
    }

    public String getCity() {
        return city;
    }

    public String getStreet() {
        return street;
    }

    /** 113-8621 東京都文京区本駒込2-28-16 */
    public String getOneLine() {
        return postalCode + " " + getPrefecture().nameJa() + city + street;
    }
}
