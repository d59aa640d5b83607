package jp.mamis.domain.doctor;

import jp.mamis.domain.region.Prefecture;

import java.time.LocalDate;

/** Builders for valid registrations, shared by the tests of several packages. */
public final class TestDoctors {

    /** The "today" every test uses, so no test depends on the clock. */
    public static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

    public static final LocalDate BIRTH = LocalDate.of(1984, 10, 10);
    public static final LocalDate GRADUATION = LocalDate.of(2010, 3, 24);
    public static final LocalDate REGISTRATION = LocalDate.of(2010, 4, 20);

    private TestDoctors() {
    }

    public static PersonName name() {
        return new PersonName("日医", "太郎", "ニチイ", "タロウ");
    }

    public static Contact contact() {
        return new Contact(new Address("113-8621", Prefecture.TOKYO, "文京区", "本駒込2-28-16"),
                "03-1234-5678", null, null, "taro@example.jp");
    }

    /** A registration whose dates are all consistent with each other and with {@link #TODAY}. */
    public static Doctor.Registration registration() {
        return registration(BIRTH, GRADUATION, REGISTRATION);
    }

    public static Doctor.Registration registration(LocalDate birth, LocalDate graduation, LocalDate registration) {
        return new Doctor.Registration("200001", registration, name(), null, false, Sex.MALE, birth,
                "東京大学", graduation, contact());
    }

    public static Doctor doctor() {
        return Doctor.register(registration(), TODAY);
    }
}
