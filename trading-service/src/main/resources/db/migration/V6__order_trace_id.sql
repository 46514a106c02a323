-- The trace of the request that placed the order (32 hex digits, W3C trace-context): its log lines in every service
-- carry the same id, so one order can be followed from the dashboard's API call to the broker's answer. NULL for
-- orders placed before tracing, outside any request, or found in the broker's book (external).
ALTER TABLE orders ADD COLUMN trace_id TEXT;
