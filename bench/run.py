"""Benchmark harness: the gateway's overhead against a pass-through floor, on one machine.

One run starts the fake upstream, every target and one load-generator process, then for each
repeat (targets interleaved, order rotated) measures four phases per target:

* ``nonstream_c32``: CPU seconds the target spends per 1,000 requests (the headline) and req/s;
* ``nonstream_c1``:  p50/p99 latency with nothing queued, hence added latency over ``direct``;
* ``stream_c32`` and ``stream_c1``: the same for SSE streams of ``--stream-chunks`` chunks.

Medians over repeats go to ``bench/results/<timestamp>.json`` and a markdown table on stdout.

    python -m bench.run                      # direct, passthrough-aiohttp, lmops: ~3 min, 2 cores
    python -m bench.run --targets all        # + passthrough-httpx
    python -m bench.run --targets direct,passthrough-aiohttp,passthrough-httpx --repeat 5
    python -m bench.run --targets passthrough-aiohttp,lmops --soak 20000
    python -m bench.run --baseline HEAD~1    # + lmops-baseline: that commit's lmops, same run
    python -m bench.run --targets lmops,lmops-full,lmops-full-redis,lmops-hit,lmops-hit-redis
    python -m bench.run --targets lmops,lmops-telemetry   # tracing on (OTLP to a local sink) / off

The ``lmops-full*`` and ``lmops-hit*`` targets run the whole pipeline (virtual key, team, limits,
budgets, priced deployment, response cache, request log; ``-redis``: state in Redis): full ones
send a new request every time (cache misses), hit ones the same request (cache hits).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import orjson

from bench.loadgen import UNIQUE_MARKER, Phase, PhaseResult
from bench.pipeline import (
    BENCH_PROMPT,
    BENCH_SYSTEM,
    LONG_PROMPT,
    PIPELINES,
    REDIS_URL,
    Pipeline,
    RedisProbe,
)
from bench.report import FLOOR, markdown_table, ratio_table, summarize
from bench.targets import (
    MASTER_KEY,
    ROOT,
    Server,
    StartError,
    cpu_seconds,
    free_port,
    machine,
    rss_mb,
    spawn,
    start_target,
)

__all__ = ["TARGETS", "main"]

TARGETS = (
    "direct",
    "passthrough-aiohttp",
    "passthrough-httpx",
    "lmops",
    "lmops-no-journal",
    "lmops-telemetry",
    *PIPELINES,
)
# httpx is ~7x the floor's CPU and slows a run by a minute; it is measured on demand (`all`).
DEFAULT_TARGETS = ("direct", "passthrough-aiohttp", "lmops")
_SYSTEM = {"role": "system", "content": BENCH_SYSTEM}
_PROMPT = "Say hello to the benchmark in one short sentence, please."


def chat_body(stream: bool, pipeline: Pipeline | None = None) -> str:
    """A typical small chat request; streams ask for usage as metered clients do.

    For a full-pipeline target it is deterministic (temperature 0) and, unless the target
    measures cache hits, carries ``UNIQUE_MARKER`` so the load generator makes each one new.
    """
    prompt = LONG_PROMPT if pipeline is not None and pipeline.long_prompt else _PROMPT
    if pipeline is not None and not pipeline.hit:
        prompt = f"{prompt} ({UNIQUE_MARKER})"
    body: dict[str, Any] = {"model": "bench"}
    if pipeline is not None and pipeline.prompt:
        # The same messages upstream as below, rendered by the gateway from prompt_push's prompt.
        body |= {"prompt_id": BENCH_PROMPT, "prompt_variables": {"question": prompt}}
    else:
        body["messages"] = [_SYSTEM, {"role": "user", "content": prompt}]
    body["max_tokens"] = 64
    if pipeline is not None:
        body["temperature"] = 0
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
    return orjson.dumps(body).decode()


def _headers(server: Server) -> dict[str, str]:
    key = server.api_key or MASTER_KEY
    return {"authorization": f"Bearer {key}", "content-type": "application/json"}


def target_phase(server: Server, n: int, c: int, stream: bool) -> Phase:
    """``n`` requests (or streams) at concurrency ``c``, shaped for ``server``'s target."""
    pipeline = PIPELINES.get(server.name.removesuffix("-baseline"))
    return Phase(
        f"{server.base_url}/chat/completions",
        n,
        c,
        chat_body(stream, pipeline),
        stream=stream,
        headers=_headers(server),
        unique=pipeline is not None and not pipeline.hit,
    )


class LoadGen:
    """The ``bench.loadgen`` child process, fed one phase at a time over its stdin."""

    def __init__(self, python: str) -> None:
        self._proc = subprocess.Popen(
            [python, "-m", "bench.loadgen"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            cwd=ROOT,
            text=True,
        )

    def run(self, phase: Phase) -> PhaseResult:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(orjson.dumps(asdict(phase)).decode() + "\n")
        self._proc.stdin.flush()
        line = self._proc.stdout.readline()
        if not line:
            raise RuntimeError(f"load generator exited with {self._proc.wait()}")
        return PhaseResult(**orjson.loads(line))

    @property
    def pid(self) -> int:
        return self._proc.pid

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(5)


def phases(args: argparse.Namespace, server: Server) -> dict[str, Phase]:
    c = args.concurrency
    return {
        "nonstream_c32": target_phase(server, args.requests, c, False),
        "nonstream_c1": target_phase(server, args.latency_requests, 1, False),
        "stream_c32": target_phase(server, args.streams, c, True),
        "stream_c1": target_phase(server, args.latency_streams, 1, True),
    }


def measure_phase(
    loadgen: LoadGen, server: Server, phase: Phase, redis: RedisProbe | None = None
) -> dict[str, Any]:
    """Run one phase and charge the target's CPU time over exactly that window.

    For a target whose state is in Redis, the Redis server's CPU over the window is kept too
    (``redis_cpu_s_per_1k``): it is the whole server's, so anything else using it counts.
    """
    probe = redis if server.redis_prefix is not None else None
    redis_before = probe.cpu_seconds() if probe is not None else 0.0
    before = cpu_seconds(server.pid)
    result = loadgen.run(phase)
    cpu = cpu_seconds(server.pid) - before
    out = asdict(result)
    out.update(cpu_s=cpu, cpu_s_per_1k=cpu / result.n * 1000, per_s=result.n / result.elapsed_s)
    if result.cache_hits or result.cache_misses:
        out["cache_hit_share"] = result.cache_hits / result.n
    if probe is not None:
        out["redis_cpu_s_per_1k"] = (probe.cpu_seconds() - redis_before) / result.n * 1000
    return out


def warm_up(loadgen: LoadGen, server: Server, args: argparse.Namespace) -> None:
    """Fill connection pools and caches, and let lazy imports happen, before anything counts."""
    for result in (
        loadgen.run(target_phase(server, args.warmup, args.concurrency, False)),
        loadgen.run(target_phase(server, max(1, args.warmup // 10), args.concurrency, True)),
    ):
        if result.errors:
            print(
                f"warm-up of {server.name}: {result.errors} errors, first: {result.first_error}",
                file=sys.stderr,
            )


def soak(loadgen: LoadGen, server: Server, args: argparse.Namespace) -> list[dict[str, float]]:
    """``args.soak`` more requests in ten slices, RSS after each: does memory level off?"""
    step = max(1, args.soak // 10)
    samples = [{"requests": 0, "rss_mb": rss_mb(server.pid)}]
    for i in range(1, 11):
        result = loadgen.run(target_phase(server, step, args.concurrency, i % 2 == 0))
        samples.append(
            {"requests": i * step, "rss_mb": rss_mb(server.pid), "errors": result.errors}
        )
    return samples


def _progress(rep: int, name: str, res: dict[str, dict[str, Any]]) -> None:
    ns, st = res["nonstream_c32"], res["stream_c32"]
    extra = ""
    if ns["cache_hits"] or ns["cache_misses"]:
        extra += f" | cache hits {ns['cache_hits']}/{ns['n']} req, {st['cache_hits']}/{st['n']} st"
    if "redis_cpu_s_per_1k" in ns:
        extra += f" | redis cpu/1k req {ns['redis_cpu_s_per_1k']:.3f} s"
    errors = sum(p["errors"] for p in res.values())
    print(
        f"[repeat {rep + 1}] {name:<20} cpu/1k req {ns['cpu_s_per_1k']:.3f} s, "
        f"{ns['per_s']:.0f} req/s, p50 {res['nonstream_c1']['p50_ms']:.2f} ms | "
        f"cpu/1k streams {st['cpu_s_per_1k']:.3f} s, {st['per_s']:.0f} streams/s{extra}"
        + (f" | {errors} errors" if errors else ""),
        file=sys.stderr,
        flush=True,
    )


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Start everything, measure, stop everything; returns the JSON-able report."""
    servers: dict[str, Server] = {}
    failed: dict[str, str] = {}
    loadgen: LoadGen | None = None
    redis = _redis_probe(args)
    with tempfile.TemporaryDirectory(prefix="lmops-bench-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        argv = [args.python, "-m", "bench.fake_upstream", "--port", str(port)]
        argv += ["--stream-chunks", str(args.stream_chunks), "--chunk-delay", str(args.chunk_delay)]
        base = f"http://127.0.0.1:{port}/v1"
        upstream = spawn("fake-upstream", argv, base, f"{base}/models", tmp)
        try:
            for name in args.targets:
                try:
                    servers[name] = start_target(name, args, tmp, upstream, redis)
                except StartError as exc:
                    failed[name] = str(exc)
                    print(f"skipping {name}: {exc}", file=sys.stderr)
            loadgen = LoadGen(args.python)
            return _measure_all(loadgen, servers, failed, args, redis)
        finally:
            if loadgen is not None:
                loadgen.close()
            for server in servers.values():
                server.stop()
            upstream.stop()
            if redis is not None:
                for server in servers.values():
                    if server.redis_prefix is not None:
                        redis.clear(server.redis_prefix)
                redis.close()


def _redis_probe(args: argparse.Namespace) -> RedisProbe | None:
    """The Redis server, when a target keeps its state there and the server answers."""
    names = [t.removesuffix("-baseline") for t in args.targets]
    if not any(PIPELINES[t].redis for t in names if t in PIPELINES):
        return None
    try:
        probe = RedisProbe(args.redis_url)
        probe.cpu_seconds()
    except Exception as exc:  # any failure (no client, refused, auth): skip the Redis targets
        print(f"Redis at {args.redis_url} unusable: {exc}", file=sys.stderr)
        return None
    return probe


def _measure_all(
    loadgen: LoadGen,
    servers: dict[str, Server],
    failed: dict[str, str],
    args: argparse.Namespace,
    redis: RedisProbe | None,
) -> dict[str, Any]:
    for server in servers.values():
        warm_up(loadgen, server, args)
    names = list(servers)
    repeats: list[dict[str, dict[str, dict[str, Any]]]] = []
    for rep in range(args.repeat):
        # Rotating the order spreads any drift (thermal, page cache) over every target.
        order = names[rep % len(names) :] + names[: rep % len(names)] if names else []
        results: dict[str, dict[str, dict[str, Any]]] = {}
        for name in order:
            server = servers[name]
            results[name] = {
                p: measure_phase(loadgen, server, ph, redis)
                for p, ph in phases(args, server).items()
            }
            _progress(rep, name, results[name])
        repeats.append(results)
    summary = summarize(repeats)
    for name, server in servers.items():
        summary[name]["start_s"] = server.start_s
        summary[name]["rss_mb"] = rss_mb(server.pid)
    soak_samples = None
    if args.soak and args.soak_target in servers:
        soak_samples = soak(loadgen, servers[args.soak_target], args)
    return {
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {**machine(), "python": platform.python_version()},
        "options": {k: v for k, v in vars(args).items() if k != "out"},
        "floor": FLOOR,
        "targets": names,
        "failed_to_start": failed,
        "summary": summary,
        "soak": {"target": args.soak_target, "samples": soak_samples} if soak_samples else None,
        "repeats": repeats,
    }


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--targets",
        default=",".join(DEFAULT_TARGETS),
        help=f"comma-separated, or 'all' ({', '.join(TARGETS)}; 'floor' means {FLOOR}); "
        "default: %(default)s",
    )
    p.add_argument("--repeat", type=int, default=3, help="measurements per target (median kept)")
    p.add_argument("--requests", type=int, default=5000, help="non-stream requests at c=32")
    p.add_argument("--streams", type=int, default=1000, help="streams at c=32")
    p.add_argument("--latency-requests", type=int, default=1000, help="non-stream requests at c=1")
    p.add_argument("--latency-streams", type=int, default=200, help="streams at c=1")
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--stream-chunks", type=int, default=20)
    p.add_argument("--chunk-delay", type=float, default=0.0, help="upstream seconds per chunk")
    p.add_argument("--warmup", type=int, default=1000, help="requests per target before measuring")
    p.add_argument("--soak", type=int, default=0, help="extra requests to watch RSS over")
    p.add_argument("--soak-target", default="lmops")
    p.add_argument("--start-timeout", type=float, default=60.0, help="seconds for lmops to start")
    p.add_argument("--python", default=sys.executable, help="interpreter for every process")
    p.add_argument("--lmops-python", default=None, help="interpreter for lmops (default --python)")
    p.add_argument(
        "--baseline",
        default=None,
        metavar="REV",
        help="also measure lmops as of this git revision (target lmops-baseline), in the same run",
    )
    p.add_argument("--redis-url", default=REDIS_URL, help="Redis for the *-redis targets")
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = p.parse_args(argv)
    names = TARGETS if args.targets == "all" else args.targets.split(",")
    # "floor" is another name for the floor target.
    args.targets = [FLOOR if t.strip() == "floor" else t.strip() for t in names if t.strip()]
    if args.baseline and "lmops-baseline" not in args.targets:
        args.targets.append("lmops-baseline")
    # "<pipeline>-baseline": that full-pipeline target on the --baseline tree, in the same run.
    baselines = {f"{t}-baseline" for t in PIPELINES} if args.baseline else set()
    unknown = set(args.targets) - {*TARGETS, "lmops-baseline", *baselines}
    if unknown:
        p.error(f"unknown targets {sorted(unknown)}; known: {', '.join(TARGETS)}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    load_before = os.getloadavg()[0]
    if load_before > (os.cpu_count() or 1) / 2:
        print(
            f"warning: load average {load_before:.1f} before start; numbers will be noisy",
            file=sys.stderr,
        )
    report = run(args)
    # Other work on the machine skews throughput and latency far more than CPU per request.
    report["machine"]["loadavg_1m"] = {"before": load_before, "after": os.getloadavg()[0]}
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    path = args.out / f"{stamp}.json"
    path.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    print(markdown_table(report["summary"], report["targets"]))
    ratios = ratio_table(report["summary"], report["repeats"])
    if ratios:
        print("\n" + ratios)
    if report["soak"]:
        samples = report["soak"]["samples"]
        trend = " -> ".join(f"{s['rss_mb']:.1f}" for s in samples)
        every = samples[1]["requests"]
        print(f"\nRSS MiB of {report['soak']['target']} every {every} requests: {trend}")
    print(f"\nresults: {path}")


if __name__ == "__main__":
    main()
