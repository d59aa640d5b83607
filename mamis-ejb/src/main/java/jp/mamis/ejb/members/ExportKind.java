package jp.mamis.ejb.members;

import jp.mamis.domain.doctor.Doctor;
import jp.mamis.domain.doctor.PersonName;
import jp.mamis.domain.doctor.Sex;
import jp.mamis.domain.membership.MembershipStatus;
import jp.mamis.domain.region.Prefecture;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * What a CSV download holds: the 会員台帳 (every registration and membership field of the
 * association's members) or the 宛名ラベル (postal code, address and the name mail is addressed
 * to — the 旧姓・旧名 when the member asked for it — with 様). Pure: a row in, the fields out.
 */
public enum ExportKind {
    LEDGER("会員台帳", List.of("医籍登録番号", "氏名", "フリガナ", "旧姓・旧名", "旧姓・旧名フリガナ", "送付物の宛名に旧姓・旧名を使用",
            "性別", "生年月日", "郵便番号", "都道府県", "市区町村", "番地・建物", "電話番号", "携帯電話番号", "FAX", "メールアドレス",
            "出身大学", "卒業日", "所属施設", "会員区分", "状態", "入会日", "退会日")),
    LABELS("宛名ラベル", List.of("郵便番号", "住所1", "住所2", "氏名", "敬称", "医籍登録番号"));

    /** Honorific printed after the name on labels. */
    public static final String HONORIFIC = "様";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

    private final String title;
    private final List<String> columns;

    ExportKind(String title, List<String> columns) {
        this.title = title;
        this.columns = columns;
    }

    public String title() {
        return title;
    }

    public List<String> columns() {
        return columns;
    }

    /** The request parameter ({@code ledger} or {@code labels}); null for anything else. */
    public static ExportKind ofParameter(String p) {
        return Arrays.stream(values()).filter(k -> k.parameter().equals(p)).findFirst().orElse(null);
    }

    public String parameter() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The row's fields in the order of {@link #columns()}. */
    public List<String> fields(MemberQueries.Row r) {
        return switch (this) {
            case LEDGER -> Arrays.asList(r.registrationNumber(), join(r.familyName(), r.givenName()),
                    join(r.familyKana(), r.givenKana()), join(r.formerFamilyName(), r.formerGivenName()),
                    join(r.formerFamilyKana(), r.formerGivenKana()), r.useFormerNameOnMail() ? "1" : "0", sex(r.sex()),
                    date(r.birthDate()), r.postalCode(), prefecture(r.prefectureCode()), r.city(), r.street(), r.tel(),
                    r.mobile(), r.fax(), r.email(), r.graduationUniversity(), date(r.graduationDate()), r.facilityName(),
                    r.category().label(), r.status() == MembershipStatus.WITHDRAWN ? "退会" : "在籍", date(r.joinDate()),
                    date(r.leaveDate()));
            case LABELS -> {
                PersonName n = mailName(r);
                yield Arrays.asList(r.postalCode(), prefecture(r.prefectureCode()) + nz(r.city()), nz(r.street()),
                        n.getFull(), HONORIFIC, r.registrationNumber());
            }
        };
    }

    /** The name a label is addressed to ({@link Doctor#nameOnMail}). */
    static PersonName mailName(MemberQueries.Row r) {
        PersonName name = new PersonName(r.familyName(), r.givenName(), r.familyKana(), r.givenKana());
        PersonName former = r.formerFamilyName() == null ? null : new PersonName(r.formerFamilyName(),
                nz(r.formerGivenName()), nz(r.formerFamilyKana()), nz(r.formerGivenKana()));
        return Doctor.nameOnMail(name, former, r.useFormerNameOnMail());
    }

    static String prefecture(String code) {
        return code == null ? "" : Prefecture.findByCode(code).map(Prefecture::nameJa).orElse("");
    }

    private static String join(String family, String given) {
        return family == null ? "" : family + " " + nz(given);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String date(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    private static String sex(Sex s) {
        return s == null ? "" : s == Sex.MALE ? "男" : "女";
    }
}
