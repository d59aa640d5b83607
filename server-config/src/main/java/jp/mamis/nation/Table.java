package jp.mamis.nation;

import java.util.List;

/**
 * The tables the generator fills, in the order they are loaded (every foreign key points to a
 * table loaded before), with the columns it writes; the others keep their defaults.
 */
public enum Table {
    ASSOCIATION("association", "id", "code", "name", "tier", "parent_id", "prefecture_code"),
    FACILITY("facility", "id", "name", "prefecture_code"),
    DOCTOR("doctor", "id", "registration_number", "registration_date", "family_name", "given_name", "family_kana",
            "given_kana", "former_family_name", "former_given_name", "former_family_kana", "former_given_kana",
            "use_former_name_on_mail", "sex", "birth_date", "postal_code", "prefecture_code", "city", "street", "tel",
            "mobile", "fax", "email", "graduation_university", "graduation_date", "search_name", "search_kana"),
    MEMBERSHIP("membership", "id", "doctor_id", "association_id", "facility_id", "category", "status", "join_date",
            "leave_date"),
    APPLICATION("application", "id", "type", "doctor_id", "facility_id", "source_facility_id", "status",
            "requested_start_date", "submission_key", "created_at", "submitted_at", "finished_at"),
    APPLICATION_LINE("application_line", "id", "application_id", "association_id", "position", "kind", "category",
            "status", "decided_by", "decided_at", "reason"),
    APPLICATION_EVENT("application_event", "id", "application_id", "kind", "at", "actor", "association_id", "reason"),
    MEMBERSHIP_EVENT("membership_event", "id", "membership_id", "kind", "cause", "effective_date", "category_before",
            "category_after", "facility_before", "facility_after", "application_id", "actor", "recorded_at");

    private final String sqlName;
    private final List<String> columns;

    Table(String sqlName, String... columns) {
        this.sqlName = sqlName;
        this.columns = List.of(columns);
    }

    public String sqlName() {
        return sqlName;
    }

    public List<String> columns() {
        return columns;
    }

    /** Position of a column in the rows the generator writes. */
    public int column(String name) {
        int i = columns.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException(sqlName + " has no column " + name);
        }
        return i;
    }

    /** The column list for {@code COPY table (…) FROM STDIN}. */
    public String copyColumns() {
        return sqlName + " (" + String.join(", ", columns) + ")";
    }
}
