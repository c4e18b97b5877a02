"""Eval progress: plain lines in CI or off a terminal, a Rich bar on one."""

from __future__ import annotations

import io
from types import MappingProxyType

from rich.console import Console

from lmops.evals.progress import PlainProgress, RichProgress, cell_line, progress_for
from lmops.evals.results import CellResult, Status


def _cell(status: Status, error: str | None = None, repeat: int = 0) -> CellResult:
    return CellResult("capital", "mock", 3, repeat, "", MappingProxyType({}), status, error=error)


def test_plain_lines() -> None:
    out = io.StringIO()
    progress = PlainProgress(out)
    progress.start(40)
    progress.advance(_cell("passed"))
    progress.advance(_cell("error", "no answer\nwithin 60 s", repeat=1))
    progress.finish()
    # test_index 3 is the 4th test, as the reports count it.
    assert out.getvalue().splitlines() == [
        "[1/40] passed capital x mock #4",
        "[2/40] error capital x mock #4 repeat 2: no answer within 60 s",
    ]
    assert cell_line(_cell("error", "x" * 500), 1, 1).endswith("x...")


def test_progress_for_picks_plain_in_ci_and_off_a_terminal() -> None:
    terminal = Console(file=io.StringIO(), force_terminal=True)
    assert isinstance(progress_for(terminal, environ={}), RichProgress)
    assert isinstance(progress_for(terminal, environ={"CI": "true"}), PlainProgress)
    piped = Console(file=io.StringIO(), force_terminal=False)
    assert isinstance(progress_for(piped, environ={}), PlainProgress)


def test_rich_bar_counts_cells_by_status() -> None:
    out = io.StringIO()
    progress = RichProgress(Console(file=out, force_terminal=True, width=120))
    progress.start(3)
    for status in ("passed", "failed", "passed"):
        progress.advance(_cell(status))  # type: ignore[arg-type]
    progress.finish()
    text = out.getvalue()
    assert "3/3" in text and "2 passed 1 failed" in text and "cells/s" in text
