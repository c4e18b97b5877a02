"""What every report shows the same way: the prompts x targets matrix of a run, and the order
its cells are listed in.

Prompts and targets keep the order of their first cell (the suite's order, as the runner
expands it), so a report reads like the suite. Cells are listed failures first: failed, then
error (an outage or a judge that could not score: shown apart from failures, never merged into
them), then skipped, then passed; within a status, in suite order.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lmops.evals.results import STATUSES, CellResult, RunResult, ScoreResult, Status

__all__ = [
    "LISTING_ORDER",
    "PairSummary",
    "cell_title",
    "failures_first",
    "matrix",
    "pair_name",
    "prompt_ids",
    "repeats",
    "score_name",
    "spread",
    "status_counts",
    "target_ids",
    "why",
]

LISTING_ORDER: tuple[Status, ...] = ("failed", "error", "skipped", "passed")
_RANK = {status: i for i, status in enumerate(LISTING_ORDER)}


@dataclass(frozen=True, slots=True)
class PairSummary:
    """The cells of one prompt on one target."""

    prompt_id: str
    target_id: str
    counts: dict[Status, int]  # every status present, zero when none

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def pass_rate(self) -> float | None:
        """Passed over all cells (errored and skipped count against it); None without cells."""
        return self.counts["passed"] / self.total if self.total else None


def pair_name(prompt_id: str, target_id: str) -> str:
    """A prompt on a target as the reports name it: the two joined by a multiplication sign
    (U+00D7; raw text)."""
    return f"{prompt_id} \u00d7 {target_id}"


def _first_seen(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def prompt_ids(run: RunResult) -> list[str]:
    return _first_seen(c.prompt_id for c in run.cells)


def target_ids(run: RunResult) -> list[str]:
    return _first_seen(c.target_id for c in run.cells)


def status_counts(cells: Iterable[CellResult]) -> dict[Status, int]:
    counts: dict[Status, int] = dict.fromkeys(STATUSES, 0)
    for cell in cells:
        counts[cell.status] += 1
    return counts


def matrix(run: RunResult) -> list[PairSummary]:
    """One summary per prompt x target, prompts outer, both in suite order. A pair without
    cells (a target given only to some prompts) is absent rather than shown as 0%."""
    by_pair: dict[tuple[str, str], list[CellResult]] = {}
    for cell in run.cells:
        by_pair.setdefault((cell.prompt_id, cell.target_id), []).append(cell)
    return [
        PairSummary(p, t, status_counts(by_pair[(p, t)]))
        for p in prompt_ids(run)
        for t in target_ids(run)
        if (p, t) in by_pair
    ]


def failures_first(cells: Sequence[CellResult]) -> list[CellResult]:
    """``cells`` in listing order (see the module's docstring); stable within a status."""
    return sorted(cells, key=lambda c: _RANK[c.status])


def repeats(run: RunResult) -> int:
    """How many times each test ran (1 unless the run repeated)."""
    return max((c.repeat_index for c in run.cells), default=0) + 1


def spread(run: RunResult) -> str | None:
    """What ``--repeat`` measures, in one line: how many cases (prompt x target x test) got
    different verdicts across their repeats, and the mean standard deviation of their scores.
    None when the run did not repeat."""
    count = repeats(run)
    if count < 2:
        return None
    cases: dict[tuple[str, str, int], list[CellResult]] = {}
    for cell in run.cells:
        cases.setdefault((cell.prompt_id, cell.target_id, cell.test_index), []).append(cell)
    flaky = sum(1 for cells in cases.values() if len({c.status for c in cells}) > 1)
    deviations = []
    for cells in cases.values():
        scores = [c.score for c in cells if c.score is not None]
        if len(scores) > 1:
            deviations.append(statistics.pstdev(scores))
    sd = f"{statistics.fmean(deviations):.3f}" if deviations else "-"
    return (
        f"{count} repeats: {flaky} of {len(cases)} cases got different verdicts across "
        f"repeats; mean score sd {sd}"
    )


def cell_title(cell: CellResult, repeat_count: int) -> str:
    """The cell's test as people name it: ``#3 description``, and ``(repeat 2/3)`` when the run
    repeated. Tests count from 1 as a reader counts the suite's tests; raw, unescaped text."""
    title = f"#{cell.test_index + 1}"
    if cell.description:
        title += f" {cell.description}"
    if repeat_count > 1:
        title += f" (repeat {cell.repeat_index + 1}/{repeat_count})"
    return title


def why(cell: CellResult) -> list[str]:
    """Why ``cell`` did not pass, one line per cause, as raw text: the cell's own error (the
    call failed, the prompt did not render, the run stopped), then each assertion that could
    not measure, then each that failed. Empty for a passed cell."""
    if cell.status == "passed":
        return []
    lines = [cell.error] if cell.error else []
    lines += [
        f"{score_name(s)}: error: {s.reason or 'could not measure'}" for s in cell.scores if s.error
    ]
    lines += [
        f"{score_name(s)}: {s.reason or 'did not pass'}{_shown(s.value)}"
        for s in cell.scores
        if not s.passed and not s.error
    ]
    if not lines:
        lines = ["not run" if cell.status == "skipped" else cell.status]
    return lines


def score_name(score: ScoreResult) -> str:
    """An assertion as the suite wrote it: its type, and the metric name it reports under when
    the suite gave one."""
    return score.type if score.metric == score.type else f"{score.metric} ({score.type})"


def _shown(value: float | None) -> str:
    return "" if value is None else f" [{value:.2f}]"
