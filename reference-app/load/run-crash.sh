#!/usr/bin/env bash
# Crash script of the reference app (not a unit test): files dossiers, kills the app with SIGKILL
# in the middle, restarts it, and checks that every acknowledged dossier is present and reached the
# (sandbox) portal. Exit status 1 on any loss.
#   reference-app/load/run-crash.sh [seconds] [client-threads]
set -euo pipefail
seconds="${1:-10}"; threads="${2:-4}"
cp_file="$(mktemp)"
mvn -q -B -pl reference-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
cp="reference-app/target/test-classes:reference-app/target/classes:$(cat "$cp_file")"
exec java -Xmx256m -cp "$cp" vn.lienthong.refapp.load.CrashLoad "$seconds" "$threads"
