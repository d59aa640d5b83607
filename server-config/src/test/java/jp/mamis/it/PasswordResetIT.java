package jp.mamis.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * パスワードをお忘れの方: the reset mail reaches the local mail sink, its one-time link sets a new
 * password, and the link does not work a second time.
 */
@ExtendWith(MamisServer.class)
class PasswordResetIT {

    @Test
    void resetByMailLinkOnce() throws Exception {
        String email = "reset-doctor@example.jp";
        String oldPassword = "old-password-of-13+";
        String newPassword = "新しいパスワードです12345";
        try (Browser b = new Browser(Browser.PC_WIDTH)) {
            Journeys.register(b, "456789", "resetdoc", email, oldPassword);

            b.open("/login.xhtml");
            b.click("forgotLink");
            b.waitForPath("/forgot-password.xhtml");
            b.type("forgotForm:email", email);
            b.click("forgotForm:send");
            String answer = b.messages();
            assertTrue(answer.contains("パスワード再設定用のメールをお送りしました"), answer);

            // an unknown address gets exactly the same answer
            b.type("forgotForm:email", "nobody@example.jp");
            b.click("forgotForm:send");
            b.waitFor("#messages");
            assertTrue(b.messages().contains("パスワード再設定用のメールをお送りしました"));

            String mail = MailSink.latestText(email, 2); // registration mail, then the reset mail
            assertTrue(mail.contains("パスワード再設定"), mail);
            Matcher link = Pattern.compile("(http\\S+/password-reset\\.xhtml\\?token=[A-Za-z0-9_-]+)").matcher(mail);
            assertTrue(link.find(), mail);
            String url = link.group(1);

            b.driver().get(url);
            b.type("resetForm:password", newPassword);
            b.type("resetForm:passwordConfirmation", newPassword);
            b.click("resetForm:reset");
            b.waitForPath("/login.xhtml");
            assertTrue(b.messages().contains("パスワードを再設定しました"));

            Journeys.login(b, "resetdoc", oldPassword);
            assertTrue(b.messages().contains("ログインIDまたはパスワードが正しくありません"));
            Journeys.login(b, "resetdoc", newPassword);
            b.waitForPath("/member/mypage.xhtml");
            Journeys.logout(b);

            // the link is used up
            b.driver().get(url);
            assertTrue(b.messages().contains("このリンクは無効です"));
            assertFalse(b.pageText().contains("パスワードを再設定する"));
        }
    }
}
