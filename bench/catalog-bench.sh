#!/usr/bin/env bash
# Benchmark of the public catalog (issue 5): the web app's GET / and GET /d/{id} against nginx serving the very same
# bytes as static files, with wrk on loopback. Not a test: it prints (and keeps in bench/results/latest.txt) a table
# of req/s, p50, p99, the app/static ratio and what the per-IP rate limiter costs per request. See bench/README.md.
#
#   bench/catalog-bench.sh                 # everything: build if needed, load 1,000 products, measure, clean up
#   DURATION=30 CONNECTIONS=64 bench/catalog-bench.sh
#
# Knobs (environment): DURATION (s, per run, 15), WARMUP (s, per endpoint, 10), CONNECTIONS (64), THREADS (2),
# APP_PORT (18090, limiter on), APP_PORT_NOLIMIT (18091, limiter off), NGINX_PORT (18092), PRODUCT (D-1500),
# BENCH_DB (rangoli_bench), PG_URL (postgres://postgres@127.0.0.1:5432), REDIS_HOST/REDIS_PORT/REDIS_DB
# (127.0.0.1/6379/11), EMBEDDED=1 (force the app's embedded PostgreSQL/Redis on EMBEDDED_POSTGRES_PORT 54349 /
# EMBEDDED_REDIS_PORT 63819), JAR (web-app/target/web-app.jar), JAVA_OPTS, RESULTS (bench/results/latest.txt),
# KEEP_TMP=1 (keep the temp dir with logs and configs), QUIET_BUSY (%, 30) / QUIET_WAIT (s, 60): before each run wait
# up to QUIET_WAIT for the machine to be less than QUIET_BUSY busy without us (other builds on the same 2 cores).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)

DURATION=${DURATION:-15}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18090}
APP_PORT_NOLIMIT=${APP_PORT_NOLIMIT:-18091}
NGINX_PORT=${NGINX_PORT:-18092}
PRODUCT=${PRODUCT:-D-1500}
BENCH_DB=${BENCH_DB:-rangoli_bench}
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432}
REDIS_HOST=${REDIS_HOST:-127.0.0.1}
REDIS_PORT=${REDIS_PORT:-6379}
REDIS_DB=${REDIS_DB:-11}
EMBEDDED=${EMBEDDED:-0}
EMBEDDED_POSTGRES_PORT=${EMBEDDED_POSTGRES_PORT:-54349}
EMBEDDED_REDIS_PORT=${EMBEDDED_REDIS_PORT:-63819}
JAR=${JAR:-$ROOT/web-app/target/web-app.jar}
JAVA_OPTS=${JAVA_OPTS:-}
RESULTS=${RESULTS:-$BENCH_DIR/results/latest.txt}
RAW=${RESULTS%.txt}-raw.txt
KEEP_TMP=${KEEP_TMP:-0}
QUIET_BUSY=${QUIET_BUSY:-30}
QUIET_WAIT=${QUIET_WAIT:-60}
HIGH_LIMIT=100000000          # "raised" limit: counted in Redis on every request, never reached
CLK_TCK=$(getconf CLK_TCK)
NCPU=$(nproc)

exec 3>&2 # progress always reaches the caller's stderr, even from inside a redirected block
log() { printf '[bench %s] %s\n' "$(date +%T)" "$*" >&3; }
die() { log "ERROR: $*"; exit 1; }

for tool in java curl wrk nginx psql awk; do
    command -v "$tool" >/dev/null || die "$tool is not installed"
done

TMP=$(mktemp -d /tmp/catbench.XXXXXX)
chmod 755 "$TMP"              # nginx workers (user nobody) read the static files below it
APP_PID=""
APP2_PID=""
NGINX_PID=""
PSQL_DB_URL=""
DB_CREATED=0
REDIS_CLI=()

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

cleanup() {
    local rc=$?
    set +e
    trap - EXIT INT TERM
    stop_pid "$NGINX_PID" nginx
    stop_pid "$APP2_PID" "app (limiter off)"   # the second instance first: the first one owns embedded servers
    stop_pid "$APP_PID" "app (limiter on)"
    if ((DB_CREATED)); then
        psql "$PG_URL/postgres" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$BENCH_DB\" WITH (FORCE)" \
            >/dev/null 2>&1 && log "dropped database $BENCH_DB"
    fi
    if ((${#REDIS_CLI[@]})) && [[ "$EMBEDDED" != 1 ]]; then
        "${REDIS_CLI[@]}" DEL "rate:public:127.0.0.1" >/dev/null 2>&1
    fi
    if ((rc != 0)); then
        log "failed (exit $rc); logs kept in $TMP"
        for f in "$TMP"/app*.log "$TMP"/nginx/error.log; do
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
for p in "$APP_PORT" "$APP_PORT_NOLIMIT" "$NGINX_PORT"; do
    port_free "$p" || die "port $p is in use (set APP_PORT / APP_PORT_NOLIMIT / NGINX_PORT)"
done

# ---------------------------------------------------------------------------------------------------------- 1. jar
if [[ ! -f "$JAR" ]]; then
    log "building $JAR"
    (cd "$ROOT" && ./mvnw -q -B -pl web-app -am package -DskipTests) || die "build failed"
fi
[[ -f "$JAR" ]] || die "no jar at $JAR"
# run a copy under a name of our own: on this shared machine other jobs stop "web-app.jar" processes by name
cp "$JAR" "$TMP/catbench-server.jar"

# -------------------------------------------------------------------------------- 2. database, Redis, the app
if [[ "$EMBEDDED" != 1 ]] && psql "$PG_URL/postgres" -qXAtc 'select 1' >/dev/null 2>&1 \
        && command -v redis-cli >/dev/null && redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" ping 2>/dev/null | grep -q PONG; then
    MODE="machine PostgreSQL ($PG_URL/$BENCH_DB) + Redis ($REDIS_HOST:$REDIS_PORT/$REDIS_DB)"
    psql "$PG_URL/postgres" -qX -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS \"$BENCH_DB\" WITH (FORCE)" \
        -c "CREATE DATABASE \"$BENCH_DB\"" >/dev/null
    DB_CREATED=1
    PSQL_DB_URL="$PG_URL/$BENCH_DB"
    REDIS_CLI=(redis-cli -h "$REDIS_HOST" -p "$REDIS_PORT" -n "$REDIS_DB")
    "${REDIS_CLI[@]}" DEL "rate:public:127.0.0.1" >/dev/null
    APP_ENV_VARS=(DATABASE_URL="$PSQL_DB_URL" REDIS_URL="redis://$REDIS_HOST:$REDIS_PORT/$REDIS_DB")
else
    EMBEDDED=1
    MODE="embedded PostgreSQL (:$EMBEDDED_POSTGRES_PORT) + Redis (:$EMBEDDED_REDIS_PORT), DATA_DIR in $TMP"
    port_free "$EMBEDDED_POSTGRES_PORT" || die "port $EMBEDDED_POSTGRES_PORT is in use (EMBEDDED_POSTGRES_PORT)"
    port_free "$EMBEDDED_REDIS_PORT" || die "port $EMBEDDED_REDIS_PORT is in use (EMBEDDED_REDIS_PORT)"
    PSQL_DB_URL="postgres://postgres@127.0.0.1:$EMBEDDED_POSTGRES_PORT/postgres"
    command -v redis-cli >/dev/null && REDIS_CLI=(redis-cli -h 127.0.0.1 -p "$EMBEDDED_REDIS_PORT")
    APP_ENV_VARS=(EMBEDDED_POSTGRES_PORT="$EMBEDDED_POSTGRES_PORT" EMBEDDED_REDIS_PORT="$EMBEDDED_REDIS_PORT")
    # the embedded servers are not in the release jar: local-run.jar beside it on the class path starts them
    LOCAL_RUN_JAR=$ROOT/local-run/target/local-run.jar
    if [[ ! -f "$LOCAL_RUN_JAR" ]]; then
        log "building $LOCAL_RUN_JAR"
        (cd "$ROOT" && ./mvnw -q -B -pl local-run -am package -DskipTests) || die "build failed"
    fi
    APP_CLASSPATH="$TMP/catbench-server.jar:$LOCAL_RUN_JAR"
fi
log "using $MODE"

start_app() { # port limit logfile -> sets LAST_PID
    local port=$1 limit=$2 logfile=$3
    # shellcheck disable=SC2086
    env -u DATABASE_URL -u REDIS_URL "${APP_ENV_VARS[@]}" \
        PORT="$port" APP_URL="http://127.0.0.1:$APP_PORT" PUBLIC_REQUESTS_PER_MINUTE="$limit" \
        DATA_DIR="$TMP/data" STORAGE_DIR="$TMP/storage" SHUTDOWN_GRACE=1s DEMO=false LOG_FORMAT=text \
        java $JAVA_OPTS -cp "${APP_CLASSPATH:-$TMP/catbench-server.jar}" com.rangoliboutique.app.web.WebApplication \
        >"$logfile" 2>&1 </dev/null &
    LAST_PID=$!
}

wait_health() { # port pid timeout_s
    local port=$1 pid=$2 timeout=$3 i
    for ((i = 0; i < timeout * 4; i++)); do
        kill -0 "$pid" 2>/dev/null || die "the app on :$port exited during start-up"
        curl -fsS -m 2 "http://127.0.0.1:$port/health" 2>/dev/null | grep -q '"status":"UP"' && return 0
        sleep 0.25
    done
    die "the app on :$port was not healthy after ${timeout}s"
}

log "starting the app on :$APP_PORT (PUBLIC_REQUESTS_PER_MINUTE=$HIGH_LIMIT)"
start_app "$APP_PORT" "$HIGH_LIMIT" "$TMP/app-limit-on.log"
APP_PID=$LAST_PID
wait_health "$APP_PORT" "$APP_PID" 180
log "app healthy (pid $APP_PID)"

# ------------------------------------------------------------------------------------------- 3. 1,000 products
log "loading 1,000 products"
psql "$PSQL_DB_URL" -qX -f "$BENCH_DIR/load-products.sql" >/dev/null
read -r N_PUB N_SOLD N_IMG N_REND N_VAR < <(psql "$PSQL_DB_URL" -qXAt -F ' ' -c "SELECT
    (SELECT count(*) FROM products WHERE status = 'PUBLISHED'), (SELECT count(*) FROM products WHERE status = 'SOLD_OUT'),
    (SELECT count(*) FROM images WHERE is_public AND status = 'READY'), (SELECT count(*) FROM image_renditions),
    (SELECT count(*) FROM variant_options)")
log "loaded: $N_PUB published, $N_SOLD sold out, $N_IMG public images, $N_REND renditions, $N_VAR variant options"
((N_PUB + N_SOLD == 1000)) || die "expected 1,000 products"

log "starting the app on :$APP_PORT_NOLIMIT (PUBLIC_REQUESTS_PER_MINUTE=0)"
start_app "$APP_PORT_NOLIMIT" 0 "$TMP/app-limit-off.log"
APP2_PID=$LAST_PID
wait_health "$APP_PORT_NOLIMIT" "$APP2_PID" 180
log "app healthy (pid $APP2_PID)"
sleep 1 # both page caches have seen the new catalog fingerprint (checked every 250 ms)

A="http://127.0.0.1:$APP_PORT"
B="http://127.0.0.1:$APP_PORT_NOLIMIT"
N="http://127.0.0.1:$NGINX_PORT"
GZ=(-H 'Accept-Encoding: gzip')

for base in "$A" "$B"; do
    for path in / "/d/$PRODUCT"; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
        [[ "$code" == 200 ]] || die "GET $base$path answered $code"
    done
done
LIMITER_ACTIVE=unknown
if ((${#REDIS_CLI[@]})); then
    "${REDIS_CLI[@]}" DEL "rate:public:127.0.0.1" >/dev/null
    curl -s -o /dev/null "$A/"
    sleep 0.5 # the app shares its counts with Redis every 100 ms
    if [[ -n "$("${REDIS_CLI[@]}" GET "rate:public:127.0.0.1")" ]]; then
        LIMITER_ACTIVE=yes
    else
        LIMITER_ACTIVE=no
        log "WARNING: with PUBLIC_REQUESTS_PER_MINUTE=$HIGH_LIMIT a request left no counter in Redis: the limiter is not active"
    fi
fi
cards=$(curl -s "$A/" | grep -o 'href="/d/D-[0-9]*"' | sort -u | wc -l)
log "GET / lists $cards distinct products"

# The machine is shared: if an app instance was stopped from outside (seen: a broad "kill java" by another job),
# start it again on its port, warm it up, and mark the rows measured after that.
RESTARTED=""
ensure_running() { # server
    local which=$1 pid port limit name
    case $which in
        app) pid=$APP_PID port=$APP_PORT limit=$HIGH_LIMIT name="limit-on" ;;
        app0) pid=$APP2_PID port=$APP_PORT_NOLIMIT limit=0 name="limit-off" ;;
        nginx) kill -0 "$NGINX_PID" 2>/dev/null || die "nginx ($NGINX_PID) is gone (stopped from outside?)"; return 0 ;;
    esac
    kill -0 "$pid" 2>/dev/null && curl -fsS -m 5 -o /dev/null "http://127.0.0.1:$port/health" && return 0
    log "WARNING: the app on :$port ($pid) is gone or unhealthy (stopped from outside?): starting it again"
    stop_pid "$pid" "app on :$port"
    port_free "$port" || die "port $port is taken by something else"
    start_app "$port" "$limit" "$TMP/app-$name.restarted.log"
    [[ $which == app ]] && APP_PID=$LAST_PID || APP2_PID=$LAST_PID
    wait_health "$port" "$LAST_PID" 180
    sleep 1
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$port/" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "http://127.0.0.1:$port/d/$PRODUCT" >/dev/null
    RESTARTED+=" :$port"
}

# --------------------------------------------------------------------------------- 4. warm-up and the static copy
log "warming up (${WARMUP}s per endpoint, JIT)"
for base in "$A" "$B"; do
    for path in / "/d/$PRODUCT"; do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$base$path" >/dev/null || true
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$((WARMUP / 2 + 1))s" "${GZ[@]}" "$base$path" >/dev/null || true
    done
done
ensure_running app
ensure_running app0

STATIC="$TMP/static"
mkdir -p "$STATIC/d" "$TMP/nginx"
curl -fsS "$A/" -o "$STATIC/index.html"
curl -fsS "${GZ[@]}" "$A/" -o "$STATIC/index.html.gz"
curl -fsS "$A/d/$PRODUCT" -o "$STATIC/d/$PRODUCT"
curl -fsS "${GZ[@]}" "$A/d/$PRODUCT" -o "$STATIC/d/$PRODUCT.gz"
gzip -t "$STATIC/index.html.gz" && gzip -t "$STATIC/d/$PRODUCT.gz" || die "the app's gzip answers are not gzip"
cmp -s <(gzip -dc "$STATIC/index.html.gz") "$STATIC/index.html" || die "gzip and plain / differ"
cmp -s <(curl -fsS "$B/") "$STATIC/index.html" || die "the two app instances serve different / pages"
chmod -R a+rX "$STATIC"

# the app's own headers on the static copy too (CSP etc.), so both send about the same bytes
curl -fsS -D "$TMP/app-headers.txt" -o /dev/null "$A/"
ADD_HEADERS=$(tr -d '\r' <"$TMP/app-headers.txt" | awk -F': ' 'tolower($1) ~ /^(content-security-policy|x-content-type-options|x-frame-options|referrer-policy|permissions-policy|cross-origin-opener-policy|cache-control|vary)$/ {
    v = substr($0, length($1) + 3); gsub(/"/, "", v); printf "            add_header %s \"%s\" always;\n", $1, v }')

cat >"$TMP/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    tcp_nodelay on;
    keepalive_timeout 65;
    keepalive_requests 10000000;
    client_body_temp_path $TMP/nginx/body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    default_type "text/html;charset=utf-8";
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $STATIC;
        location / {
            index index.html;
            gzip_static on;
$ADD_HEADERS
        }
    }
}
EOF
nginx -t -q -e "$TMP/nginx/error.log" -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx" || die "bad nginx config"
nginx -e "$TMP/nginx/error.log" -c "$TMP/nginx/nginx.conf" -p "$TMP/nginx" &
NGINX_PID=$!
for ((i = 0; i < 40; i++)); do
    curl -fsS -o /dev/null "$N/" 2>/dev/null && break
    kill -0 "$NGINX_PID" 2>/dev/null || die "nginx exited"
    sleep 0.25
done
cmp -s <(curl -fsS "$N/") "$STATIC/index.html" || die "nginx does not serve the same / bytes"
cmp -s <(curl -fsS "$N/d/$PRODUCT") "$STATIC/d/$PRODUCT" || die "nginx does not serve the same product bytes"
cmp -s <(curl -fsS "${GZ[@]}" "$N/") "$STATIC/index.html.gz" || die "nginx does not serve the same gzip bytes"
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$N/" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$N/d/$PRODUCT" >/dev/null

# ----------------------------------------------------------------------------------------------- 5. measurements
# CPU ticks (utime+stime) of the given pids; with -c also of their direct children (nginx workers)
cpu_ticks() {
    local total=0 p kids=()
    if [[ "$1" == -c ]]; then
        shift
        for p in "$@"; do kids+=($(pgrep -P "$p" 2>/dev/null || true)); done
    fi
    for p in "$@" "${kids[@]}"; do
        [[ -r /proc/$p/stat ]] || continue
        total=$((total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat")))
    done
    echo "$total"
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
REDIS_PID=$(ss -Hltnp "sport = :$([[ $EMBEDDED == 1 ]] && echo "$EMBEDDED_REDIS_PORT" || echo "$REDIS_PORT")" 2>/dev/null \
    | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2 || true)

to_ms() { # 852.00us | 1.23ms | 1.02s | 2.00m -> ms
    awk -v v="$1" 'BEGIN { n = v + 0; u = v; sub(/^[0-9.]+/, "", u);
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000; printf "%.2f", n }'
}

ROWS=()
: >"$TMP/raw.txt"
server_pids() { # server -> the pids whose CPU time counts (nginx: master and workers)
    case $1 in app) echo "$APP_PID" ;; app0) echo "$APP2_PID" ;; nginx) echo "-c $NGINX_PID" ;; esac
}

run() { # label server(app|app0|nginx) url [wrk args...]; a run during which the server was stopped is done again
    local label=$1 server=$2 url=$3 attempt; shift 3
    for attempt in 1 2 3; do
        measure "$label" "$server" "$url" "$@" && return 0
        log "WARNING: $server stopped during '$label' (attempt $attempt): measuring it again"
    done
    die "could not measure '$label': the server keeps being stopped"
}

measure() {
    local label=$1 server=$2 url=$3; shift 3
    local pids out load cpu0 cpu1 r0 r1 m0 i0 m1 i1 wrk_cpu
    ensure_running "$server"
    read -r -a pids <<<"$(server_pids "$server")"
    load=$(wait_quiet)
    log "wrk $label: $url ${*:-}"
    cpu0=$(cpu_ticks "${pids[@]}"); r0=$( [[ -n "$REDIS_PID" ]] && cpu_ticks "$REDIS_PID" || echo 0)
    read -r m0 i0 < <(machine_busy_idle)
    out="$TMP/wrk-$(echo "$label" | tr -c 'a-zA-Z0-9' '_').txt"
    local TIMEFORMAT='%U %S'
    { time wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@" "$url" >"$out"; } 2>"$out.time" || true
    cpu1=$(cpu_ticks "${pids[@]}"); r1=$( [[ -n "$REDIS_PID" ]] && cpu_ticks "$REDIS_PID" || echo 0)
    read -r m1 i1 < <(machine_busy_idle)
    kill -0 "${pids[-1]}" 2>/dev/null || return 1
    grep -q '^Requests/sec' "$out" || die "wrk failed for '$label': $(tr '\n' ' ' <"$out.time")"
    wrk_cpu=$(awk 'END { print $1 + $2 }' "$out.time")
    { echo "=== $label  ($url ${*:-})  machine busy before: $load%"; cat "$out"; echo; } >>"$TMP/raw.txt"
    local reqs rps avg p50 p99 bad errs
    reqs=$(awk '/requests in/ { print $1 }' "$out")
    rps=$(awk '/^Requests\/sec/ { print $2 }' "$out")
    avg=$(to_ms "$(awk '$1 == "Latency" { print $2; exit }' "$out")")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
    bad=$(awk '/Non-2xx or 3xx/ { print $NF }' "$out"); bad=${bad:-0}
    errs=$(awk '/Socket errors/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' "$out"); errs=${errs:-0}
    ((bad == 0 && errs == 0)) || log "WARNING $label: $bad non-2xx responses, $errs socket errors"
    # server CPU per request (µs), Redis CPU per request (µs), machine busy %, wrk's own share of the cores
    local srv_us redis_us busy wrk_pct
    srv_us=$(awk -v a="$cpu0" -v b="$cpu1" -v n="$reqs" -v t="$CLK_TCK" 'BEGIN { printf "%.1f", (b - a) / t / n * 1e6 }')
    redis_us=$(awk -v a="$r0" -v b="$r1" -v n="$reqs" -v t="$CLK_TCK" 'BEGIN { printf "%.1f", (b - a) / t / n * 1e6 }')
    busy=$(awk -v m0="$m0" -v m1="$m1" -v i0="$i0" -v i1="$i1" 'BEGIN { printf "%.0f", 100 * (m1 - m0) / (m1 - m0 + i1 - i0) }')
    wrk_pct=$(awk -v c="$wrk_cpu" -v d="$DURATION" -v n="$NCPU" 'BEGIN { printf "%.0f", 100 * c / d / n }')
    ROWS+=("$label|$rps|$avg|$p50|$p99|$srv_us|$redis_us|$busy|$wrk_pct|$bad|$errs|$load")
}

PAGE="/d/$PRODUCT"
run "nginx  /"                  nginx "$N/"
run "app    /  (limiter on)"    app   "$A/"
run "app    /  (limiter off)"   app0  "$B/"
run "nginx  $PAGE"              nginx "$N$PAGE"
run "app    $PAGE (lim. on)"    app   "$A$PAGE"
run "app    $PAGE (lim. off)"   app0  "$B$PAGE"
run "nginx  /  gzip"            nginx "$N/" "${GZ[@]}"
run "app    /  gzip (lim. on)"  app   "$A/" "${GZ[@]}"
run "app    /  gzip (lim. off)" app0  "$B/" "${GZ[@]}"
# the limiter pair once more, in the other order, so drift of the machine's load does not decide the difference
run "app    /  (limiter off) #2" app0 "$B/"
run "app    /  (limiter on) #2"  app  "$A/"

COUNTER=""
((${#REDIS_CLI[@]})) && COUNTER=$("${REDIS_CLI[@]}" GET "rate:public:127.0.0.1" 2>/dev/null || true)

# ------------------------------------------------------------------------------------------------------ 6. summary
field() { # label column -> value
    local row
    for row in "${ROWS[@]}"; do
        [[ "${row%%|*}" == "$1" ]] && { cut -d'|' -f"$2" <<<"$row"; return; }
    done
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
mean2() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (a + b) / 2 }'; }

size_plain() { stat -c %s "$1"; }
hdr_app=$(curl -s -o /dev/null -w '%{size_header}' "$A/")
hdr_nginx=$(curl -s -o /dev/null -w '%{size_header}' "$N/")

ON_RPS=$(mean2 "$(field "app    /  (limiter on)" 2)" "$(field "app    /  (limiter on) #2" 2)")
OFF_RPS=$(mean2 "$(field "app    /  (limiter off)" 2)" "$(field "app    /  (limiter off) #2" 2)")
ON_AVG=$(mean2 "$(field "app    /  (limiter on)" 3)" "$(field "app    /  (limiter on) #2" 3)")
OFF_AVG=$(mean2 "$(field "app    /  (limiter off)" 3)" "$(field "app    /  (limiter off) #2" 3)")
ON_CPU=$(mean2 "$(field "app    /  (limiter on)" 6)" "$(field "app    /  (limiter on) #2" 6)")
OFF_CPU=$(mean2 "$(field "app    /  (limiter off)" 6)" "$(field "app    /  (limiter off) #2" 6)")
ON_REDIS=$(mean2 "$(field "app    /  (limiter on)" 7)" "$(field "app    /  (limiter on) #2" 7)")

{
    echo "Rangoli Boutique — public catalog benchmark ($(date -u '+%Y-%m-%d %H:%M UTC'))"
    echo "commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')$([[ "$JAR" != "$ROOT/web-app/target/web-app.jar" ]] && echo " (jar: $JAR)"), $(java -version 2>&1 | head -n1), $(nginx -v 2>&1 | sed 's/.*: //'), $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2)"
    echo "machine: $NCPU cores ($(lscpu 2>/dev/null | awk -F: '/Model name/ { gsub(/^ +/, "", $2); print $2; exit }')), wrk and the servers share them; $MODE"
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, after ${WARMUP}s warm-up per endpoint; catalog: $N_PUB published + $N_SOLD sold out, / lists $cards"
    echo "sizes: / $(size_plain "$STATIC/index.html") B (gzip $(size_plain "$STATIC/index.html.gz") B), $PAGE $(size_plain "$STATIC/d/$PRODUCT") B (gzip $(size_plain "$STATIC/d/$PRODUCT.gz") B); response headers: app $hdr_app B, nginx $hdr_nginx B (same CSP etc. added)"
    echo
    printf '%-28s %10s %8s %8s %8s %10s %9s %6s %5s %6s\n' "run" "req/s" "avg ms" "p50 ms" "p99 ms" "srv µs/req" "redis µs" "busy" "wrk" "bg"
    printf '%-28s %10s %8s %8s %8s %10s %9s %6s %5s %6s\n' "----" "-----" "------" "------" "------" "----------" "--------" "----" "---" "---"
    for row in "${ROWS[@]}"; do
        IFS='|' read -r l rps avg p50 p99 srv red busy wrkp bad errs load <<<"$row"
        printf '%-28s %10s %8s %8s %8s %10s %9s %5s%% %4s%% %5s%%%s\n' "$l" "$rps" "$avg" "$p50" "$p99" "$srv" "$red" "$busy" "$wrkp" "$load" \
            "$( ((bad || errs)) && echo "  !! $bad non-2xx, $errs socket errors")"
    done
    echo
    echo "app / static (req/s; target >= 50%, p99 < 10 ms at $CONNECTIONS connections):"
    for pair in "/|nginx  /|app    /  (limiter on)|app    /  (limiter off)" \
                "$PAGE|nginx  $PAGE|app    $PAGE (lim. on)|app    $PAGE (lim. off)" \
                "/ gzip|nginx  /  gzip|app    /  gzip (lim. on)|app    /  gzip (lim. off)"; do
        IFS='|' read -r what ng on off <<<"$pair"
        printf '  %-14s limiter on: %5s (p99 %s ms)   limiter off: %5s (p99 %s ms)   nginx p99 %s ms\n' "$what" \
            "$(ratio "$(field "$on" 2)" "$(field "$ng" 2)")" "$(field "$on" 5)" \
            "$(ratio "$(field "$off" 2)" "$(field "$ng" 2)")" "$(field "$off" 5)" "$(field "$ng" 5)"
    done
    echo
    echo "rate limiter (GET /, mean of 2 runs each; on = PUBLIC_REQUESTS_PER_MINUTE=$HIGH_LIMIT, off = 0):"
    awk -v on="$ON_RPS" -v off="$OFF_RPS" -v aon="$ON_AVG" -v aoff="$OFF_AVG" -v con="$ON_CPU" -v coff="$OFF_CPU" \
        -v red="$ON_REDIS" -v n="$NCPU" 'BEGIN {
        printf "  throughput        on %.0f req/s, off %.0f req/s (%+.0f%%)\n", on, off, 100 * (on - off) / off;
        printf "  mean latency      on %.2f ms, off %.2f ms: %+.2f ms per request at %s connections\n", aon, aoff, aon - aoff, "'"$CONNECTIONS"'";
        printf "  machine time      1/throughput: on %.1f µs, off %.1f µs: %+.1f µs per request (x%d cores = %+.1f µs CPU)\n",
            1e6 / on, 1e6 / off, 1e6 / on - 1e6 / off, n, n * (1e6 / on - 1e6 / off);
        printf "  measured CPU      app %.1f vs %.1f µs/req (%+.1f µs) + Redis %.1f µs/req = %+.1f µs CPU per request\n",
            con, coff, con - coff, red, con - coff + red }'
    case $LIMITER_ACTIVE in
        yes) echo "  limiter active: Redis counter rate:public:127.0.0.1 = ${COUNTER:-?} in the current minute" ;;
        no) echo "  !! LIMITER NOT ACTIVE: with PUBLIC_REQUESTS_PER_MINUTE=$HIGH_LIMIT requests leave no counter in Redis, so"
            echo "  !! 'on' and 'off' run the same code and the difference above is noise (see bench/README.md)" ;;
        *) echo "  (no redis-cli: could not check that the limiter counts)" ;;
    esac
    echo
    [[ -n "$RESTARTED" ]] && echo "!! app instance(s) on$RESTARTED were stopped from outside during the run and started again"
    echo "columns: srv µs/req = CPU time (user+sys) of the server process(es) per request; redis µs = CPU of the Redis"
    echo "server per request; busy = whole machine; wrk = wrk's own CPU share of the $NCPU cores; bg = machine busy just before the run (others' processes)."
} >"$TMP/summary.txt"

mkdir -p "$(dirname "$RESULTS")"
cp "$TMP/summary.txt" "$RESULTS"
cp "$TMP/raw.txt" "$RAW"
echo
cat "$RESULTS"
log "written to $RESULTS (raw wrk output: $RAW)"
