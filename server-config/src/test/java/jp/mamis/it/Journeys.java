package jp.mamis.it;

/** Steps several journeys share. */
final class Journeys {

    private Journeys() {
    }

    static void login(Browser b, String loginId, String password) {
        b.open("/login.xhtml");
        b.type("loginForm:loginId", loginId);
        b.type("loginForm:password", password);
        b.click("loginForm:submit");
    }

    /** Registers a doctor with plain valid data through the three registration steps. */
    static void register(Browser b, String number, String loginId, String email, String password) {
        b.open("/register.xhtml");
        b.tick("registrationForm:agreed");
        b.click("registrationForm:toInput");
        b.type("registrationForm:registrationNumber", number);
        b.typeDate("registrationForm:registrationDate", "2010/04/20");
        b.type("registrationForm:familyName", "試験");
        b.type("registrationForm:givenName", "一郎");
        b.type("registrationForm:familyKana", "シケン");
        b.type("registrationForm:givenKana", "イチロウ");
        b.radio("registrationForm:sex", "男性");
        b.typeDate("registrationForm:birthDate", "1984/01/02");
        b.type("registrationForm:postalCode", "060-0001");
        b.choose("registrationForm:prefecture", "北海道");
        b.type("registrationForm:city", "札幌市中央区");
        b.type("registrationForm:street", "北1条西1丁目");
        b.type("registrationForm:email", email);
        b.type("registrationForm:graduationUniversity", "北海道大学");
        b.typeDate("registrationForm:graduationDate", "2010/03/20");
        b.type("registrationForm:loginId", loginId);
        b.type("registrationForm:password", password);
        b.type("registrationForm:passwordConfirmation", password);
        b.click("registrationForm:toConfirm");
        b.waitFor("#confirmation");
        b.click("registrationForm:register");
        b.waitForPath("/login.xhtml");
    }

    /** The TOTP key of every demo staff account (DemoData.STAFF_TOTP_SECRET, stated in the README). */
    static final String DEMO_STAFF_TOTP = "MAMISDEMOSTAFFTOTPKEY2345672345A";

    /** The newest TOTP step used per staff account: each code works once. */
    private static final java.util.Map<String, Long> USED_STEPS = new java.util.HashMap<>();

    /** Signs in a demo staff account: password, then the second factor's code, to the review queue. */
    static void staffLogin(Browser b, String loginId) {
        login(b, loginId, "Mamis-Demo-2026");
        b.waitForPath("/second-factor.xhtml");
        long now = jp.mamis.domain.account.Totp.step(java.time.Instant.now());
        long step = Math.max(now, USED_STEPS.getOrDefault(loginId, Long.MIN_VALUE) + 1);
        USED_STEPS.put(loginId, step);
        b.type("secondFactorForm:code", jp.mamis.domain.account.Totp.code(DEMO_STAFF_TOTP, step));
        b.click("secondFactorForm:verify");
        b.waitForPath("/staff/index.xhtml");
    }

    static void logout(Browser b) {
        b.click("logoutForm:logout");
        b.waitForPath("/login.xhtml");
    }

    /** A minimal PDF to attach as a licence (the server decides the type by its content). */
    static java.nio.file.Path licencePdf() throws java.io.IOException {
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("license", ".pdf");
        java.nio.file.Files.write(pdf, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return pdf;
    }

    /**
     * Each staff account in turn signs in, finds the application at the top of its queue, lets
     * {@code onDetail} look at the decision page, approves and signs out.
     */
    static void approveInTurn(Browser b, java.util.List<String> staff, String applicationId,
                              java.util.function.BiConsumer<String, Browser> onDetail) {
        for (String login : staff) {
            staffLogin(b, login);
            org.openqa.selenium.WebElement link = b.find("#queueForm a.mamis-open");
            org.junit.jupiter.api.Assertions.assertEquals(applicationId, link.getText(), login + " sees the application in its queue");
            link.click();
            b.waitForPath("/staff/application.xhtml");
            onDetail.accept(login, b);
            b.click("decisionForm:approve");
            b.waitFor("#notActionable");
            org.junit.jupiter.api.Assertions.assertTrue(b.messages().contains("承認しました"), login + ": " + b.messages());
            logout(b);
        }
    }
}
