#!/usr/bin/env bash
# Benchmark on a generated nation (run ./scripts/generate-nation.sh first): member searches, the
# national category statistics, dashboard counts and a streamed CSV export of every JMA member,
# with p50/p95 over the runs, as a table; EXPLAIN (ANALYZE, BUFFERS) of the slowest queries.
#   ./scripts/benchmark.sh [--runs 20] [--explain 3]
# Same database as the run command (or MAMIS_DB_*). Not part of the tests. MAMIS_SKIP_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${MAMIS_SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests install
fi
exec ./mvnw -B -q -pl server-config exec:java@benchmark -Dexec.args="$*"
