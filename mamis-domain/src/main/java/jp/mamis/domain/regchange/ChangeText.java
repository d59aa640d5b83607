package jp.mamis.domain.regchange;

import jp.mamis.domain.doctor.Contact;
import jp.mamis.domain.doctor.PersonName;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The before and after texts of a registration change, as the secretariats read them: only the
 * parts that changed, each as "label value", joined with "; ". Stable, so equal data gives equal text.
 */
final class ChangeText {

    /** Shown for an empty value. */
    static final String NONE = "-";

    private ChangeText() {
    }

    /** The before and after of the parts that differ; both empty when nothing changed. */
    record Diff(String before, String after) {
        boolean isEmpty() {
            return before.isEmpty() && after.isEmpty();
        }
    }

    static Diff diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String> b = new LinkedHashMap<>();
        Map<String, String> a = new LinkedHashMap<>();
        before.forEach((label, value) -> {
            if (!Objects.equals(value, after.get(label))) {
                b.put(label, value);
                a.put(label, after.get(label));
            }
        });
        return new Diff(join(b), join(a));
    }

    private static String join(Map<String, String> parts) {
        return parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; "));
    }

    static Map<String, String> name(PersonName name, PersonName former, boolean useFormerOnMail) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("氏名", full(name));
        m.put("旧姓・旧名", former == null ? NONE : full(former));
        m.put("送付物の宛名", useFormerOnMail ? "旧姓・旧名" : "氏名");
        return m;
    }

    static Map<String, String> contact(Contact c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("自宅現住所", c.address().getOneLine());
        m.put("TEL", orNone(c.tel()));
        m.put("携帯電話番号", orNone(c.mobile()));
        m.put("FAX", orNone(c.fax()));
        m.put("メールアドレス", c.email());
        return m;
    }

    /** 日医 太郎（ニチイ タロウ） */
    static String full(PersonName n) {
        return (n.getFamilyName() + " " + n.getGivenName()).strip() + "（" + (n.getFamilyKana() + " " + n.getGivenKana()).strip() + "）";
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }
}
