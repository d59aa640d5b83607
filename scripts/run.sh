#!/usr/bin/env bash
# The MAMIS run command: builds the EAR (tests skipped), then starts embedded PostgreSQL (or the
# database named by MAMIS_DB_URL/MAMIS_DB_USER/MAMIS_DB_PASSWORD), a local mail sink and Payara
# Server 6 with MAMIS deployed and demo data loaded. Ctrl-C stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
# Certificates embed the IPAex Gothic font (Debian's fonts-ipaexfont), unless MAMIS_PDF_FONT names another.
if [ -z "${MAMIS_PDF_FONT:-}" ] && [ ! -r /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ]; then
  echo "Installing fonts-ipaexfont (Debian package) for certificate PDFs…"
  sudo_cmd=()
  [ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends fonts-ipaexfont >/dev/null
fi
echo "Building MAMIS (first run downloads Maven, Payara and PostgreSQL from Maven Central)…"
./mvnw -B -q -DskipTests install
exec ./mvnw -B -q -pl server-config exec:java
