"""The quota store for many processes: Redis, one Lua script call per admission and settlement.

Every check and reservation of one admission runs inside one script, so N gateway replicas that
share a Redis enforce a limit exactly. Window timestamps come from Redis ``TIME`` (replicas with
skewed clocks agree). Budget periods are computed here from the local clock corrected by the
offset to Redis's clock seen on the previous call.

Keys (under ``prefix``; scopes are percent-escaped): ``rl:<scope>:log|sum|par`` for a rate
limit's window log, token total and parallel leases; ``b:<scope>:<period id>:h|r`` for a
budget's hash and its reservations; ``settled:<lease>`` for a settlement's marker. Window keys
expire a few seconds after the window, lease sets after ``lease_ttl``, budgets an hour after
their period (plus ``lease_ttl``). One script touches keys of several scopes, so on Redis Cluster
the prefix must hold a hash tag (``"lmops:{q}:"``) to keep every key in one slot.

The scripts are ``admit.lua``, ``settle.lua``, ``budget.lua`` and ``usage.lua`` beside this
module.

An admission whose reply is lost (a timeout, a dropped connection) may still have run: its
parallel lease and budget reservation are given back by settling it as unused as soon as Redis
answers again (retried for ``_GIVE_BACK_FOR`` seconds); only past that does the lease
(``lease_ttl``, longer than any request may run) reclaim them.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Sequence
from importlib.resources import files
from typing import Any, Literal
from urllib.parse import quote, urlsplit

import structlog
from redis.asyncio import ConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.commands.core import AsyncScript
from redis.exceptions import RedisError

from lmops.background import BackgroundTasks
from lmops.redis_batch import CommandBatcher
from lmops.state.quota import (
    PARALLEL_RETRY_AFTER,
    Admission,
    Budget,
    BudgetAlert,
    BudgetStatus,
    Decision,
    LeaseIds,
    LimitStatus,
    PeriodClock,
    QuotaError,
    RateLimit,
    Reason,
    Ticket,
    WindowUsage,
    budget_alert,
    from_nanos,
    resets_at,
    to_nanos,
)

__all__ = ["RedisQuotaStore"]

_REASONS: tuple[Reason, ...] = ("rpm", "tpm", "parallel", "budget")
_FAILURES = (RedisError, OSError, asyncio.TimeoutError)
# How long a budget's keys outlive its period (late settlements still land in it).
_PERIOD_GRACE = 3600.0
log = structlog.get_logger("lmops.quota")

_ESCAPE_CACHE = 4096
_GIVE_BACK_FOR = 60.0  # seconds to keep trying to release an admission whose reply was lost

Arg = str | int | float


class RedisQuotaStore:
    """``QuotaStore`` on Redis, exact across processes. ``window`` exists for tests.

    ``max_concurrency`` bounds the calls in flight (keep it at most the pool's size).
    """

    def __init__(
        self,
        client: Redis,
        *,
        prefix: str = "lmops:",
        lease_ttl: float = 900.0,
        window: float = 60.0,
        max_concurrency: int | None = None,
        timeout: float | None = None,
    ) -> None:
        """``timeout``: seconds for each pipeline, sent and answered (None: unbounded)."""
        self._client = client
        # A semaphore costs less per call than redis-py's BlockingConnectionPool.
        # Concurrent calls of one event-loop turn share one pipeline (one round trip).
        self._batch = CommandBatcher(client, max_in_flight=max_concurrency or 8, timeout=timeout)
        self._prefix = prefix
        self._lease_ttl = lease_ttl
        self._window = window
        self._marker_ms = round((lease_ttl + window) * 1000)
        self._owns_client = False
        self._password = client.connection_pool.connection_kwargs.get("password")
        self._where = _where(client)
        self._admit_script = _script(client, "admit.lua")
        self._settle_script = _script(client, "settle.lua")
        self._budget_script = _script(client, "budget.lua")
        self._usage_script = _script(client, "usage.lua")
        self._periods = PeriodClock()
        self._ids = LeaseIds()
        self._offset = 0.0  # Redis clock minus local clock, as of the last call
        self._scopes: dict[str, str] = {}
        self._giving_back = BackgroundTasks()

    @classmethod
    def from_url(
        cls,
        url: str,
        *,
        prefix: str = "lmops:",
        timeout: float = 0.5,
        lease_ttl: float = 900.0,
        window: float = 60.0,
        max_connections: int = 16,
    ) -> RedisQuotaStore:
        """A store with its own client: ``timeout`` per connect and per pipeline (every call
        goes through one), one immediate retry, no backoff.

        At most ``max_connections`` calls run at once and the others queue, so a burst of
        requests does not open a connection each (a storm of connects times out).
        """
        try:
            pool = ConnectionPool.from_url(
                url,
                max_connections=max_connections,
                socket_timeout=None,  # redis-py's default is 5 s
                socket_connect_timeout=timeout,
                retry=Retry(NoBackoff(), 1),
            )
        except ValueError:
            raise ValueError(f"invalid Redis URL for the quota store: {_redact(url)}") from None
        store = cls(
            Redis.from_pool(pool),
            prefix=prefix,
            lease_ttl=lease_ttl,
            window=window,
            max_concurrency=max_connections,
            timeout=timeout,
        )
        store._owns_client = True
        return store

    @property
    def client(self) -> Redis:
        return self._client

    @property
    def batcher(self) -> CommandBatcher:
        """The pipelines this store's commands go in; other Redis users may share them."""
        return self._batch

    async def admit(self, admission: Admission) -> Decision:
        limits, budgets = admission.rate_limits, admission.budgets
        lease = self._ids.next()
        tokens = max(0, admission.tokens)
        now = time.time() + self._offset
        keys: list[str] = []
        args: list[Arg] = [lease, tokens, to_nanos(admission.cost), self._window]
        args += (self._lease_ttl, len(limits), len(budgets))
        for limit in limits:
            keys.append(self._limit_key(limit.scope))
            args.append(f"{_arg(limit.rpm)} {_arg(limit.tpm)} {_arg(limit.max_parallel)}")
        pids: list[str] = []
        ends: list[float | None] = []
        for budget in budgets:
            pid, end = self._periods.current(budget.period, now)
            pids.append(pid)
            ends.append(end)
            keys.append(self._budget_key(budget.scope, pid))
            args.append(f"{budget.cap_nanos} {self._expire_at(end)}")
        try:
            reply = await self._call(self._admit_script, keys, args)
        except (QuotaError, asyncio.CancelledError):
            # The script may have run and only its reply been lost (or no longer awaited):
            # give back whatever it may have reserved, rather than hold it for the whole lease.
            if budgets or any(limit.max_parallel is not None for limit in limits):
                periods = (tuple(pids), tuple(ends))
                cost = admission.cost  # the reservation is found by its amount
                lost = Ticket(admission.request_id, lease, limits, budgets, *periods, tokens, cost)
                self._giving_back.spawn(self._give_back(lost))
            raise
        server_now = float(reply[4])
        self._offset = server_now - time.time()
        requests = _status("requests", limits, reply[5], reply[6], reply[7])
        tokens_status = _status("tokens", limits, reply[8], reply[9], reply[10])
        if int(reply[0]):
            ticket = Ticket(
                admission.request_id,
                lease,
                limits,
                budgets,
                tuple(pids),
                tuple(ends),
                tokens,
                admission.cost,
            )
            return Decision(True, requests=requests, tokens=tokens_status, ticket=ticket)
        reason = _REASONS[int(reply[1]) - 1]
        at = int(reply[2]) - 1
        if reason == "budget":
            end = ends[at]
            retry = None if end is None else end - server_now
            scope = budgets[at].scope
        else:
            retry = PARALLEL_RETRY_AFTER if reason == "parallel" else _seconds(reply[3])
            scope = limits[at].scope
        return Decision(False, reason, scope, retry, requests, tokens_status)

    async def settle(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> tuple[BudgetAlert, ...]:
        call = self._settlement(ticket, tokens, cost)
        if call is None:
            return ()
        return self.alerts(ticket, await self._call(self._settle_script, *call))

    def settle_soon(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> asyncio.Future[Any] | None:
        """``settle`` queued in the next pipeline now, without a coroutine: the future gets
        the script's reply for :meth:`alerts`, or a Redis error (retry with ``settle``, which
        also loads a script the server lost). None when nothing in Redis would change."""
        call = self._settlement(ticket, tokens, cost)
        if call is None:
            return None
        return self._batch.submit_script(self._settle_script, *call)

    def alerts(self, ticket: Ticket, reply: Any) -> tuple[BudgetAlert, ...]:
        """The budget alerts in a settlement's reply."""
        pairs = zip(reply[::2], reply[1::2], strict=True)
        charged = _charged(ticket)
        return tuple(
            budget_alert(ticket.budgets[at], ticket.period_ids[at], int(spent))
            for at, spent in ((charged[int(j) - 1], spent) for j, spent in pairs)
        )

    def _settlement(
        self, ticket: Ticket, tokens: int | None, cost: float | None
    ) -> tuple[list[str], list[Arg]] | None:
        """The settle script's keys and arguments, or None when it would change nothing."""
        real = -1 if tokens is None else max(0, tokens)
        swap = real >= 0 and real != ticket.tokens
        flags = "".join([_flags(limit, swap) for limit in ticket.rate_limits])
        if not ticket.budgets and flags.count("0") == len(flags):
            return None
        keys = [f"{self._prefix}settled:{ticket.lease_id}"]
        keys += [self._limit_key(limit.scope) for limit in ticket.rate_limits]
        charged = _charged(ticket)
        args: list[Arg] = [ticket.lease_id, ticket.tokens, real, to_nanos(ticket.cost)]
        args += (to_nanos(cost or 0.0), self._marker_ms, len(charged), flags)
        for at in charged:
            budget, pid, end = ticket.budgets[at], ticket.period_ids[at], ticket.period_ends[at]
            keys.append(self._budget_key(budget.scope, pid))
            soft = budget.soft_nanos
            args.append(f"{soft} {self._expire_at(end)}")
        return keys, args

    async def budget_status(self, budget: Budget) -> BudgetStatus:
        pid, end = self._periods.current(budget.period, time.time() + self._offset)
        spent, reserved = await self._budget(budget, pid, -1, 0, 0)
        return BudgetStatus(
            budget.scope,
            budget.period,
            pid,
            from_nanos(spent),
            from_nanos(reserved),
            budget.max_usd,
            resets_at(end),
        )

    async def seed_spend(self, budget: Budget, spent: float) -> None:
        pid, end = self._periods.current(budget.period, time.time() + self._offset)
        soft = budget.soft_nanos
        await self._budget(budget, pid, to_nanos(spent), self._expire_at(end), soft)

    async def window_usage(self, scope: str) -> WindowUsage:
        key = self._limit_key(scope)
        reply = await self._call(self._usage_script, [key], [self._window])
        return WindowUsage(scope, int(reply[0]), int(reply[1]), int(reply[2]))

    async def _give_back(self, ticket: Ticket) -> None:
        """Release an admission whose reply was lost, as soon as Redis answers again (for up
        to ``_GIVE_BACK_FOR`` seconds; past that the lease reclaims it). Settling is
        idempotent and releases nothing an admission that never ran would have held."""
        delay, deadline = 0.05, time.monotonic() + _GIVE_BACK_FOR
        while True:
            try:
                await self.settle(ticket, 0, 0.0)
                return
            except QuotaError:
                if time.monotonic() + delay > deadline:
                    log.warning("quota_release_abandoned", lease_ttl=self._lease_ttl)
                    return
                await asyncio.sleep(delay)
                delay = min(delay * 2, 2.0)

    async def ping(self) -> bool:
        """Whether Redis answers within the pipeline timeout; never raises."""
        try:
            return bool(await self._batch.execute("PING"))
        except _FAILURES:
            return False

    async def close(self) -> None:
        """Stop giving back lost admissions, and close the client if this store created it
        (``from_url``)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._giving_back.drain(), 1.0)
        if self._owns_client:
            await self._client.aclose()

    async def _budget(
        self, budget: Budget, pid: str, seed: int, expire_at: int, soft: int
    ) -> tuple[int, int]:
        key = self._budget_key(budget.scope, pid)
        reply = await self._call(self._budget_script, [key], [seed, expire_at, soft])
        return int(reply[0]), int(reply[1])

    async def _call(self, script: AsyncScript, keys: Sequence[str], args: Sequence[Arg]) -> Any:
        try:
            return await self._batch.run_script(script, keys, args)
        except _FAILURES as exc:
            message = f"quota store unavailable (redis at {self._where}): {exc}"
            if self._password:
                message = message.replace(str(self._password), "***")
            raise QuotaError(message) from exc

    def _limit_key(self, scope: str) -> str:
        return f"{self._prefix}rl:{self._escape(scope)}"

    def _budget_key(self, scope: str, pid: str) -> str:
        return f"{self._prefix}b:{self._escape(scope)}:{pid}"

    def _escape(self, scope: str) -> str:
        """The scope made safe for a key: percent-escaped, which is one to one."""
        escaped = self._scopes.get(scope)
        if escaped is None:
            if len(self._scopes) >= _ESCAPE_CACHE:
                self._scopes.clear()
            escaped = self._scopes[scope] = quote(scope, safe=":")
        return escaped

    def _expire_at(self, end: float | None) -> int:
        return 0 if end is None else int(end + self._lease_ttl + _PERIOD_GRACE) + 1


def _script(client: Redis, name: str) -> AsyncScript:
    source = files("lmops.state").joinpath(name).read_text(encoding="utf-8")
    return client.register_script(source)


def _flags(limit: RateLimit, swap: bool) -> str:
    """What settling does to one limit: 1 replace the reserved tokens, 2 release a lease."""
    replace = 1 if swap and limit.tpm is not None else 0
    return "0123"[replace | (2 if limit.max_parallel is not None else 0)]


def _arg(value: int | None) -> int:
    return -1 if value is None else max(0, value)


def _seconds(value: bytes | str) -> float | None:
    seconds = float(value)
    return None if seconds < 0 else seconds


def _status(
    kind: Literal["requests", "tokens"],
    limits: tuple[RateLimit, ...],
    at: int,
    left: int,
    reset: bytes | str,
) -> LimitStatus | None:
    if not at:
        return None
    limit = limits[int(at) - 1]
    value = limit.rpm if kind == "requests" else limit.tpm
    assert value is not None
    return LimitStatus(kind, value, int(left), float(reset))


def _where(client: Redis) -> str:
    kwargs = client.connection_pool.connection_kwargs
    if "path" in kwargs:
        return str(kwargs["path"])
    return f"{kwargs.get('host', 'localhost')}:{kwargs.get('port', 6379)}/{kwargs.get('db', 0)}"


def _redact(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable>"
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
    return parts._replace(netloc=netloc).geturl()


def _charged(ticket: Ticket) -> list[int]:
    """The indexes of the ticket's budgets to charge: a scope named twice is charged once."""
    budgets = ticket.budgets
    if len(budgets) < 2:
        return list(range(len(budgets)))
    keys = [(b.scope, pid) for b, pid in zip(budgets, ticket.period_ids, strict=True)]
    return [at for at, key in enumerate(keys) if key not in keys[:at]]
