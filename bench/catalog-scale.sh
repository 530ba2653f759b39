#!/usr/bin/env bash
# Benchmark of the *uncached* catalog at scale: GET /?<filters> where every request asks for a page the app has not
# rendered yet, at 10,000 and 100,000 products. Not a test: it prints (and keeps in bench/results/scale-latest.txt) a
# table of req/s, p50, p99 and non-2xx for a mix of distinct filter URLs, what a crawler of 50,000 distinct filter URLs
# does to GET / (median, p90 and — when the app counts its renders — the page cache's hit rate for /), the app's RSS,
# and EXPLAIN (ANALYZE, BUFFERS) of the catalog's SQL (bench/catalog-queries.sql) at 100,000. See bench/README.md.
#
#   bench/catalog-scale.sh                                   # ~7 min; needs web-app/target/web-app.jar
#   SIZES=10000 DURATION=30 bench/catalog-scale.sh
#   JAR=/tmp/other/web-app/target/web-app.jar RESULTS=bench/results/scale-before.txt bench/catalog-scale.sh
#
# Knobs (environment): SIZES ("10000 100000"), DURATION (s, the mix, 15), WARMUP (s, on other distinct URLs, 8),
# CONNECTIONS (16) / THREADS (2) for the mix, TIMEOUT (s, wrk's per-request timeout, 60), MAX_RPS (5000: URLs made per
# second of WARMUP and DURATION, so none repeats below that rate), CRAWL_URLS (50000), CRAWL_CONNECTIONS (8),
# CRAWL_MAX (s, the crawl stops at its last URL or then, 40), PROBE_RATE (GET / per second during the crawl, 20),
# CHECK (URLs asked for with curl first, 24), APP_PORT (18190), SCALE_DB (rangoli_scale; dropped and created: must
# start with rangoli_scale), PG_URL (postgres://postgres@127.0.0.1:5432), REDIS_HOST/REDIS_PORT/REDIS_DB
# (127.0.0.1/6379/12), JAR (web-app/target/web-app.jar), JAVA_OPTS, RESULTS (bench/results/scale-latest.txt; also
# -raw.txt and -explain.txt beside it), QUERIES (bench/catalog-queries.sql), EXPLAIN_AT (100000; the largest size if
# it is not in SIZES), KEEP_TMP=1, QUIET_BUSY (%, 30) / QUIET_WAIT (s, 60): before each measurement wait up to
# QUIET_WAIT for the machine to be less than QUIET_BUSY busy without us (other builds on the same 2 cores).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

SIZES=${SIZES:-"10000 100000"}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-8}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-60}
MAX_RPS=${MAX_RPS:-5000}
CRAWL_URLS=${CRAWL_URLS:-50000}
CRAWL_CONNECTIONS=${CRAWL_CONNECTIONS:-8}
CRAWL_MAX=${CRAWL_MAX:-40}
PROBE_RATE=${PROBE_RATE:-20}
CHECK=${CHECK:-24}
APP_PORT=${APP_PORT:-18190}
SCALE_DB=${SCALE_DB:-rangoli_scale}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
REDIS_DB=${REDIS_DB:-12}
JAR=${JAR:-$ROOT/web-app/target/web-app.jar}
JAVA_OPTS=${JAVA_OPTS:-}
RESULTS=${RESULTS:-$BENCH_DIR/results/scale-latest.txt}
RAW=${RESULTS%.txt}-raw.txt
EXPLAIN_OUT=${RESULTS%.txt}-explain.txt
QUERIES=${QUERIES:-$BENCH_DIR/catalog-queries.sql}
EXPLAIN_AT=${EXPLAIN_AT:-100000}
KEEP_TMP=${KEEP_TMP:-0}
QUIET_BUSY=${QUIET_BUSY:-30}
QUIET_WAIT=${QUIET_WAIT:-60}
CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc)
BASE="http://127.0.0.1:$APP_PORT"
STARTED=$(date +%s)

exec 3>&2 # progress always reaches the caller's stderr, even from inside a redirected block
log() { printf '[scale %s] %s\n' "$(date +%T)" "$*" >&3; }
die() { log "ERROR: $*"; exit 1; }

for tool in java curl wrk psql python3 awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
[[ "$SCALE_DB" == rangoli_scale* ]] || die "SCALE_DB must start with rangoli_scale (it is dropped and created)"
[[ -f "$JAR" ]] || die "no jar at $JAR (build it: ./mvnw -q -B -pl web-app -am package -DskipTests)"
[[ -f "$QUERIES" ]] || die "no statements file $QUERIES"
for n in $SIZES; do [[ "$n" =~ ^[1-9][0-9]*$ ]] || die "SIZES: '$n' is not a number of products"; done
if [[ " $SIZES " != *" $EXPLAIN_AT "* ]]; then
    EXPLAIN_AT=$(tr ' ' '\n' <<<"$SIZES" | grep . | sort -n | tail -n1)
fi

TMP=$(mktemp -d /tmp/catscale.XXXXXX)
APP_PID=""
BG_PIDS=()
DB_CREATED=0
REDIS_CLI=()
if command -v redis-cli >/dev/null; then
    REDIS_CLI=(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB")
    "${REDIS_CLI[@]}" --scan 2>/dev/null | sort >"$TMP/redis-keys-before" || die "Redis $REDIS_HOST:$REDIS_PORT is not reachable"
else
    log "WARNING: no redis-cli: keys the app leaves in Redis database $REDIS_DB are not deleted afterwards"
fi

stop_pid() { # pid name: SIGTERM, wait up to 30 s, then SIGKILL
    local pid=$1 name=$2 i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
        kill -0 "$pid" 2>/dev/null || { log "stopped $name ($pid)"; return 0; }
        sleep 0.1
    done
    log "$name ($pid) did not stop: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
}

drop_db() {
    psql "$PG_URL/postgres" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$SCALE_DB\" WITH (FORCE)" >/dev/null 2>&1 \
        && log "dropped database $SCALE_DB"
    DB_CREATED=0
}

cleanup() {
    local rc=$? p
    set +e
    trap - EXIT INT TERM
    for p in "${BG_PIDS[@]}"; do kill -INT "$p" 2>/dev/null; done
    stop_pid "$APP_PID" app
    ((DB_CREATED)) && drop_db
    if ((${#REDIS_CLI[@]})); then # only the keys that appeared during the run
        "${REDIS_CLI[@]}" --scan 2>/dev/null | sort >"$TMP/redis-keys-after"
        comm -13 "$TMP/redis-keys-before" "$TMP/redis-keys-after" | while IFS= read -r key; do
            "${REDIS_CLI[@]}" DEL "$key" >/dev/null
        done
    fi
    if ((rc != 0)); then
        log "failed (exit $rc); logs kept in $TMP"
        for f in "$TMP"/app-*.log; do
            [[ -s "$f" ]] && { log "--- tail of $f"; tail -n 25 "$f" >&3; }
        done
    elif [[ "$KEEP_TMP" == 1 ]]; then
        log "temp dir kept: $TMP"
    else
        rm -rf "$TMP"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free "$APP_PORT" || die "port $APP_PORT is in use (set APP_PORT)"
psql "$PG_URL/postgres" -qXAtc 'select 1' >/dev/null 2>&1 || die "PostgreSQL at $PG_URL is not reachable"
# run a copy under a name of our own: on this shared machine other jobs stop "web-app.jar" processes by name
cp "$JAR" "$TMP/catscale-server.jar"

# ------------------------------------------------------------------------------------------------------ helpers
cpu_ticks() { # utime+stime of the given pids (0 for one that is gone, even between the test and the read)
    local total=0 p t
    for p in "$@"; do
        t=$(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null || true)
        total=$((total + ${t:-0}))
    done
    echo "$total"
}
PG_PID=$(ss -Hltnp "sport = :$(sed -E 's#.*:([0-9]+)/?$#\1#' <<<"$PG_URL")" 2>/dev/null | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true)
db_ticks() { # CPU of PostgreSQL for us: the live backends on our database + what the postmaster reaped (parallel workers)
    local live=0 reaped=0 p
    for p in $(psql "$PG_URL/postgres" -XAtc "SELECT pid FROM pg_stat_activity WHERE datname = '$SCALE_DB'" 2>/dev/null); do
        live=$((live + $(cpu_ticks "$p")))
    done
    [[ -n "$PG_PID" ]] && reaped=$(awk '{ sub(/^.*\) /, ""); print $14 + $15 }' "/proc/$PG_PID/stat" 2>/dev/null || true)
    echo $((live + ${reaped:-0}))
}
db_live_ticks() { # CPU of the backends connected to our database (the app's pool)
    local live=0 p
    for p in $(psql "$PG_URL/postgres" -XAtc "SELECT pid FROM pg_stat_activity WHERE datname = '$SCALE_DB'" 2>/dev/null); do
        live=$((live + $(cpu_ticks "$p")))
    done
    echo "$live"
}
IDLE_APP=0 IDLE_DB=0 IDLE_LIVE=0 # ticks per second of the app, of PostgreSQL for us, of our backends, when nothing is asked
idle_rates() { # what the app costs when idle (its own polling, e.g. a catalog fingerprint every 250 ms), over 3 s
    local a0 d0 l0 a1 d1 l1 t0 t1
    a0=$(cpu_ticks "$APP_PID"); d0=$(db_ticks); l0=$(db_live_ticks); t0=$(date +%s.%N)
    sleep 3
    a1=$(cpu_ticks "$APP_PID"); d1=$(db_ticks); l1=$(db_live_ticks); t1=$(date +%s.%N)
    read -r IDLE_APP IDLE_DB IDLE_LIVE < <(awk -v a="$((a1 - a0))" -v d="$((d1 - d0))" -v l="$((l1 - l0))" -v t0="$t0" \
        -v t1="$t1" 'BEGIN { s = t1 - t0; printf "%.2f %.2f %.2f\n", a / s, d / s, l / s }')
}
wait_app_idle() { # until the app and its backends use at most a tenth of a core more than when idle: requests wrk gave
    local a0 a1 waited=0 limit # up on (at the end of a run, or timed out) are still rendered, and would load what follows
    limit=$(awk -v a="$IDLE_APP" -v l="$IDLE_LIVE" -v t="$CLK_TCK" 'BEGIN { printf "%.0f", a + l + t / 10 }')
    while ((waited < 120)); do
        a0=$(($(cpu_ticks "$APP_PID") + $(db_live_ticks))); sleep 1; a1=$(($(cpu_ticks "$APP_PID") + $(db_live_ticks)))
        ((a1 - a0 <= limit)) && return 0
        ((waited == 0)) && log "waiting for the app to finish what it is rendering"
        waited=$((waited + 1))
    done
    log "WARNING: the app is still busy after 120 s"
}
machine_busy_idle() { awk '/^cpu / { idle = $5 + $6; busy = 0; for (i = 2; i <= 9; i++) busy += $i; print busy - idle, idle }' /proc/stat; }
busy_pct_1s() { # how busy the machine is right now (%), over one second
    local m0 i0 m1 i1
    read -r m0 i0 < <(machine_busy_idle); sleep 1; read -r m1 i1 < <(machine_busy_idle)
    awk -v a="$((m1 - m0))" -v b="$((i1 - i0))" 'BEGIN { printf "%.0f", (a + b) ? 100 * a / (a + b) : 0 }'
}
wait_quiet() { # echoes the background busy % finally seen
    local busy waited=0
    busy=$(busy_pct_1s)
    while ((busy > QUIET_BUSY && waited < QUIET_WAIT)); do
        ((waited == 0)) && log "machine ${busy}% busy without us: waiting up to ${QUIET_WAIT}s for < ${QUIET_BUSY}%"
        sleep 4; waited=$((waited + 5))
        busy=$(busy_pct_1s)
    done
    echo "$busy"
}
to_ms() { # 852.00us | 1.23ms | 1.02s | 2.00m -> ms
    awk -v v="$1" 'BEGIN { if (v == "") { print "-"; exit } n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; printf "%.1f", n }'
}
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status" 2>/dev/null || echo "?"; }
load_avg() { cut -d' ' -f1-3 /proc/loadavg; }
prometheus() { curl -fsS -m 10 "$BASE/prometheus" 2>/dev/null || true; }
renders_home() { # the page cache's renders of / (new code), or "" when the app does not count them
    awk '/^rangoli_page_renders_total\{/ && /kind="home"/ { s += $NF; found = 1 } END { if (found) printf "%.0f", s }' "$1"
}
renders_all() { awk '/^rangoli_page_renders_total\{/ { s += $NF; found = 1 } END { if (found) printf "%.0f", s }' "$1"; }
statuses() { # responses by status of every route but /prometheus and /health: "200 1234" lines
    awk '/^http_server_requests_seconds_count\{/ && !/uri="\/prometheus"/ && !/uri="\/health"/ {
        match($0, /status="[0-9]+"/); s = substr($0, RSTART + 8, RLENGTH - 9); n[s] += $NF }
        END { for (s in n) printf "%s %.0f\n", s, n[s] }' "$1" | LC_ALL=C sort
}
status_delta() { # before-file after-file -> "200: 1234, 404: 2"
    LC_ALL=C join -a2 -e0 -o '2.1,1.2,2.2' <(statuses "$1") <(statuses "$2") \
        | awk '$3 - $2 > 0 { printf "%s%s: %d", (n++ ? ", " : ""), $1, $3 - $2 } END { if (!n) printf "none" }'
}
wrk_field() { # file what -> value (rps | avg | p50 | p90 | p99 | requests | seconds | non2xx | errors | urls)
    case $2 in
        rps) awk '/^Requests\/sec/ { printf "%.1f", $2 }' "$1" ;;
        avg) to_ms "$(awk '$1 == "Latency" { print $2; exit }' "$1")" ;;
        p50) to_ms "$(awk '$1 == "50%" { print $2 }' "$1")" ;;
        p90) to_ms "$(awk '$1 == "90%" { print $2 }' "$1")" ;;
        p99) to_ms "$(awk '$1 == "99%" { print $2 }' "$1")" ;;
        requests) awk '/requests in/ { print $1 }' "$1" ;;
        seconds) awk '/requests in/ { s = $4; sub(/,$/, "", s); u = s; sub(/^[0-9.]+/, "", u); v = s + 0;
                     if (u == "ms") v /= 1000; else if (u == "m") v *= 60; printf "%.1f", v }' "$1" ;;
        non2xx) awk '/Non-2xx or 3xx/ { n = $NF } END { print n + 0 }' "$1" ;;
        errors) awk '/Socket errors/ { gsub(/,/, ""); e = $4 + $6 + $8 + $10 } END { print e + 0 }' "$1" ;;
        urls) awk '/^urls:/ { print $2 " sent, " $6 " repeated" }' "$1" ;;
    esac
}
per_req_ms() { # ticks-before ticks-after requests idle-ticks/s seconds -> ms of CPU per request, above the idle cost
    awk -v a="$1" -v b="$2" -v n="$3" -v i="$4" -v s="$5" -v t="$CLK_TCK" \
        'BEGIN { c = b - a - i * s; if (c < 0) c = 0; printf "%.1f", n ? c / t / n * 1e3 : 0 }'
}

start_app() {
    env -u DATABASE_URL -u REDIS_URL PORT="$APP_PORT" APP_URL="$BASE" \
        DATABASE_URL="$PG_URL/$SCALE_DB" REDIS_URL="redis://$REDIS_HOST:$REDIS_PORT/$REDIS_DB" \
        PUBLIC_REQUESTS_PER_MINUTE=0 STORAGE_DIR="$TMP/storage" DATA_DIR="$TMP/data" SHUTDOWN_GRACE=1s DEMO=false \
        LOG_FORMAT=text java $JAVA_OPTS -jar "$TMP/catscale-server.jar" >"$1" 2>&1 </dev/null &
    APP_PID=$!
    local i
    for ((i = 0; i < 720; i++)); do
        kill -0 "$APP_PID" 2>/dev/null || die "the app exited during start-up (log: $1)"
        curl -fsS -m 2 "$BASE/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
        sleep 0.25
    done
    die "the app was not healthy after 180 s"
}

cat >"$TMP/probe.lua" <<EOF
-- GET / about $PROBE_RATE times a second on one connection (the delay follows each response)
function delay() return $((1000 / PROBE_RATE)) end
EOF

: >"$TMP/raw.txt"
raw() { { echo "=== $1"; cat "$2"; echo; } >>"$TMP/raw.txt"; }
declare -A R # results: R[<size>.<field>]

# ------------------------------------------------------------------------------------------------ one size
measure_size() {
    local n=$1 dir="$TMP/n$n" t0 t1 i
    mkdir -p "$dir"
    log "=== $n products"
    psql "$PG_URL/postgres" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$SCALE_DB\" WITH (FORCE)" \
        -c "CREATE DATABASE \"$SCALE_DB\"" >/dev/null
    DB_CREATED=1
    local db="$PG_URL/$SCALE_DB"
    log "starting the app on :$APP_PORT (it migrates the schema)"
    start_app "$TMP/app-$n.log"
    log "app healthy (pid $APP_PID)"

    log "loading $n products"
    t0=$(date +%s.%N)
    psql "$db" -qX -v ON_ERROR_STOP=1 -v products="$n" -f "$BENCH_DIR/load-products.sql" >/dev/null
    psql "$db" -qX -v ON_ERROR_STOP=1 -c ANALYZE
    t1=$(date +%s.%N)
    R[$n.load]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')
    local visible
    visible=$(psql "$db" -qXAtc "SELECT count(*) FROM products WHERE status IN ('PUBLISHED', 'SOLD_OUT')")
    ((visible == n)) || die "expected $n visible products, found $visible"
    log "loaded in ${R[$n.load]} s"
    # the app has the new catalog when the last product's page is there (a dress number past D-9999 at 10,000) and /
    # counts all of it ("of 100000 pieces", digits only: "1,00,000" would do too); at most 60 s
    local last="D-$((1000 + n))" code="" deadline=$((SECONDS + 60))
    while ((SECONDS < deadline)); do
        code=$(curl -s -o /dev/null -m 30 -w '%{http_code}' "$BASE/d/$last")
        [[ "$code" == 200 ]] && break
        sleep 0.5
    done
    R[$n.last]="$last $code"
    while :; do
        code=$(curl -s -o "$dir/home.html" -m 60 -w '%{http_code}' "$BASE/")
        [[ "$code" == 200 ]] && tr -d ',' <"$dir/home.html" | grep -q "of $n pieces" && break
        [[ "$code" == 5* ]] && break # an error, not a catalog not read yet
        ((SECONDS < deadline)) || break
        sleep 0.5
    done
    R[$n.home]=$code
    if [[ "$code" != 200 ]]; then
        R[$n.home]+=" ($(grep -o '<h1[^>]*>[^<]*' "$dir/home.html" | head -n1 | sed 's/<h1[^>]*>//'))"
        log "WARNING: GET / answers ${R[$n.home]} at $n products: measuring anyway"
    elif ! tr -d ',' <"$dir/home.html" | grep -q "of $n pieces"; then
        log "WARNING: / does not say 'of $n pieces' after 60 s: measuring anyway"
    fi
    sleep 2
    idle_rates
    R[$n.rss_load]=$(rss_mb)
    log "GET /d/$last: ${R[$n.last]#* }; GET /: ${R[$n.home]}; RSS ${R[$n.rss_load]} MB;" \
        "idle CPU: app $(per_req_ms 0 "$IDLE_APP" 1 0 0) ms/s, PostgreSQL $(per_req_ms 0 "$IDLE_DB" 1 0 0) ms/s"
    R[$n.idle]="app $(per_req_ms 0 "$IDLE_APP" 1 0 0) ms/s, PostgreSQL $(per_req_ms 0 "$IDLE_DB" 1 0 0) ms/s"

    log "making distinct URLs"
    t0=$(date +%s.%N)
    python3 "$BENCH_DIR/scale-urls.py" "$db" "$dir" check-ok="$CHECK" check-last=4 check-past=4 \
        warm=$((MAX_RPS * WARMUP)) mix=$((MAX_RPS * DURATION)) crawl="$CRAWL_URLS" >"$dir/urls-summary.txt"
    t1=$(date +%s.%N)
    R[$n.gen]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", b - a }')
    R[$n.urls]=$(grep '^mix ' "$dir/urls-summary.txt" | sed 's/^mix [0-9]* URLs: //')
    sed 's/^/  /' "$dir/urls-summary.txt" >&3

    # a sample answers as it should: 200, and 404 just past the last page (these pages are then cached: not measured)
    local bad=0 checked=0 kind expect code url
    : >"$dir/check-failures.txt"
    for kind in ok:200 last:200 past:404; do
        expect=${kind#*:}
        while read -r code url; do
            checked=$((checked + 1))
            [[ "$code" == "$expect" ]] || { bad=$((bad + 1)); echo "$code (expected $expect) $url" >>"$dir/check-failures.txt"; }
        done < <(xargs -P 4 -I{} curl -s -o /dev/null -m 60 -w '%{http_code} {}\n' "$BASE{}" <"$dir/urls-check-${kind%%:*}.txt")
    done
    R[$n.check]="$((checked - bad))/$checked as expected"
    if ((bad)); then
        log "WARNING: $bad of $checked check URLs answered otherwise:"; head -n 5 "$dir/check-failures.txt" >&3
        R[$n.check]+=" ($(head -n 3 "$dir/check-failures.txt" | tr '\n' ';' | sed 's/;$//'))"
    else
        log "check URLs: ${R[$n.check]}"
    fi

    # ---------------------------------------------------------------------------------------- the distinct-URL mix
    local bg out a0 a1 d0 d1 m0 i0 m1 i1 t0 t1
    bg=$(wait_quiet)
    log "warm-up ${WARMUP}s on other distinct URLs"
    URLS="$dir/urls-warm.txt" WRK_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" \
        --timeout "${TIMEOUT}s" -s "$BENCH_DIR/scale-urls.lua" "$BASE" >"$dir/warm.txt" 2>&1 || true
    raw "$n products: warm-up" "$dir/warm.txt"
    wait_app_idle
    bg=$(wait_quiet)
    R[$n.mix_bg]=$bg
    log "mix: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s over distinct URLs (machine ${bg}% busy before; load $(load_avg))"
    prometheus >"$dir/prom-mix-0.txt"
    a0=$(cpu_ticks "$APP_PID"); d0=$(db_ticks); read -r m0 i0 < <(machine_busy_idle); t0=$(date +%s.%N)
    out="$dir/mix.txt"
    URLS="$dir/urls-mix.txt" WRK_THREADS=$THREADS wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency \
        --timeout "${TIMEOUT}s" -s "$BENCH_DIR/scale-urls.lua" "$BASE" >"$out" 2>&1 || true
    read -r m1 i1 < <(machine_busy_idle)
    # CPU per request: everything the app and PostgreSQL did for the mix, including the requests still being rendered
    # when wrk stopped, over every request the app answered (its own count), not only those wrk waited for
    wait_app_idle
    a1=$(cpu_ticks "$APP_PID"); d1=$(db_ticks); t1=$(date +%s.%N)
    prometheus >"$dir/prom-mix-1.txt"
    kill -0 "$APP_PID" 2>/dev/null || die "the app is gone (stopped from outside?)"
    grep -q '^Requests/sec' "$out" || die "wrk failed: $(tr '\n' ' ' <"$out")"
    raw "$n products: mix (wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout ${TIMEOUT}s; machine ${bg}% busy before)" "$out"
    local reqs served secs
    reqs=$(wrk_field "$out" requests)
    secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }')
    served=$(LC_ALL=C join -a2 -e0 -o '1.2,2.2' <(statuses "$dir/prom-mix-0.txt") <(statuses "$dir/prom-mix-1.txt") \
        | awk '{ n += $2 - $1 } END { print n + 0 }')
    ((served > 0)) || served=$reqs
    R[$n.mix_rps]=$(wrk_field "$out" rps); R[$n.mix_avg]=$(wrk_field "$out" avg)
    R[$n.mix_p50]=$(wrk_field "$out" p50); R[$n.mix_p99]=$(wrk_field "$out" p99)
    R[$n.mix_bad]=$(wrk_field "$out" non2xx); R[$n.mix_err]=$(wrk_field "$out" errors)
    R[$n.mix_urls]=$(wrk_field "$out" urls)
    R[$n.mix_app]=$(per_req_ms "$a0" "$a1" "$served" "$IDLE_APP" "$secs")
    R[$n.mix_db]=$(per_req_ms "$d0" "$d1" "$served" "$IDLE_DB" "$secs")
    R[$n.mix_served]=$served
    R[$n.mix_busy]=$(awk -v a="$((m1 - m0))" -v b="$((i1 - i0))" 'BEGIN { printf "%.0f", (a + b) ? 100 * a / (a + b) : 0 }')
    R[$n.mix_status]=$(status_delta "$dir/prom-mix-0.txt" "$dir/prom-mix-1.txt")
    local r0 r1
    r0=$(renders_all "$dir/prom-mix-0.txt"); r1=$(renders_all "$dir/prom-mix-1.txt")
    R[$n.mix_renders]=$([[ -n "$r0" && -n "$r1" ]] && echo "$((r1 - r0)) renders for $served requests answered" \
        || echo "renders not counted")
    sleep 1
    R[$n.rss_mix]=$(rss_mb)
    log "mix: ${R[$n.mix_rps]} req/s, p50 ${R[$n.mix_p50]} ms, p99 ${R[$n.mix_p99]} ms, ${R[$n.mix_bad]} non-2xx" \
        "(${R[$n.mix_status]}); urls ${R[$n.mix_urls]}; RSS ${R[$n.rss_mix]} MB"
    [[ "${R[$n.mix_urls]}" == *" 0 repeated" ]] || log "WARNING: the mix ran out of distinct URLs (raise MAX_RPS)"

    # ---------------------------------------------------------------------------- the crawl, and / in the meantime
    wait_app_idle
    bg=$(wait_quiet)
    R[$n.crawl_bg]=$bg
    curl -s -o /dev/null -m 60 "$BASE/" # / is cached when the crawl starts, as on a shop that has visitors
    mkdir -p "$dir/done"
    prometheus >"$dir/prom-crawl-0.txt"
    log "crawl: $CRAWL_URLS distinct filter URLs, wrk -c$CRAWL_CONNECTIONS (at most ${CRAWL_MAX}s), and GET / ~${PROBE_RATE}/s (machine ${bg}% busy before)"
    wrk -t1 -c1 -d"$((CRAWL_MAX + 30))s" --latency --timeout "${TIMEOUT}s" -s "$TMP/probe.lua" "$BASE/" >"$dir/probe.txt" 2>&1 &
    local probe_pid=$!
    URLS="$dir/urls-crawl.txt" WRK_THREADS=$THREADS AT_END=stop DONE_DIR="$dir/done" wrk -t"$THREADS" \
        -c"$CRAWL_CONNECTIONS" -d"${CRAWL_MAX}s" --latency --timeout "${TIMEOUT}s" -s "$BENCH_DIR/scale-urls.lua" "$BASE" \
        >"$dir/crawl.txt" 2>&1 &
    local crawl_pid=$!
    BG_PIDS=("$probe_pid" "$crawl_pid")
    while kill -0 "$crawl_pid" 2>/dev/null; do
        if (($(find "$dir/done" -type f | wc -l) >= THREADS)); then
            kill -INT "$crawl_pid" 2>/dev/null || true # every URL sent: wrk prints its figures now, not at -d
            break
        fi
        sleep 0.1
    done
    wait "$crawl_pid" || true
    kill -INT "$probe_pid" 2>/dev/null || true
    wait "$probe_pid" || true
    BG_PIDS=()
    prometheus >"$dir/prom-crawl-0b.txt" # renders of / right when the probe ended
    wait_app_idle
    prometheus >"$dir/prom-crawl-1.txt"
    grep -q '^Requests/sec' "$dir/crawl.txt" || die "crawl wrk failed: $(tr '\n' ' ' <"$dir/crawl.txt")"
    grep -q '^Requests/sec' "$dir/probe.txt" || die "probe wrk failed: $(tr '\n' ' ' <"$dir/probe.txt")"
    raw "$n products: crawl (wrk -t$THREADS -c$CRAWL_CONNECTIONS, stops at the last URL or ${CRAWL_MAX}s; machine ${bg}% busy before)" "$dir/crawl.txt"
    raw "$n products: GET / during the crawl (wrk -t1 -c1, $((1000 / PROBE_RATE)) ms between requests)" "$dir/probe.txt"
    R[$n.crawl_sent]=$(awk '/^urls:/ { print $2 }' "$dir/crawl.txt")
    R[$n.crawl_s]=$(wrk_field "$dir/crawl.txt" seconds)
    R[$n.crawl_rps]=$(wrk_field "$dir/crawl.txt" rps)
    R[$n.crawl_p50]=$(wrk_field "$dir/crawl.txt" p50); R[$n.crawl_p99]=$(wrk_field "$dir/crawl.txt" p99)
    R[$n.crawl_bad]=$(wrk_field "$dir/crawl.txt" non2xx); R[$n.crawl_err]=$(wrk_field "$dir/crawl.txt" errors)
    R[$n.home_reqs]=$(wrk_field "$dir/probe.txt" requests)
    R[$n.home_p50]=$(wrk_field "$dir/probe.txt" p50); R[$n.home_p90]=$(wrk_field "$dir/probe.txt" p90)
    R[$n.home_bad]=$(wrk_field "$dir/probe.txt" non2xx)
    R[$n.crawl_status]=$(status_delta "$dir/prom-crawl-0.txt" "$dir/prom-crawl-1.txt")
    local h0 h1
    h0=$(renders_home "$dir/prom-crawl-0.txt"); h1=$(renders_home "$dir/prom-crawl-0b.txt")
    if [[ -n "$h0" && -n "$h1" && "${R[$n.home_reqs]:-0}" -gt 0 ]]; then
        R[$n.home_hit]=$(awk -v r="$((h1 - h0))" -v n="${R[$n.home_reqs]}" 'BEGIN { printf "%.1f%%", 100 * (1 - r / n) }')
        R[$n.home_renders]=$((h1 - h0))
    else
        R[$n.home_hit]="n/a"
        R[$n.home_renders]="n/a"
    fi
    log "crawl: ${R[$n.crawl_sent]} URLs in ${R[$n.crawl_s]} s (${R[$n.crawl_rps]} req/s); GET /: ${R[$n.home_reqs]} requests," \
        "median ${R[$n.home_p50]} ms, p90 ${R[$n.home_p90]} ms, hit rate ${R[$n.home_hit]}"

    # -------------------------------------------------------------------------------------------------- EXPLAIN
    if [[ "$n" == "$EXPLAIN_AT" ]]; then
        wait_app_idle
        explain_all "$db" "$n"
    fi

    stop_pid "$APP_PID" app
    APP_PID=""
    drop_db
}

EXPLAIN_ROWS=()
explain_all() { # db size: every "-- name:" statement of $QUERIES under EXPLAIN (ANALYZE, BUFFERS)
    local db=$1 n=$2 f name stmt plan ms seq
    log "EXPLAIN (ANALYZE, BUFFERS) of the statements in ${QUERIES#"$ROOT"/} at $n products"
    mkdir -p "$TMP/explain"
    awk -v dir="$TMP/explain" '
        /^-- name:/ { if (f) close(f); f = sprintf("%s/%03d.sql", dir, ++i); sub(/^-- name:[ \t]*/, ""); print > f; next }
        f && !/^[ \t]*$/ { print > f }' "$QUERIES"
    {
        echo "EXPLAIN (ANALYZE, BUFFERS) at $n products, statements from ${QUERIES#"$ROOT"/} ($(date -u '+%Y-%m-%d %H:%M UTC'))"
        echo
    } >"$TMP/explain.txt"
    for f in "$TMP"/explain/*.sql; do
        [[ -e "$f" ]] || die "no '-- name:' statements in $QUERIES"
        name=$(head -n1 "$f")
        stmt=$(tail -n +2 "$f" | sed '$ s/;[[:space:]]*$//')
        plan="$f.plan"
        if psql "$db" -XAtq -v ON_ERROR_STOP=1 -c "EXPLAIN (ANALYZE, BUFFERS) $stmt" >"$plan" 2>&1; then
            ms=$(awk '/^Execution Time:/ { printf "%.1f", $3 }' "$plan")
            seq=$(grep -c 'Seq Scan on products' "$plan" || true)
        else
            ms="error"; seq=0
        fi
        {
            echo "=== $name$( ((seq)) && echo "   !! Seq Scan on products")"
            echo "$stmt"
            echo "--"
            cat "$plan"
            echo
        } >>"$TMP/explain.txt"
        EXPLAIN_ROWS+=("$name|$ms|$seq")
    done
    mkdir -p "$(dirname "$EXPLAIN_OUT")"
    cp "$TMP/explain.txt" "$EXPLAIN_OUT"
}

# -------------------------------------------------------------------------------------------------------- main
LOAD_BEFORE=$(load_avg)
log "machine: $NCPU cores, load $LOAD_BEFORE; jar $JAR"
for n in $SIZES; do
    measure_size "$n"
done

# ------------------------------------------------------------------------------------------------------ summary
jar_commit() { # the commit the jar was built from, when it sits in a git work tree (web-app/target/…)
    local tree
    tree=$(cd "$(dirname "$JAR")/../.." 2>/dev/null && pwd) || return 0
    git -C "$tree" rev-parse --short HEAD >/dev/null 2>&1 || return 0
    printf '%s%s' "$(git -C "$tree" rev-parse --short HEAD)" \
        "$([[ -n "$(git -C "$tree" status --porcelain -uno 2>/dev/null)" ]] && echo " + uncommitted changes")"
}
ELAPSED=$(($(date +%s) - STARTED))
{
    echo "Rangoli Boutique — uncached catalog at scale ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo "jar: $JAR (commit $(jar_commit || true)), $(java -version 2>&1 | head -n1), $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)"
    echo "machine: $NCPU cores ($(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')), load average $LOAD_BEFORE at the start;"
    echo "  wrk, the app and PostgreSQL ($PG_URL/$SCALE_DB) share them; Redis $REDIS_HOST:$REDIS_PORT/$REDIS_DB; PUBLIC_REQUESTS_PER_MINUTE=0"
    echo "mix: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency --timeout ${TIMEOUT}s, every request a different page (bench/scale-urls.lua),"
    echo "  after ${WARMUP}s of warm-up on other distinct URLs; crawl: wrk -t$THREADS -c$CRAWL_CONNECTIONS over $CRAWL_URLS other distinct filter URLs"
    echo "  (stops at the last one or after ${CRAWL_MAX}s) while GET / is asked ~${PROBE_RATE}/s on one connection"
    echo
    printf '%-9s %8s %8s %8s %9s %8s %11s %10s %5s %4s\n' "products" "req/s" "avg ms" "p50 ms" "p99 ms" "non-2xx" "app ms/req" "db ms/req" "busy" "bg"
    printf '%-9s %8s %8s %8s %9s %8s %11s %10s %5s %4s\n' "--------" "-----" "------" "------" "------" "-------" "----------" "---------" "----" "---"
    for n in $SIZES; do
        printf '%-9s %8s %8s %8s %9s %8s %11s %10s %4s%% %3s%%%s\n' "$n" "${R[$n.mix_rps]}" "${R[$n.mix_avg]}" \
            "${R[$n.mix_p50]}" "${R[$n.mix_p99]}" "${R[$n.mix_bad]}" "${R[$n.mix_app]}" "${R[$n.mix_db]}" \
            "${R[$n.mix_busy]}" "${R[$n.mix_bg]}" "$([[ "${R[$n.mix_err]}" != 0 ]] && echo "  !! ${R[$n.mix_err]} socket errors/timeouts")"
    done
    echo
    echo "crawl, and GET / meanwhile:"
    printf '%-9s %8s %6s %7s %8s %8s %8s | %6s %8s %8s %8s %9s %4s\n' "products" "crawled" "secs" "req/s" "p50 ms" "p99 ms" "non-2xx" "GET /" "p50 ms" "p90 ms" "non-2xx" "hit rate" "bg"
    printf '%-9s %8s %6s %7s %8s %8s %8s | %6s %8s %8s %8s %9s %4s\n' "--------" "-------" "----" "-----" "------" "------" "-------" "-----" "------" "------" "-------" "--------" "---"
    for n in $SIZES; do
        printf '%-9s %8s %6s %7s %8s %8s %8s | %6s %8s %8s %8s %9s %3s%%%s\n' "$n" "${R[$n.crawl_sent]}" "${R[$n.crawl_s]}" \
            "${R[$n.crawl_rps]}" "${R[$n.crawl_p50]}" "${R[$n.crawl_p99]}" "${R[$n.crawl_bad]}" "${R[$n.home_reqs]}" \
            "${R[$n.home_p50]}" "${R[$n.home_p90]}" "${R[$n.home_bad]}" "${R[$n.home_hit]}" "${R[$n.crawl_bg]}" \
            "$([[ "${R[$n.crawl_err]}" != 0 ]] && echo "  !! ${R[$n.crawl_err]} socket errors/timeouts")"
    done
    echo
    printf '%-9s %7s %7s %13s %12s  %-20s %s\n' "products" "load s" "urls s" "RSS loaded MB" "RSS mix MB" "last product page" "GET / after loading"
    printf '%-9s %7s %7s %13s %12s  %-20s %s\n' "--------" "------" "------" "-------------" "----------" "-----------------" "-------------------"
    for n in $SIZES; do
        printf '%-9s %7s %7s %13s %12s  %-20s %s\n' "$n" "${R[$n.load]}" "${R[$n.gen]}" "${R[$n.rss_load]}" "${R[$n.rss_mix]}" \
            "/d/${R[$n.last]% *} ${R[$n.last]#* }" "${R[$n.home]}"
    done
    echo
    for n in $SIZES; do
        echo "$n: check URLs (200, and 404 just past the last page): ${R[$n.check]}"
    done
    echo
    for n in $SIZES; do
        echo "$n: mix URLs ${R[$n.mix_urls]} (${R[$n.urls]});"
        echo "$n: answered (the app's count, with what wrk gave up on): mix ${R[$n.mix_status]}; crawl + / ${R[$n.crawl_status]}"
        echo "$n: ${R[$n.mix_renders]} in the mix; renders of / during the crawl: ${R[$n.home_renders]}; CPU when idle: ${R[$n.idle]}"
    done
    if ((${#EXPLAIN_ROWS[@]})); then
        echo
        echo "EXPLAIN (ANALYZE, BUFFERS) at $EXPLAIN_AT products (${QUERIES#"$ROOT"/}; plans in ${EXPLAIN_OUT#"$ROOT"/}):"
        for row in "${EXPLAIN_ROWS[@]}"; do
            IFS='|' read -r name ms seq <<<"$row"
            printf '  %-88s %9s ms%s\n' "$name" "$ms" "$( ((seq)) && echo "  !! Seq Scan on products")"
        done
    fi
    echo
    echo "columns: app/db ms/req = CPU time (user+sys) of the app process / of PostgreSQL (our database's backends, and every"
    echo "backend or parallel worker the server reaped meanwhile: others' too) from the start of the mix until the app is idle"
    echo "again, less what they use when idle, per request the app answered (with those wrk gave up on at the end);"
    echo "busy = whole machine during the run; bg = machine busy just before it (others' processes)."
    echo "Hit rate = 1 - renders of / (rangoli_page_renders_total{kind=\"home\"}) / requests for / during the crawl;"
    echo "n/a when the app does not export that counter."
    echo "One run took $((ELAPSED / 60)) min $((ELAPSED % 60)) s."
} >"$TMP/summary.txt"

mkdir -p "$(dirname "$RESULTS")"
cp "$TMP/summary.txt" "$RESULTS"
cp "$TMP/raw.txt" "$RAW"
echo
cat "$RESULTS"
log "written to $RESULTS (raw wrk output: $RAW$( ((${#EXPLAIN_ROWS[@]})) && echo ", plans: $EXPLAIN_OUT"))"
