#!/usr/bin/env bash
# Reproduces every figure in benchmarks/RESULTS.md.
#
#   ./benchmarks/run.sh           full mode: 2 forks; calls 3 x 1 s warm-up, 5 x 1 s measurement; decode 4 x 1 s,
#                                 5 x 2 s; 10 cold starts per vendor (about 20 minutes on 2 cores)
#   ./benchmarks/run.sh --quick   quick mode: 1 fork, short iterations, 3 cold starts (under 5 minutes on 2 cores)
#
# Options: --skip-build (use the jar already built), --only <calls|decode|waiting|coldstart> (repeatable).
# Raw outputs and summary.md go to benchmarks/target/results/. Extra Maven flags: MVN_ARGS="-o" ./benchmarks/run.sh
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/benchmarks/target/results"
jar="$root/benchmarks/target/benchmarks.jar"

mode=full
build=yes
only=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) mode=quick ;;
    --full) mode=full ;;
    --skip-build) build=no ;;
    --only) only+=("$2"); shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
wanted() { [[ ${#only[@]} -eq 0 ]] || [[ " ${only[*]} " == *" $1 "* ]]; }

# The per-call part runs 48 trials (14 calls x library and two floors, 3 list calls x two floors plus a parse), so
# its iterations are shorter than the decode part's; sample mode collects thousands of calls even so.
if [[ $mode == quick ]]; then
  calls_opts=(-f 1 -wi 2 -w 500ms -i 3 -r 500ms)
  jmh_opts=(-f 1 -wi 2 -w 1 -i 3 -r 1)
  cold_runs=3
else
  calls_opts=(-f 2 -wi 3 -w 1 -i 5 -r 1)
  jmh_opts=(-f 2 -wi 4 -w 1 -i 5 -r 2)
  cold_runs=10
fi

if [[ $build == yes ]]; then
  # The module is in the `benchmarks` profile, so a plain `./mvnw verify` does not build it.
  echo "== building the benchmarks jar (./mvnw -q -B -Pbenchmarks -pl benchmarks -am package -DskipTests)"
  # shellcheck disable=SC2086
  ./mvnw -q -B -Pbenchmarks ${MVN_ARGS:-} -pl benchmarks -am package -DskipTests
fi
[[ -f $jar ]] || { echo "run.sh: $jar is missing; run without --skip-build" >&2; exit 1; }

mkdir -p "$out"
load() { cut -d' ' -f1-3 /proc/loadavg; }
{
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "mode:    $mode (JMH calls ${calls_opts[*]}, decode ${jmh_opts[*]}; $cold_runs cold starts per vendor)"
  echo "git:     $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . 2>/dev/null || echo ' (uncommitted changes)')"
  echo "cpu:     $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "memory:  $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  echo "jdk:     $(java -version 2>&1 | head -n 1) / $(java -version 2>&1 | sed -n 3p)"
  echo "load at start (1, 5, 15 min): $(load)"
} > "$out/machine.txt"
cat "$out/machine.txt"

if wanted calls; then
  cases=$(java -cp "$jar" io.elements4j.benchmarks.calls.CallCases)
  echo "== 1. per-call overhead: $cases (load $(load))"
  java -jar "$jar" 'CallOverheadBenchmark\.(library|floor|sameClientFloor)$' -p "call=$cases" "${calls_opts[@]}" \
      -rf json -rff "$out/calls.json" > "$out/calls.log"
  lists=$(java -cp "$jar" io.elements4j.benchmarks.calls.CallCases list)
  echo "   list calls against the floors plus a plain tree parse: $lists"
  java -jar "$jar" 'CallOverheadBenchmark\.(floorAndTreeParse|sameClientFloorAndTreeParse)$' -p "call=$lists" "${calls_opts[@]}" \
      -rf json -rff "$out/calls-list-tree.json" > "$out/calls-list-tree.log"
  tail -n 3 "$out/calls.log"
  echo "   the client choice: one 1 KB GET on each candidate client"
  java -jar "$jar" 'TransportChoiceBenchmark' "${calls_opts[@]}" -rf json -rff "$out/clients.json" > "$out/clients.log"
fi

if wanted decode; then
  echo "== 2. decode and map (load $(load))"
  java -jar "$jar" 'DecodeBenchmark' "${jmh_opts[@]}" -rf json -rff "$out/decode.json" > "$out/decode.log"
  tail -n 3 "$out/decode.log"
fi

if wanted waiting; then
  echo "== 3. waiting at scale (load $(load))"
  # Serial GC: System.gc() then settles the heap exactly, for the per-task memory figure.
  java -XX:+UseSerialGC -Xms256m -Xmx256m -cp "$jar" io.elements4j.benchmarks.waiting.WaitingAtScale \
      > "$out/waiting.txt"
  grep -v '^waiting\.' "$out/waiting.txt" > "$out/waiting.md"
  cat "$out/waiting.md"
fi

if wanted coldstart; then
  echo "== 4. cold start (load $(load))"
  rm -rf "$out/coldstart"
  if [[ ! -x /usr/bin/time ]]; then
    echo "run.sh: cold start NOT measured: /usr/bin/time (GNU time) is missing." >&2
    echo "        Install it with: apt-get update && apt-get install -y time" >&2
  else
    mkdir -p "$out/coldstart"
    full_cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/runtime-classpath.txt")"
    providers=(kling-official useapi evolink fal-queue)
    # The simulators serve from their own JVM; it lives as long as its standard input stays open.
    fifo="$out/coldstart/sandbox.in"
    mkfifo "$fifo"
    java -cp "$full_cp" io.elements4j.benchmarks.coldstart.SandboxServer "$out/coldstart" "${providers[@]}" \
        < "$fifo" > "$out/coldstart/sandbox.log" 2>&1 &
    sandbox_pid=$!
    exec 9> "$fifo"
    trap 'exec 9>&-; wait "$sandbox_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 1 120); do
      grep -q 'sandbox ready' "$out/coldstart/sandbox.log" 2>/dev/null && break
      kill -0 "$sandbox_pid" 2>/dev/null || { cat "$out/coldstart/sandbox.log" >&2; exit 1; }
      sleep 0.5
    done
    grep -q 'sandbox ready' "$out/coldstart/sandbox.log" || { echo "run.sh: the sandbox did not start" >&2; exit 1; }
    for provider in "${providers[@]}"; do
      # A host app's class path: ports, support, this one adapter and their libraries; no JMH, no sandbox,
      # no other adapter.
      thin_cp=$(tr ':' '\n' <<< "$full_cp" \
          | grep -v -E '/(jmh-core|jopt-simple|commons-math3|wiremock-standalone)-|/elements-sandbox/' \
          | grep -v -E "/adapter-(kling-official|useapi|evolink|fal-queue)/" ; \
          tr ':' '\n' <<< "$full_cp" | grep -E "/adapter-$provider/")
      thin_cp=$(paste -sd: <<< "$thin_cp")
      mapfile -t props < "$out/coldstart/$provider.jvmargs"
      for run in $(seq 1 "$cold_runs"); do
        /usr/bin/time -v java "${props[@]}" -cp "$thin_cp" io.elements4j.benchmarks.coldstart.ColdStart \
            > /dev/null 2> "$out/coldstart/$provider-$run.txt" || true
      done
      grep -h '^coldstart' "$out/coldstart/$provider"-*.txt | tail -n 1 || true
    done
  fi
fi

echo "load at end (1, 5, 15 min): $(load)" >> "$out/machine.txt"
java -cp "$jar" io.elements4j.benchmarks.report.Summary "$out" > "$out/summary.md"
echo "== summary: $out/summary.md"
cat "$out/summary.md"
