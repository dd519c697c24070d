-- wrk script for bench/api.py: requests the paths listed in the file $URLS in turn and prints
-- the latency percentiles as one JSON line.
local paths = {}
for line in io.lines(os.getenv("URLS")) do paths[#paths + 1] = line end
local i = math.random(#paths)

request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('RESULT {"p50": %.3f, "p90": %.3f, "p99": %.3f, "max": %.3f, "requests": %d, "seconds": %.3f, "errors": %d, "non2xx": %d}\n',
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.duration / 1e6, e.connect + e.read + e.write + e.timeout, e.status))
end
