"""Training as a background job: started detached, its output in ``output_dir/train.log``, its
status in the run store, stopped by a signal that its trainer turns into a checkpoint.

Used by ``lmops finetune train --detach|stop|logs`` and by the admin API's
``/admin/finetune/runs``.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from lmops.finetune.runs import Run

__all__ = ["LOG_NAME", "JobError", "launch", "log_path", "read_log", "stop", "worker_argv"]

LOG_NAME = "train.log"


class JobError(ValueError):
    """A job that cannot be stopped or read from here; the message says why."""


def log_path(output_dir: Path | str) -> Path:
    return Path(output_dir) / LOG_NAME


def worker_argv(args: Sequence[str], nproc: int) -> list[str]:
    """The command that trains: ``lmops ARGS`` in this Python, under ``torch.distributed.run``
    with ``nproc`` processes when more than one."""
    if nproc > 1:
        run = [sys.executable, "-m", "torch.distributed.run", "--standalone"]
        return [*run, f"--nproc_per_node={nproc}", "-m", "lmops.cli.main", *args]
    return [sys.executable, "-m", "lmops.cli.main", *args]


def launch(argv: Sequence[str], output_dir: Path) -> int:
    """Start ``argv`` in a session of its own (a closed terminal does not end it), its output
    appended to the run's log; the process id."""
    output_dir.mkdir(parents=True, exist_ok=True)
    with log_path(output_dir).open("ab") as log:
        process = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    return process.pid


def stop(run: Run) -> None:
    """Ask a running run to stop: it finishes its step, writes a checkpoint and is marked
    ``stopped`` (``--resume`` goes on from there). :class:`JobError` when it is not running
    or runs on another host."""
    if run.status != "running" or run.pid is None:
        raise JobError(f"run {run.id[:12]} is {run.status}, not running")
    if run.host != socket.gethostname():
        raise JobError(f"run {run.id[:12]} runs on {run.host}: stop it there")
    try:
        os.kill(run.pid, signal.SIGTERM)
    except ProcessLookupError:
        raise JobError(
            f"run {run.id[:12]} is marked running but its process {run.pid} is gone "
            "(killed without a checkpoint of its last steps): resume it with --resume"
        ) from None


def read_log(output_dir: Path | str, lines: int) -> str:
    """The last ``lines`` lines of the run's log ("" when it has none)."""
    path = log_path(output_dir)
    try:
        with path.open("rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - 256 * 1024))  # lines are short: the tail is enough
            text = handle.read().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return ""
    return "\n".join(text.splitlines()[-lines:]) + ("\n" if text else "")
