package jp.mamis.domain.membership;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("MemberCategory labels as written on JMA forms")
class MemberCategoryTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"A1, A1", "A2_B, A2(B)", "A2_C, A2(C)", "B, B", "C, C"})
    void label(MemberCategory category, String label) {
        assertEquals(label, category.label());
    }
}
