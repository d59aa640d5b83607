/**
 * The nation-sized data generator behind {@code scripts/generate-nation.sh}: about 950
 * associations in the real tier structure and 343,000 doctors with memberships, their history and
 * applications, deterministic for a seed, loaded with COPY into the run command's database (or the
 * one MAMIS_DB_* names) for the benchmark and for trying the secretariat screens at scale.
 */
package jp.mamis.nation;
