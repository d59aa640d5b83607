package jp.mamis.domain.attachment;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("DocumentKind names its bundle key")
class DocumentKindTest {

    @Test
    @DisplayName("the kinds asked for by the associations, in display order")
    void kinds() {
        assertEquals("[LICENSE, RESUME, CAREER, PHOTO, OTHER]", Arrays.toString(DocumentKind.values()));
    }

    @Test
    @DisplayName("the licence's label key is document.LICENSE")
    void licenseKey() {
        assertEquals("document.LICENSE", DocumentKind.LICENSE.messageKey());
    }

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    @DisplayName("every key is document.<NAME>")
    void keys(DocumentKind kind) {
        assertEquals("document." + kind.name(), kind.messageKey());
    }
}
