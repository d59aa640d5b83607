#!/usr/bin/env bash
# The MAMIS test command: every test — domain unit tests, in-container service tests on Payara
# Micro with embedded PostgreSQL, the EAR on Payara Server and the real-browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-tools.sh
exec ./mvnw -B verify "$@"
