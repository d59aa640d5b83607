/**
 * Category changes at the end of a resident's clinical training (臨床研修): A2(C) → A2(B) and
 * C → B become a task (会員区分変更タスク) for the secretariat of each association where the member
 * holds such a category, raised once per membership and transition when the training has ended,
 * then applied (the membership's category changes with cause CATEGORY_REVIEW) or dismissed with a reason.
 */
package jp.mamis.domain.categoryreview;
