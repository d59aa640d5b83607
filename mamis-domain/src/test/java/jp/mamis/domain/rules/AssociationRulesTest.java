package jp.mamis.domain.rules;

import jp.mamis.domain.MamisException;
import jp.mamis.domain.association.Association;
import jp.mamis.domain.association.Tier;
import jp.mamis.domain.attachment.DocumentKind;
import jp.mamis.domain.membership.MemberCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static jp.mamis.domain.attachment.DocumentKind.CAREER;
import static jp.mamis.domain.attachment.DocumentKind.LICENSE;
import static jp.mamis.domain.attachment.DocumentKind.PHOTO;
import static jp.mamis.domain.attachment.DocumentKind.RESUME;
import static jp.mamis.domain.membership.MemberCategory.A1;
import static jp.mamis.domain.membership.MemberCategory.A2_B;
import static jp.mamis.domain.membership.MemberCategory.A2_C;
import static jp.mamis.domain.membership.MemberCategory.B;
import static jp.mamis.domain.membership.MemberCategory.C;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link AssociationRules}: an association's own admission rules (医師会ごとの独自ルール). */
@DisplayName("AssociationRules: scope, multiple membership, categories, documents")
class AssociationRulesTest {

    private static final Set<MemberCategory> ALL = EnumSet.allOf(MemberCategory.class);

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

    private static AssociationRules.Settings settings(Tier scope, boolean multiple, Set<MemberCategory> categories,
                                                      Map<DocumentKind, Boolean> documents) {
        return new AssociationRules.Settings(scope, multiple, categories, documents);
    }

    private static MamisException refused(String key, String field, Executable change) {
        MamisException e = assertThrows(MamisException.class, change);
        assertEquals(key, e.getKey());
        assertEquals(field, e.findField().orElse(null));
        return e;
    }

    @Nested
    @DisplayName("defaults: what an association has before its admin sets anything")
    class Defaults {

        @Test
        @DisplayName("no admission scope, multiple membership allowed, every category, no documents")
        void defaults() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            assertSame(yokohama, r.getAssociation());
            assertTrue(r.findAdmissionScope().isEmpty());
            assertTrue(r.isMultipleMembershipAllowed());
            assertEquals(List.of(A1, A2_B, A2_C, B, C), r.getOfferedCategories());
            for (MemberCategory c : MemberCategory.values()) {
                assertTrue(r.offers(c), c + " is offered by default");
            }
            assertTrue(r.getDocuments().isEmpty());
            assertTrue(r.requiredDocuments().isEmpty());
            for (DocumentKind k : DocumentKind.values()) {
                assertFalse(r.accepts(k), k + " is not asked for by default");
            }
            assertNull(r.getId(), "ids are only given by JPA");
        }

        @Test
        @DisplayName("settings() of the defaults shows the association's own tier as the scope")
        void defaultSettings() {
            AssociationRules.Settings s = AssociationRules.defaults(yokohama).settings();
            assertEquals(Tier.MUNICIPAL, s.admissionScope());
            assertTrue(s.multipleMembershipAllowed());
            assertEquals(ALL, s.offeredCategories());
            assertTrue(s.documents().isEmpty());
        }

        @Test
        @DisplayName("defaults need an association")
        void needsAssociation() {
            assertThrows(NullPointerException.class, () -> AssociationRules.defaults(null));
        }

        @Test
        @DisplayName("two associations' defaults are independent objects")
        void independent() {
            AssociationRules a = AssociationRules.defaults(yokohama);
            AssociationRules b = AssociationRules.defaults(aoba);
            a.change(settings(Tier.NATIONAL, false, EnumSet.of(A1), Map.of(LICENSE, true)));
            assertTrue(b.findAdmissionScope().isEmpty());
            assertTrue(b.isMultipleMembershipAllowed());
            assertTrue(b.offers(C));
            assertTrue(b.getDocuments().isEmpty());
        }
    }

    @Nested
    @DisplayName("change(): admission scope")
    class Scope {

        @Test
        @DisplayName("a scope above the own tier is stored (横浜市: 入会時は日本医師会まで)")
        void scopeAbove() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            r.change(settings(Tier.NATIONAL, true, ALL, Map.of()));
            assertEquals(Tier.NATIONAL, r.findAdmissionScope().orElseThrow());
            assertEquals(Tier.NATIONAL, r.settings().admissionScope());

            r.change(settings(Tier.PREFECTURAL, true, ALL, Map.of()));
            assertEquals(Tier.PREFECTURAL, r.findAdmissionScope().orElseThrow());
        }

        @Test
        @DisplayName("a scope equal to the own tier is stored as none")
        void scopeEqualIsNone() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            r.change(settings(Tier.NATIONAL, true, ALL, Map.of()));
            r.change(settings(Tier.MUNICIPAL, true, ALL, Map.of()));
            assertTrue(r.findAdmissionScope().isEmpty());
            assertEquals(Tier.MUNICIPAL, r.settings().admissionScope());
        }

        @Test
        @DisplayName("a null scope is stored as none")
        void scopeNull() {
            AssociationRules r = AssociationRules.defaults(aoba);
            r.change(settings(Tier.NATIONAL, true, ALL, Map.of()));
            r.change(settings(null, true, ALL, Map.of()));
            assertTrue(r.findAdmissionScope().isEmpty());
        }

        @Test
        @DisplayName("a scope below the own tier is refused on field admissionScope, and nothing changes")
        void scopeBelowRefused() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            r.change(settings(Tier.PREFECTURAL, false, EnumSet.of(A1), Map.of(LICENSE, true)));
            String before = r.describe();

            MamisException e = refused("rules.scope.belowOwnTier", "admissionScope",
                    () -> r.change(settings(Tier.DISTRICT, true, ALL, Map.of())));
            assertArrayEquals(new Object[] {"横浜市医師会"}, e.getArgs());

            assertEquals(Tier.PREFECTURAL, r.findAdmissionScope().orElseThrow());
            assertFalse(r.isMultipleMembershipAllowed());
            assertEquals(List.of(A1), r.getOfferedCategories());
            assertEquals(Set.of(LICENSE), r.requiredDocuments());
            assertEquals(before, r.describe());
        }

        @ParameterizedTest(name = "日本医師会 refuses scope {0}")
        @EnumSource(value = Tier.class, names = {"PREFECTURAL", "MUNICIPAL", "DISTRICT"})
        void nationalOnlyItself(Tier scope) {
            AssociationRules r = AssociationRules.defaults(jma);
            refused("rules.scope.belowOwnTier", "admissionScope", () -> r.change(settings(scope, true, ALL, Map.of())));
            assertTrue(r.findAdmissionScope().isEmpty());
        }

        @ParameterizedTest(name = "a district association accepts scope {0}")
        @EnumSource(Tier.class)
        void districtAcceptsEveryTier(Tier scope) {
            AssociationRules r = AssociationRules.defaults(aoba);
            r.change(settings(scope, true, ALL, Map.of()));
            assertEquals(scope == Tier.DISTRICT ? null : scope, r.findAdmissionScope().orElse(null));
            assertEquals(scope, r.settings().admissionScope());
        }
    }

    @Nested
    @DisplayName("change(): multiple membership and categories")
    class MultipleAndCategories {

        @Test
        @DisplayName("multiple membership can be forbidden and allowed again")
        void multiple() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            r.change(settings(null, false, ALL, Map.of()));
            assertFalse(r.isMultipleMembershipAllowed());
            assertFalse(r.settings().multipleMembershipAllowed());
            r.change(settings(null, true, ALL, Map.of()));
            assertTrue(r.isMultipleMembershipAllowed());
        }

        @Test
        @DisplayName("only the chosen categories are offered, listed in the fixed order")
        void someCategories() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            Set<MemberCategory> chosen = new LinkedHashSet<>(List.of(C, A1, B));
            r.change(settings(null, true, chosen, Map.of()));
            assertEquals(List.of(A1, B, C), r.getOfferedCategories());
            assertTrue(r.offers(A1));
            assertTrue(r.offers(B));
            assertTrue(r.offers(C));
            assertFalse(r.offers(A2_B));
            assertFalse(r.offers(A2_C));
        }

        @Test
        @DisplayName("an empty category set is refused on field offeredCategories, and nothing changes")
        void emptyCategories() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            refused("rules.categories.empty", "offeredCategories",
                    () -> r.change(settings(Tier.NATIONAL, false, Set.of(), Map.of(PHOTO, true))));
            assertTrue(r.findAdmissionScope().isEmpty());
            assertTrue(r.isMultipleMembershipAllowed());
            assertEquals(List.of(A1, A2_B, A2_C, B, C), r.getOfferedCategories());
            assertTrue(r.getDocuments().isEmpty());
        }

        @Test
        @DisplayName("a null category set is refused like an empty one")
        void nullCategories() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            refused("rules.categories.empty", "offeredCategories", () -> r.change(settings(null, true, null, Map.of())));
        }

        @Test
        @DisplayName("the rules keep their own copy of the categories")
        void categoriesCopied() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            Set<MemberCategory> chosen = EnumSet.of(A1);
            r.change(settings(null, true, chosen, Map.of()));
            chosen.add(C);
            assertFalse(r.offers(C));
            assertEquals(List.of(A1), r.getOfferedCategories());
            assertThrows(UnsupportedOperationException.class, () -> r.getOfferedCategories().add(C));
        }

        @Test
        @DisplayName("settings are required")
        void nullSettings() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            assertThrows(NullPointerException.class, () -> r.change(null));
        }
    }

    @Nested
    @DisplayName("change(): documents")
    class Documents {

        @Test
        @DisplayName("documents are required or optional; requiredDocuments() has only the required ones")
        void requiredAndOptional() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            Map<DocumentKind, Boolean> docs = new LinkedHashMap<>();
            docs.put(PHOTO, false);
            docs.put(LICENSE, true);
            docs.put(CAREER, false);
            docs.put(RESUME, true);
            r.change(settings(null, true, ALL, docs));

            assertEquals(EnumSet.of(LICENSE, RESUME), r.requiredDocuments());
            assertEquals(List.of(new DocumentRequirement(LICENSE, true), new DocumentRequirement(RESUME, true),
                    new DocumentRequirement(CAREER, false), new DocumentRequirement(PHOTO, false)), r.getDocuments(),
                    "documents are kept in DocumentKind order whatever the order submitted");
            assertTrue(r.accepts(PHOTO), "an optional document is accepted");
            assertTrue(r.accepts(LICENSE));
            assertFalse(r.accepts(DocumentKind.OTHER));
        }

        @Test
        @DisplayName("a null flag counts as optional")
        void nullFlagOptional() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            Map<DocumentKind, Boolean> docs = new LinkedHashMap<>();
            docs.put(PHOTO, null);
            r.change(settings(null, true, ALL, docs));
            assertEquals(List.of(new DocumentRequirement(PHOTO, false)), r.getDocuments());
            assertTrue(r.requiredDocuments().isEmpty());
        }

        @Test
        @DisplayName("a change replaces the documents; null documents means none")
        void replaced() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            r.change(settings(null, true, ALL, Map.of(LICENSE, true, PHOTO, true)));
            r.change(settings(null, true, ALL, Map.of(LICENSE, false)));
            assertEquals(List.of(new DocumentRequirement(LICENSE, false)), r.getDocuments());
            assertTrue(r.requiredDocuments().isEmpty());

            r.change(settings(null, true, ALL, null));
            assertTrue(r.getDocuments().isEmpty());
            assertFalse(r.accepts(LICENSE));
        }

        @Test
        @DisplayName("settings() returns the documents with their flags")
        void settingsDocuments() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            r.change(settings(null, true, ALL, Map.of(LICENSE, true, PHOTO, false)));
            assertEquals(Map.of(LICENSE, true, PHOTO, false), r.settings().documents());
        }

        @Test
        @DisplayName("the document list cannot be changed from outside")
        void readOnly() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            r.change(settings(null, true, ALL, Map.of(LICENSE, true)));
            assertThrows(UnsupportedOperationException.class, () -> r.getDocuments().clear());
            r.requiredDocuments().clear();
            assertEquals(Set.of(LICENSE), r.requiredDocuments(), "requiredDocuments() is a fresh set");
        }

        @Test
        @DisplayName("requiredDocuments(rules…) is the union of the required documents of every rules")
        void union() {
            AssociationRules city = AssociationRules.defaults(yokohama);
            city.change(settings(null, true, ALL, Map.of(LICENSE, true, PHOTO, false)));
            AssociationRules pref = AssociationRules.defaults(kanagawa);
            pref.change(settings(null, true, ALL, Map.of(RESUME, true, CAREER, false)));
            AssociationRules national = AssociationRules.defaults(jma);
            national.change(settings(null, true, ALL, Map.of(LICENSE, true, PHOTO, false)));

            assertEquals(EnumSet.of(LICENSE, RESUME), AssociationRules.requiredDocuments(List.of(city, pref, national)));
            assertEquals(EnumSet.of(LICENSE), AssociationRules.requiredDocuments(List.of(city)));
            assertTrue(AssociationRules.requiredDocuments(List.of()).isEmpty());
            assertTrue(AssociationRules.requiredDocuments(List.of(AssociationRules.defaults(aoba))).isEmpty());
            assertEquals(EnumSet.of(LICENSE, RESUME), AdmissionEligibility.requiredDocuments(List.of(city, pref)));
        }

        @Test
        @DisplayName("DocumentRequirement: equality by kind and flag, text shows 必須/任意")
        void documentRequirement() {
            assertEquals(new DocumentRequirement(LICENSE, true), new DocumentRequirement(LICENSE, true));
            assertEquals(new DocumentRequirement(LICENSE, true).hashCode(), new DocumentRequirement(LICENSE, true).hashCode());
            assertNotEquals(new DocumentRequirement(LICENSE, true), new DocumentRequirement(LICENSE, false));
            assertNotEquals(new DocumentRequirement(LICENSE, true), new DocumentRequirement(PHOTO, true));
            assertEquals("LICENSE(必須)", new DocumentRequirement(LICENSE, true).toString());
            assertEquals("PHOTO(任意)", new DocumentRequirement(PHOTO, false).toString());
            assertThrows(NullPointerException.class, () -> new DocumentRequirement(null, true));
        }
    }

    @Nested
    @DisplayName("describe(): the audit text")
    class Describe {

        private AssociationRules rules;

        @BeforeEach
        void someRules() {
            rules = AssociationRules.defaults(yokohama);
            rules.change(settings(Tier.PREFECTURAL, true, EnumSet.of(A1, A2_B), Map.of(LICENSE, true, PHOTO, false)));
        }

        @Test
        @DisplayName("is the same on every call and after re-applying the same settings")
        void stable() {
            String text = rules.describe();
            assertEquals(text, rules.describe());
            rules.change(rules.settings());
            assertEquals(text, rules.describe());
        }

        @Test
        @DisplayName("does not depend on the order categories and documents were submitted in")
        void orderIndependent() {
            AssociationRules other = AssociationRules.defaults(yokohama);
            Map<DocumentKind, Boolean> docs = new LinkedHashMap<>();
            docs.put(PHOTO, false);
            docs.put(LICENSE, true);
            other.change(settings(Tier.PREFECTURAL, true, new LinkedHashSet<>(List.of(A2_B, A1)), docs));
            assertEquals(rules.describe(), other.describe());
        }

        @Test
        @DisplayName("setting the own tier as scope describes the same as no scope (defaults)")
        void ownTierSameAsDefaults() {
            AssociationRules r = AssociationRules.defaults(yokohama);
            String defaults = r.describe();
            r.change(settings(Tier.MUNICIPAL, true, ALL, Map.of()));
            assertEquals(defaults, r.describe());
        }

        @Test
        @DisplayName("names the scope tier, the multiple-membership flag, the categories and the documents")
        void content() {
            String text = rules.describe();
            assertTrue(text.contains("2層"), text);
            assertTrue(text.contains("A1"), text);
            assertTrue(text.contains("A2(B)"), text);
            assertFalse(text.contains("A2(C)"), text);
            assertTrue(text.contains("LICENSE(必須)"), text);
            assertTrue(text.contains("PHOTO(任意)"), text);
        }

        private void assertChangedBy(Consumer<AssociationRules> edit) {
            String before = rules.describe();
            edit.accept(rules);
            assertNotEquals(before, rules.describe());
        }

        @Test
        @DisplayName("changes when the scope changes")
        void scope() {
            assertChangedBy(r -> r.change(settings(Tier.NATIONAL, true, EnumSet.of(A1, A2_B), Map.of(LICENSE, true, PHOTO, false))));
            assertChangedBy(r -> r.change(settings(null, true, EnumSet.of(A1, A2_B), Map.of(LICENSE, true, PHOTO, false))));
        }

        @Test
        @DisplayName("changes when multiple membership changes")
        void multiple() {
            assertChangedBy(r -> r.change(settings(Tier.PREFECTURAL, false, EnumSet.of(A1, A2_B), Map.of(LICENSE, true, PHOTO, false))));
        }

        @Test
        @DisplayName("changes when the categories change")
        void categories() {
            assertChangedBy(r -> r.change(settings(Tier.PREFECTURAL, true, EnumSet.of(A1), Map.of(LICENSE, true, PHOTO, false))));
            assertChangedBy(r -> r.change(settings(Tier.PREFECTURAL, true, EnumSet.of(A1, C), Map.of(LICENSE, true, PHOTO, false))));
        }

        @Test
        @DisplayName("changes when a document is added, removed or its flag changes")
        void documents() {
            assertChangedBy(r -> r.change(settings(Tier.PREFECTURAL, true, EnumSet.of(A1, A2_B), Map.of(LICENSE, true, PHOTO, false, RESUME, false))));
            assertChangedBy(r -> r.change(settings(Tier.PREFECTURAL, true, EnumSet.of(A1, A2_B), Map.of(LICENSE, true))));
            assertChangedBy(r -> r.change(settings(Tier.PREFECTURAL, true, EnumSet.of(A1, A2_B), Map.of(LICENSE, false))));
        }

        @Test
        @DisplayName("changes when certificates start or stop waiting for approval, and keeps the setting")
        void certificateApproval() {
            assertFalse(rules.isCertificateApprovalRequired(), "issued at once by default");
            assertTrue(rules.describe().contains("certificate=即時発行"), rules.describe());
            AssociationRules.Settings strict = new AssociationRules.Settings(Tier.PREFECTURAL, true, EnumSet.of(A1, A2_B),
                    Map.of(LICENSE, true, PHOTO, false), true, false);
            assertChangedBy(r -> r.change(strict));
            assertTrue(rules.isCertificateApprovalRequired());
            assertTrue(rules.settings().certificateApprovalRequired());
            assertTrue(rules.describe().contains("certificate=承認後発行"), rules.describe());
            rules.change(rules.settings());
            assertTrue(rules.isCertificateApprovalRequired(), "re-applying the settings keeps it");
            assertFalse(settings(null, true, ALL, Map.of()).certificateApprovalRequired(), "the four-part settings issue at once");
        }

        @Test
        @DisplayName("each distinct rule set has its own text")
        void distinct() {
            List<AssociationRules.Settings> variants = new ArrayList<>();
            for (Tier scope : new Tier[] {null, Tier.PREFECTURAL, Tier.NATIONAL}) {
                for (boolean multiple : new boolean[] {true, false}) {
                    for (Set<MemberCategory> cats : List.of(EnumSet.of(A1), EnumSet.of(A2_B), ALL)) {
                        for (Map<DocumentKind, Boolean> docs : List.of(Map.<DocumentKind, Boolean>of(), Map.of(LICENSE, true),
                                Map.of(LICENSE, false))) {
                            variants.add(settings(scope, multiple, cats, docs));
                        }
                    }
                }
            }
            Set<String> texts = new LinkedHashSet<>();
            for (AssociationRules.Settings s : variants) {
                AssociationRules r = AssociationRules.defaults(yokohama);
                r.change(s);
                texts.add(r.describe());
            }
            assertEquals(variants.size(), texts.size());
        }
    }
}
