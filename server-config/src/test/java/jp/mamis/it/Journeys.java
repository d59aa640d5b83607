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

    static void logout(Browser b) {
        b.click("logoutForm:logout");
        b.waitForPath("/login.xhtml");
    }
}
