-- wrk script: POST /api/v1/orders, limit buys far below the market so they rest (the order path, not fills),
-- spread over a few instruments. Usage (see docs/trading.md, Benchmarks):
--   wrk -t2 -c32 -d30s --latency -s trading-service/src/bench/post-orders.lua http://127.0.0.1:8081
-- As fast as the connections go, or at a steady rate: with MEAN_DELAY_MS set, each connection waits a random
-- (exponential) time before each order, so together they send a Poisson stream of about connections / mean delay
-- orders a second, less the time each order takes (MEAN_DELAY_MS=50 with -c55: about 1,000 a second).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local symbols = {"NSE:RELIANCE-EQ", "NSE:TCS-EQ", "NSE:INFY-EQ", "NSE:SBIN-EQ", "NSE:HDFCBANK-EQ"}
local mean_delay_ms = tonumber(os.getenv("MEAN_DELAY_MS") or "")
local counter = 0

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

if mean_delay_ms then
  delay = function()
    return -math.log(1 - math.random()) * mean_delay_ms
  end
end

request = function()
  counter = counter + 1
  local symbol = symbols[(counter % #symbols) + 1]
  local body = '{"symbol":"' .. symbol .. '","side":"BUY","quantity":1,"type":"LIMIT","price":"10.00","product":"INTRADAY"}'
  return wrk.format(nil, "/api/v1/orders", nil, body)
end

response = function(status, headers, body)
  if status ~= 201 and counter % 1000 == 0 then
    io.stderr:write("status " .. status .. ": " .. body .. "\n")
  end
end
