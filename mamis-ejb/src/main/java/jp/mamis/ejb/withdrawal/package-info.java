/**
 * 退会届 for the signed-in member: the chains they can leave, the patterns that apply, the
 * announcements the associations want read first, and filing it. Review and effect go through
 * the same application machinery as admissions ({@link jp.mamis.ejb.review.ReviewService}).
 */
package jp.mamis.ejb.withdrawal;
