package jp.mamis.domain.association;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Association: the 1層〜4層 hierarchy")
class AssociationTest {

    private Association jma;
    private Association kanagawa;
    private Association yokohama;
    private Association aoba;

    @BeforeEach
    void buildHierarchy() {
        jma = Association.national("00", "日本医師会");
        kanagawa = Association.under(jma, "14", "神奈川県医師会", "14");
        yokohama = Association.under(kanagawa, "14100", "横浜市医師会", null);
        aoba = Association.under(yokohama, "1410001", "横浜市青葉区医師会", null);
    }

    @Test
    @DisplayName("日本医師会 has no parent, tier NATIONAL and no prefecture")
    void nationalIsTheRoot() {
        Association root = Association.national("00", "日本医師会");
        assertTrue(root.findParent().isEmpty());
        assertEquals(Tier.NATIONAL, root.getTier());
        assertTrue(root.isNational());
        assertNull(root.getPrefectureCode());
        assertEquals("00", root.getCode());
        assertEquals("日本医師会", root.getName());
        assertFalse(root.hasSubdivisions(), "a fresh national association has no children yet");
        assertNull(root.getId(), "ids are only given by JPA");
    }

    @Test
    @DisplayName("under() places the child one tier below its parent and links both ways")
    void underGivesNextTier() {
        assertEquals(Tier.PREFECTURAL, kanagawa.getTier());
        assertEquals(Tier.MUNICIPAL, yokohama.getTier());
        assertEquals(Tier.DISTRICT, aoba.getTier());

        assertSame(jma, kanagawa.findParent().orElseThrow());
        assertSame(kanagawa, yokohama.findParent().orElseThrow());
        assertSame(yokohama, aoba.findParent().orElseThrow());

        assertEquals(List.of(kanagawa), jma.getChildren());
        assertEquals(List.of(yokohama), kanagawa.getChildren());
        assertEquals(List.of(aoba), yokohama.getChildren());
        assertTrue(aoba.getChildren().isEmpty());

        assertFalse(kanagawa.isNational());
        assertFalse(aoba.isNational());
    }

    @Test
    @DisplayName("tier 2 keeps its own prefecture code")
    void prefecturalHasOwnCode() {
        assertEquals("14", kanagawa.getPrefectureCode());
        Association hokkaido = Association.under(jma, "01", "北海道医師会", "01");
        assertEquals("01", hokkaido.getPrefectureCode());
    }

    @Test
    @DisplayName("tiers 3 and 4 inherit the prefecture code, whatever code is passed")
    void lowerTiersInheritPrefecture() {
        assertEquals("14", yokohama.getPrefectureCode());
        assertEquals("14", aoba.getPrefectureCode());

        Association kawasaki = Association.under(kanagawa, "14130", "川崎市医師会", "13");
        assertEquals("14", kawasaki.getPrefectureCode(), "a tier-3 association cannot lie about its prefecture");
        Association ward = Association.under(kawasaki, "1413001", "川崎市川崎区医師会", "99");
        assertEquals("14", ward.getPrefectureCode());
    }

    @Test
    @DisplayName("chain() of a tier-4 association runs 4→3→2→1 and ends at JMA")
    void chainFromDistrict() {
        List<Association> chain = aoba.chain();
        assertEquals(List.of(aoba, yokohama, kanagawa, jma), chain);
        assertEquals(List.of(4, 3, 2, 1), chain.stream().map(a -> a.getTier().level()).toList());
        assertTrue(chain.get(chain.size() - 1).isNational());
    }

    @Test
    @DisplayName("chain() of JMA is JMA alone, of a tier-2 association is [tier 2, JMA]")
    void shortChains() {
        assertEquals(List.of(jma), jma.chain());
        assertEquals(List.of(kanagawa, jma), kanagawa.chain());
    }

    @Test
    @DisplayName("chain() and getChildren() cannot be modified by callers")
    void listsAreReadOnly() {
        List<Association> chain = aoba.chain();
        assertThrows(UnsupportedOperationException.class, () -> chain.add(jma));
        List<Association> children = yokohama.getChildren();
        assertThrows(UnsupportedOperationException.class, () -> children.add(jma));
        assertThrows(UnsupportedOperationException.class, children::clear);
    }

    @Test
    @DisplayName("hasSubdivisions is true exactly when the association has children")
    void subdivisions() {
        assertTrue(jma.hasSubdivisions());
        assertTrue(kanagawa.hasSubdivisions());
        assertTrue(yokohama.hasSubdivisions());
        assertFalse(aoba.hasSubdivisions());

        Association hokkaido = Association.under(jma, "01", "北海道医師会", "01");
        assertFalse(hokkaido.hasSubdivisions());
        Association sapporo = Association.under(hokkaido, "01100", "札幌市医師会", null);
        assertTrue(hokkaido.hasSubdivisions());
        assertFalse(sapporo.hasSubdivisions(), "札幌市医師会 without wards is not subdivided");
    }

    @Test
    @DisplayName("there is no tier below 4: under() a district association is refused")
    void noFifthTier() {
        assertThrows(IllegalArgumentException.class, () -> Association.under(aoba, "X", "五層医師会", null));
        assertTrue(aoba.getChildren().isEmpty(), "the refused child must not be attached");
    }

    @Test
    @DisplayName("under() needs a parent, a code and a name")
    void requiredArguments() {
        assertThrows(NullPointerException.class, () -> Association.under(null, "14", "神奈川県医師会", "14"));
        assertThrows(NullPointerException.class, () -> Association.under(jma, null, "神奈川県医師会", "14"));
        assertThrows(NullPointerException.class, () -> Association.under(jma, "14", null, "14"));
        assertThrows(NullPointerException.class, () -> Association.national(null, "日本医師会"));
        assertThrows(NullPointerException.class, () -> Association.national("00", null));
    }

    @Test
    @DisplayName("toString shows the 層 and the name")
    void display() {
        assertEquals("[1層] 日本医師会", jma.toString());
        assertEquals("[4層] 横浜市青葉区医師会", aoba.toString());
    }
}
