package jp.mamis.ejb.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.util.Map;

/**
 * Jakarta Security's PBKDF2 hash set to OWASP's 2023 strength: HMAC-SHA256, 600,000 iterations,
 * 32-byte salt and key. Payara's default of 2,048 iterations is far too weak. Hashes carry their
 * own parameters, so raising the count later still verifies old hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    public static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash hash;

    /** Verified against when the login ID is unknown, so both cases take the same time. */
    private String dummyHash;

    @PostConstruct
    void init() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        dummyHash = hash.generate("mamis-timing-equaliser".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same work as a real verification and answers false. */
    public boolean verifyNobody(String password) {
        hash.verify(password.toCharArray(), dummyHash);
        return false;
    }
}
