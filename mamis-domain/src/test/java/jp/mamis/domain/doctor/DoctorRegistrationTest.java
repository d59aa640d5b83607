package jp.mamis.domain.doctor;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.region.Prefecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.LocalDate;

import static jp.mamis.domain.doctor.TestDoctors.BIRTH;
import static jp.mamis.domain.doctor.TestDoctors.GRADUATION;
import static jp.mamis.domain.doctor.TestDoctors.REGISTRATION;
import static jp.mamis.domain.doctor.TestDoctors.TODAY;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Doctor.register and Doctor.checkDates")
class DoctorRegistrationTest {

    private static void refused(String field, String key, Executable action) {
        MamisException e = assertThrows(MamisException.class, action);
        assertEquals(key, e.getKey());
        assertEquals(field, e.findField().orElseThrow(), "the error belongs next to the " + field + " field");
    }

    private static void check(LocalDate birth, LocalDate graduation, LocalDate registration) {
        Doctor.checkDates(birth, graduation, registration, TODAY);
    }

    @Nested
    @DisplayName("birth date")
    class Birth {

        @Test
        @DisplayName("born before 1900 is refused")
        void before1900() {
            refused("birthDate", "doctor.birthDate.outOfRange",
                    () -> check(LocalDate.of(1899, 12, 31), LocalDate.of(1925, 3, 1), LocalDate.of(1925, 4, 1)));
        }

        @Test
        @DisplayName("born on 1 January 1900 is accepted")
        void on1900() {
            assertDoesNotThrow(() -> check(LocalDate.of(1900, 1, 1), LocalDate.of(1925, 3, 1), LocalDate.of(1925, 4, 1)));
        }

        @Test
        @DisplayName("born in the future is refused, as birthDate and before any other check")
        void future() {
            refused("birthDate", "doctor.birthDate.outOfRange",
                    () -> check(TODAY.plusDays(1), null, TODAY));
        }

        @Test
        @DisplayName("born today passes the birth check and fails on the registration age instead")
        void today() {
            refused("registrationDate", "doctor.registrationDate.tooYoung", () -> check(TODAY, null, TODAY));
        }

        @Test
        @DisplayName("birth and registration dates are required")
        void required() {
            assertThrows(NullPointerException.class, () -> check(null, GRADUATION, REGISTRATION));
            assertThrows(NullPointerException.class, () -> check(BIRTH, GRADUATION, null));
        }
    }

    @Nested
    @DisplayName("graduation date")
    class Graduation {

        @Test
        @DisplayName("graduation in the future is refused")
        void future() {
            refused("graduationDate", "doctor.graduationDate.future",
                    () -> check(BIRTH, TODAY.plusDays(1), TODAY));
        }

        @Test
        @DisplayName("graduation today is accepted")
        void today() {
            assertDoesNotThrow(() -> check(BIRTH, TODAY, TODAY));
        }

        @Test
        @DisplayName("graduation the day before the 18th birthday is refused")
        void dayBefore18() {
            LocalDate eighteenth = BIRTH.plusYears(18);
            refused("graduationDate", "doctor.graduationDate.tooYoung",
                    () -> check(BIRTH, eighteenth.minusDays(1), eighteenth.plusYears(1)));
        }

        @Test
        @DisplayName("graduation exactly on the 18th birthday is accepted")
        void exactly18() {
            LocalDate eighteenth = LocalDate.of(2002, 10, 10);
            assertEquals(BIRTH.plusYears(18), eighteenth);
            assertDoesNotThrow(() -> check(BIRTH, eighteenth, eighteenth));
        }

        @Test
        @DisplayName("graduation before birth is refused as too young")
        void beforeBirth() {
            refused("graduationDate", "doctor.graduationDate.tooYoung",
                    () -> check(BIRTH, BIRTH.minusDays(1), REGISTRATION));
        }
    }

    @Nested
    @DisplayName("registration date (医籍登録日)")
    class Registration {

        @Test
        @DisplayName("registration in the future is refused")
        void future() {
            refused("registrationDate", "doctor.registrationDate.future",
                    () -> check(BIRTH, GRADUATION, TODAY.plusDays(1)));
        }

        @Test
        @DisplayName("registration today is accepted")
        void today() {
            assertDoesNotThrow(() -> check(BIRTH, GRADUATION, TODAY));
        }

        @Test
        @DisplayName("registration the day before graduation is refused")
        void beforeGraduation() {
            refused("registrationDate", "doctor.registrationDate.beforeGraduation",
                    () -> check(BIRTH, GRADUATION, GRADUATION.minusDays(1)));
        }

        @Test
        @DisplayName("registration on the graduation day is accepted")
        void onGraduationDay() {
            assertDoesNotThrow(() -> check(BIRTH, GRADUATION, GRADUATION));
        }

        @Test
        @DisplayName("without a graduation date, registration before the 18th birthday is refused")
        void noGraduationTooYoung() {
            refused("registrationDate", "doctor.registrationDate.tooYoung",
                    () -> check(BIRTH, null, BIRTH.plusYears(18).minusDays(1)));
        }

        @Test
        @DisplayName("without a graduation date, registration on the 18th birthday is accepted")
        void noGraduationExactly18() {
            assertDoesNotThrow(() -> check(BIRTH, null, BIRTH.plusYears(18)));
        }
    }

    @Nested
    @DisplayName("register")
    class Register {

        @Test
        @DisplayName("keeps every fact of the registration")
        void keepsFacts() {
            PersonName former = new PersonName("山田", "多郎", "ヤマダ", "タロウ");
            Contact contact = TestDoctors.contact();
            Doctor d = Doctor.register(new Doctor.Registration("200001", REGISTRATION, TestDoctors.name(), former,
                    true, Sex.MALE, BIRTH, "東京大学", GRADUATION, contact), TODAY);

            assertEquals("200001", d.getRegistrationNumber());
            assertEquals(REGISTRATION, d.getRegistrationDate());
            assertEquals("日医 太郎", d.getName().getFull());
            assertEquals("ニチイ タロウ", d.getName().getFullKana());
            assertSame(former, d.findFormerName().orElseThrow());
            assertTrue(d.isUseFormerNameOnMail());
            assertEquals(Sex.MALE, d.findSex().orElseThrow());
            assertEquals(BIRTH, d.getBirthDate());
            assertEquals("東京大学", d.getGraduationUniversity());
            assertEquals(GRADUATION, d.getGraduationDate());
            assertEquals(contact, d.getContact());
            assertEquals("taro@example.jp", d.getEmail());
            assertSame(contact.address(), d.getAddress());
            assertTrue(d.getMemberships().isEmpty());
            assertNull(d.getId());
        }

        @Test
        @DisplayName("sex and former name are optional")
        void optionals() {
            Doctor d = Doctor.register(new Doctor.Registration("1", REGISTRATION, TestDoctors.name(), null, false,
                    null, BIRTH, null, null, TestDoctors.contact()), TODAY);
            assertTrue(d.findSex().isEmpty());
            assertTrue(d.findFormerName().isEmpty());
            assertFalse(d.isUseFormerNameOnMail());
            assertNull(d.getGraduationDate());
        }

        @Test
        @DisplayName("mail under the former name needs a former name (field formerFamilyName)")
        void formerNameRequiredForMail() {
            Doctor.Registration r = new Doctor.Registration("200001", REGISTRATION, TestDoctors.name(), null, true,
                    Sex.FEMALE, BIRTH, "東京大学", GRADUATION, TestDoctors.contact());
            refused("formerFamilyName", "doctor.formerName.requiredForMail", () -> Doctor.register(r, TODAY));
        }

        @Test
        @DisplayName("register checks the dates too")
        void checksDates() {
            refused("birthDate", "doctor.birthDate.outOfRange",
                    () -> Doctor.register(TestDoctors.registration(LocalDate.of(1899, 1, 1), GRADUATION, REGISTRATION), TODAY));
            refused("registrationDate", "doctor.registrationDate.beforeGraduation",
                    () -> Doctor.register(TestDoctors.registration(BIRTH, GRADUATION, GRADUATION.minusDays(1)), TODAY));
            refused("registrationDate", "doctor.registrationDate.future",
                    () -> Doctor.register(TestDoctors.registration(BIRTH, GRADUATION, TODAY.plusDays(1)), TODAY));
        }

        @Test
        @DisplayName("registration number, name, contact, address and email are required")
        void required() {
            Contact c = TestDoctors.contact();
            assertThrows(NullPointerException.class, () -> Doctor.register(new Doctor.Registration(null, REGISTRATION,
                    TestDoctors.name(), null, false, null, BIRTH, null, GRADUATION, c), TODAY));
            assertThrows(NullPointerException.class, () -> Doctor.register(new Doctor.Registration("1", REGISTRATION,
                    null, null, false, null, BIRTH, null, GRADUATION, c), TODAY));
            assertThrows(NullPointerException.class, () -> Doctor.register(new Doctor.Registration("1", REGISTRATION,
                    TestDoctors.name(), null, false, null, BIRTH, null, GRADUATION, null), TODAY));
            assertThrows(NullPointerException.class, () -> Doctor.register(new Doctor.Registration("1", REGISTRATION,
                    TestDoctors.name(), null, false, null, BIRTH, null, GRADUATION,
                    new Contact(null, null, null, null, "a@example.jp")), TODAY));
            assertThrows(NullPointerException.class, () -> Doctor.register(new Doctor.Registration("1", REGISTRATION,
                    TestDoctors.name(), null, false, null, BIRTH, null, GRADUATION,
                    new Contact(c.address(), null, null, null, null)), TODAY));
        }
    }

    @Test
    @DisplayName("changeContact replaces address, phones and email; optional phones may become null")
    void changeContact() {
        Doctor d = TestDoctors.doctor();
        Address osaka = new Address("530-0001", Prefecture.OSAKA, "大阪市北区", "梅田1-1-1");
        Contact next = new Contact(osaka, null, "090-1234-5678", "06-1234-5678", "new@example.jp");
        d.changeContact(next);
        assertEquals(next, d.getContact());
        assertNull(d.getContact().tel());
        assertEquals("new@example.jp", d.getEmail());
        assertEquals("530-0001 大阪府大阪市北区梅田1-1-1", d.getAddress().getOneLine());

        assertThrows(NullPointerException.class, () -> d.changeContact(null));
        assertEquals(next, d.getContact(), "a refused change leaves the contact as it was");
    }
}
