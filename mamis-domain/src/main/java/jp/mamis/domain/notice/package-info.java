/**
 * Notices (お知らせ) an association publishes to its members for a period: who may see one on
 * which day is decided here ({@link jp.mamis.domain.notice.Notice#isPublishedOn}).
 */
package jp.mamis.domain.notice;
