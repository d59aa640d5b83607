package jp.mamis.ejb.config;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The settings MAMIS reads from its environment. Database and SMTP settings are read by the
 * server itself from glassfish-resources.xml; these are the ones the application code needs.
 */
@ApplicationScoped
public class MamisConfig {

    /** The public address of MAMIS, used in links sent by mail. */
    public String baseUrl() {
        String url = env("MAMIS_BASE_URL", "http://localhost:8080/mamis");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** Demo mode loads the demo associations and accounts; never on unless asked for. */
    public boolean demoMode() {
        return Boolean.parseBoolean(env("MAMIS_DEMO", "false"));
    }

    /** The default Japanese font of certificates: IPAex Gothic from Debian's {@code fonts-ipaexfont}. */
    public static final String DEFAULT_PDF_FONT = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf";

    /** The TrueType font embedded in certificate PDFs ({@code MAMIS_PDF_FONT}, default IPAex Gothic). */
    public java.nio.file.Path pdfFont() {
        return java.nio.file.Path.of(env("MAMIS_PDF_FONT", DEFAULT_PDF_FONT).strip());
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
