package jp.mamis.domain.association;

/** The four tiers of the hierarchy; {@link #level()} is the 層 number shown on screens ([1層]…[4層]). */
public enum Tier {
    NATIONAL(1),
    PREFECTURAL(2),
    MUNICIPAL(3),
    DISTRICT(4);

    private final int level;

    Tier(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static Tier ofLevel(int level) {
        for (Tier t : values()) {
            if (t.level == level) {
                return t;
            }
        }
        throw new IllegalArgumentException("no tier " + level);
    }

    /** The tier directly above, or none for the national tier. */
    public java.util.Optional<Tier> findUpper() {
        return level == 1 ? java.util.Optional.empty() : java.util.Optional.of(ofLevel(level - 1));
    }
}
