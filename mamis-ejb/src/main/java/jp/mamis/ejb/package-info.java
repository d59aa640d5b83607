/**
 * MAMIS use-case services: {@code @Stateless} EJBs that are the transaction, security and
 * association-scope boundary. Each loads entities, calls one domain method, stores and
 * notifies; the rules themselves are in {@code mamis-domain}.
 */
package jp.mamis.ejb;
