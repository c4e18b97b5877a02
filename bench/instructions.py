"""Instructions per request: the gateway's CPU cost counted by valgrind, not timed.

CPU seconds on a shared VM move by 20% from one run to the next (the same Python loop takes
200 to 430 ms here), so ``bench.run`` needs many repeats to tell a 10% change. This counts
instead: each target runs under ``valgrind --tool=callgrind``, which counts the instructions
the gateway process executes, per thread, whatever else the machine is doing. Each target is
started twice, serving ``--requests`` and then ``--requests + --extra`` requests after the same
warm-up; the difference over ``--extra`` is what one more request costs, with start-up,
warm-up and shutdown cancelled out.

Two figures per target: the main thread (the event loop: the whole request path) and all
threads. The request log's writer thread writes in batches whose size depends on timing, and
under valgrind (fifty times slower) its batches are small, so its fixed cost per batch weighs
far more per request than at full speed and varies from run to run (5-10% of the total); the
main thread's count repeats (two runs of lmops-guard 0.06% apart). Counts are no verdict on CPU
time: a scan that counts 70 us of instructions takes 250-310 us inside the busy gateway
(decision 29), so the guard's cost is judged by ``bench.run``.

Every phase's nonce here is one fixed stem and a letter (``bench.loadgen.NONCE_STEM_ENV``): a
random one changes what the guardrails scan (a leet-looking or numeric run in one phase and not
the other). Until 2026-12-03 the stem never reached the load generator (a child process), and
two runs of the same code read a guarded target at 1.28x and 0.89x of the bare one.

    python -m bench.instructions --targets lmops,lmops-full,lmops-full-redis
    python -m bench.instructions --targets lmops,lmops-baseline --baseline HEAD~1

Valgrind slows the gateway about a hundred times: a target takes two or three minutes. Only the
gateway is counted (the Redis server's work for ``-redis`` targets is not). Counts are a proxy
for CPU time, not a measure of it: a cache miss costs more than an instruction, and the
gateway's instructions are much the same kind across targets, which is what makes ratios of
counts meaningful.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shlex
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson

from bench import loadgen
from bench.pipeline import PIPELINES, REDIS_URL, RedisProbe
from bench.run import LoadGen, target_phase
from bench.targets import Server, StartError, free_port, spawn, start_target

__all__ = ["count_instructions", "main"]

_TOTALS = re.compile(rb"^totals:\s+(\d+)", re.MULTILINE)


def _wrapper(tmp: Path, python: str, out: Path) -> str:
    """An executable that runs ``python`` under callgrind, one count file per thread at
    ``out-NN`` (``out-01`` the main thread)."""
    script = tmp / "valgrind-python.sh"
    valgrind = shlex.join(
        [
            "valgrind",
            "--tool=callgrind",
            "--separate-threads=yes",
            f"--callgrind-out-file={out}",
            f"--log-file={out}.log",
        ]
    )
    script.write_text(f'#!/bin/sh\nexec {valgrind} {shlex.quote(python)} "$@"\n')
    script.chmod(0o755)
    return str(script)


def count_instructions(out: Path) -> tuple[int, int]:
    """(main thread, all threads) instruction totals from callgrind's files at ``out-NN``."""
    counts: dict[int, int] = {}
    for path in out.parent.glob(f"{out.name}-*"):
        match = _TOTALS.search(path.read_bytes())
        if match is not None:
            counts[int(path.name.rsplit("-", 1)[1])] = int(match.group(1))
    if 1 not in counts:
        raise RuntimeError(f"no instruction count for the main thread in {out.parent}")
    return counts[1], sum(counts.values())


def _one_run(
    name: str,
    n: int,
    args: argparse.Namespace,
    tmp: Path,
    upstream: Server,
    redis: RedisProbe | None,
) -> tuple[int, int]:
    """Start ``name`` under callgrind, warm it up, serve ``n`` requests, stop it: its counts
    (main thread, all threads)."""
    run_dir = Path(tempfile.mkdtemp(prefix=f"{name}-{n}-", dir=tmp))
    out = run_dir / "callgrind.out"
    target_args = argparse.Namespace(**vars(args))
    target_args.lmops_python = _wrapper(run_dir, args.python, out)
    target_args.start_timeout = args.start_timeout
    server = start_target(name, target_args, run_dir, upstream, redis)
    loadgen = LoadGen(args.python)
    try:
        for count in (args.warmup, n):
            result = loadgen.run(target_phase(server, count, args.concurrency, args.stream))
            if result.errors:
                raise RuntimeError(f"{name}: {result.errors} errors, first: {result.first_error}")
    finally:
        loadgen.close()
        # Under valgrind a graceful shutdown takes a while; the counts are written at exit.
        server.stop(wait=300)
        if redis is not None and server.redis_prefix is not None:
            redis.clear(server.redis_prefix)
    return count_instructions(out)


def measure(args: argparse.Namespace) -> dict[str, Any]:
    os.environ["PYTHONHASHSEED"] = "0"  # the same dict layouts in both runs of a target
    redis = None
    if any(PIPELINES[t].redis for t in args.targets if t in PIPELINES):
        redis = RedisProbe(args.redis_url)
    per_request: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="lmops-instructions-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        base = f"http://127.0.0.1:{port}/v1"
        argv = [args.python, "-m", "bench.fake_upstream", "--port", str(port)]
        upstream = spawn("fake-upstream", argv, base, f"{base}/models", tmp)
        try:
            for name in args.targets:
                low = _one_run(name, args.requests, args, tmp, upstream, redis)
                high = _one_run(name, args.requests + args.extra, args, tmp, upstream, redis)
                main_thread, every = (
                    (h - lo) / args.extra for h, lo in zip(high, low, strict=True)
                )
                per_request[name] = {"main_thread": main_thread, "all_threads": every}
                print(
                    f"{name}: {main_thread:,.0f} instructions / request in the main thread, "
                    f"{every:,.0f} in all",
                    file=sys.stderr,
                )
        finally:
            upstream.stop()
            if redis is not None:
                redis.close()
    return {"options": {k: v for k, v in vars(args).items()}, "per_request": per_request}


def _table(per_request: dict[str, dict[str, float]], base: str) -> str:
    lines = [
        f"| target | main thread / request | / {base} | all threads / request | / {base} |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, counts in per_request.items():
        row = f"| {name} "
        for part in ("main_thread", "all_threads"):
            ratio = counts[part] / per_request[base][part] if base in per_request else math.nan
            row += f"| {counts[part]:,.0f} | {ratio:.2f}x "
        lines.append(row + "|")
    return "\n".join(lines)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m bench.instructions",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--targets", default="lmops,lmops-full,lmops-full-redis")
    p.add_argument("--requests", type=int, default=500, help="requests in the shorter run")
    p.add_argument("--extra", type=int, default=1000, help="more requests in the longer run")
    p.add_argument("--warmup", type=int, default=300)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--stream", action="store_true", help="streams instead of plain requests")
    p.add_argument("--baseline", default=None, metavar="REV", help="for lmops-baseline")
    p.add_argument("--redis-url", default=REDIS_URL)
    p.add_argument("--python", default=sys.executable)
    p.add_argument("--start-timeout", type=float, default=600.0)
    p.add_argument(
        "--redis-timeout",
        type=float,
        default=30.0,
        help="settings.redis_timeout (valgrind is slow)",
    )
    p.add_argument("--out", type=Path, default=None, help="also write the figures as JSON")
    args = p.parse_args(argv)
    args.targets = [t.strip() for t in args.targets.split(",") if t.strip()]
    if "lmops-baseline" in args.targets and not args.baseline:
        p.error("lmops-baseline needs --baseline REV")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    # The same scan cost in every phase and run; the load generator is a child process, so the
    # stem reaches it through the environment (until 2026-12-03 it was set here only, and every
    # run sent random nonces).
    os.environ[loadgen.NONCE_STEM_ENV] = "3f9a1c07be4"
    if shutil.which("valgrind") is None:
        sys.exit("valgrind is not installed (Debian: apt-get install valgrind)")
    try:
        report = measure(args)
    except StartError as exc:
        sys.exit(f"a target did not start: {exc}")
    if args.out is not None:
        args.out.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2, default=str))
    print(_table(report["per_request"], args.targets[0]))


if __name__ == "__main__":
    main()
