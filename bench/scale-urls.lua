-- wrk script for bench/catalog-scale.sh: every request goes to the next URL of a file written by bench/scale-urls.py,
-- so no page is asked for twice (the app's page cache never answers; each request renders).
--
--   URLS=/tmp/urls-mix.txt WRK_THREADS=2 wrk -t2 -c16 -d15s --latency -s bench/scale-urls.lua http://127.0.0.1:18190
--
-- URLS: the file, one path a line. WRK_THREADS: the same number as -t (each thread takes every WRK_THREADS-th line,
-- so threads never share a URL). AT_END: "wrap" (default: start the list again, and say how often in done()) or
-- "stop" (the thread stops when its URLs are used up: a crawl of exactly the file's URLs, bounded by -d; it then writes
-- the file $DONE_DIR/thread-<n>, so the caller can end wrk with SIGINT -- wrk would otherwise wait for -d -- and wrk's
-- figures cover the crawl only).
-- done() prints "urls: <sent> sent of <in file>, <n> repeated" for the calling script.

local threads = {}
local next_id = 1

function setup(thread)
    thread:set("id", next_id)
    next_id = next_id + 1
    table.insert(threads, thread)
end

function init(args)
    local path = os.getenv("URLS") or error("set URLS to the file of URLs")
    local nthreads = tonumber(os.getenv("WRK_THREADS") or "1")
    at_end = os.getenv("AT_END") or "wrap"
    urls = {}
    local i = 0
    for line in io.lines(path) do
        if line ~= "" then
            if i % nthreads == id - 1 then
                urls[#urls + 1] = line
            end
            i = i + 1
        end
    end
    if #urls == 0 then
        error("no URLs for thread " .. id .. " in " .. path)
    end
    nurls = #urls
    index = 0    -- requests made
    repeated = 0 -- requests to a URL this thread had sent before
end

function request()
    index = index + 1
    if index > #urls then
        if at_end == "stop" then
            index = #urls
            if not stopped then
                stopped = true
                local dir = os.getenv("DONE_DIR")
                if dir then
                    local f = io.open(dir .. "/thread-" .. id, "w")
                    if f then f:close() end
                end
            end
            wrk.thread:stop()
        else
            repeated = repeated + 1
        end
    end
    return wrk.format("GET", urls[(index - 1) % #urls + 1])
end

function done(summary, latency, requests)
    local sent, total, rep = 0, 0, 0
    for _, thread in ipairs(threads) do
        sent = sent + thread:get("index")
        total = total + thread:get("nurls")
        rep = rep + thread:get("repeated")
    end
    io.write(string.format("urls: %d sent of %d, %d repeated\n", sent, total, rep))
end
