/**
 * The append-only access log (閲覧・操作記録): who viewed, decided, changed or downloaded which
 * member's data, when, from where and for which association. The database refuses updates and
 * deletes of its rows.
 */
package jp.mamis.domain.audit;
