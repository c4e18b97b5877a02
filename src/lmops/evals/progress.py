"""Progress of an eval run: a Rich bar with rate and ETA on a terminal, plain lines elsewhere.

CI logs keep every line and cannot redraw one, so when the output is not a terminal or ``CI`` is
set, each finished cell is one line::

    [12/40] passed capital x mock #3
    [13/40] error capital x mock #4 repeat 2: no answer within 60 s (after 4 tries)

``#3`` is the cell's test, counted from 1 as the reports count it (``test_index`` 2); the
repeat is shown when the
run repeats. The runner calls :meth:`Progress.start` once, :meth:`Progress.advance` per finished
cell (cells skipped by an interruption included, at the end) and :meth:`Progress.finish`.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import IO, Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichBar
from rich.text import Text

from lmops.evals.results import CellResult

__all__ = ["PlainProgress", "Progress", "RichProgress", "cell_line", "progress_for"]

_REASON_CHARS = 200


class Progress(Protocol):
    def start(self, total: int) -> None: ...
    def advance(self, cell: CellResult) -> None: ...
    def finish(self) -> None: ...


def cell_line(cell: CellResult, done: int, total: int) -> str:
    """One finished cell as a plain line (see the module docstring)."""
    where = f"{cell.prompt_id} x {cell.target_id} #{cell.test_index + 1}"
    line = f"[{done}/{total}] {cell.status} {where}"
    if cell.repeat_index:
        line += f" repeat {cell.repeat_index + 1}"
    if cell.error:
        reason = " ".join(cell.error.split())
        if len(reason) > _REASON_CHARS:
            reason = reason[: _REASON_CHARS - 3] + "..."
        line += f": {reason}"
    return line


class PlainProgress:
    """A line per finished cell on ``stream`` (stderr by default, so stdout stays the report)."""

    def __init__(self, stream: IO[str] | None = None) -> None:
        self._stream = stream
        self._done = 0
        self._total = 0

    def start(self, total: int) -> None:
        self._total = total
        self._done = 0

    def advance(self, cell: CellResult) -> None:
        self._done += 1
        stream = self._stream or sys.stderr
        stream.write(cell_line(cell, self._done, self._total) + "\n")

    def finish(self) -> None:
        (self._stream or sys.stderr).flush()


class _Rate(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f} cells/s", style="progress.data.speed")


class RichProgress:
    """A live bar: cells done of all, passed / failed / error so far, rate, elapsed and ETA."""

    def __init__(self, console: Console | None = None) -> None:
        self._bar = RichBar(
            TextColumn("[bold]eval"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[tally]}"),
            _Rate(),
            TimeElapsedColumn(),
            TextColumn("eta"),
            TimeRemainingColumn(),
            console=console or Console(stderr=True),
            transient=False,
        )
        self._task = self._bar.add_task("cells", total=None, tally="", start=False)
        self._tally = {"passed": 0, "failed": 0, "error": 0, "skipped": 0}

    def start(self, total: int) -> None:
        self._bar.update(self._task, total=total)
        self._bar.start_task(self._task)
        self._bar.start()

    def advance(self, cell: CellResult) -> None:
        self._tally[cell.status] += 1
        tally = " ".join(f"{n} {s}" for s, n in self._tally.items() if n)
        self._bar.update(self._task, advance=1, tally=tally)

    def finish(self) -> None:
        self._bar.stop()


def progress_for(
    console: Console | None = None, environ: Mapping[str, str] | None = None
) -> Progress:
    """A Rich bar when ``console`` (stderr by default) is a terminal and ``CI`` is not set,
    else plain lines on the console's file."""
    console = console or Console(stderr=True)
    env = os.environ if environ is None else environ
    if console.is_terminal and not env.get("CI"):
        return RichProgress(console)
    return PlainProgress(console.file)
