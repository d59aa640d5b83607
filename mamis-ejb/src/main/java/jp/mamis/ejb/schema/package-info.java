/** Schema migrations (Flyway, {@code db/migration}) run once at deployment, before anything touches the database. */
package jp.mamis.ejb.schema;
