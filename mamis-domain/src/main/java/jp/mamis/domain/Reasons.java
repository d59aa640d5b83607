package jp.mamis.domain;

/**
 * The reason a decision must give (a rejection, a return for correction, a refused or revoked
 * certificate): present, stripped, at most {@value #MAX_LENGTH} characters, shown next to the
 * form's {@code reason} field when it is not.
 */
public final class Reasons {

    public static final int MAX_LENGTH = 1000;

    private Reasons() {
    }

    /**
     * @param keyPrefix the bundle keys' prefix: {@code prefix.reason.required} and
     *                  {@code prefix.reason.tooLong} (argument: the limit)
     * @return the reason without surrounding blanks
     */
    public static String require(String reason, String keyPrefix) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw MamisException.forField("reason", keyPrefix + ".reason.required");
        }
        if (r.length() > MAX_LENGTH) {
            throw MamisException.forField("reason", keyPrefix + ".reason.tooLong", MAX_LENGTH);
        }
        return r;
    }
}
