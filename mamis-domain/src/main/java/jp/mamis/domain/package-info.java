/**
 * The MAMIS domain: JPA entities, value objects and the membership rules themselves.
 * Nothing here talks to an EntityManager, Faces or the EJB container; services in
 * {@code mamis-ejb} load entities, call one method that enforces a rule, and store the result.
 */
package jp.mamis.domain;
