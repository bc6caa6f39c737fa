#!/usr/bin/env bash
# Load script of the reference app (not a unit test): files birth registrations through the Commune
# API over loopback HTTP and prints the rate and p50/p99 latency.
#   reference-app/load/run-load.sh [h2|postgresql] [seconds] [client-threads]
# Builds what it needs first (no install); run from the repository root.
set -euo pipefail
db="${1:-h2}"; seconds="${2:-20}"; threads="${3:-8}"
cp_file="$(mktemp)"
mvn -q -B -pl reference-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
cp="reference-app/target/test-classes:reference-app/target/classes:$(cat "$cp_file")"
exec java -Xmx512m -cp "$cp" vn.lienthong.refapp.load.SubmissionLoad "$db" "$seconds" "$threads"
