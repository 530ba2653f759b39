#!/usr/bin/env bash
# Memory and start-up of the two jars (issue 12): for each set of JVM flags — the JVM's defaults, and the flags the
# Dockerfiles put in JAVA_TOOL_OPTIONS with the container's memory limit stood in for by -XX:MaxRAM — it starts the web
# jar on a catalog of PRODUCTS products and the worker jar beside it, and prints (and keeps in
# bench/results/memory-latest.txt): start to the first 200 on /health, RSS after start, RSS after 10,000 catalog
# requests (/, product pages, filters, searches, sorts, pages: most of them distinct, so the page cache fills up), the
# peak RSS (VmHWM), and the worker's RSS when idle. Not a test; see bench/README.md.
#
#   bench/memory.sh                          # both sets, 10,000 products, ~3 min
#   PRODUCTS=100000 SETS=image bench/memory.sh
#
# Knobs (environment): PRODUCTS (10000), REQUESTS (10000), PARALLEL (4 curl connections), CONTAINER_MB (512: the
# limit -XX:MaxRAM stands in for), SETS ("defaults image"), IMAGE_FLAGS (default: read from web-app/Dockerfile and
# worker-app/Dockerfile), WEB_PORT (18190), WORKER_PORT (18191), PG_URL (postgres://postgres@127.0.0.1:5432), MEM_DB
# (rangoli_mem_bench), REDIS_HOST/REDIS_PORT/REDIS_DB (127.0.0.1/6379/13; only that DB is flushed), WEB_JAR, WORKER_JAR,
# RESULTS (bench/results/memory-latest.txt), IDLE (s the worker idles before its RSS is read, 20), QUIET_LOAD (1.5) /
# QUIET_WAIT (s, 180): before each set wait up to QUIET_WAIT for the 1-minute load average to drop below QUIET_LOAD.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

PRODUCTS=${PRODUCTS:-10000}
REQUESTS=${REQUESTS:-10000}
PARALLEL=${PARALLEL:-4}
CONTAINER_MB=${CONTAINER_MB:-512}
SETS=${SETS:-defaults image}
WEB_PORT=${WEB_PORT:-18190}
WORKER_PORT=${WORKER_PORT:-18191}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
MEM_DB=${MEM_DB:-rangoli_mem_bench}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
REDIS_DB=${REDIS_DB:-13}
WEB_JAR=${WEB_JAR:-$ROOT/web-app/target/web-app.jar}
WORKER_JAR=${WORKER_JAR:-$ROOT/worker-app/target/worker-app.jar}
RESULTS=${RESULTS:-$BENCH_DIR/results/memory-latest.txt}
IDLE=${IDLE:-20}
QUIET_LOAD=${QUIET_LOAD:-1.5}
QUIET_WAIT=${QUIET_WAIT:-180}

exec 3>&2
log() { printf '[memory %s] %s\n' "$(date +%T)" "$*" >&3; }
die() { log "ERROR: $*"; exit 1; }

[[ "$MEM_DB" == rangoli_mem_* ]] || die "MEM_DB must start with rangoli_mem_ (it is dropped at the end)"
for tool in java curl psql redis-cli awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done
[[ -f "$WEB_JAR" && -f "$WORKER_JAR" ]] || die "build the jars first: ./mvnw -o -q -DskipTests package"

dockerfile_flags() { # the JAVA_TOOL_OPTIONS of a Dockerfile
    sed -n 's/.*JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' "$1" | head -n1
}
WEB_IMAGE_FLAGS=${IMAGE_FLAGS:-$(dockerfile_flags "$ROOT/web-app/Dockerfile")}
WORKER_IMAGE_FLAGS=${IMAGE_FLAGS:-$(dockerfile_flags "$ROOT/worker-app/Dockerfile")}
[[ -n "$WEB_IMAGE_FLAGS" && -n "$WORKER_IMAGE_FLAGS" ]] || die "no JAVA_TOOL_OPTIONS found in the Dockerfiles"

TMP=$(mktemp -d /tmp/membench.XXXXXX)
WEB_PID=""
WORKER_PID=""
DB_CREATED=0
REDIS=(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB")

stop_pid() { # pid name
    local pid=$1 i
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 300; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    log "$2 ($pid) did not stop: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    stop_pid "$WORKER_PID" worker
    stop_pid "$WEB_PID" web
    if ((DB_CREATED)); then
        psql "$PG_URL/postgres" -qX -c "DROP DATABASE IF EXISTS \"$MEM_DB\" WITH (FORCE)" >/dev/null 2>&1 \
            && log "dropped database $MEM_DB"
        "${REDIS[@]}" FLUSHDB >/dev/null 2>&1
    fi
    if ((rc != 0)); then
        log "failed (exit $rc); logs kept in $TMP"
        for f in "$TMP"/*.log; do [[ -s "$f" ]] && { log "--- tail of $f"; tail -n 20 "$f" >&3; }; done
    else
        rm -rf "$TMP"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_free "$WEB_PORT" || die "port $WEB_PORT is in use (WEB_PORT)"
port_free "$WORKER_PORT" || die "port $WORKER_PORT is in use (WORKER_PORT)"
psql "$PG_URL/postgres" -qXAtc 'select 1' >/dev/null 2>&1 || die "PostgreSQL at $PG_URL is not reachable"
"${REDIS[@]}" ping 2>/dev/null | grep -q PONG || die "Redis at $REDIS_HOST:$REDIS_PORT is not reachable"

# copies under names of our own: other jobs on this shared machine stop "web-app.jar" processes by name
cp "$WEB_JAR" "$TMP/membench-web.jar"
cp "$WORKER_JAR" "$TMP/membench-worker.jar"

load1() { cut -d' ' -f1 /proc/loadavg; }
wait_quiet() { # echoes the load average finally seen
    local waited=0
    while awk -v l="$(load1)" -v q="$QUIET_LOAD" 'BEGIN { exit !(l >= q) }' && ((waited < QUIET_WAIT)); do
        ((waited == 0)) && log "load average $(load1): waiting up to ${QUIET_WAIT}s for < $QUIET_LOAD"
        sleep 10; waited=$((waited + 10))
    done
    cut -d' ' -f1-3 /proc/loadavg
}
mb() { awk -v k="$2" '$1 == k":" { printf "%.0f", $2 / 1024 }' "/proc/$1/status" 2>/dev/null || echo "?"; }
now_ms() { date +%s%3N; }
heap_meta() { # pid -> heap used / committed and metaspace used (jcmd GC.heap_info), or "?"
    jcmd "$1" GC.heap_info 2>/dev/null | awk '
        / total [0-9]+K, used [0-9]+K/ { for (i = 1; i < NF; i++) { v = $(i + 1); gsub(/[K,]/, "", v)
            if ($i == "total") t += v; if ($i == "used") u += v }; h = 1 }
        /^ *Metaspace/ { for (i = 1; i < NF; i++) if ($i == "used") { m = $(i + 1); gsub(/[K,]/, "", m) } }
        END { if (h) printf "heap used %.0f of %.0f MB committed, metaspace %.0f MB", u / 1024, t / 1024, m / 1024; else print "?" }'
}

APP_ENV_VARS=(DATABASE_URL="$PG_URL/$MEM_DB" REDIS_URL="redis://$REDIS_HOST:$REDIS_PORT/$REDIS_DB"
    APP_URL="http://127.0.0.1:$WEB_PORT" STORAGE_DIR="$TMP/storage" DATA_DIR="$TMP/data" LOG_FORMAT=text DEMO=false
    SHUTDOWN_GRACE=1s WORKER_SHUTDOWN_GRACE=1s PUBLIC_REQUESTS_PER_MINUTE=0 MIGRATE_ON_START=false)
run_java() { # logfile jar flags... -> LAST_PID
    local logfile=$1 jar=$2; shift 2
    env -u JAVA_TOOL_OPTIONS -u JDK_JAVA_OPTIONS "${APP_ENV_VARS[@]}" PORT="$WEB_PORT" WORKER_PORT="$WORKER_PORT" \
        java "$@" -jar "$jar" >"$logfile" 2>&1 </dev/null &
    LAST_PID=$!
}
until_health() { # port pid timeout_s -> echoes ms from now until the first 200 (the caller passes its start time)
    local port=$1 pid=$2 timeout=$3 deadline
    deadline=$(($(now_ms) + timeout * 1000))
    while (($(now_ms) < deadline)); do
        kill -0 "$pid" 2>/dev/null || die "the process on :$port exited during start-up"
        [[ "$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/health")" == 200 ]] && return 0
        sleep 0.05
    done
    die "no 200 from :$port/health after ${timeout}s"
}

# ------------------------------------------------------------------------------------------ the catalog, once
log "database $MEM_DB: migrate (web-app.jar migrate), then $PRODUCTS products (load-products.sql)"
psql "$PG_URL/postgres" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$MEM_DB\" WITH (FORCE)" \
    -c "CREATE DATABASE \"$MEM_DB\"" >/dev/null
DB_CREATED=1
"${REDIS[@]}" FLUSHDB >/dev/null
env -u JAVA_TOOL_OPTIONS "${APP_ENV_VARS[@]}" java -jar "$TMP/membench-web.jar" migrate >"$TMP/migrate.log" 2>&1 \
    || die "migrate failed"
psql "$PG_URL/$MEM_DB" -qX -v ON_ERROR_STOP=1 -v products="$PRODUCTS" -f "$BENCH_DIR/load-products.sql" >/dev/null
psql "$PG_URL/$MEM_DB" -qX -c ANALYZE >/dev/null
LAST="D-$((1000 + PRODUCTS))"

# REQUESTS catalog URLs, as a curl config: a tenth /, three tenths product pages, the rest filter/search/sort/page
# links (distinct ones, so the page cache fills to PAGE_CACHE_ENTRIES as a crawler would make it)
awk -v n="$REQUESTS" -v p="$PRODUCTS" -v base="http://127.0.0.1:$WEB_PORT" 'BEGIN {
    split("saree dress kurta anarkali lehenga dupatta handloom", cat, " ");
    split("Red Maroon Emerald Mustard Ivory Indigo Teal Black Lavender Rust Magenta Navy Mint Wine", col, " ");
    split("silk cotton zari wedding festive chiffon bridal print border organza", q, " ");
    split("newest price_asc price_desc", sort, " ");
    split("S M L XL Free%20Size", size, " ");
    for (i = 0; i < n; i++) {
        k = i % 10;
        if (k == 0) u = "/";
        else if (k <= 3) u = sprintf("/d/D-%d", 1001 + (i * 7919) % p);
        else if (k <= 5) u = sprintf("/?category=%s&sort=%s&page=%d", cat[1 + i % 7], sort[1 + int(i / 7) % 3], 1 + int(i / 21) % 3);
        else if (k <= 7) u = sprintf("/?q=%s&min=%d&max=%d", q[1 + i % 10], 1000 + (i % 40) * 100, 20000 + (i % 97) * 250);
        else u = sprintf("/?color=%s&size=%s&page=%d", col[1 + i % 14], size[1 + int(i / 14) % 5], 1 + int(i / 70) % 2);
        printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", base, u;
    }
}' >"$TMP/urls.cfg"

JAVA_VERSION=$(java -version 2>&1 | head -n1)
CPU=$(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')
ROWS=()

max_heap_mb() { java "$@" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$2 == "MaxHeapSize" { printf "%.0f", $4 / 1048576 }'; }
gc_of() { java "$@" -XX:+PrintFlagsFinal -version 2>/dev/null | awk '$4 == "true" && $2 ~ /^Use(Serial|G1|Parallel|Z|Shenandoah)GC$/ { print $2 }'; }

measure_set() { # name web-flags worker-flags
    local name=$1 t0 load start_ms whm khm rss_start rss_loaded rss_after hwm codes bad wstart wrss whwm secs
    read -r -a wflags <<<"$2"
    read -r -a kflags <<<"$3"
    load=$(wait_quiet)
    log "=== $name: web ${wflags[*]:-(none)}; worker ${kflags[*]:-(none)}; load $load"
    t0=$(now_ms)
    run_java "$TMP/web-$name.log" "$TMP/membench-web.jar" "${wflags[@]}"
    WEB_PID=$LAST_PID
    until_health "$WEB_PORT" "$WEB_PID" 180
    start_ms=$(($(now_ms) - t0))
    # the catalog is read at start; the last product's page shows it is all there
    [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$WEB_PORT/d/$LAST")" == 200 ]] \
        || die "/d/$LAST is not 200 after start"
    sleep 5
    rss_start=$(mb "$WEB_PID" VmRSS)
    log "web: first 200 on /health after $start_ms ms; RSS $rss_start MB"
    t0=$(now_ms)
    codes=$(curl -s --no-progress-meter --parallel --parallel-max "$PARALLEL" -K "$TMP/urls.cfg" -w '%{http_code}\n' | sort | uniq -c \
        | awk '{ printf "%s%s×%s", sep, $2, $1; sep = " " }')
    secs=$(awk -v ms="$(($(now_ms) - t0))" 'BEGIN { printf "%.1f", ms / 1000 }')
    bad=$(tr ' ' '\n' <<<"$codes" | awk -F'×' '$1 != 200 && $1 != 404 { s += $2 } END { print s + 0 }')
    ((bad == 0)) || log "WARNING: answers other than 200/404: $codes"
    kill -0 "$WEB_PID" 2>/dev/null || die "the web process died under the requests (see $TMP/web-$name.log)"
    sleep 2
    rss_after=$(mb "$WEB_PID" VmRSS)
    hwm=$(mb "$WEB_PID" VmHWM)
    whm=$(heap_meta "$WEB_PID")
    whm+=", code cache $(jcmd "$WEB_PID" Compiler.codecache 2>/dev/null | awk -F'used=' '/^Code(Cache|Heap)/ { split($2, a, "Kb"); u += a[1] } END { printf "%.0f MB", u / 1024 }')"
    whm+=", $(ls "/proc/$WEB_PID/task" | wc -l) threads"
    jcmd "$WEB_PID" GC.run >/dev/null 2>&1 || true
    whm+="; after a full GC: $(heap_meta "$WEB_PID" | sed 's/ of .*//; s/heap used/live heap/') MB"
    log "web: $REQUESTS requests in $secs s ($codes); RSS $rss_after MB, peak $hwm MB; $whm"

    t0=$(now_ms)
    run_java "$TMP/worker-$name.log" "$TMP/membench-worker.jar" "${kflags[@]}"
    WORKER_PID=$LAST_PID
    until_health "$WORKER_PORT" "$WORKER_PID" 180
    wstart=$(($(now_ms) - t0))
    sleep "$IDLE"
    wrss=$(mb "$WORKER_PID" VmRSS)
    whwm=$(mb "$WORKER_PID" VmHWM)
    khm=$(heap_meta "$WORKER_PID")
    log "worker: $khm"
    log "worker: first 200 on /health after $wstart ms; RSS after ${IDLE}s idle $wrss MB (peak $whwm MB)"
    stop_pid "$WORKER_PID" worker; WORKER_PID=""
    stop_pid "$WEB_PID" web; WEB_PID=""
    ROWS+=("$name|$(max_heap_mb "${wflags[@]}")|$(gc_of "${wflags[@]}")|$start_ms|$rss_start|$rss_after|$hwm|$secs|$codes|$wstart|$wrss|$whwm|$load|$whm|$khm")
}

EMULATE="-XX:MaxRAM=${CONTAINER_MB}m"
for set in $SETS; do
    case $set in
        defaults) measure_set defaults "" "" ;;
        image) measure_set image "$EMULATE $WEB_IMAGE_FLAGS" "$EMULATE $WORKER_IMAGE_FLAGS" ;;
        *) die "unknown set $set (defaults, image)" ;;
    esac
done

{
    echo "Rangoli Boutique — memory and start-up ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'), $JAVA_VERSION"
    echo "machine: $(nproc) cores ($CPU), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM, no container:"
    echo "  'image' = the Dockerfiles' JAVA_TOOL_OPTIONS plus $EMULATE, which makes the JVM size itself as in a ${CONTAINER_MB} MB container"
    echo "  web:    ${WEB_IMAGE_FLAGS}"
    echo "  worker: ${WORKER_IMAGE_FLAGS}"
    echo "catalog: $PRODUCTS products (load-products.sql) on PostgreSQL $PG_URL/$MEM_DB, Redis db $REDIS_DB;"
    echo "  $REQUESTS requests with curl --parallel-max $PARALLEL: 10% /, 30% /d/D-…, 60% filter/search/sort/page links (mostly distinct)"
    echo
    printf '%-9s %7s %-13s %9s %10s %10s %9s %8s | %9s %10s   %s\n' "flags" "heap MB" "GC" "start ms" "RSS start" "RSS after" "RSS peak" \
        "req s" "wkr start" "worker RSS" "load before"
    printf '%-9s %7s %-13s %9s %10s %10s %9s %8s | %9s %10s   %s\n' "-----" "-------" "--" "--------" "---------" "---------" "--------" \
        "-----" "---------" "----------" "-----------"
    for row in "${ROWS[@]}"; do
        IFS='|' read -r n heap gc st rs ra hw secs codes ws wr wh load _ <<<"$row"
        printf '%-9s %7s %-13s %9s %10s %10s %9s %8s | %9s %10s   %s\n' "$n" "$heap" "$gc" "$st" "$rs" "$ra" "$hw" "$secs" "$ws" "$wr (peak $wh)" "$load"
    done
    echo
    for row in "${ROWS[@]}"; do
        IFS='|' read -r n _ _ _ _ _ _ _ codes _ _ _ _ whm khm <<<"$row"
        echo "$n: answers $codes (404 = a page past the end of a filter)"
        echo "  web after the requests: $whm"
        echo "  worker idle: $khm"
    done
    echo "columns: heap MB = MaxHeapSize the JVM chose; start ms = process start to the first 200 on /health (web: with"
    echo "the whole catalog read); RSS in MB from /proc (VmRSS; peak = VmHWM); RSS after = 2 s after the requests;"
    echo "worker RSS after ${IDLE} s idle; load before = load average when the set started."
} >"$TMP/summary.txt"

mkdir -p "$(dirname "$RESULTS")"
cp "$TMP/summary.txt" "$RESULTS"
echo
cat "$RESULTS"
log "written to $RESULTS"
