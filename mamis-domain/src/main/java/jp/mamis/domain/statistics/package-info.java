/**
 * Member statistics (統計) as pure arithmetic: the 会員区分別会員統計表 (counts by category and sex,
 * one block per prefecture for JMA) as a table that adds itself up and refuses counts that do not
 * add up, the counts by graduation year (卒業年度別), and the as-of-date rules — who was a member
 * on a day, and with which category — that the counting queries of {@code jp.mamis.ejb.statistics}
 * follow.
 */
package jp.mamis.domain.statistics;
