#!/usr/bin/env bash
# Startup script of the reference app (not a unit test): time from `java -Xmx256m -jar` to the
# first page answering 200, without and with an AppCDS archive (Java 17: a dynamic archive written
# by a training run with -XX:ArchiveClassesAtExit, then used with -XX:SharedArchiveFile).
#   reference-app/load/startup.sh [runs]
# Each figure is "wall ms (cpu ms)": the CPU time the JVM used until the first page, which a busy
# shared machine disturbs far less than the wall time; the app's own line "started in N ms ...;
# slowest: ..." is printed after each run. On a busy machine compare jars in one interleaved run:
#   STARTUP_BASELINE_JAR=/tmp/old-reference-app.jar reference-app/load/startup.sh 3
# Needs the jar: mvn -q -B -pl reference-app -am package -DskipTests. Run from the repository root.
# The first start (demo PKI, database creation) is not counted; port LIENTHONG_HTTP_PORT or 18080.
set -euo pipefail
runs="${1:-3}"
jar=reference-app/target/reference-app.jar
baseline="${STARTUP_BASELINE_JAR:-}"
port="${LIENTHONG_HTTP_PORT:-18080}"
work="$(mktemp -d)"
export LIENTHONG_HTTP_PORT="$port"

start() { # start <label> <jar> <data dir> [jvm options...]: prints "wall ms (cpu ms)"
  local label="$1" app="$2" data="$3"; shift 3
  local t0 pid ms cpu
  t0=$(date +%s%N)
  LIENTHONG_DATA_DIR="$data" java -Xmx256m "$@" -jar "$app" >"$work/$label.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://localhost:$port/"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app exited, see $work/$label.log" >&2; exit 1; fi
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
  kill -TERM "$pid"; wait "$pid" || true
  echo "$ms ms (cpu $cpu ms)"
}

slowest() { # slowest <label>: the app's own start-up line
  grep -o 'started in .*' "$work/$1.log" | head -1 || true
}

start first "$jar" "$work/data" >/dev/null
start training "$jar" "$work/data" -XX:ArchiveClassesAtExit="$work/app.jsa" >/dev/null
if [ -n "$baseline" ]; then
  start baseline-first "$baseline" "$work/baseline-data" >/dev/null
fi
for i in $(seq "$runs"); do
  if [ -n "$baseline" ]; then
    echo "run $i: baseline $(start "baseline-$i" "$baseline" "$work/baseline-data")"
  fi
  plain=$(start "plain-$i" "$jar" "$work/data")
  cds=$(start "cds-$i" "$jar" "$work/data" -XX:SharedArchiveFile="$work/app.jsa")
  echo "run $i: ${plain} without CDS, ${cds} with the AppCDS archive ($(cut -d' ' -f1-3 /proc/loadavg))"
  echo "  $(slowest "plain-$i")"
done
