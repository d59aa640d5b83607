#!/usr/bin/env bash
# The service benchmark on a generated nation (run ./scripts/generate-nation.sh first), not part of
# the tests: the services in Payara Micro (member search, export, statistics, dashboard) against the
# same searches as raw SQL, with EXPLAIN (ANALYZE, BUFFERS) of the slowest.
#   ./scripts/benchmark.sh [--runs 20]
# Same database as the run command (its embedded PostgreSQL in .mamis/pgdata, which must not be
# running), or the one of MAMIS_DB_URL / MAMIS_DB_USER / MAMIS_DB_PASSWORD.
# The service benchmark's tables are printed and kept in mamis-ejb/target/service-benchmark.md.
# MAMIS_SKIP_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${MAMIS_SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests install
fi
runs=20
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    *) echo "usage: benchmark.sh [--runs 20]" >&2; exit 2 ;;
  esac
done
extra=()
if [ -n "${MAMIS_DB_URL:-}" ]; then
  extra+=(-Dbenchmark.database=true)
fi
rm -f mamis-ejb/target/service-benchmark.md
set +e
./mvnw -B -pl mamis-ejb verify -Dbenchmark=true -Dbenchmark.runs="$runs" ${extra[@]+"${extra[@]}"} \
  | grep -E '^\s+(tier 3|prefecture|JMA|export)|BUILD|ERROR|FAIL|Tests run'
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ] || [ ! -s mamis-ejb/target/service-benchmark.md ]; then
  echo "The service benchmark failed (see mamis-ejb/target/failsafe-reports)." >&2
  exit 1
fi
cat mamis-ejb/target/service-benchmark.md
