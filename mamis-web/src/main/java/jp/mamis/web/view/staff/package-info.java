/** Secretariat screens: the review queue, one application's review, and the association's own rules. */
package jp.mamis.web.view.staff;
