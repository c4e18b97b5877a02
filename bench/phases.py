"""Paired CPU per request of two or more targets, over many short alternating phases.

``bench.run`` measures each target a few times with long, varied phases; on a noisy 2-vCPU
machine its ratios move by 10-20% from run to run. This runs only the headline phase
(non-streaming requests at c=32), many times, alternating the targets (order rotated), and
reads each target's CPU from the kernel around every phase: the whole process, and its main
thread apart from the rest. Each phase of a target is paired with the same round's phase of
every other target, and the paired ratios' median gets a 95% bootstrap interval, so drift (the
machine's neighbours, its clock) that moves both targets of a round cancels out.

``--pin`` puts every gateway on CPU 0 and the load generator and the fake upstream on CPU 1,
as in production, where a gateway does not share its core with its clients.

    python -m bench.phases --targets lmops-1k,lmops-guard --phases 24 --pin
    python -m bench.phases --targets lmops-guard,lmops-guard-baseline --baseline HEAD~1
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bench.run import LoadGen, target_phase, warm_up
from bench.targets import Server, free_port, spawn, start_target

__all__ = ["bootstrap_median", "main", "thread_seconds"]

_TICKS = os.sysconf("SC_CLK_TCK")


def thread_seconds(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) of ``pid``'s main thread and of all its other threads (those
    that have ended included)."""
    main = _seconds(f"/proc/{pid}/task/{pid}/stat")
    return main, _seconds(f"/proc/{pid}/stat") - main


def _seconds(stat: str) -> float:
    with open(stat, "rb") as f:
        fields = f.read().rsplit(b")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS  # utime, stime


def _pin(pid: int, cpus: set[int]) -> None:
    """Every thread of ``pid`` (threads started later inherit their creator's CPUs)."""
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            os.sched_setaffinity(int(tid), cpus)
        except ProcessLookupError:
            continue


def bootstrap_median(values: list[float], rounds: int = 4000) -> tuple[float, float]:
    """A 95% interval for the median of ``values`` (resampled with a fixed seed)."""
    rng = random.Random(0)
    medians = sorted(statistics.median(rng.choices(values, k=len(values))) for _ in range(rounds))
    return medians[int(rounds * 0.025)], medians[int(rounds * 0.975) - 1]


@dataclass(frozen=True)
class _Figures:
    main: float  # CPU ms per request, main thread
    rest: float  # CPU ms per request, every other thread
    per_s: float
    p50_ms: float
    p99_ms: float

    @property
    def cpu(self) -> float:
        return self.main + self.rest


def _measure(loadgen: LoadGen, server: Server, requests: int, c: int) -> _Figures:
    """One phase: CPU milliseconds per request by thread, throughput and latency."""
    main0, rest0 = thread_seconds(server.pid)
    result = loadgen.run(target_phase(server, requests, c, False))
    main1, rest1 = thread_seconds(server.pid)
    if result.errors:
        print(f"{server.name}: {result.errors} errors: {result.first_error}", file=sys.stderr)
    per_request = 1000 / result.n
    return _Figures(
        (main1 - main0) * per_request,
        (rest1 - rest0) * per_request,
        result.n / result.elapsed_s,
        result.p50_ms,
        result.p99_ms,
    )


def _report(names: list[str], rows: list[dict[str, _Figures]]) -> Iterable[str]:
    yield "| target | CPU ms/request (main thread + the others) | req/s | p50 ms | p99 ms |"
    yield "| --- | ---: | ---: | ---: | ---: |"
    for name in names:
        cpu, main, rest, per_s, p50, p99 = (
            statistics.median(getattr(r[name], field) for r in rows)
            for field in ("cpu", "main", "rest", "per_s", "p50_ms", "p99_ms")
        )
        yield (
            f"| {name} | {cpu:.3f} ({main:.3f} + {rest:.3f}) | {per_s:.0f} | {p50:.2f} "
            f"| {p99:.2f} |"
        )
    yield ""
    yield "| paired ratio of CPU per request | median (95%) | range |"
    yield "| --- | ---: | ---: |"
    for i, name in enumerate(names):
        for earlier in names[:i]:
            ratios = [r[name].cpu / r[earlier].cpu for r in rows]
            low, high = bootstrap_median(ratios)
            yield (
                f"| {name} / {earlier} | {statistics.median(ratios):.3f} ({low:.3f}-{high:.3f})"
                f" | {min(ratios):.2f}-{max(ratios):.2f} |"
            )


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.phases", description=__doc__.splitlines()[0])
    p.add_argument("--targets", default="lmops-1k,lmops-guard", help="the first is the reference")
    p.add_argument("--phases", type=int, default=24, help="rounds (one phase per target each)")
    p.add_argument("--requests", type=int, default=3000, help="requests per phase")
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--warmup", type=int, default=1000)
    p.add_argument("--pin", action="store_true", help="gateways on CPU 0, the rest on CPU 1")
    p.add_argument("--baseline", default=None, metavar="REV", help="for *-baseline targets")
    p.add_argument("--python", default=sys.executable)
    p.add_argument("--start-timeout", type=float, default=60.0)
    args = p.parse_args(argv)
    args.lmops_python = None
    names = args.targets.split(",")
    servers: dict[str, Server] = {}
    loadgen: LoadGen | None = None
    with tempfile.TemporaryDirectory(prefix="lmops-phases-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        base = f"http://127.0.0.1:{port}/v1"
        argv_up = [args.python, "-m", "bench.fake_upstream", "--port", str(port)]
        upstream = spawn("fake-upstream", argv_up, base, f"{base}/models", tmp)
        try:
            for name in names:
                servers[name] = start_target(name, args, tmp, upstream, None)
            loadgen = LoadGen(args.python)
            for server in servers.values():
                warm_up(loadgen, server, args)  # starts every thread a server will have
            if args.pin:
                for server in servers.values():
                    _pin(server.pid, {0})
                _pin(upstream.pid, {1})
                _pin(loadgen.pid, {1})
                _pin(os.getpid(), {1})
            rows: list[dict[str, _Figures]] = []
            for i in range(args.phases):
                order = names[i % len(names) :] + names[: i % len(names)]
                row = {
                    n: _measure(loadgen, servers[n], args.requests, args.concurrency) for n in order
                }
                rows.append(row)
                print(
                    f"[{i + 1}/{args.phases}] " + ", ".join(f"{n} {row[n].cpu:.3f}" for n in names),
                    file=sys.stderr,
                    flush=True,
                )
        finally:
            if loadgen is not None:
                loadgen.close()
            for server in servers.values():
                server.stop()
            upstream.stop()
    pinned = "pinned (gateways on CPU 0)" if args.pin else "shared CPUs"
    print(f"{args.phases} phases of {args.requests} requests at c={args.concurrency}, {pinned}")
    for line in _report(names, rows):
        print(line)


if __name__ == "__main__":
    main()
