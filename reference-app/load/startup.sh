#!/usr/bin/env bash
# Startup script of the reference app (not a unit test): time from `java -Xmx256m -jar` to the
# first page answering 200, without and with an AppCDS archive (Java 17: a dynamic archive written
# by a training run with -XX:ArchiveClassesAtExit, then used with -XX:SharedArchiveFile).
#   reference-app/load/startup.sh [runs]
# Needs the jar: mvn -q -B -pl reference-app -am package -DskipTests. Run from the repository root.
# The first start (demo PKI, database creation) is not counted; port LIENTHONG_HTTP_PORT or 18080.
set -euo pipefail
runs="${1:-3}"
jar=reference-app/target/reference-app.jar
port="${LIENTHONG_HTTP_PORT:-18080}"
work="$(mktemp -d)"
export LIENTHONG_HTTP_PORT="$port" LIENTHONG_DATA_DIR="$work/data"

start() { # start <label> [jvm options...]: prints the milliseconds to the first page
  local label="$1"; shift
  local t0 pid ms
  t0=$(date +%s%N)
  java -Xmx256m "$@" -jar "$jar" >"$work/$label.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited, see $work/$label.log" >&2; exit 1; fi
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  kill -TERM "$pid"; wait "$pid" || true
  echo "$ms"
}

start first >/dev/null
start training -XX:ArchiveClassesAtExit="$work/app.jsa" >/dev/null
for i in $(seq "$runs"); do
  plain=$(start "plain-$i")
  cds=$(start "cds-$i" -XX:SharedArchiveFile="$work/app.jsa")
  echo "run $i: ${plain} ms without CDS, ${cds} ms with the AppCDS archive ($(cut -d' ' -f1-3 /proc/loadavg))"
done
