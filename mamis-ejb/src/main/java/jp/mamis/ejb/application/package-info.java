/**
 * What member and staff services share about applications: the queries that find them and the
 * read-only views of one application (lines, history, messages, attachments) built from them.
 */
package jp.mamis.ejb.application;
