/**
 * Memberships (会員資格) of a doctor at one association: category (会員区分), status, join and
 * leave dates and the facility (所属施設) the membership belongs to. The rules that decide
 * whether a membership may be added live in {@link jp.mamis.domain.doctor.Doctor#join}.
 */
package jp.mamis.domain.membership;
