"""Where a target's CPU goes: run one target under load while an external sampler watches it.

    python -m bench.profile --target lmops-full --requests 30000 \\
        --sampler "py-spy record --pid {pid} --rate 250 --format raw --output {out}"

starts the fake upstream and the target exactly as ``bench.run`` does, warms it up, starts the
sampler on the target's pid, sends the load (non-stream at c=32 unless ``--stream``), then
stops the sampler with SIGINT, and prints the CPU per request of the target's main thread (the
event loop) and of its other threads over the load. ``--summary`` turns a collapsed-stack file
(py-spy's ``raw`` format: ``frame;frame;... count`` per line) into the functions with the
largest inclusive and own shares of the samples. No sampler is a dependency: any command
taking ``{pid}`` works.
"""

from __future__ import annotations

import argparse
import re
import shlex
import signal
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import psutil  # type: ignore[import-untyped]  # no stubs in the dev extras

from bench.pipeline import PIPELINES, REDIS_URL, RedisProbe
from bench.run import LoadGen, target_phase, warm_up
from bench.targets import ROOT, Server, free_port, spawn, start_target

__all__ = ["main", "summarize_collapsed", "thread_cpu"]

_FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")


def _frame_name(frame: str) -> str:
    """``func (path/to/lmops/x.py:12)`` -> ``lmops/x.py:func``; other frames unchanged."""
    m = _FRAME.match(frame.strip())
    if m is None:
        return frame.strip()
    path = m.group("file")
    for marker in ("/src/", "/site-packages/", "/lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
            break
    return f"{path}:{m.group('func')}"


def summarize_collapsed(text: str, top: int = 40, only: str = "") -> str:
    """The ``top`` functions by inclusive share of samples, with their own (leaf) share.

    ``only`` keeps functions whose name contains it (e.g. ``lmops/``) in the table; shares are
    always of all samples. A function counted once per stack even when it recurses.
    """
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for line in text.splitlines():
        stack, _, count_text = line.rpartition(" ")
        if not stack or not count_text.isdigit():
            continue
        count = int(count_text)
        frames = [_frame_name(f) for f in stack.split(";")]
        total += count
        for name in set(frames):
            inclusive[name] += count
        if frames:
            own[frames[-1]] += count
    if not total:
        return "no samples"
    rows = [(n, c) for n, c in inclusive.most_common() if only in n][:top]
    lines = [
        f"{total} samples",
        "| function | inclusive | own |",
        "| --- | ---: | ---: |",
    ]
    for name, count in rows:
        lines.append(f"| `{name}` | {count / total:.1%} | {own[name] / total:.1%} |")
    lines += ["", "own share, top:", "| function | own |", "| --- | ---: |"]
    for name, count in own.most_common(top):
        lines.append(f"| `{name}` | {count / total:.1%} |")
    return "\n".join(lines)


def thread_cpu(pid: int) -> tuple[float, float]:
    """CPU seconds so far of ``pid``'s main thread (the event loop) and of its other threads;
    threads that ended in between are not counted."""
    main = other = 0.0
    for t in psutil.Process(pid).threads():
        if t.id == pid:
            main += t.user_time + t.system_time
        else:
            other += t.user_time + t.system_time
    return main, other


def _profile(args: argparse.Namespace) -> None:
    pipeline = PIPELINES.get(args.target)
    redis = RedisProbe(args.redis_url) if pipeline is not None and pipeline.redis else None
    with tempfile.TemporaryDirectory(prefix="lmops-profile-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        base = f"http://127.0.0.1:{port}/v1"
        argv = [args.python, "-m", "bench.fake_upstream", "--port", str(port)]
        upstream = spawn("fake-upstream", argv, base, f"{base}/models", tmp)
        server: Server | None = None
        loadgen = LoadGen(args.python)
        try:
            server = start_target(args.target, args, tmp, upstream, redis)
            warm_up(loadgen, server, args)
            command = args.sampler.format(pid=server.pid, out=args.out)
            sampler = subprocess.Popen(shlex.split(command), cwd=ROOT)
            phase = target_phase(server, args.requests, args.concurrency, args.stream)
            before = thread_cpu(server.pid)
            try:
                result = loadgen.run(phase)
            finally:
                after = thread_cpu(server.pid)
                sampler.send_signal(signal.SIGINT)
                sampler.wait(60)
            rate = result.n / result.elapsed_s
            main_ms = (after[0] - before[0]) / result.n * 1000
            other_ms = (after[1] - before[1]) / result.n * 1000
            print(
                f"{result.n} requests, {result.errors} errors, {rate:.0f}/s; CPU ms / request: "
                f"main thread {main_ms:.3f}, other threads {other_ms:.3f}",
                file=sys.stderr,
            )
        finally:
            loadgen.close()
            if server is not None:
                server.stop()
                if redis is not None and server.redis_prefix is not None:
                    redis.clear(server.redis_prefix)
            upstream.stop()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__)
    p.add_argument("--target", default="lmops-full")
    p.add_argument("--requests", type=int, default=20000)
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--stream", action="store_true", help="streams instead of plain requests")
    p.add_argument("--warmup", type=int, default=1000)
    p.add_argument("--sampler", default="", help="command with {pid} and {out}")
    p.add_argument("--out", default="profile.txt", help="where the sampler writes")
    p.add_argument("--summary", metavar="FILE", help="summarize a collapsed-stack file and exit")
    p.add_argument("--only", default="", help="with --summary: keep functions containing this")
    p.add_argument("--top", type=int, default=40)
    p.add_argument("--redis-url", default=REDIS_URL)
    p.add_argument("--python", default=sys.executable)
    p.add_argument("--lmops-python", default=None)
    p.add_argument("--baseline", default=None, help="with --target lmops-baseline: the revision")
    p.add_argument("--start-timeout", type=float, default=60.0)
    args = p.parse_args(argv)
    if args.summary:
        print(summarize_collapsed(Path(args.summary).read_text(), args.top, args.only))
        return
    if not args.sampler:
        p.error("--sampler is required (or --summary FILE)")
    _profile(args)


if __name__ == "__main__":
    main()
