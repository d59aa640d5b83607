package jp.mamis.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a new terms version is published, the next login asks for consent again, and no member
 * page is reachable — by link or by typed URL — until it is given.
 */
@ExtendWith(MamisServer.class)
class ConsentGateIT {

    private int addedVersion;

    @Test
    void newTermsMustBeAcceptedBeforeAnythingElse() throws Exception {
        addedVersion = publishNewTerms();
        try (Browser b = new Browser(Browser.PHONE_WIDTH)) {
            Journeys.login(b, "idsample", "Mamis-Demo-2026");
            b.waitForPath("/consent.xhtml");
            assertTrue(b.pageText().contains("第" + addedVersion + "版"), b.pageText());
            assertTrue(b.pageText().contains("改定テスト条項"));

            // typing a member URL still ends on the consent page
            b.open("/member/mypage.xhtml");
            b.waitForPath("/consent.xhtml");
            b.open("/member/contact.xhtml");
            b.waitForPath("/consent.xhtml");

            // the box is required
            b.click("consentForm:consent");
            assertEquals("利用規約・個人情報の取り扱いに同意してください。", b.messageFor("consentForm:agreed"));
            b.screenshot("consent-required");

            b.tick("consentForm:agreed");
            b.click("consentForm:consent");
            b.waitForPath("/member/mypage.xhtml");
            assertEquals("idsample", b.text("#loginId"));
        }
        try (Connection c = MamisServer.db();
             PreparedStatement s = c.prepareStatement("select count(*) from consent_record r join terms_version t"
                     + " on t.id = r.terms_version_id join user_account a on a.id = r.account_id"
                     + " where t.version_number = ? and a.login_id = 'idsample'")) {
            s.setInt(1, addedVersion);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the consent must be recorded with the new version");
            }
        }
    }

    private static int publishNewTerms() throws Exception {
        try (Connection c = MamisServer.db();
             PreparedStatement s = c.prepareStatement("insert into terms_version (version_number, published_at, terms_text, privacy_text)"
                     + " select coalesce(max(version_number), 0) + 1, now(), '改定テスト条項：第1条 …', '個人情報の取り扱い（改定）'"
                     + " from terms_version returning version_number")) {
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Other journeys log in with the original terms in force. */
    @AfterEach
    void withdrawTheTestVersion() throws Exception {
        if (addedVersion == 0) {
            return;
        }
        try (Connection c = MamisServer.db()) {
            try (PreparedStatement s = c.prepareStatement("delete from consent_record where terms_version_id ="
                    + " (select id from terms_version where version_number = ?)")) {
                s.setInt(1, addedVersion);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("delete from terms_version where version_number = ?")) {
                s.setInt(1, addedVersion);
                s.executeUpdate();
            }
        }
    }
}
