-- Admit one request: check every rate limit and budget, then reserve them all or nothing.
--
-- KEYS: per rate limit i (1-based) the key base of its scope: base..':log' is the window log
--   (ZSET "tokens|lease" by time), base..':sum' the window's token total, base..':par' the
--   parallel leases (ZSET lease by expiry); then per budget j the key base of its scope and
--   period: base..':h' the budget hash (spent, reserved, alerted; nano-dollars), base..':r' its
--   reservations (ZSET "nanos|lease" by expiry). Every key derives from a declared one, so a
--   hash tag in the prefix keeps them in one cluster slot.
-- ARGV: [1] lease id, [2] tokens, [3] cost (nanos), [4] window (s), [5] lease ttl (s),
--   [6] n limits, [7] n budgets; per limit "rpm tpm max_parallel" (-1: none);
--   per budget "cap expire_at" (nanos, unix s; 0: never).
-- Returns {allowed, fail kind (1 rpm, 2 tpm, 3 parallel, 4 budget), fail index, retry after (s,
--   negative: never), server time, requests limit index, remaining, reset, tokens limit index,
--   remaining, reset}; indexes 0 when absent. Numbers that may be fractional come as strings.
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local lease, tokens, cost = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local span, ttl = tonumber(ARGV[4]), tonumber(ARGV[5])
local nl, nb = tonumber(ARGV[6]), tonumber(ARGV[7])
local nows = string.format('%.6f', now)
local cutoff = string.format('%.6f', now - span)

local function amounts(members)
  local sum = 0
  for _, m in ipairs(members) do sum = sum + tonumber(string.match(m, '^%d+')) end
  return sum
end

local specs, logs, sums, pars = {}, {}, {}, {}
for i = 1, nl do
  local rpm, tpm, par = string.match(ARGV[7 + i], '^(%S+) (%S+) (%S+)$')
  specs[i] = {tonumber(rpm), tonumber(tpm), tonumber(par)}
  logs[i], sums[i], pars[i] = KEYS[i] .. ':log', KEYS[i] .. ':sum', KEYS[i] .. ':par'
end
local function limit(i, k) return specs[i][k] end
local caps, expiries, hashes, helds = {}, {}, {}, {}
for j = 1, nb do
  local cap, expire_at = string.match(ARGV[7 + nl + j], '^(%S+) (%S+)$')
  caps[j], expiries[j] = tonumber(cap), tonumber(expire_at)
  hashes[j], helds[j] = KEYS[nl + j] .. ':h', KEYS[nl + j] .. ':r'
end

local fail_kind, fail_at = 0, 0
local function fail(kind, i)
  if fail_kind == 0 or kind < fail_kind then fail_kind, fail_at = kind, i end
end

-- Check: purge what aged out, count what is left.
local count, total = {}, {}
for i = 1, nl do
  local rpm, tpm, par = limit(i, 1), limit(i, 2), limit(i, 3)
  if rpm >= 0 or tpm >= 0 then
    local log, sum = logs[i], sums[i]
    local aged = redis.call('ZRANGEBYSCORE', log, '-inf', cutoff)
    if #aged > 0 then
      redis.call('ZREMRANGEBYSCORE', log, '-inf', cutoff)
      redis.call('DECRBY', sum, amounts(aged))
    end
    local c = redis.call('ZCARD', log)
    local s = 0
    if c > 0 then s = tonumber(redis.call('GET', sum) or '0') end
    count[i], total[i] = c, s
    if rpm >= 0 and c + 1 > rpm then fail(1, i) end
    if tpm >= 0 and s + tokens > tpm then fail(2, i) end
  end
  if par >= 0 then
    local leases = pars[i]
    redis.call('ZREMRANGEBYSCORE', leases, '-inf', nows)
    if redis.call('ZCARD', leases) + 1 > par then fail(3, i) end
  end
end
local fresh = {}
for j = 1, nb do
  local hash, held = hashes[j], helds[j]
  local gone = redis.call('ZRANGEBYSCORE', held, '-inf', nows)
  if #gone > 0 then
    redis.call('ZREMRANGEBYSCORE', held, '-inf', nows)
    redis.call('HINCRBY', hash, 'reserved', -amounts(gone))
  end
  local v = redis.call('HMGET', hash, 'spent', 'reserved')
  local spent, reserved = tonumber(v[1]) or 0, tonumber(v[2]) or 0
  fresh[j] = not v[2]
  local cap = caps[j]
  if spent >= cap or spent + reserved + cost > cap then fail(4, j) end
end
local allowed = fail_kind == 0

-- Header status: the most restrictive window of each kind (lowest remaining, first on ties).
local function reset(i)
  if count[i] > 0 then
    local oldest = redis.call('ZRANGE', logs[i], 0, 0, 'WITHSCORES')
    return tonumber(oldest[2]) + span - now
  end
  if allowed then return span end
  return 0
end
local extra = allowed and 1 or 0
local req_at, req_left, tok_at, tok_left = 0, 0, 0, 0
for i = 1, nl do
  if count[i] then
    local rpm, tpm = limit(i, 1), limit(i, 2)
    if rpm >= 0 then
      local left = math.max(0, rpm - count[i] - extra)
      if req_at == 0 or left < req_left then req_at, req_left = i, left end
    end
    if tpm >= 0 then
      local left = math.max(0, tpm - total[i] - tokens * extra)
      if tok_at == 0 or left < tok_left then tok_at, tok_left = i, left end
    end
  end
end
local req_reset, tok_reset = 0, 0
if req_at > 0 then req_reset = reset(req_at) end
if tok_at > 0 then tok_reset = reset(tok_at) end

-- Retry after: when enough of the log ages out for this request to fit.
local retry = -1
if fail_kind == 1 then
  local rpm = limit(fail_at, 1)
  if rpm > 0 then
    local k = count[fail_at] - rpm
    local e = redis.call('ZRANGE', logs[fail_at], k, k, 'WITHSCORES')
    retry = tonumber(e[2]) + span - now
  end
elseif fail_kind == 2 then
  local tpm = limit(fail_at, 2)
  if tokens <= tpm and count[fail_at] > 0 then
    local need, freed, start = total[fail_at] + tokens - tpm, 0, 0
    retry = span
    repeat
      local chunk = redis.call('ZRANGE', logs[fail_at], start, start + 99, 'WITHSCORES')
      for x = 1, #chunk, 2 do
        freed = freed + tonumber(string.match(chunk[x], '^%d+'))
        if freed >= need then
          retry = tonumber(chunk[x + 1]) + span - now
          break
        end
      end
      start = start + 100
    until freed >= need or #chunk < 200
  end
end

-- Reserve.
if allowed then
  local entry, reservation = ARGV[2] .. '|' .. lease, ARGV[3] .. '|' .. lease
  local until_ = string.format('%.6f', now + ttl)
  local window_ms = math.ceil(span * 1000) + 5000
  for i = 1, nl do
    if count[i] then
      local log, sum = logs[i], sums[i]
      if redis.call('ZADD', log, nows, entry) == 1 then
        if count[i] == 0 then
          redis.call('SET', sum, tokens)
        else
          redis.call('INCRBY', sum, tokens)
        end
      end
      redis.call('PEXPIRE', log, window_ms)
      redis.call('PEXPIRE', sum, window_ms)
    end
    if limit(i, 3) >= 0 then
      redis.call('ZADD', pars[i], until_, lease)
      redis.call('PEXPIRE', pars[i], math.ceil(ttl * 1000) + 60000)
    end
  end
  for j = 1, nb do
    local hash, held = hashes[j], helds[j]
    if redis.call('ZADD', held, until_, reservation) == 1 then
      redis.call('HINCRBY', hash, 'reserved', cost)
    end
    local expire_at = expiries[j]
    if expire_at > 0 then
      -- The hash keeps the expiry its first reservation gave it; the set empties and comes back.
      if fresh[j] then redis.call('EXPIREAT', hash, expire_at) end
      redis.call('EXPIREAT', held, expire_at)
    end
  end
end

return {
  extra, fail_kind, fail_at, string.format('%.6f', retry), nows,
  req_at, req_left, string.format('%.6f', req_reset),
  tok_at, tok_left, string.format('%.6f', tok_reset),
}
