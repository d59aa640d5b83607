/**
 * The local launcher behind the README's run command: an embedded PostgreSQL (or the one named by
 * MAMIS_DB_*), a local mail sink, the Payara Server domain with the MAMIS EAR deployed; Ctrl-C stops
 * everything it started. The same {@link jp.mamis.launcher.MamisStack} runs the EAR for the tests.
 */
package jp.mamis.launcher;
