"""The processes a benchmark run compares: start them on free ports, wait until ready, measure.

Each server is a plain subprocess (no CPU pinning) so the OS schedules it as it would in
production; CPU time is read from the kernel for the process and all its children.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import psutil  # type: ignore[import-untyped]  # no stubs in the dev extras

from bench.pipeline import PIPELINES, RedisProbe, full_config, post, prompt_push, provision_key

__all__ = [
    "MASTER_KEY",
    "ROOT",
    "Server",
    "StartError",
    "cpu_seconds",
    "free_port",
    "lmops_config",
    "machine",
    "rss_mb",
    "spawn",
    "start_target",
]

ROOT = Path(__file__).resolve().parent.parent
"""Repository root: subprocesses run here so ``python -m bench.*`` imports this checkout."""
MASTER_KEY = "sk-bench-master"


class StartError(RuntimeError):
    """A server exited or never answered its readiness URL."""


@dataclass
class Server:
    """A started server; ``base_url`` ends in ``/v1`` and is where load is sent.

    ``api_key`` is the bearer the load carries (None: the run's master key); ``redis_prefix``
    marks a target whose state lives in Redis under that prefix (None: in memory).
    """

    name: str
    base_url: str
    process: subprocess.Popen[bytes]
    log_path: Path
    start_s: float
    api_key: str | None = field(default=None, kw_only=True)
    redis_prefix: str | None = field(default=None, kw_only=True)
    companion: Server | None = field(default=None, kw_only=True)  # stopped after this one

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self, wait: float = 10.0) -> None:
        """SIGTERM, then SIGKILL after ``wait`` seconds; reaps the process (and then its
        companion's)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(wait)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.companion is not None:
            self.companion.stop(wait)


def free_port() -> int:
    """A port the OS just handed out; racy in theory, fine on a quiet benchmark machine."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _answers(url: str, headers: dict[str, str]) -> bool:
    req = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=2) as resp:
            return bool(resp.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return False


def _log_tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return ""


def spawn(
    name: str,
    argv: list[str],
    base_url: str,
    ready_url: str,
    log_dir: Path,
    timeout_s: float = 30.0,
    headers: dict[str, str] | None = None,
    env: dict[str, str] | None = None,
) -> Server:
    """Start ``argv`` and return once ``ready_url`` answers 200; ``start_s`` is how long it took."""
    log_path = log_dir / f"{name}.log"
    with log_path.open("wb") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
    deadline = t0 + timeout_s
    while time.perf_counter() < deadline:
        if proc.poll() is not None:
            raise StartError(f"{name} exited with {proc.returncode}:\n{_log_tail(log_path)}")
        if _answers(ready_url, headers or {}):
            return Server(name, base_url, proc, log_path, time.perf_counter() - t0)
        time.sleep(0.02)
    proc.kill()
    proc.wait(5)
    raise StartError(f"{name} not ready after {timeout_s:.0f} s:\n{_log_tail(log_path)}")


def _tree(pid: int) -> list[psutil.Process]:
    proc = psutil.Process(pid)
    return [proc, *proc.children(recursive=True)]


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its live children (workers of a server)."""
    total = 0.0
    for p in _tree(pid):
        with contextlib.suppress(psutil.NoSuchProcess):
            t = p.cpu_times()
            total += t.user + t.system
    return total


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children, in MiB."""
    total = 0
    for p in _tree(pid):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += p.memory_info().rss
    return total / (1024 * 1024)


def lmops_config(
    tmp: Path,
    upstream_port: int,
    master_key: str,
    *,
    journal: bool = True,
    traces_to: str | None = None,
) -> Path:
    """The lmops.yaml the benchmark serves: one OpenAI-compatible model on the fake upstream
    (``journal=False``: without the request log's crash journal, to price it; ``traces_to``:
    with telemetry on, every request traced and exported to that OTLP/HTTP URL)."""
    path = tmp / "lmops.yaml"
    path.write_text(
        "models:\n"
        "  - name: bench\n"
        "    provider: openai\n"
        f"    api_base: http://127.0.0.1:{upstream_port}/v1\n"
        "    api_key: sk-upstream-secret\n"
        "settings:\n"
        f"  master_key: {master_key}\n"
        f"  database_url: sqlite:///{tmp / 'lmops.db'}\n"
        + ("" if journal else "  request_log: {journal: false}\n")
        + (f"telemetry:\n  endpoint: {traces_to}\n" if traces_to else "")
    )
    return path


def machine() -> dict[str, object]:
    """What the numbers were measured on."""
    model = ""
    with contextlib.suppress(OSError), open("/proc/cpuinfo") as f:
        model = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    return {"cpus": os.cpu_count(), "cpu_model": model, "uname": " ".join(os.uname())}


def start_target(
    name: str, args: argparse.Namespace, tmp: Path, upstream: Server, redis: RedisProbe | None
) -> Server:
    """Start target ``name`` (one of ``bench.run.TARGETS`` or ``lmops-baseline``) in front of
    ``upstream``, with its files in ``tmp``; ``redis`` holds the ``*-redis`` targets' state."""
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
    if name in ("lmops", "lmops-baseline", "lmops-no-journal", "lmops-telemetry"):
        upstream_port = int(upstream.base_url.rsplit(":", 1)[1].split("/")[0])
        workdir = tmp / name
        workdir.mkdir()
        sink = _otlp_sink(args, tmp) if name == "lmops-telemetry" else None
        config = lmops_config(
            workdir,
            upstream_port,
            MASTER_KEY,
            journal=name != "lmops-no-journal",
            traces_to=sink.base_url if sink is not None else None,
        )
        argv = [args.lmops_python or args.python, "-m", "lmops.cli.main", "serve"]
        argv += ["--config", str(config), "--port", str(port)]
        ready = f"http://127.0.0.1:{port}/health/live"
        env = None
        if name == "lmops-baseline":
            # The same interpreter and dependencies, the older source tree first on the path.
            env = {**os.environ, "PYTHONPATH": str(_baseline_tree(args.baseline, tmp) / "src")}
        try:
            server = spawn(name, argv, base, ready, tmp, timeout_s=args.start_timeout, env=env)
        except StartError:
            if sink is not None:
                sink.stop()
            raise
        server.companion = sink
        return server
    if name in PIPELINES:
        return _start_pipeline(name, args, tmp, upstream, redis)
    if name.endswith("-baseline") and name.removesuffix("-baseline") in PIPELINES:
        tree = _baseline_tree(args.baseline, tmp)
        env = {**os.environ, "PYTHONPATH": str(tree / "src")}
        return _start_pipeline(name, args, tmp, upstream, redis, env=env)
    raise ValueError(f"unknown target {name!r}")


def _start_pipeline(
    name: str,
    args: argparse.Namespace,
    tmp: Path,
    upstream: Server,
    redis: RedisProbe | None,
    env: dict[str, str] | None = None,
) -> Server:
    """lmops with the whole issue-3 pipeline on, and a fresh virtual key for the load to use
    (``env``: the baseline tree's, for ``<pipeline>-baseline``)."""
    pipeline = PIPELINES[name.removesuffix("-baseline")]
    state: tuple[str, str] | None = None
    if pipeline.redis:
        if redis is None:
            raise StartError(f"{name} needs Redis (--redis-url)")
        state = (redis.url, redis.new_prefix())
    port = free_port()
    upstream_port = int(upstream.base_url.rsplit(":", 1)[1].split("/")[0])
    workdir = tmp / name
    workdir.mkdir()
    config = workdir / "lmops.yaml"
    config.write_text(
        full_config(
            workdir,
            upstream_port,
            MASTER_KEY,
            state,
            every_level=pipeline.every_level,
            cache=pipeline.cache,
            redis_timeout=getattr(args, "redis_timeout", 0.5),
            guard=pipeline.guard,
        )
    )
    argv = [args.lmops_python or args.python, "-m", "lmops.cli.main", "serve"]
    argv += ["--config", str(config), "--port", str(port)]
    root = f"http://127.0.0.1:{port}"
    server = spawn(
        name, argv, f"{root}/v1", f"{root}/health/live", tmp, args.start_timeout, env=env
    )
    server.redis_prefix = state[1] if state is not None else None
    if pipeline.prompt:
        try:
            post(f"{root}/admin/prompts", MASTER_KEY, prompt_push(), args.start_timeout)
        except OSError as exc:
            server.stop()
            raise StartError(f"{name}: pushing the prompt failed: {exc}") from exc
    if not pipeline.key:
        return server
    try:
        server.api_key = provision_key(
            root, MASTER_KEY, every_level=pipeline.every_level, timeout=args.start_timeout
        )
    except OSError as exc:
        server.stop()
        raise StartError(f"{name}: creating the virtual key failed: {exc}") from exc
    return server


def _otlp_sink(args: argparse.Namespace, tmp: Path) -> Server:
    """The OTLP receiver ``lmops-telemetry`` exports to (``bench.otlp_sink``): a process of
    its own, so that receiving the spans is not charged to the gateway."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/v1/traces"
    argv = [args.python, "-m", "bench.otlp_sink", "--port", str(port)]
    return spawn("otlp-sink", argv, url, f"http://127.0.0.1:{port}/stats", tmp)


def _baseline_tree(rev: str, tmp: Path) -> Path:
    """``rev``'s ``src/`` exported into ``tmp`` (``git archive``: the repository is untouched,
    no worktree to register or remove; the directory goes with ``tmp``)."""
    tree = tmp / "baseline-tree"
    if tree.exists():  # exported already, for another baseline target of the run
        return tree
    tree.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "src"],
        check=True,
        capture_output=True,
    )
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree
