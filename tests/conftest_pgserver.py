"""A private PostgreSQL server for fault-injection tests: started, crashed and restarted at will.

The shared server (``LMOPS_TEST_DATABASE_URL``) serves every other test running at the same
time, so a test that takes the database away gets a cluster of its own: ``initdb`` into a
temporary folder, served by ``pg_ctl`` on a free loopback port, its socket and log beside it.
``crash()`` stops it the way a crash would (``pg_ctl stop -m immediate``: no checkpoint, open
connections cut); ``start()`` brings it back through crash recovery on the same port.

PostgreSQL refuses to run as root: as root the commands run as the ``postgres`` user (``runuser``).
The binaries are found on ``PATH``, in ``LMOPS_TEST_PG_BINDIR``, or under /usr/lib/postgresql; a
test using :func:`private_postgres` is skipped, saying why, only when they are missing.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

__all__ = ["PostgresServer", "postgres_bindir", "private_postgres"]

BINDIR_ENV = "LMOPS_TEST_PG_BINDIR"
_TOOLS = ("initdb", "pg_ctl", "postgres")
# Small and quick: a test cluster, not a benchmark. fsync off is safe for a crash test because
# an immediate stop kills the server, not the machine: the page cache keeps what it wrote.
_SERVER_OPTIONS = (
    "-c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
    "-c shared_buffers=16MB -c max_connections=40 -c logging_collector=off"
)


def postgres_bindir() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None if none is found."""
    candidates: list[Path] = []
    if os.environ.get(BINDIR_ENV):
        candidates.append(Path(os.environ[BINDIR_ENV]))
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    # Debian and Ubuntu keep the server binaries off PATH, one folder per major version.
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(versions, key=lambda p: _version(p.parent.name), reverse=True)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in _TOOLS):
            return folder
    return None


def _version(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class PostgresServer:
    """One private cluster: ``root`` holds its data folder, its socket and its log."""

    bindir: Path
    root: Path
    port: int
    run_as: tuple[str, ...]  # the command prefix that runs a tool as the cluster's owner

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def log(self) -> Path:
        return self.root / "server.log"

    @property
    def url(self) -> str:
        """A URL for the cluster's ``postgres`` database, as superuser ``postgres`` (trust)."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        """Start the server (recovering from a crash if it crashed) and wait until it accepts."""
        options = f"-p {self.port} -k {self.root} {_SERVER_OPTIONS}"
        self._pg_ctl("start", "-w", "-t", "30", "-l", str(self.log), "-o", options)

    def crash(self) -> None:
        """Stop at once, as a crash would: no checkpoint, every connection cut."""
        self._pg_ctl("stop", "-m", "immediate", "-w", "-t", "30")

    def stop(self) -> None:
        """Stop cleanly (``-m fast``: open transactions roll back, a checkpoint is written)."""
        self._pg_ctl("stop", "-m", "fast", "-w", "-t", "30")

    @property
    def running(self) -> bool:
        status = self._run("pg_ctl", "status", "-D", str(self.data), check=False)
        return status.returncode == 0

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log.read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def _pg_ctl(self, *args: str) -> None:
        self._run("pg_ctl", *args, "-D", str(self.data))

    def _run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        command = [*self.run_as, str(self.bindir / tool), *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        if check and done.returncode != 0:
            raise RuntimeError(
                f"{tool} {' '.join(args[:2])} failed ({done.returncode}): "
                f"{done.stdout}{done.stderr}\nserver log:\n{self.log_tail()}"
            )
        return done


def _run_as_owner() -> tuple[str, ...]:
    """The prefix that runs the PostgreSQL tools as a user they accept (not root)."""
    if os.geteuid() != 0:
        return ()
    runuser = shutil.which("runuser")
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        runuser = None
    if runuser is None:
        pytest.skip("running as root, and there is no postgres user or runuser to run PostgreSQL")
    return (runuser, "-u", "postgres", "--")


@contextmanager
def private_postgres() -> Iterator[PostgresServer]:
    """A fresh, started cluster of its own; stopped and deleted afterwards.

    Skips the calling test (saying why) when the PostgreSQL server binaries are not installed.
    """
    bindir = postgres_bindir()
    if bindir is None:
        pytest.skip(
            "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found on PATH, "
            f"in {BINDIR_ENV} or under /usr/lib/postgresql"
        )
    run_as = _run_as_owner()
    # Not pytest's tmp_path: its parents are private to the user running the tests, and as root
    # the server runs as another user. Short, too: a socket path has a 107-byte limit.
    root = Path(tempfile.mkdtemp(prefix="lmops-pg-"))
    server = PostgresServer(bindir, root, _free_port(), run_as)
    try:
        if run_as:
            owner = pwd.getpwnam("postgres")
            os.chown(root, owner.pw_uid, owner.pw_gid)
        server._run(
            "initdb", "-D", str(server.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--no-sync",
        )  # fmt: skip
        server.start()
        yield server
    finally:
        if server.running:
            server.crash()  # nothing to keep: the quickest stop
        shutil.rmtree(root, ignore_errors=True)
