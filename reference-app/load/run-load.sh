#!/usr/bin/env bash
# Load script of the reference app (not a unit test): files birth registrations through the Commune
# API over loopback HTTP and prints the rate, p50/p99 latency, the outbox drain time and the CPU
# time per filing.
#   reference-app/load/run-load.sh [h2|postgresql] [seconds] [client-threads] [same|separate]
# "same" runs the load generator in the app's JVM, "separate" in a second JVM (default: same).
# LOAD_JAVA_OPTS adds JVM options to the app's JVM, e.g. a CPU profile of the measured run only:
#   LOAD_JAVA_OPTS='-Dload.jfr=/tmp/load.jfr' reference-app/load/run-load.sh h2 20 8
# Builds what it needs first (no install); run from the repository root.
set -euo pipefail
db="${1:-h2}"; seconds="${2:-20}"; threads="${3:-8}"; generator="${4:-same}"
cp_file="$(mktemp)"
mvn -q -B -pl reference-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
cp="reference-app/target/test-classes:reference-app/target/classes:$(cat "$cp_file")"
# shellcheck disable=SC2086
exec java -Xmx512m ${LOAD_JAVA_OPTS:-} -cp "$cp" vn.lienthong.refapp.load.SubmissionLoad \
  "$db" "$seconds" "$threads" "$generator"
