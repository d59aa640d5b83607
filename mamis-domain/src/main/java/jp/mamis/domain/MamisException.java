package jp.mamis.domain;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;
import java.util.Optional;

/**
 * The one business exception of MAMIS. It carries a resource-bundle key (Japanese first,
 * English second) instead of a text, so every layer can show it in the user's language, and
 * optionally the name of the form field it concerns so the screen can put it next to that field.
 * Thrown from an EJB it rolls the transaction back: nothing half-written is kept.
 */
@ApplicationException(rollback = true)
public class MamisException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;
    private final Object[] args;

    public MamisException(String key, Object... args) {
        this(null, key, args);
    }

    private MamisException(String field, String key, Object... args) {
        super(key + (args.length == 0 ? "" : " " + Arrays.toString(args)));
        this.key = key;
        this.field = field;
        this.args = args.clone();
    }

    /** A failure that belongs to one input field, e.g. {@code registrationNumber}. */
    public static MamisException forField(String field, String key, Object... args) {
        return new MamisException(field, key, args);
    }

    public String getKey() {
        return key;
    }

    public Optional<String> findField() {
        return Optional.ofNullable(field);
    }

    public Object[] getArgs() {
        return args.clone();
    }
}
