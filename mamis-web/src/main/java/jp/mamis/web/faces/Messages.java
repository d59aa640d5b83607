package jp.mamis.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jp.mamis.domain.MamisException;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns bundle keys and {@link MamisException}s into Faces messages in the view's language. A
 * failure that names a field is shown next to that field ({@code form:field}) and in the summary.
 */
public final class Messages {

    public static final String BUNDLE = "jp.mamis.web.i18n.Messages";

    private static final java.util.regex.Pattern LABEL_KEY = java.util.regex.Pattern.compile("[a-z]+\\.[A-Z0-9_]+");

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.JAPANESE;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = bundle.getString("error.unexpected");
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            // an argument naming a label (document.LICENSE, category.A2_B…) is shown as that label
            if (shown[i] instanceof String s && LABEL_KEY.matcher(s).matches() && bundle.containsKey(s)) {
                shown[i] = bundle.getString(s);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    public static void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public static void error(String clientId, String key, Object... args) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** Shows a business failure; with a field, next to {@code formId:field}. */
    public static void error(String formId, MamisException e) {
        String clientId = e.findField().map(f -> formId + ":" + f).orElse(null);
        add(clientId, FacesMessage.SEVERITY_ERROR, text(e.getKey(), e.getArgs()));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }

    /**
     * Answers the current request with a plain 404 and stops rendering: for a page whose id names
     * nothing the caller may see (the same answer whether it does not exist or is someone else's).
     */
    public static void notFound() throws java.io.IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(404, "");
        faces.responseComplete();
    }

    /** Keeps messages over a redirect. */
    public static void keepOverRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
