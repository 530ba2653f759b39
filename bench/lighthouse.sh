#!/usr/bin/env bash
# Lighthouse (mobile, simulated throttling) on the demo catalog: the web app's jar with the local run's embedded
# PostgreSQL and Redis and DEMO=true (a dozen published sample products), then Lighthouse on `/` and one product
# page. Not a test: it prints, per page, the four category scores, LCP, the first view's transferred bytes and how
# many of them are images, and keeps the reports in $OUT.
#
#   bench/lighthouse.sh                       # builds nothing: needs web-app/target/web-app.jar and local-run.jar
#   JAR=/tmp/old-web-app.jar bench/lighthouse.sh
#
# Knobs (environment): JAR (web-app/target/web-app.jar), LOCAL_RUN_JAR (local-run/target/local-run.jar), PORT (19400),
# EMBEDDED_POSTGRES_PORT (19401), EMBEDDED_REDIS_PORT (19402), PRODUCT (the first product linked from `/`),
# LIGHTHOUSE (lighthouse on the PATH, else /tmp/lh/node_modules/.bin/lighthouse: `npm install lighthouse` there),
# CHROME_PATH (/usr/bin/chromium; Lighthouse never downloads a browser), OUT (a temp dir), RUNS (3: medians of RUNS runs per page
# are printed, with every run's performance score and LCP), KEEP_DATA=1 (keep the embedded database's data dir).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
JAR=${JAR:-$ROOT/web-app/target/web-app.jar}
LOCAL_RUN_JAR=${LOCAL_RUN_JAR:-$ROOT/local-run/target/local-run.jar}
PORT=${PORT:-19400}
EMBEDDED_POSTGRES_PORT=${EMBEDDED_POSTGRES_PORT:-19401}
EMBEDDED_REDIS_PORT=${EMBEDDED_REDIS_PORT:-19402}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
RUNS=${RUNS:-3}
OUT=${OUT:-$(mktemp -d /tmp/lighthouse.XXXXXX)}
mkdir -p "$OUT"
if [[ -z "${LIGHTHOUSE:-}" ]]; then
  LIGHTHOUSE=$(command -v lighthouse || echo /tmp/lh/node_modules/.bin/lighthouse)
fi
for f in "$JAR" "$LOCAL_RUN_JAR" "$LIGHTHOUSE" "$CHROME_PATH"; do
  [[ -e "$f" ]] || { echo "missing: $f (build with ./mvnw -pl web-app,local-run -am package -DskipTests;" \
    "npm install --prefix /tmp/lh lighthouse; apt-get install chromium)" >&2; exit 2; }
done
export CHROME_PATH

DATA=$(mktemp -d /tmp/lighthouse-data.XXXXXX)
APP_PID=
cleanup() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  [[ "${KEEP_DATA:-0}" == 1 ]] || rm -rf "$DATA"
}
trap cleanup EXIT

echo "starting $JAR on :$PORT (demo catalog, embedded PostgreSQL :$EMBEDDED_POSTGRES_PORT, Redis :$EMBEDDED_REDIS_PORT)"
env -u DATABASE_URL -u REDIS_URL -u S3_ENDPOINT_URL DEMO=true PORT="$PORT" DATA_DIR="$DATA" STORAGE_DIR="$DATA/storage" \
  EMBEDDED_POSTGRES_PORT="$EMBEDDED_POSTGRES_PORT" EMBEDDED_REDIS_PORT="$EMBEDDED_REDIS_PORT" \
  PUBLIC_REQUESTS_PER_MINUTE=0 STATS_ENABLED=false \
  java -cp "$JAR:$LOCAL_RUN_JAR" com.rangoliboutique.app.web.WebApplication > "$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$PORT/health" > /dev/null 2>&1 \
      && curl -fs "http://127.0.0.1:$PORT/" | grep -q 'href="/d/D-'; then
    break
  fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "the app stopped; see $OUT/app.log" >&2; tail -20 "$OUT/app.log" >&2; exit 1; }
  sleep 0.5
done
PRODUCT=${PRODUCT:-$(curl -fs "http://127.0.0.1:$PORT/" | grep -o 'href="/d/D-[0-9]*"' | head -1 | sed 's/href="\/d\/\(.*\)"/\1/')}
echo "machine: $(nproc) cores, $(uname -sr); $("$LIGHTHOUSE" --version | head -1 | sed 's/^/lighthouse /'); $("$CHROME_PATH" --version 2>/dev/null)"
echo "catalog: $(curl -fs "http://127.0.0.1:$PORT/" | grep -c 'class="card') cards on /; product page /d/$PRODUCT"

measure() { # name path
  local name=$1 path=$2 i
  for i in $(seq 1 "$RUNS"); do
    local attempt
    for attempt in 1 2 3; do # a busy machine now and then spoils the trace (NO_NAVSTART): that run is done again
      "$LIGHTHOUSE" "http://127.0.0.1:$PORT$path" --quiet --output=json --output-path="$OUT/$name-$i.json" \
        --form-factor=mobile --throttling-method=simulate --chrome-flags="--headless=new --no-sandbox" \
        > "$OUT/$name-$i.log" 2>&1 || true
      if [[ -s "$OUT/$name-$i.json" ]] && node -e 'process.exit(JSON.parse(require("fs").readFileSync(process.argv[1])).runtimeError ? 1 : 0)' "$OUT/$name-$i.json"; then
        break
      fi
      [[ $attempt == 3 ]] && { echo "lighthouse failed on $path three times; see $OUT/$name-$i.log" >&2; return 1; }
    done
  done
  node -e '
    const fs = require("fs");
    const [name, dir, runs] = process.argv.slice(1);
    const reports = [];
    for (let i = 1; i <= +runs; i++) reports.push(JSON.parse(fs.readFileSync(`${dir}/${name}-${i}.json`)));
    // medians over the runs: another process taking the CPU lowers the score of a run (TBT) and moves its LCP
    const median = f => { const v = reports.map(f).sort((a, b) => a - b); return v[Math.floor(v.length / 2)]; };
    const r = reports[0]; // bytes and requests are the same in every run
    const score = k => Math.round(median(x => x.categories[k].score) * 100);
    const items = r.audits["network-requests"].details.items;
    const sum = f => items.filter(f).reduce((s, it) => s + (it.transferSize || 0), 0);
    const images = items.filter(it => it.resourceType === "Image");
    const kb = b => (b / 1024).toFixed(1) + " KB";
    const perf = reports.map(x => Math.round(x.categories.performance.score * 100)).join("/");
    const lcps = reports.map(x => (x.audits["largest-contentful-paint"].numericValue / 1000).toFixed(2)).join("/");
    console.log(`${name.padEnd(8)} perf ${score("performance")} a11y ${score("accessibility")} best ${score("best-practices")} seo ${score("seo")}` +
      ` | LCP ${(median(x => x.audits["largest-contentful-paint"].numericValue) / 1000).toFixed(2)} s` +
      ` | transfer ${kb(sum(() => true))} (${items.length} requests)` +
      ` | images ${kb(sum(it => it.resourceType === "Image"))} (${images.length}: ${[...new Set(images.map(it => it.mimeType))].join(", ")})` +
      ` | TBT ${Math.round(median(x => x.audits["total-blocking-time"].numericValue))} ms` + (reports.length > 1 ? ` | ${reports.length} runs: perf ${perf}, LCP ${lcps} s` : ""));
  ' "$name" "$OUT" "$RUNS"
}
measure catalog /
measure product "/d/$PRODUCT"
echo "reports: $OUT"
