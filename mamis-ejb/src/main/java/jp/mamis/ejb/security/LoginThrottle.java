package jp.mamis.ejb.security;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES_PER_ACCOUNT} failures for one login
 * ID, or {@value #MAX_FAILURES_PER_SOURCE} from one address, within {@link #WINDOW}, further
 * attempts are refused without checking the password until the window has passed. Unknown and
 * known login IDs are counted alike, so the throttle reveals nothing about which exist.
 * In memory per server instance, which is what a single-instance deployment needs.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int MAX_FAILURES_PER_ACCOUNT = 5;
    public static final int MAX_FAILURES_PER_SOURCE = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> bySource = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    /** True when an attempt for this login ID from this source may be checked now. */
    public boolean allows(String loginId, String source) {
        Instant now = clock.instant();
        return recent(byAccount, key(loginId), now) < MAX_FAILURES_PER_ACCOUNT
                && recent(bySource, source, now) < MAX_FAILURES_PER_SOURCE;
    }

    public void failed(String loginId, String source) {
        Instant now = clock.instant();
        add(byAccount, key(loginId), now);
        add(bySource, source, now);
    }

    /** A successful login clears the account's failures (not the source's). */
    public void succeeded(String loginId) {
        byAccount.remove(key(loginId));
    }

    private static String key(String loginId) {
        return loginId == null ? "" : loginId.toLowerCase(Locale.ROOT);
    }

    private static int recent(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> q = map.get(key == null ? "" : key);
        if (q == null) {
            return 0;
        }
        synchronized (q) {
            while (!q.isEmpty() && q.peekFirst().isBefore(now.minus(WINDOW))) {
                q.pollFirst();
            }
            return q.size();
        }
    }

    private static void add(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> q = map.computeIfAbsent(key == null ? "" : key, k -> new ArrayDeque<>());
        synchronized (q) {
            q.addLast(now);
        }
    }
}
