/**
 * The secretariat's member search (会員検索) at national scale: the criteria value object, the
 * queries that filter, sort, page, count and break down one association's memberships in the
 * database ({@link jp.mamis.ejb.members.MemberQueries}, reused by exports and benchmarks), the
 * member detail and edit, and the streamed downloads of a search result — 会員台帳 and 宛名ラベル
 * as CSV (UTF-8 with BOM or Windows-31J with an encoding report) and a label sheet PDF.
 */
package jp.mamis.ejb.members;
