#!/usr/bin/env bash
# Crash script of the reference app (not a unit test): files dossiers, kills the app with SIGKILL
# in the middle, restarts it, and checks that every acknowledged dossier is present and reached the
# (sandbox) portal. On postgresql the database (embedded-postgres, sdk-core's TestPostgres) runs in
# the script's JVM and outlives the killed app process. Exit status 1 on any loss.
#   reference-app/load/run-crash.sh [h2|postgresql] [seconds] [client-threads]
set -euo pipefail
database="${1:-h2}"; seconds="${2:-10}"; threads="${3:-4}"
cp_file="$(mktemp)"
mvn -q -B -pl reference-app -am test-compile dependency:build-classpath \
  -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
cp="reference-app/target/test-classes:reference-app/target/classes:$(cat "$cp_file")"
exec java -Xmx256m -cp "$cp" vn.lienthong.refapp.load.CrashLoad "$database" "$seconds" "$threads"
