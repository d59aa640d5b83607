package jp.mamis.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when MAMIS runs behind TLS ({@code MAMIS_SECURE_COOKIES=true}).
 * It cannot be fixed in web.xml because the local demo runs on plain http://localhost.
 * (SameSite=Lax comes from glassfish-web.xml.)
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (Boolean.parseBoolean(System.getenv("MAMIS_SECURE_COOKIES"))) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
