-- A budget's state in one period: reclaim expired reservations, then read.
-- KEYS: [1] the key base of the budget's scope and period (see admit.lua).
-- ARGV: [1] seed spend (nanos, or -1: read only), [2] expire-at (unix s, 0: never),
--   [3] soft threshold (nanos): a seed already past it counts as alerted (it was, when crossed).
-- Returns {spent, reserved} in nanos. With a seed, sets spent first unless already recorded.
local t = redis.call('TIME')
local nows = string.format('%.6f', tonumber(t[1]) + tonumber(t[2]) / 1000000)
local hash, held = KEYS[1] .. ':h', KEYS[1] .. ':r'
if tonumber(ARGV[1]) >= 0 then
  local seeded = redis.call('HSETNX', hash, 'spent', ARGV[1]) == 1
  if seeded and tonumber(ARGV[1]) >= tonumber(ARGV[3]) then
    redis.call('HSETNX', hash, 'alerted', 1)
  end
  if tonumber(ARGV[2]) > 0 then redis.call('EXPIREAT', hash, ARGV[2]) end
end
local gone = redis.call('ZRANGEBYSCORE', held, '-inf', nows)
if #gone > 0 then
  local sum = 0
  for _, m in ipairs(gone) do sum = sum + tonumber(string.match(m, '^%d+')) end
  redis.call('ZREMRANGEBYSCORE', held, '-inf', nows)
  redis.call('HINCRBY', hash, 'reserved', -sum)
end
local v = redis.call('HMGET', hash, 'spent', 'reserved')
return {tonumber(v[1]) or 0, tonumber(v[2]) or 0}
