-- Settle one admission: release its leases, replace reserved tokens and money with real usage.
-- Runs once per ticket: the settled marker makes a second call a no-op.
--
-- KEYS: [1] the settled marker; per rate limit i (1-based) [1+i] its key base (see admit.lua);
--   per budget j [1+n+j] its key base.
-- ARGV: [1] lease id, [2] reserved tokens, [3] real tokens (-1: keep the reservation),
--   [4] reserved cost (nanos), [5] real cost (nanos), [6] marker ttl (ms), [7] n budgets,
--   [8] one digit per limit (1: replace tokens, 2: release a lease, 3: both);
--   per budget "soft_threshold expire_at" (nanos, unix s; 0: never).
-- Returns {budget index, spent (nanos), ...} for each budget whose soft threshold this
--   settlement crossed first in its period.
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[6]) then return {} end
local lease, flags = ARGV[1], ARGV[8]
local nl, nb = string.len(flags), tonumber(ARGV[7])
local old, new = ARGV[2] .. '|' .. lease, ARGV[3] .. '|' .. lease
local delta = tonumber(ARGV[3]) - tonumber(ARGV[2])
for i = 1, nl do
  local flag = string.byte(flags, i) - 48
  local base = KEYS[1 + i]
  if flag % 2 == 1 then
    local log = base .. ':log'
    local score = redis.call('ZSCORE', log, old)
    if score then
      redis.call('ZREM', log, old)
      redis.call('ZADD', log, score, new)
      redis.call('INCRBY', base .. ':sum', delta)
    end
  end
  if flag >= 2 then redis.call('ZREM', base .. ':par', lease) end
end
local alerts = {}
local reservation, spend = ARGV[4] .. '|' .. lease, tonumber(ARGV[5])
for j = 1, nb do
  local base = KEYS[1 + nl + j]
  local hash, held = base .. ':h', base .. ':r'
  local soft, expire_at = string.match(ARGV[8 + j], '^(%S+) (%S+)$')
  local found = redis.call('ZREM', held, reservation) == 1
  if found then redis.call('HINCRBY', hash, 'reserved', -tonumber(ARGV[4])) end
  local spent = redis.call('HINCRBY', hash, 'spent', spend)
  -- A reservation found means the hash still has the expiry admission gave it.
  if tonumber(expire_at) > 0 and not found then redis.call('EXPIREAT', hash, expire_at) end
  if spent >= tonumber(soft) and redis.call('HSETNX', hash, 'alerted', 1) == 1 then
    alerts[#alerts + 1] = j
    alerts[#alerts + 1] = spent
  end
end
return alerts
