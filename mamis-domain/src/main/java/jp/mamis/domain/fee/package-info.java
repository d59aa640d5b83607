/**
 * Fees and relief (会費・減免): the fiscal year (年度, April–March), each association's relief
 * rules (会費減免条件) as configurable data — 卒後n年, age, resident categories, years since the
 * 医籍登録 — with which of them apply to a member in a given fiscal year, and the announcements an
 * association shows a member before a withdrawal (退会時のお知らせ) with the condition each is for.
 * Billing and payment are not here.
 */
package jp.mamis.domain.fee;
