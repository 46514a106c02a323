-- wrk script: GET /api/v1/positions with an API key at a steady rate, for the load check in docs/api.md.
-- Each connection waits a random (exponential) time before each request, so together they send a Poisson stream of
-- about connections / mean delay requests a second instead of bursts in step. Usage:
--   API_KEY=atk_... wrk -t2 -c50 -d60s --latency -s dashboard-service/src/bench/get-positions.lua http://127.0.0.1:8080
-- (50 connections and a mean delay of 100 ms: 500 requests a second, less the time each request takes.)
local key = os.getenv("API_KEY")
local mean_delay_ms = tonumber(os.getenv("MEAN_DELAY_MS") or "100")
wrk.method = "GET"
wrk.path = "/api/v1/positions"
wrk.headers["X-API-Key"] = key

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

delay = function()
  return -math.log(1 - math.random()) * mean_delay_ms
end

response = function(status, headers, body)
  if status ~= 200 then
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
