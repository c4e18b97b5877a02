"""Closed-loop load generator (aiohttp), run as its own process so its CPU is not the target's.

It is driven over pipes: each stdin line is a JSON ``Phase``; each stdout line is the JSON result.
One long-lived process serves a whole benchmark run, so interpreter start-up and imports are paid
once, not once per phase.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

import aiohttp
import orjson

from bench.fake_upstream import new_event_loop

__all__ = ["UNIQUE_MARKER", "Phase", "PhaseResult", "percentile", "run_phase"]

_DONE = b"data: [DONE]\n\n"
_TAIL = 16384  # where another API's stream-end event is looked for
UNIQUE_MARKER = "@@unique@@"
"""In a ``unique`` phase's body, replaced per request by text no other request has carried."""


@dataclass(frozen=True)
class Phase:
    """``n`` POSTs of ``body`` to ``url``, at most ``concurrency`` in flight.

    With ``unique``, ``UNIQUE_MARKER`` in ``body`` becomes a phase nonce and the request's number,
    so no two requests of any phase or run are alike (a response cache misses every time).
    """

    url: str
    n: int
    concurrency: int
    body: str
    stream: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    timeout_s: float = 60.0
    unique: bool = False
    stream_end: str = _DONE.decode()  # a whole stream's last bytes contain this


@dataclass
class PhaseResult:
    """Latency figures in milliseconds; ``ttfb`` is time to the first body byte (streams)."""

    n: int
    errors: int
    elapsed_s: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    mean_ms: float
    ttfb_p50_ms: float | None = None
    first_error: str | None = None
    cache_hits: int = 0
    cache_misses: int = 0


def percentile(sorted_values: list[float], q: float) -> float:
    """Nearest-rank percentile of an already sorted list; 0.0 when empty."""
    if not sorted_values:
        return 0.0
    rank = min(len(sorted_values) - 1, max(0, round(q / 100 * len(sorted_values) + 0.5) - 1))
    return sorted_values[rank]


@dataclass
class _Tally:
    latencies: list[float] = field(default_factory=list)
    ttfb: list[float] = field(default_factory=list)
    errors: int = 0
    first_error: str | None = None
    cache: dict[str, int] = field(default_factory=dict)  # x-lmops-cache answer -> count

    def fail(self, why: str) -> None:
        self.errors += 1
        if self.first_error is None:
            self.first_error = why


async def _one(session: aiohttp.ClientSession, phase: Phase, data: bytes, tally: _Tally) -> None:
    t0 = time.perf_counter()
    try:
        async with session.post(phase.url, data=data, headers=phase.headers) as resp:
            seen = resp.headers.get("x-lmops-cache")
            if seen is not None:
                tally.cache[seen] = tally.cache.get(seen, 0) + 1
            if not phase.stream:
                body = await resp.read()
                if resp.status != 200:
                    tally.fail(f"status {resp.status}: {body[:200]!r}")
            else:
                first: float | None = None
                tail = b""
                end = phase.stream_end.encode()
                keep = len(end) if end == _DONE else _TAIL
                async for chunk in resp.content.iter_any():
                    if first is None:
                        first = time.perf_counter()
                    tail = (tail + chunk)[-keep:]
                if first is not None:
                    tally.ttfb.append(first - t0)
                if resp.status != 200 or end not in tail:
                    tally.fail(f"status {resp.status}, stream ended {tail!r}")
    except (aiohttp.ClientError, TimeoutError) as exc:
        tally.fail(f"{type(exc).__name__}: {exc}")
    tally.latencies.append(time.perf_counter() - t0)


# Set by bench.instructions, through the environment of this process (it runs as a child of
# the harness): every phase's nonce is this stem and one more letter, so that no two phases
# repeat a request yet every nonce costs a scan the same (a random one may hold a
# leet-looking or a long number run in one phase and not in the next).
NONCE_STEM_ENV = "LMOPS_BENCH_NONCE_STEM"
FIXED_NONCE_STEM: str | None = os.environ.get(NONCE_STEM_ENV) or None
_phases = iter("ghijklmnopqrstuvwxyz" * 1000)


def _nonce() -> str:
    if FIXED_NONCE_STEM is None:
        return uuid.uuid4().hex[:12]
    return FIXED_NONCE_STEM + next(_phases)


def _bodies(phase: Phase) -> Iterator[bytes]:
    data = phase.body.encode()
    if not phase.unique:
        while True:
            yield data
    head, sep, tail = data.partition(UNIQUE_MARKER.encode())
    if not sep:
        raise ValueError(f"a unique phase's body must contain {UNIQUE_MARKER!r}")
    nonce = _nonce()
    i = 0
    while True:
        i += 1
        yield b"%s%s-%d%s" % (head, nonce.encode(), i, tail)


async def run_phase(phase: Phase) -> PhaseResult:
    """Send the phase's requests as fast as the target answers; never more than c in flight."""
    bodies = _bodies(phase)
    tally = _Tally()
    tickets: Iterator[int] = iter(range(phase.n))
    connector = aiohttp.TCPConnector(limit=phase.concurrency, ttl_dns_cache=None)
    timeout = aiohttp.ClientTimeout(total=phase.timeout_s)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:

        async def worker() -> None:
            # Workers share one iterator: together they send exactly n requests.
            for _ in tickets:
                await _one(session, phase, next(bodies), tally)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(phase.concurrency)))
        elapsed = time.perf_counter() - t0
    lat = sorted(tally.latencies)
    ttfb = sorted(tally.ttfb)
    return PhaseResult(
        n=phase.n,
        errors=tally.errors,
        elapsed_s=elapsed,
        p50_ms=percentile(lat, 50) * 1000,
        p90_ms=percentile(lat, 90) * 1000,
        p99_ms=percentile(lat, 99) * 1000,
        mean_ms=sum(lat) / len(lat) * 1000 if lat else 0.0,
        ttfb_p50_ms=percentile(ttfb, 50) * 1000 if ttfb else None,
        first_error=tally.first_error,
        cache_hits=tally.cache.get("hit", 0),
        cache_misses=tally.cache.get("miss", 0),
    )


async def _serve_pipe() -> None:
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, sys.stdin.readline)
        if not line:
            return
        spec: dict[str, Any] = orjson.loads(line)
        result = await run_phase(Phase(**spec))
        sys.stdout.write(orjson.dumps(asdict(result)).decode() + "\n")
        sys.stdout.flush()


def main() -> None:
    """Read phases from stdin until EOF."""
    loop = new_event_loop()
    try:
        loop.run_until_complete(_serve_pipe())
    finally:
        loop.close()


if __name__ == "__main__":
    main()
