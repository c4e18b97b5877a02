"""The run summary printed at the end of ``lmops eval run``: the verdict, a table of pass rates
per prompt x target with the counts of each status, then the cells that did not pass, failures
first, each with its reasons.

On a terminal it is a Rich table with colour; otherwise (a CI log, a pipe) plain aligned lines
with no escape codes and no wrapping, so logs stay greppable. Model text is shown through
:func:`~lmops.evals.reports._text.one_line` and never as Rich markup: an answer holding
``[bold]`` or an ANSI escape is printed as the characters it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from lmops.evals.reports._text import one_line
from lmops.evals.reports.matrix import (
    cell_title,
    failures_first,
    matrix,
    pair_name,
    repeats,
    spread,
    status_counts,
    why,
)
from lmops.evals.results import CellResult, RunResult

__all__ = ["headline", "print_summary"]

_HEADERS = ("prompt", "target", "pass rate", "passed", "failed", "error", "skipped")
_STYLE: dict[str, str] = {
    "passed": "green",
    "failed": "red",
    "error": "magenta",
    "skipped": "yellow",
}
_ID_LIMIT = 40


def print_summary(run: RunResult, console: Console | None = None, *, limit: int = 20) -> None:
    """Print ``run``'s summary on ``console`` (stdout by default), listing at most ``limit``
    of the cells that did not pass (the count of the others is printed)."""
    console = console or Console()
    rows = _rows(run)
    listed = [c for c in failures_first(run.cells) if c.status != "passed"]
    repeat_count = repeats(run)
    lines: list[tuple[str, str]] = [_cell_line(c, repeat_count) for c in listed[:limit]]
    if len(listed) > limit:
        lines.append(("", f"… and {len(listed) - limit} more not passed"))
    if console.is_terminal:
        _print_rich(console, run, rows, lines)
    else:
        _print_plain(console, run, rows, lines)


def headline(run: RunResult) -> str:
    """One line: the verdict, passed over all cells against the threshold, the other counts."""
    counts = status_counts(run.cells)
    verdict = "PASS" if run.ok else "FAIL"
    return (
        f"{verdict}: {counts['passed']}/{len(run.cells)} passed ({run.pass_rate:.1%}),"
        f" threshold {run.threshold:.1%} · failed {counts['failed']} · error {counts['error']}"
        f" · skipped {counts['skipped']} · run {run.id} · {run.duration_s:.1f}s"
    )


def _rows(run: RunResult) -> list[tuple[str, ...]]:
    return [
        (
            one_line(pair.prompt_id, _ID_LIMIT),
            one_line(pair.target_id, _ID_LIMIT),
            "-" if pair.pass_rate is None else f"{pair.pass_rate:.1%}",
            *(str(pair.counts[s]) for s in ("passed", "failed", "error", "skipped")),
        )
        for pair in matrix(run)
    ]


def _cell_line(cell: CellResult, repeat_count: int) -> tuple[str, str]:
    where = f"{pair_name(cell.prompt_id, cell.target_id)} {cell_title(cell, repeat_count)}"
    return cell.status, one_line(f"{where}: {'; '.join(why(cell))}", 300)


def _print_rich(
    console: Console,
    run: RunResult,
    rows: Sequence[tuple[str, ...]],
    lines: Sequence[tuple[str, str]],
) -> None:
    console.print(Text(headline(run), style="bold green" if run.ok else "bold red"))
    table = Table(*_HEADERS)
    for column in table.columns[2:]:
        column.justify = "right"
    for row in rows:
        table.add_row(*(Text(value) for value in row))
    console.print(table)
    repeated = spread(run)
    if repeated is not None:
        console.print(Text(repeated))
    for status, line in lines:
        label = Text(f"{status.upper():8}" if status else "", style=_STYLE.get(status, ""))
        console.print(label + Text(line))


def _print_plain(
    console: Console,
    run: RunResult,
    rows: Sequence[tuple[str, ...]],
    lines: Sequence[tuple[str, str]],
) -> None:
    # Console.out neither wraps nor reads markup: each line is written as it is.
    console.out(headline(run), highlight=False)
    widths = [max(len(r[i]) for r in [_HEADERS, *rows]) for i in range(len(_HEADERS))]
    for row in [_HEADERS, *rows]:
        cells = [
            value.ljust(width) if i < 2 else value.rjust(width)
            for i, (value, width) in enumerate(zip(row, widths, strict=True))
        ]
        console.out("  ".join(cells).rstrip(), highlight=False)
    repeated = spread(run)
    if repeated is not None:
        console.out(repeated, highlight=False)
    for status, line in lines:
        console.out(f"{status.upper():8}{line}" if status else line, highlight=False)
