package jp.mamis.domain.association;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("Tier and its database converter")
class TierTest {

    @ParameterizedTest(name = "level {0} is {1}")
    @CsvSource({"1, NATIONAL", "2, PREFECTURAL", "3, MUNICIPAL", "4, DISTRICT"})
    void ofLevel(int level, Tier expected) {
        assertSame(expected, Tier.ofLevel(level));
        assertEquals(level, expected.level());
    }

    @ParameterizedTest(name = "level {0} does not exist")
    @ValueSource(ints = {0, 5, -1, Integer.MAX_VALUE})
    void ofLevelOutOfRange(int level) {
        assertThrows(IllegalArgumentException.class, () -> Tier.ofLevel(level));
    }

    @Test
    @DisplayName("the national tier has nothing above it")
    void nationalHasNoUpper() {
        assertEquals(Optional.empty(), Tier.NATIONAL.findUpper());
    }

    @ParameterizedTest(name = "{0} is directly below {1}")
    @CsvSource({"PREFECTURAL, NATIONAL", "MUNICIPAL, PREFECTURAL", "DISTRICT, MUNICIPAL"})
    void upperTier(Tier tier, Tier upper) {
        assertEquals(Optional.of(upper), tier.findUpper());
    }

    @ParameterizedTest
    @EnumSource(Tier.class)
    @DisplayName("TierConverter stores the level and reads it back")
    void converterRoundTrip(Tier tier) {
        TierConverter converter = new TierConverter();
        Integer column = converter.convertToDatabaseColumn(tier);
        assertEquals(tier.level(), column);
        assertSame(tier, converter.convertToEntityAttribute(column));
    }

    @Test
    @DisplayName("TierConverter keeps null as null and refuses a level the schema forbids")
    void converterEdges() {
        TierConverter converter = new TierConverter();
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
        assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute(5));
    }
}
