package jp.mamis.ejb.registration;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jp.mamis.domain.MamisException;
import jp.mamis.domain.account.PasswordPolicy;
import jp.mamis.domain.account.UserAccount;
import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.ejb.account.Accounts;
import jp.mamis.ejb.config.MamisConfig;
import jp.mamis.ejb.consent.ConsentService;
import jp.mamis.ejb.mail.Mail;
import jp.mamis.ejb.security.PasswordHasher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * 利用者登録. Creates the doctor, the login account and the consent record in one transaction,
 * or nothing: a duplicate 医籍登録番号, login ID or email is refused naming the field.
 */
@Stateless
public class RegistrationService {

    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @PersistenceContext(unitName = "mamis")
    private EntityManager em;

    @Inject
    private InputCheck inputCheck;

    @Inject
    private Accounts accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ConsentService consent;

    @Inject
    private MamisConfig config;

    @Inject
    private Event<Mail> mail;

    /**
     * @param termsVersion the terms version the applicant ticked on the first step
     * @return the new account's login ID
     */
    public String register(RegistrationForm form, int termsVersion, String remoteAddress, Locale locale) {
        inputCheck.check(form);
        form.normalise();
        String loginId = form.getLoginId();
        PasswordPolicy.check(form.getPassword(), loginId);
        var contact = form.getContact().toContact();
        refuseDuplicates(form.getRegistrationNumber(), loginId, contact.email());

        Doctor doctor = Doctor.register(new Doctor.Registration(
                form.getRegistrationNumber(),
                form.getRegistrationDate(),
                new PersonName(form.getFamilyName(), form.getGivenName(), form.getFamilyKana(), form.getGivenKana()),
                formerName(form),
                form.isUseFormerNameOnMail(),
                form.getSex(),
                form.getBirthDate(),
                form.getGraduationUniversity(),
                form.getGraduationDate(),
                contact), LocalDate.now(JAPAN));
        Instant now = Instant.now();
        UserAccount account = UserAccount.forMember(doctor, loginId, hasher.hash(form.getPassword()), now);
        try {
            em.persist(doctor);
            em.persist(account);
            consent.record(account, termsVersion, remoteAddress);
            em.flush();
        } catch (PersistenceException e) {
            // a registration of the same number, ID or mail committed between our check and now
            throw new MamisException("registration.duplicate.concurrent");
        }
        mail.fire(new Mail(contact.email(), "registered", locale, doctor.getName().getFull(), loginId,
                config.baseUrl() + "/login.xhtml"));
        return loginId;
    }

    private void refuseDuplicates(String number, String loginId, String email) {
        if (count("select count(d) from Doctor d where d.registrationNumber = :v", number) > 0) {
            throw MamisException.forField("registrationNumber", "registration.duplicate.registrationNumber");
        }
        if (accounts.findByLoginId(loginId).isPresent()) {
            throw MamisException.forField("loginId", "registration.duplicate.loginId");
        }
        if (count("select count(d) from Doctor d where lower(d.email) = lower(:v)", email) > 0) {
            throw MamisException.forField("email", "registration.duplicate.email");
        }
    }

    private long count(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult();
    }

    private static PersonName formerName(RegistrationForm f) {
        return formerName(f.getFormerFamilyName(), f.getFormerGivenName(), f.getFormerFamilyKana(), f.getFormerGivenKana());
    }

    /**
     * A 旧姓・旧名 from its normalised parts: null when all are empty; the family name and its kana
     * are required once any part is given (also used by the change of name).
     */
    public static PersonName formerName(String family, String given, String familyKana, String givenKana) {
        if (family == null && given == null && familyKana == null && givenKana == null) {
            return null;
        }
        if (family == null || familyKana == null) {
            throw MamisException.forField(family == null ? "formerFamilyName" : "formerFamilyKana",
                    "registration.formerName.incomplete");
        }
        return new PersonName(family, given == null ? "" : given, familyKana, givenKana == null ? "" : givenKana);
    }
}
