#!/usr/bin/env bash
# Fills the run command's database (embedded PostgreSQL in .mamis/pgdata, reached where it runs or
# started for the load) — or the one named by MAMIS_DB_URL/MAMIS_DB_USER/MAMIS_DB_PASSWORD — with a
# generated nation: ~950 associations, 343,000 doctors, their memberships, history and applications.
#   ./scripts/generate-nation.sh [--seed 42] [--doctors 343000] [--force]
# The same seed gives the same data. A database holding doctors besides the demo's is refused;
# --force empties its schema first (all its data is lost; demo data reloads at the next demo start).
# MAMIS_SKIP_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${MAMIS_SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests install
fi
exec ./mvnw -B -q -pl server-config exec:java@nation -Dexec.args="$*"
