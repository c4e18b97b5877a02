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

from bench.loadgen import Phase, PhaseResult
from bench.report import FLOOR, markdown_table, summarize
from bench.targets import (
    ROOT,
    Server,
    StartError,
    cpu_seconds,
    free_port,
    lmops_config,
    machine,
    rss_mb,
    spawn,
)

__all__ = ["TARGETS", "main"]

TARGETS = ("direct", "passthrough-aiohttp", "passthrough-httpx", "lmops")
# httpx is ~7x the floor's CPU and slows a run by a minute; it is measured on demand (`all`).
DEFAULT_TARGETS = ("direct", "passthrough-aiohttp", "lmops")
MASTER_KEY = "sk-bench-master"
_HEADERS = {"authorization": f"Bearer {MASTER_KEY}", "content-type": "application/json"}
_MESSAGES = [
    {"role": "system", "content": "You are a concise assistant."},
    {"role": "user", "content": "Say hello to the benchmark in one short sentence, please."},
]


def chat_body(stream: bool) -> str:
    """A typical small chat request; streams ask for usage as metered clients do."""
    body: dict[str, Any] = {"model": "bench", "messages": _MESSAGES, "max_tokens": 64}
    if stream:
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
    return orjson.dumps(body).decode()


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

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(5)


def phases(args: argparse.Namespace, url: str) -> dict[str, Phase]:
    plain, stream = chat_body(False), chat_body(True)
    c = args.concurrency
    return {
        "nonstream_c32": Phase(url, args.requests, c, plain, headers=_HEADERS),
        "nonstream_c1": Phase(url, args.latency_requests, 1, plain, headers=_HEADERS),
        "stream_c32": Phase(url, args.streams, c, stream, stream=True, headers=_HEADERS),
        "stream_c1": Phase(url, args.latency_streams, 1, stream, stream=True, headers=_HEADERS),
    }


def measure_phase(loadgen: LoadGen, server: Server, phase: Phase) -> dict[str, Any]:
    """Run one phase and charge the target's CPU time over exactly that window."""
    before = cpu_seconds(server.pid)
    result = loadgen.run(phase)
    cpu = cpu_seconds(server.pid) - before
    out = asdict(result)
    out.update(cpu_s=cpu, cpu_s_per_1k=cpu / result.n * 1000, per_s=result.n / result.elapsed_s)
    return out


def start_target(name: str, args: argparse.Namespace, tmp: Path, upstream: Server) -> Server:
    if name == "direct":
        return Server(
            name, upstream.base_url, upstream.process, upstream.log_path, upstream.start_s
        )
    port = free_port()
    base = f"http://127.0.0.1:{port}/v1"
    if name.startswith("passthrough-"):
        client = name.removeprefix("passthrough-")
        argv = [args.python, "-m", "bench.passthrough", "--port", str(port)]
        argv += ["--upstream", upstream.base_url, "--client", client]
        return spawn(name, argv, base, f"{base}/models", tmp)
    if name in ("lmops", "lmops-baseline"):
        upstream_port = int(upstream.base_url.rsplit(":", 1)[1].split("/")[0])
        workdir = tmp / name
        workdir.mkdir()
        config = lmops_config(workdir, upstream_port, MASTER_KEY)
        argv = [args.lmops_python or args.python, "-m", "lmops.cli.main", "serve"]
        argv += ["--config", str(config), "--port", str(port)]
        ready = f"http://127.0.0.1:{port}/health/live"
        env = None
        if name == "lmops-baseline":
            # The same interpreter and dependencies, the older source tree first on the path.
            env = {**os.environ, "PYTHONPATH": str(baseline_tree(args.baseline, tmp) / "src")}
        return spawn(name, argv, base, ready, tmp, timeout_s=args.start_timeout, env=env)
    raise ValueError(f"unknown target {name!r}; known: {', '.join(TARGETS)}")


def baseline_tree(rev: str, tmp: Path) -> Path:
    """A checkout of ``rev`` (a git worktree in ``tmp``, removed again by ``main``)."""
    tree = tmp / "baseline-tree"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet", str(tree), rev],
        check=True,
    )
    return tree


def warm_up(loadgen: LoadGen, server: Server, args: argparse.Namespace) -> None:
    """Fill connection pools and caches, and let lazy imports happen, before anything counts."""
    url = f"{server.base_url}/chat/completions"
    loadgen.run(Phase(url, args.warmup, args.concurrency, chat_body(False), headers=_HEADERS))
    n = max(1, args.warmup // 10)
    loadgen.run(Phase(url, n, args.concurrency, chat_body(True), stream=True, headers=_HEADERS))


def soak(loadgen: LoadGen, server: Server, args: argparse.Namespace) -> list[dict[str, float]]:
    """``args.soak`` more requests in ten slices, RSS after each: does memory level off?"""
    url = f"{server.base_url}/chat/completions"
    step = max(1, args.soak // 10)
    samples = [{"requests": 0, "rss_mb": rss_mb(server.pid)}]
    for i in range(1, 11):
        result = loadgen.run(
            Phase(url, step, args.concurrency, chat_body(i % 2 == 0), i % 2 == 0, _HEADERS)
        )
        samples.append(
            {"requests": i * step, "rss_mb": rss_mb(server.pid), "errors": result.errors}
        )
    return samples


def _progress(rep: int, name: str, res: dict[str, dict[str, Any]]) -> None:
    ns, st = res["nonstream_c32"], res["stream_c32"]
    print(
        f"[repeat {rep + 1}] {name:<20} cpu/1k req {ns['cpu_s_per_1k']:.3f} s, "
        f"{ns['per_s']:.0f} req/s, p50 {res['nonstream_c1']['p50_ms']:.2f} ms | "
        f"cpu/1k streams {st['cpu_s_per_1k']:.3f} s, {st['per_s']:.0f} streams/s",
        file=sys.stderr,
        flush=True,
    )


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Start everything, measure, stop everything; returns the JSON-able report."""
    servers: dict[str, Server] = {}
    failed: dict[str, str] = {}
    loadgen: LoadGen | None = None
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
                    servers[name] = start_target(name, args, tmp, upstream)
                except StartError as exc:
                    failed[name] = str(exc)
                    print(f"skipping {name}: {exc}", file=sys.stderr)
            loadgen = LoadGen(args.python)
            return _measure_all(loadgen, servers, failed, args)
        finally:
            if loadgen is not None:
                loadgen.close()
            for server in servers.values():
                server.stop()
            upstream.stop()
            if (tmp / "baseline-tree").exists():
                subprocess.run(
                    [
                        "git",
                        "-C",
                        str(ROOT),
                        "worktree",
                        "remove",
                        "--force",
                        str(tmp / "baseline-tree"),
                    ],
                    check=False,
                )


def _measure_all(
    loadgen: LoadGen, servers: dict[str, Server], failed: dict[str, str], args: argparse.Namespace
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
            url = f"{servers[name].base_url}/chat/completions"
            results[name] = {
                p: measure_phase(loadgen, servers[name], ph) for p, ph in phases(args, url).items()
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
        help=f"comma-separated, or 'all' ({', '.join(TARGETS)}); default: %(default)s",
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
    p.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = p.parse_args(argv)
    names = TARGETS if args.targets == "all" else args.targets.split(",")
    args.targets = [t.strip() for t in names if t.strip()]
    if args.baseline and "lmops-baseline" not in args.targets:
        args.targets.append("lmops-baseline")
    unknown = set(args.targets) - {*TARGETS, "lmops-baseline"}
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
    if report["soak"]:
        samples = report["soak"]["samples"]
        trend = " -> ".join(f"{s['rss_mb']:.1f}" for s in samples)
        every = samples[1]["requests"]
        print(f"\nRSS MiB of {report['soak']['target']} every {every} requests: {trend}")
    print(f"\nresults: {path}")


if __name__ == "__main__":
    main()
