"""Several ``lmops serve`` processes from one config: gateway replicas for multi-process tests.

Plain functions (not fixtures) so that any test package can build its own fixtures from them.
The replicas are started together (the store's migration lock serialises their migrations) and
stopped with SIGTERM, as a process manager would stop them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import httpx

from tests.cli.test_serve import MASTER, UPSTREAM_SECRET, free_port, wait_until

__all__ = [
    "MASTER",
    "Replica",
    "lmops_cli",
    "replica_env",
    "start_replicas",
    "stop_replicas",
]


@dataclass
class Replica:
    """One running ``lmops serve`` process."""

    name: str
    proc: subprocess.Popen[bytes]
    url: str
    log: Path

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, then wait; kill (and raise) if it does not stop within ``timeout``."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            raise AssertionError(f"{self.name} ignored SIGTERM for {timeout} s") from None


def replica_env() -> dict[str, str]:
    """The environment a replica (or the CLI beside it) runs with: the test master and upstream
    keys, and no multi-process metrics folder."""
    env = {**os.environ, "LMOPS_MASTER_KEY": MASTER, "UPSTREAM_API_KEY": UPSTREAM_SECRET}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    return env


def start_replicas(folder: Path, config: str, count: int = 2, timeout: float = 60) -> list[Replica]:
    """Write ``config`` to ``folder/lmops.yaml`` and serve it from ``count`` processes, each on
    its own port with its own log; returns once every one answers ``/health/ready``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "lmops.yaml"
    path.write_text(config)
    replicas: list[Replica] = []
    try:
        for i in range(count):
            replicas.append(_spawn(folder, path, chr(ord("a") + i)))
        for replica in replicas:
            wait_until(lambda r=replica: _ready(r), timeout, f"replica {replica.name} to start")
    except BaseException:
        stop_replicas(replicas, timeout=5)
        raise
    return replicas


def _spawn(folder: Path, config_path: Path, name: str) -> Replica:
    port = free_port()
    log = folder / f"serve-{name}.log"
    command = [sys.executable, "-m", "lmops.cli.main", "serve"]
    command += ["--config", str(config_path), "--port", str(port)]
    with log.open("wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=replica_env())
    return Replica(name, proc, f"http://127.0.0.1:{port}", log)


def _ready(replica: Replica) -> bool:
    assert replica.proc.poll() is None, f"replica {replica.name} exited:\n{replica.output()}"
    try:
        return httpx.get(f"{replica.url}/health/ready", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def stop_replicas(replicas: list[Replica], timeout: float = 30) -> list[int]:
    """Stop them all (SIGTERM to every one first, so they drain in parallel); exit statuses."""
    for replica in replicas:
        if replica.proc.poll() is None:
            replica.proc.send_signal(signal.SIGTERM)
    return [replica.stop(timeout) for replica in replicas]


def lmops_cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run ``lmops ARGS`` in a subprocess with :func:`replica_env`."""
    return subprocess.run(
        [sys.executable, "-m", "lmops.cli.main", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=replica_env(),
    )
