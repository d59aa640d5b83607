/**
 * The doctor (医師) as registered in MAMIS: 医籍登録番号 and date, name in kanji and katakana,
 * former name and whether mail uses it, sex, birth date, home address, contacts and graduation.
 * A doctor is the owner of memberships ({@link jp.mamis.domain.membership}) and enforces the
 * membership rules when one is added.
 */
package jp.mamis.domain.doctor;
