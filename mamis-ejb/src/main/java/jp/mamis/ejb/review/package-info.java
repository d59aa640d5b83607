/**
 * A secretariat's review of the applications routed to its association: the queue and its
 * counts, one application's detail, approve / reject / return, messages and attachment
 * downloads. Every id is checked against the caller's association; every view and decision is
 * written to the access log.
 */
package jp.mamis.ejb.review;
