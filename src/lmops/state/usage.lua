-- A rate limit's use now, read only: the requests and tokens its window holds, its leases.
-- KEYS: [1] the key base of the limit's scope (see admit.lua).
-- ARGV: [1] window (s).
-- Returns {requests, tokens, leases}. What admit.lua would purge (at or before now - window
-- in the log, at or before now in the leases) is left out here, and left where it is.
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local after = string.format('(%.6f', now - tonumber(ARGV[1]))
local live = string.format('(%.6f', now)
local entries = redis.call('ZRANGEBYSCORE', KEYS[1] .. ':log', after, '+inf')
local tokens = 0
for _, m in ipairs(entries) do tokens = tokens + tonumber(string.match(m, '^%d+')) end
return {#entries, tokens, redis.call('ZCOUNT', KEYS[1] .. ':par', live, '+inf')}
