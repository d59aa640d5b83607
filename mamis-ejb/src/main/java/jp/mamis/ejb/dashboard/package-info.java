/**
 * The secretariat's dashboard (事務局ダッシュボード): applications waiting for the association by
 * type and queue stage, active members by category, and the changes to its members since the
 * staff member's previous sign-in — grouped count queries only, so it stays fast at JMA's size.
 */
package jp.mamis.ejb.dashboard;
