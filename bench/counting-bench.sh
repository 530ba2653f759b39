#!/usr/bin/env bash
# What counting views costs on the cached page path: the web app with STATS_ENABLED=true and with STATS_ENABLED=false,
# side by side on the same database, wrk on loopback against the cached GET /d/{id} and GET / (a phone's User-Agent,
# so every request is a counted view). Prints µs per request (1/throughput and the app's CPU time) with counting on
# and off, checks that the views the "on" app stored equal the requests it answered, and keeps the table in
# bench/results/counting-latest.txt. Not a test. See bench/README.md.
#
#   bench/counting-bench.sh
#   DURATION=20 bench/counting-bench.sh
#
# Knobs: DURATION (s per run, 10), WARMUP (s per endpoint and app, 8), CONNECTIONS (64), THREADS (2), ON_PORT (18510),
# OFF_PORT (18511), PRODUCT (D-1500), BENCH_DB (rangoli_counting_bench), PG_URL (postgres://postgres@127.0.0.1:5432),
# REDIS_URL_BENCH (redis://127.0.0.1:6379/12), JAR (web-app/target/web-app.jar), JAVA_OPTS, RESULTS,
# QUIET_BUSY (%, 30) / QUIET_WAIT (s, 60): before each run wait for the shared machine to be less busy.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-8}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ON_PORT=${ON_PORT:-18510}
OFF_PORT=${OFF_PORT:-18511}
PRODUCT=${PRODUCT:-D-1500}
BENCH_DB=${BENCH_DB:-rangoli_counting_bench}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
REDIS_URL_BENCH=${REDIS_URL_BENCH:-redis://127.0.0.1:6379/12}
JAR=${JAR:-$ROOT/web-app/target/web-app.jar}
JAVA_OPTS=${JAVA_OPTS:-}
RESULTS=${RESULTS:-$BENCH_DIR/results/counting-latest.txt}
QUIET_BUSY=${QUIET_BUSY:-30}
QUIET_WAIT=${QUIET_WAIT:-60}
UA='Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'
CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc)

log() { printf '[counting-bench %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
for tool in java curl wrk psql awk; do command -v "$tool" >/dev/null || die "$tool is not installed"; done
psql "$PG_URL/postgres" -qXAtc 'select 1' >/dev/null 2>&1 || die "no PostgreSQL at $PG_URL"

TMP=$(mktemp -d /tmp/countbench.XXXXXX)
ON_PID=""
OFF_PID=""
DB_CREATED=0
stop_pid() {
    local pid=$1 i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
    local rc=$?
    set +e
    stop_pid "$OFF_PID"
    stop_pid "$ON_PID"
    ((DB_CREATED)) && psql "$PG_URL/postgres" -qX -c "DROP DATABASE IF EXISTS \"$BENCH_DB\" WITH (FORCE)" >/dev/null 2>&1
    if ((rc != 0)); then
        log "failed (exit $rc); logs in $TMP"
        for f in "$TMP"/app-*.log; do [[ -s "$f" ]] && tail -n 20 "$f" >&2; done
    else
        rm -rf "$TMP"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for p in "$ON_PORT" "$OFF_PORT"; do port_free "$p" || die "port $p is in use"; done
if [[ ! -f "$JAR" ]]; then
    log "building $JAR"
    (cd "$ROOT" && ./mvnw -o -q -B -pl web-app -am package -DskipTests) || die "build failed"
fi
cp "$JAR" "$TMP/countbench-server.jar" # a name of our own: other jobs on the machine stop "web-app.jar" by name

psql "$PG_URL/postgres" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$BENCH_DB\" WITH (FORCE)" \
    -c "CREATE DATABASE \"$BENCH_DB\"" >/dev/null
DB_CREATED=1

start_app() { # port stats-enabled logfile -> LAST_PID
    env -u DATABASE_URL -u REDIS_URL DATABASE_URL="$PG_URL/$BENCH_DB" REDIS_URL="$REDIS_URL_BENCH" \
        PORT="$1" APP_URL="http://127.0.0.1:$ON_PORT" PUBLIC_REQUESTS_PER_MINUTE=0 STATS_ENABLED="$2" \
        STATS_FLUSH_EVERY=5s STORAGE_DIR="$TMP/storage" SHUTDOWN_GRACE=1s DEMO=false LOG_FORMAT=text \
        java $JAVA_OPTS -cp "$TMP/countbench-server.jar" com.rangoliboutique.app.web.WebApplication >"$3" 2>&1 </dev/null &
    LAST_PID=$!
}
wait_health() { # port pid
    local i
    for ((i = 0; i < 720; i++)); do
        kill -0 "$2" 2>/dev/null || die "the app on :$1 exited during start-up"
        curl -fsS -m 2 "http://127.0.0.1:$1/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
        sleep 0.25
    done
    die "the app on :$1 was not healthy after 180 s"
}

log "starting the app on :$ON_PORT (STATS_ENABLED=true)"
start_app "$ON_PORT" true "$TMP/app-on.log"; ON_PID=$LAST_PID
wait_health "$ON_PORT" "$ON_PID"
psql "$PG_URL/$BENCH_DB" -qX -f "$BENCH_DIR/load-products.sql" >/dev/null
log "loaded 1,000 products; starting the app on :$OFF_PORT (STATS_ENABLED=false)"
start_app "$OFF_PORT" false "$TMP/app-off.log"; OFF_PID=$LAST_PID
wait_health "$OFF_PORT" "$OFF_PID"
sleep 1

ON="http://127.0.0.1:$ON_PORT"
OFF="http://127.0.0.1:$OFF_PORT"
PAGE="/d/$PRODUCT"
for base in "$ON" "$OFF"; do
    for path in / "$PAGE"; do
        [[ $(curl -s -o /dev/null -w '%{http_code}' -A "$UA" "$base$path") == 200 ]] || die "GET $base$path is not 200"
    done
done
log "warming up (${WARMUP}s per endpoint and app)"
for base in "$ON" "$OFF"; do
    for path in / "$PAGE"; do wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "User-Agent: $UA" "$base$path" >/dev/null; done
done

cpu_ticks() { awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$1/stat"; }
machine_busy_idle() { awk '/^cpu / { idle = $5 + $6; busy = 0; for (i = 2; i <= 9; i++) busy += $i; print busy - idle, idle }' /proc/stat; }
busy_pct_1s() {
    local m0 i0 m1 i1
    read -r m0 i0 < <(machine_busy_idle); sleep 1; read -r m1 i1 < <(machine_busy_idle)
    awk -v a="$((m1 - m0))" -v b="$((i1 - i0))" 'BEGIN { printf "%.0f", (a + b) ? 100 * a / (a + b) : 0 }'
}
wait_quiet() {
    local busy waited=0
    busy=$(busy_pct_1s)
    while ((busy > QUIET_BUSY && waited < QUIET_WAIT)); do sleep 4; waited=$((waited + 5)); busy=$(busy_pct_1s); done
    echo "$busy"
}
to_ms() {
    awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; printf "%.3f", n }'
}

ROWS=()
ON_REQUESTS=0
: >"$TMP/raw.txt"
run() { # label pid url
    local label=$1 pid=$2 url=$3 bg c0 c1 out reqs rps avg p99 bad
    bg=$(wait_quiet)
    log "wrk $label"
    out="$TMP/wrk.txt"
    c0=$(cpu_ticks "$pid")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "User-Agent: $UA" "$url" >"$out"
    c1=$(cpu_ticks "$pid")
    { echo "=== $label ($url) bg $bg%"; cat "$out"; echo; } >>"$TMP/raw.txt"
    reqs=$(awk '/requests in/ { print $1 }' "$out")
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$out")
    avg=$(to_ms "$(awk '$1 == "Latency" { print $2; exit }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    bad=$(awk '/Non-2xx or 3xx/ { print $NF }' "$out"); bad=${bad:-0}
    [[ "$pid" == "$ON_PID" ]] && ON_REQUESTS=$((ON_REQUESTS + reqs))
    ROWS+=("$label|$rps|$(awk -v r="$rps" 'BEGIN { printf "%.1f", 1e6 / r }')|$(awk -v a="$c0" -v b="$c1" -v n="$reqs" -v t="$CLK_TCK" 'BEGIN { printf "%.1f", (b - a) / t / n * 1e6 }')|$avg|$p99|$bad|$bg")
}

# each pair twice, in both orders, so a drift of the machine's load does not decide the difference
for path in "$PAGE" /; do
    run "$path counting off #1" "$OFF_PID" "$OFF$path"
    run "$path counting on  #1" "$ON_PID" "$ON$path"
    run "$path counting on  #2" "$ON_PID" "$ON$path"
    run "$path counting off #2" "$OFF_PID" "$OFF$path"
done

log "waiting for the last flush (STATS_FLUSH_EVERY=5s)"
sleep 7
STORED=$(psql "$PG_URL/$BENCH_DB" -qXAt -c "SELECT (SELECT coalesce(sum(views), 0) FROM piece_daily_stats)
    + (SELECT coalesce(sum(views), 0) FROM catalog_daily_stats)")

field() { local row; for row in "${ROWS[@]}"; do [[ "${row%%|*}" == "$1" ]] && { cut -d'|' -f"$2" <<<"$row"; return; }; done; }
mean() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (a + b) / 2 }'; }
{
    echo "Rangoli Boutique — the cost of counting views on the cached page path ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $(java -version 2>&1 | head -n1), $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)"
    echo "machine: $NCPU cores ($(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')), wrk and the app share them; PostgreSQL $PG_URL, rate limit off (PUBLIC_REQUESTS_PER_MINUTE=0) on both"
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -H 'User-Agent: <Android Chrome>' (every request a counted view), after ${WARMUP}s warm-up"
    echo
    printf '%-26s %10s %12s %12s %9s %9s %5s %4s\n' "run" "req/s" "µs/req wall" "µs/req CPU" "avg ms" "p99 ms" "non2xx" "bg"
    for row in "${ROWS[@]}"; do
        IFS='|' read -r l rps us cpu avg p99 bad bg <<<"$row"
        printf '%-26s %10s %12s %12s %9s %9s %5s %3s%%\n' "$l" "$rps" "$us" "$cpu" "$avg" "$p99" "$bad" "$bg"
    done
    echo
    for path in "$PAGE" /; do
        awk -v path="$path" \
            -v on_us="$(mean "$(field "$path counting on  #1" 3)" "$(field "$path counting on  #2" 3)")" \
            -v off_us="$(mean "$(field "$path counting off #1" 3)" "$(field "$path counting off #2" 3)")" \
            -v on_cpu="$(mean "$(field "$path counting on  #1" 4)" "$(field "$path counting on  #2" 4)")" \
            -v off_cpu="$(mean "$(field "$path counting off #1" 4)" "$(field "$path counting off #2" 4)")" 'BEGIN {
            printf "%-10s µs/request (1/throughput): on %.1f, off %.1f (%+.1f µs, %+.1f%%); app CPU: on %.1f, off %.1f µs (%+.1f µs)\n",
                path, on_us, off_us, on_us - off_us, 100 * (on_us - off_us) / off_us, on_cpu, off_cpu, on_cpu - off_cpu }'
    done
    echo
    echo "views stored by the 'on' app: $STORED; requests it answered in the measured runs: $ON_REQUESTS (plus the warm-up and checks);"
    echo "the 'off' app stored nothing. Columns: µs/req wall = 1/throughput (machine time per request, the 2 cores shared"
    echo "with wrk); µs/req CPU = user+sys CPU of the app process per request; bg = machine busy before the run (others)."
} >"$TMP/summary.txt"
(( STORED >= ON_REQUESTS )) || log "WARNING: fewer views stored ($STORED) than requests answered ($ON_REQUESTS)"
mkdir -p "$(dirname "$RESULTS")"
cp "$TMP/summary.txt" "$RESULTS"
cp "$TMP/raw.txt" "${RESULTS%.txt}-raw.txt"
cat "$RESULTS"
