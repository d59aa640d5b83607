package jp.mamis.domain.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The code printed on a certificate that lets a third party check it: 28 characters of
 * Crockford's base32 (140 random bits; no I, L, O or U, so nothing is misread), shown in groups
 * of four ({@code 7K3M-9QXA-…}). Only its SHA-256 is stored: the database holds no code that could
 * be typed into the verification page. What a person types is normalised first: full-width
 * characters, lower case, spaces and hyphens, and O/I/L read as 0/1/1.
 */
public final class VerificationCode {

    /** Characters of the code. */
    public static final int LENGTH = 28;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int GROUP = 4;

    private VerificationCode() {
    }

    /** A new random code (not grouped). */
    public static String generate(Random random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed or read from a URL, in its plain form; empty when it cannot be a code at all. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 100) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\\-‐－ー―]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (s.length() != LENGTH || s.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    /** 7K3M-9QXA-… for reading and typing. */
    public static String grouped(String code) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(code, i, Math.min(code.length(), i + GROUP));
        }
        return out.toString();
    }

    /** The SHA-256 (64 lower-case hex digits) of the plain code: what the database keeps. */
    public static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
