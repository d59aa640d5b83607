/**
 * 会員区分の変更 at the end of a resident's training: the daily job that raises the tasks
 * ({@link jp.mamis.ejb.categoryreview.CategoryReviewJob}), the secretariat's list where a task is
 * applied or dismissed, the training end date staff set when a training is extended, and the
 * member's notices.
 */
package jp.mamis.ejb.categoryreview;
