/** Writing the append-only access log, and where the current request came from. */
package jp.mamis.ejb.audit;
