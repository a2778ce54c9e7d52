#!/usr/bin/env bash
# Reproduces every figure in benchmarks/RESULTS.md.
#
#   ./benchmarks/run.sh           full mode: calls 1 fork, 10 x 1 s warm-up, 6 x 1 s measurement; decode 2 forks,
#                                 4 x 1 s, 5 x 2 s; 10 cold starts per vendor (about 35 minutes on 2 cores)
#   ./benchmarks/run.sh --quick   quick mode: 1 fork, short iterations, 3 cold starts (under 5 minutes on 2 cores)
#
# Options: --skip-build (use the jars already built),
# --only <calls|paired|node|decode|waiting|coldstart|bulk|fleet|clistart|clinode>
# (repeatable). paired: the library and its same-client floor in turns, call by call (part of calls); node: the npm
# package kling-api 1.0.0 (the Node peer, installed under benchmarks/target/node, never into the product) on the
# per-call exchanges, beside the library's figures of the same run, then both in alternating rounds against one stub
# (PairedNode); bulk: 10,000 creates
# at a simulator's limits, then kill -9 and resume through the CLI (about 6 min); fleet: three JVMs on one embedded
# PostgreSQL share a 3,000-draft run and an account's limit, one killed with SIGKILL, then callbacks sent to any
# instance (about 4 min); clistart: the CLI's cold start
# without and with its start-up archive (AppCDS), then `elements task ID` against the Node peer's one-shot lookup
# (that last part alone: clinode; CLISTART_BEFORE_ROOT=<dir>, a checkout of another commit with its CLI jar built,
# adds its launcher as a third side), over plain http and then over TLS (a throwaway keytool certificate).
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
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
wanted() { [[ ${#only[@]} -eq 0 ]] || [[ " ${only[*]} " == *" $1 "* ]]; }

# The per-call part runs 48 trials (14 calls x library and two floors, 3 list calls x two floors plus a parse), so
# its iterations are shorter than the decode part's; sample mode collects thousands of calls even so. Its warm-up is
# 10 s: with 3 s, a Kling create was still being compiled (C2) through the first measured iterations, whose medians
# fell from about 200 to 110 us, and the run's median was that of a half-compiled library; a floor is steady within
# a second.
# The Node peer gets what a JMH trial of the per-call part gets: per operation, rounds x (warm-up s + measured s).
if [[ $mode == quick ]]; then
  calls_opts=(-f 1 -wi 2 -w 500ms -i 3 -r 500ms)
  clients_opts=("${calls_opts[@]}")
  node_opts=(1 1.5 1)
  jmh_opts=(-f 1 -wi 2 -w 1 -i 3 -r 1)
  cold_runs=3
else
  calls_opts=(-f 1 -wi 10 -w 1 -i 6 -r 1)
  clients_opts=(-f 2 -wi 3 -w 1 -i 5 -r 1)
  node_opts=(10 6 1)
  jmh_opts=(-f 2 -wi 4 -w 1 -i 5 -r 2)
  cold_runs=10
fi
# The CLI against the Node peer's one-shot lookup: 21 runs of each, interleaved (7 with --quick).
peer_runs=$(( cold_runs > 7 ? 21 : 7 ))

if [[ $build == yes ]]; then
  # The module is in the `benchmarks` profile, so a plain `./mvnw verify` does not build it.
  echo "== building the benchmarks jar and the CLI jar (./mvnw -q -B -Pbenchmarks -pl benchmarks,elements-cli -am package -DskipTests)"
  # shellcheck disable=SC2086
  ./mvnw -q -B -Pbenchmarks ${MVN_ARGS:-} -pl benchmarks,elements-cli -am package -DskipTests
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
  lists=$(java -cp "$jar" io.elements4j.benchmarks.calls.CallCases list)
  echo "== 1. per-call overhead: $cases (load $(load)); the lists also against the floors plus a plain tree parse"
  # One JMH run per call: its library and floors are measured within a minute or two of each other. In one run over
  # every call, JMH measures each method for all the calls before the next method, so a call's library and its floor
  # were minutes apart, and this machine's speed drifts by tens of percent over that time.
  rm -rf "$out/calls" && mkdir -p "$out/calls"
  : > "$out/calls.log"
  IFS=, read -r -a each_call <<< "$cases"
  call_files=()
  for call in "${each_call[@]}"; do
    call_files+=("$out/calls/${call//\//_}.json")
    methods='library|floor|sameClientFloor'
    [[ ",$lists," == *",$call,"* ]] && methods="$methods|floorAndTreeParse|sameClientFloorAndTreeParse"
    java -jar "$jar" "CallOverheadBenchmark\\.($methods)\$" -p "call=$call" "${calls_opts[@]}" \
        -rf json -rff "${call_files[-1]}" >> "$out/calls.log"
  done
  java -cp "$jar" io.elements4j.benchmarks.report.MergeResults "$out/calls.json" 'library|floor|sameClientFloor' \
      "${call_files[@]}"
  java -cp "$jar" io.elements4j.benchmarks.report.MergeResults "$out/calls-list-tree.json" \
      'floorAndTreeParse|sameClientFloorAndTreeParse' "${call_files[@]}"
  echo "   load after the per-call part: $(load)"
  echo "   8 threads sharing one facade (task lookups), against the same-client floor shared the same way"
  # Eight threads need a longer warm-up than one before both sides settle (3 x 1 s left them at a third of it).
  threads_opts=(-f 2 -wi 8 -w 2 -i 5 -r 2)
  [[ $mode == quick ]] && threads_opts=(-f 1 -wi 4 -w 2 -i 3 -r 1)
  java -jar "$jar" 'SharedFacadeThroughputBenchmark' "${threads_opts[@]}" \
      -rf json -rff "$out/calls-threads.json" > "$out/calls-threads.log"
  tail -n 4 "$out/calls-threads.log"
  # The same in alternating rounds, both sides meeting the same minutes of the machine (PairedThreads, 70 s):
  # JMH above runs the library's forks, then the floor's.
  java -Xms512m -Xmx512m -Dsun.net.httpserver.nodelay=true -cp "$jar" io.elements4j.benchmarks.calls.PairedThreads \
      2> "$out/paired-threads.log" | tee "$out/paired-threads.md"
  echo "   the client choice: one 1 KB GET on each candidate client"
  java -jar "$jar" 'TransportChoiceBenchmark' "${clients_opts[@]}" -rf json -rff "$out/clients.json" > "$out/clients.log"
fi

# Part of calls; `--only paired` runs it alone (about 8 minutes). The library and its same-client floor in turns,
# call by call, in one loop: both sides of each ratio meet the same moment of the machine (PairedCalls).
if wanted calls || wanted paired; then
  echo "== 1g. the library and its same-client floor in turns, call by call (load $(load))"
  java -Xms512m -Xmx512m -Dsun.net.httpserver.nodelay=true -cp "$jar" io.elements4j.benchmarks.calls.PairedCalls \
      2> "$out/paired.log" | tee "$out/paired.md"
fi

# The Node peer: kling-api 1.0.0 and its dependencies at the versions benchmarks/node/package-lock.json pins,
# installed under benchmarks/target/node beside copies of the harness scripts, so `import 'kling-api'` resolves there
# as in a user's project. Installed again only when the lock file changed.
node_dir="$root/benchmarks/target/node"
node_setup() {
  command -v node > /dev/null && command -v npm > /dev/null \
      || { echo "run.sh: the Node peer needs node (18 or later) and npm: apt-get install -y nodejs npm" >&2; exit 1; }
  mkdir -p "$node_dir"
  cp "$root"/benchmarks/node/package.json "$root"/benchmarks/node/package-lock.json "$root"/benchmarks/node/*.mjs \
      "$node_dir/"
  if ! cmp -s "$node_dir/package-lock.json" "$node_dir/node_modules/.installed-lock.json" 2>/dev/null; then
    echo "   installing the Node peer (npm ci in benchmarks/target/node)"
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error > "$node_dir/npm-ci.log" 2>&1) \
        || { cat "$node_dir/npm-ci.log" >&2; echo "run.sh: npm ci failed" >&2; exit 1; }
    cp "$node_dir/package-lock.json" "$node_dir/node_modules/.installed-lock.json"
  fi
}

# The per-call benchmark's Kling stub (same routes, same bytes) in a JVM of its own, for clients off the JVM; it
# writes the exchanges the library made to <dir>/exchanges.json and serves until fd 7 closes.
peer_stub_start() {   # <dir> [<pkcs12> <password>]: with a key store, the stub serves TLS
  local dir=$1
  shift
  mkfifo "$dir/stub.in"
  java -Xms512m -Xmx512m -cp "$jar" io.elements4j.benchmarks.calls.KlingPeerStub "$dir/exchanges.json" "$@" \
      < "$dir/stub.in" > "$dir/stub.log" 2>&1 &
  peer_stub=$!
  exec 7> "$dir/stub.in"
  for _ in $(seq 1 120); do
    grep -q 'stub ready' "$dir/stub.log" 2>/dev/null && return 0
    kill -0 "$peer_stub" 2>/dev/null || break
    sleep 0.5
  done
  cat "$dir/stub.log" >&2; echo "run.sh: the Kling stub did not start" >&2; exit 1
}
peer_stub_stop() {
  exec 7>&-
  wait "$peer_stub" 2>/dev/null || true
}
json_field() { node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[process.argv[2]])' "$1" "$2"; }

if wanted node; then
  echo "== 1d. the Node peer: kling-api 1.0.0 on the same exchanges (load $(load))"
  node_setup
  dir="$out/node"
  rm -rf "$dir"; mkdir -p "$dir"
  peer_stub_start "$dir"
  (cd "$node_dir" && npm ls --depth=0 --all 2>/dev/null | tail -n +2; node --version; \
      node -p 'require("./node_modules/axios/package.json").version' | sed 's/^/axios /') > "$dir/versions.txt"
  node "$node_dir/peer.mjs" "$dir/exchanges.json" "${node_opts[@]}" > "$out/node.json" 2> "$dir/peer.log" \
      || { cat "$dir/peer.log" >&2; peer_stub_stop; echo "run.sh: the Node peer's run failed" >&2; exit 1; }
  peer_stub_stop
  grep '^stub answered' "$dir/stub.log" | sed 's/^/   /'
  # The same exchanges with both sides taking turns in batches of 20 calls against one stub, one warm Node process
  # per operation (PairedNode, about 3 minutes): the figure above takes the library's median from the per-call part,
  # measured minutes before the peer's.
  echo "   paired: the library and the Node peer in alternating rounds (load $(load))"
  java -Xms512m -Xmx512m -Dsun.net.httpserver.nodelay=true -cp "$jar" io.elements4j.benchmarks.calls.PairedNode \
      "$node_dir/peer.mjs" 2> "$dir/paired-node.log" | tee "$out/paired-node.md"
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

cli_jar=$(ls -t "$root"/elements-cli/target/elements-cli-*-all.jar 2>/dev/null | head -n 1 || true)
full_cp="$root/benchmarks/target/classes:$(cat "$root/benchmarks/target/runtime-classpath.txt")"

if wanted bulk; then
  echo "== 5. bulk creation at the limits (load $(load))"
  [[ -n $cli_jar ]] || { echo "run.sh: the CLI jar is missing; run without --skip-build" >&2; exit 1; }
  bulk_mode=full
  [[ $mode == quick ]] && bulk_mode=quick
  java -cp "$full_cp" io.elements4j.benchmarks.bulk.BulkAtLimits "$out" "$cli_jar" "$bulk_mode" \
      > "$out/bulk.log" 2>&1 || { tail -n 40 "$out/bulk.log" >&2; echo "run.sh: the bulk checks failed" >&2; }
  cat "$out/bulk.md" 2>/dev/null || true
fi

if wanted fleet; then
  echo "== 5b. a fleet of three JVMs on one PostgreSQL, one killed (load $(load))"
  fleet_mode=full
  [[ $mode == quick ]] && fleet_mode=quick
  java -cp "$full_cp" io.elements4j.benchmarks.fleet.FleetAtLimits "$out/fleet" "$fleet_mode" \
      > "$out/fleet.log" 2>&1 || { tail -n 40 "$out/fleet.log" >&2; echo "run.sh: the fleet checks failed" >&2; }
  cat "$out/fleet/fleet.md" 2>/dev/null || true
fi

if wanted clistart; then
  echo "== 6. CLI cold start, without and with the start-up archive (load $(load))"
  [[ -n $cli_jar ]] || { echo "run.sh: the CLI jar is missing; run without --skip-build" >&2; exit 1; }
  [[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time (GNU time) is missing: apt-get install -y time" >&2; exit 1; }
  dir="$out/clistart"
  rm -rf "$dir"; mkdir -p "$dir"
  fifo="$dir/sandbox.in"
  mkfifo "$fifo"
  java -cp "$full_cp" io.elements4j.benchmarks.coldstart.SandboxServer "$dir" kling-official < "$fifo" \
      > "$dir/sandbox.log" 2>&1 &
  cli_sandbox=$!
  exec 8> "$fifo"
  for _ in $(seq 1 120); do grep -q 'sandbox ready' "$dir/sandbox.log" 2>/dev/null && break; sleep 0.5; done
  mapfile -t kprops < "$dir/kling-official.jvmargs"
  opts=(-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC)  # what the launcher uses
  archive="$dir/elements-cli.jsa"
  # The launcher's two steps, timed: what the first command after a build pays (a training run listing the classes
  # the common commands load, then the static archive of them).
  /usr/bin/time -f '%e %M' java "${opts[@]}" -XX:DumpLoadedClassList="$dir/classes.lst" \
      -cp "$cli_jar" io.elements4j.cli.StartupTraining > /dev/null 2> "$dir/training.txt" || true
  /usr/bin/time -f '%e %M' java "${opts[@]}" -Xshare:dump -XX:SharedClassListFile="$dir/classes.lst" \
      -XX:SharedArchiveFile="$archive" -Xlog:cds=off -cp "$cli_jar" > /dev/null 2> "$dir/dump.txt" || true
  cds=(-XX:SharedArchiveFile="$archive" -Xshare:auto -Xlog:cds=off)
  # "Without": this jar without the archive, or, with CLISTART_BEFORE_JAR=<jar>, another build (such as the CLI
  # before the start-up work) run as the launcher ran it then.
  before_jar="${CLISTART_BEFORE_JAR:-$cli_jar}"
  refused=(create --provider kling-official --name Refused --frontal https://example.com/front.jpg)
  created=(create --provider kling-official --name Courier --frontal https://example.com/front.jpg --extra
           https://example.com/side.jpg --description 'A courier')
  echo "| command | runs | without archive: median wall s | median max RSS MiB | with archive: median wall s | median max RSS MiB | with / without |" > "$dir/table.md"
  echo "|---|---:|---:|---:|---:|---:|---:|" >> "$dir/table.md"
  for name in providers refused created; do
    case $name in
      providers) args=(providers) ;;
      refused) args=("${refused[@]}") ;;
      created) args=("${kprops[@]}" "${created[@]}") ;;
    esac
    for run in $(seq 1 "$cold_runs"); do   # interleaved, so load drifts touch both alike
      /usr/bin/time -f '%e %M' java "${opts[@]}" -jar "$before_jar" "${args[@]}" > /dev/null 2> "$dir/$name-off-$run.txt" || true
      /usr/bin/time -f '%e %M' java "${opts[@]}" "${cds[@]}" -jar "$cli_jar" "${args[@]}" > /dev/null 2> "$dir/$name-on-$run.txt" || true
    done
    med() { for f in "$dir/$name-$1"-*.txt; do tail -n 1 "$f"; done | awk -v c="$2" '{print $c}' | sort -g \
        | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print m}'; }
    off=$(med off 1); on=$(med on 1)
    awk -v n="$name" -v r="$cold_runs" -v off="$off" -v on="$on" -v roff="$(med off 2)" -v ron="$(med on 2)" \
        'BEGIN {printf "| %s | %d | %.2f | %.0f | %.2f | %.0f | %.2f |\n", n, r, off, roff/1024, on, ron/1024, on/off}' >> "$dir/table.md"
  done
  exec 8>&-
  wait "$cli_sandbox" 2>/dev/null || true
  {
    echo "Each run: \`/usr/bin/time -f '%e %M' java ${opts[*]} [-XX:SharedArchiveFile=<archive> -Xshare:auto] -jar elements-cli-all.jar <command>\`"
    echo "(the launcher's own line), without and with the archive, interleaved; \"without\" ran \`$(basename "$before_jar")\`$( [[ $before_jar != "$cli_jar" ]] && echo " from $before_jar"); the training run took $(tail -n 1 "$dir/training.txt" | awk '{printf "%.1f s, %.0f MiB", $1, $2/1024}') and the archive's dump $(tail -n 1 "$dir/dump.txt" | awk '{printf "%.1f s", $1}') ($(du -m "$archive" 2>/dev/null | cut -f1) MB)."
    echo "providers: \`elements providers\`; refused: \`elements ${refused[*]}\` (refused by Kling's rules, nothing started);"
    echo "created: \`elements create\` of one element on a Kling simulator in another JVM (credentials and base URL as -D), answered with its task."
    echo
    cat "$dir/table.md"
  } > "$out/clistart.md"
  cat "$out/clistart.md"
fi

# Part of clistart; `--only clinode` runs it alone.
if wanted clistart || wanted clinode; then
  echo "== 6b. \`elements task ID\` against the Node peer's one-shot lookup, one Kling stub, $peer_runs runs each, interleaved (load $(load))"
  [[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time (GNU time) is missing: apt-get install -y time" >&2; exit 1; }
  dir="$out/clistart"
  mkdir -p "$dir"
  rm -rf "$dir/peer"
  node_setup
  peer="$dir/peer"
  mkdir -p "$peer"
  peer_stub_start "$peer"
  base=$(json_field "$peer/exchanges.json" baseUrl)
  task=$(json_field "$peer/exchanges.json" taskId)
  # Both sign Kling's JWT from the same variables (the CLI reads KLING_ACCESS_KEY and KLING_SECRET_KEY as the
  # package does); not real keys: the stub checks nothing.
  export KLING_ACCESS_KEY=bench-access-key KLING_SECRET_KEY=bench-secret-key-0123456789
  # cli-twojit: the same launcher with the JVM's own number of compiler threads (two on this machine), as the
  # launcher ran until 2026-12-06 21:30 UTC, so each run shows what the launcher's single compiler thread does. With
  # CLISTART_BEFORE_ROOT=<dir> (a checkout of another commit with its CLI jar built), its launcher is one more side.
  sides_all=(cli cli-twojit node)
  [[ -n ${CLISTART_BEFORE_ROOT:-} ]] && sides_all=(before cli cli-twojit node)
  # The command of a side, into `command`: over TLS (`trust` set) the CLI trusts the stub's certificate through -D on
  # its own command line and Node through NODE_EXTRA_CA_CERTS.
  trust=()
  node_env=()
  side_command() {
    local lookup=(task "$task" --provider kling-official --base-url "$base" ${trust[@]+"${trust[@]}"})
    case $1 in
      cli) command=("$root/elements" "${lookup[@]}") ;;
      cli-twojit) command=(env "ELEMENTS_JAVA_OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
                             "$root/elements" "${lookup[@]}") ;;
      before) command=("$CLISTART_BEFORE_ROOT/elements" "${lookup[@]}") ;;
      node) command=(env ${node_env[@]+"${node_env[@]}"} node "$node_dir/task-once.mjs" "$base" "$task") ;;
    esac
  }
  # Runs each side once untimed (a launcher makes its start-up archive, and rebuilds its jar if sources changed),
  # then $peer_runs times each under GNU time, interleaved, each side first in turn, so load drifts touch all alike.
  time_sides() {   # <what, for messages> <side>...
    local what=$1 side run shift_by start end
    shift
    local sides=("$@")
    for side in "${sides[@]}"; do
      side_command "$side"
      "${command[@]}" > "$peer/$side-first.out" 2>&1 \
          || { cat "$peer/$side-first.out" >&2; echo "run.sh: $side's task lookup${what:+ $what} failed" >&2; exit 1; }
    done
    for run in $(seq 1 "$peer_runs"); do
      shift_by=$(( (run - 1) % ${#sides[@]} ))
      for side in "${sides[@]:shift_by}" "${sides[@]:0:shift_by}"; do
        side_command "$side"
        # Wall time to the microsecond from bash's own clock (no process started for it); GNU time's %e is in
        # hundredths of a second, too coarse for sides 10-20 ms apart.
        start=$EPOCHREALTIME
        /usr/bin/time -o "$peer/$side-$run.txt" -f '%e %M %x %U %S' "${command[@]}" > "$peer/$side-$run.out" 2>&1 || true
        end=$EPOCHREALTIME
        awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f\n", (e - s) * 1000}' > "$peer/$side-$run.ms"
      done
    done
  }
  # Median of a column (wall in ms: ms, max RSS 2) or of user + system CPU (cpu) over the runs that exited 0.
  pmed() { for run in $(seq 1 "$peer_runs"); do
             echo "$(tail -n 1 "$peer/$1-$run.txt") $(cat "$peer/$1-$run.ms")"; done \
      | awk -v c="$2" '$3 == 0 {print (c == "cpu" ? $4 + $5 : c == "ms" ? $6 : $c)}' | sort -g \
      | awk '{a[NR]=$1} END {if (NR == 0) {print "nan"; exit} m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print m}'; }
  failed() { for f in "$peer/$1"-[0-9]*.txt; do tail -n 1 "$f"; done | awk '$3 != 0' | wc -l; }
  all() { for run in $(seq 1 "$peer_runs"); do
            echo "$(tail -n 1 "$peer/$1-$run.txt") $(cat "$peer/$1-$run.ms")" \
                | awk '{printf "%.0f%s ", $6, ($3 != 0 ? " (failed)" : "")}'; done; }
  # The table of the sides' medians, then the CLI against Node.
  sides_table() {   # <label suffix> <ratio line's tail> <side>...
    local suffix=$1 tail=$2 side label
    shift 2
    echo "| command | runs | failed | median wall ms | median CPU s | median max RSS MiB | each run's wall ms |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    for side in "$@"; do
      case $side in
        cli) label="\`elements task ID\`$suffix" ;;
        cli-twojit) label="\`elements task ID\`$suffix, the JVM's own compiler threads" ;;
        before) label="\`elements task ID\`$suffix, before" ;;
        node) label="Node peer one-shot$suffix" ;;
      esac
      awk -v l="$label" -v r="$peer_runs" -v f="$(failed "$side")" -v w="$(pmed "$side" ms)" -v c="$(pmed "$side" cpu)" \
          -v m="$(pmed "$side" 2)" -v e="$(all "$side")" \
          'BEGIN {printf "| %s | %d | %d | %.1f | %.2f | %.0f | %s|\n", l, r, f, w, c, m/1024, e}'
    done
    awk -v c="$(pmed cli ms)" -v n="$(pmed node ms)" -v cc="$(pmed cli cpu)" -v nc="$(pmed node cpu)" -v t="$tail" \
        'BEGIN {printf "\nCLI / Node peer%s: median wall **%.2f**%s; median CPU %.2f\n", t == "" ? "" : " " t, c/n, t == "" ? " (target ≤ 1.00)" : "", cc/nc}'
  }
  time_sides "" "${sides_all[@]}"
  unset KLING_ACCESS_KEY KLING_SECRET_KEY
  peer_stub_stop
  {
    echo "Each run: wall time from bash's \$EPOCHREALTIME, and \`/usr/bin/time -f '%e %M %x %U %S'\` for CPU and memory, around \`./elements task $task --provider kling-official --base-url <stub>\`"
    echo "(the launcher as a user runs it: its checks, its start-up archive, then java) and around \`node task-once.mjs <stub> $task\`"
    echo "(kling-api $(node -p "require('$node_dir/node_modules/kling-api/package.json').version"), node $(node --version)), both with KLING_ACCESS_KEY/KLING_SECRET_KEY set, against one KlingPeerStub;"
    [[ -n ${CLISTART_BEFORE_ROOT:-} ]] && echo "\"before\": the launcher and CLI jar in $CLISTART_BEFORE_ROOT ($(cat "$CLISTART_BEFORE_ROOT/COMMIT" 2>/dev/null || echo 'another build'));"
    echo "$peer_runs runs each, interleaved, each side first in turn; medians over the runs that exited 0. Load at the end: $(load)."
    echo "CPU is user + system time of the whole process tree (the JVM's compiler threads included)."
    echo
    sides_table "" "" "${sides_all[@]}"
  } > "$out/clistart-node.md"

  # The same against the stub over TLS, as every real vendor is reached: a throwaway RSA 2048 certificate for
  # 127.0.0.1 made by keytool.
  peer="$dir/peer-tls"
  rm -rf "$peer"; mkdir -p "$peer"
  tls_password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  keytool -genkeypair -alias stub -keyalg RSA -keysize 2048 -validity 1 -dname CN=127.0.0.1 -ext san=ip:127.0.0.1 \
      -storetype PKCS12 -keystore "$peer/stub.p12" -storepass "$tls_password" > /dev/null 2>&1
  keytool -exportcert -rfc -alias stub -keystore "$peer/stub.p12" -storepass "$tls_password" > "$peer/stub.pem" 2> /dev/null
  # The CLI's trust store in the format of the JDK's default one here (/etc/ssl/certs/java/cacerts is a JKS store),
  # read as the default one is, without a password: a password-protected PKCS12 store, as run before 2026-12-07, costs
  # every command its key derivation (about 50 ms) that no user with the default trust store pays.
  keytool -importcert -noprompt -alias stub -file "$peer/stub.pem" -keystore "$peer/trust.jks" -storetype JKS \
      -storepass changeit > /dev/null 2>&1
  peer_stub_start "$peer" "$peer/stub.p12" "$tls_password"
  base=$(json_field "$peer/exchanges.json" baseUrl)
  trust=(-Djavax.net.ssl.trustStore="$peer/trust.jks")
  node_env=(NODE_EXTRA_CA_CERTS="$peer/stub.pem")
  export KLING_ACCESS_KEY=bench-access-key KLING_SECRET_KEY=bench-secret-key-0123456789
  tls_sides=(cli node)
  [[ -n ${CLISTART_BEFORE_ROOT:-} ]] && tls_sides=(before cli node)
  time_sides "over TLS" "${tls_sides[@]}"
  unset KLING_ACCESS_KEY KLING_SECRET_KEY
  peer_stub_stop
  {
    echo
    echo "Over TLS: the same stub serving https with a throwaway certificate for 127.0.0.1 (keytool, RSA 2048), trusted"
    echo "by the CLI through \`-Djavax.net.ssl.trustStore\` on its command line (a JKS store read without a password, as the"
    echo "JDK's default trust store is here) and by Node through NODE_EXTRA_CA_CERTS;"
    echo "$peer_runs runs each, interleaved. Load at the end: $(load)."
    echo
    sides_table " over TLS" "over TLS" "${tls_sides[@]}"
  } >> "$out/clistart-node.md"
  cat "$out/clistart-node.md"
fi

echo "load at end (1, 5, 15 min): $(load)" >> "$out/machine.txt"
java -cp "$jar" io.elements4j.benchmarks.report.Summary "$out" > "$out/summary.md"
echo "== summary: $out/summary.md"
cat "$out/summary.md"
