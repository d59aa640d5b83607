#!/usr/bin/env bash
# The MAMIS run command: builds the EAR (tests skipped), then starts embedded PostgreSQL (or the
# database named by MAMIS_DB_URL/MAMIS_DB_USER/MAMIS_DB_PASSWORD), a local mail sink and Payara
# Server 6 with MAMIS deployed and demo data loaded. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
echo "Building MAMIS (first run downloads Maven, Payara and PostgreSQL from Maven Central)…"
./mvnw -B -q -DskipTests install
exec ./mvnw -B -q -pl server-config exec:java
