/**
 * Japanese calendar forms of dates: 和暦 (令和8年12月2日) for certificates and statistics headers,
 * and the Western forms printed beside them (2026年12月2日, 2026/12/02).
 */
package jp.mamis.domain.calendar;
