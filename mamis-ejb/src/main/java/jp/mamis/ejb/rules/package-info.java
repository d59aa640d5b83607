/** Each association's own rules: read by the admission services, changed (and audited) by its admin. */
package jp.mamis.ejb.rules;
