/**
 * The secretariat's statistics: the 会員区分別会員統計表 (one grouped query with grouping sets, the
 * national block and the prefecture blocks counted together so the domain table can check they
 * add up), counts by graduation year, and the table as CSV (UTF-8 with BOM). Scoped to the calling
 * staff's association and written to the access log.
 */
package jp.mamis.ejb.statistics;
