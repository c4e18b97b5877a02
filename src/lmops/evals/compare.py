"""Compare a new eval run with a baseline run: which cases changed, and whether the change is
more than noise.

**Pairing.** A baseline cell and a new cell pair when they have the same
:attr:`~lmops.evals.results.CellResult.key` (prompt, target, test index, repeat index). When each
run has exactly one prompt and one target but their ids differ, cells pair by test index and
repeat index alone, so a new prompt (or a new model) can be compared with the old. A cell without
a partner is reported (:attr:`Comparison.only_baseline`, :attr:`Comparison.only_new`), never
dropped silently; it takes no part in the paired statistics. A pair whose test variables differ
(the suite's tests were edited or reordered between the runs) is counted as ``vars_differ``.

**Per pair, a change class** (:data:`Change`):

* ``skipped``: either cell never ran; ``error``: either cell has no output (its call failed).
  Neither is compared by similarity; both are counted and listed.
* otherwise by the similarity of the new output to the baseline output (``max(0, cosine)`` of
  sentence embeddings from the injected :class:`~lmops.evals.metrics.semantic.TextEncoder`;
  identical texts are 1.0 without encoding, a blank output against a non-blank one 0.0; rounded
  to 3 decimals, as shown):
  ``passed`` at or above ``passed_at`` (0.95), ``degraded`` at or above ``degraded_at`` (0.80),
  ``failed`` below. A new cell that fails its assertions where the baseline cell passed them is
  ``failed`` whatever the similarity: a near-identical answer that now breaks a test regressed.

**Aggregates** (:class:`Difference`): the mean over pairs of ``new - baseline`` for

* the pass rate (1 for a passed cell, else 0): errored and skipped cells count as not passed, as
  in :attr:`RunResult.pass_rate`, so an outage in the new run shows as a drop;
* the score (:attr:`CellResult.score`) and each metric (the mean of that metric's values in the
  cell): only pairs where both cells have a value take part (``n``); the others are counted
  (``missing``). So an errored cell lowers the pass rate but not the mean score.

Each has a paired bootstrap confidence interval (:mod:`lmops.evals.bootstrap`), the case being
prompt x target x test, so the repeats of a case are drawn together. A difference whose interval
lies wholly below 0 is a regression. The comparison is a regression when the pass rate or the
mean score regresses; per-metric verdicts are shown but do not decide alone (with many metrics,
one would cross by chance).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any, Final, Literal, Protocol, get_args

from lmops.evals.bootstrap import Difference, Verdict, paired_difference
from lmops.evals.metrics.semantic import TextEncoder, similarity_many
from lmops.evals.results import CellKey, CellResult, RunResult

__all__ = [
    "CHANGES",
    "DEGRADED_AT",
    "PASSED_AT",
    "Change",
    "CompareError",
    "CompareSettings",
    "Comparison",
    "Difference",
    "Pair",
    "RunSource",
    "compare_runs",
    "compare_with_baseline",
]

Change = Literal["passed", "degraded", "failed", "error", "skipped"]
CHANGES: tuple[Change, ...] = get_args(Change)

PASSED_AT: Final = 0.95
DEGRADED_AT: Final = 0.80
SIMILARITY_DIGITS: Final = 3


class CompareError(ValueError):
    """The runs cannot be compared (nothing pairs, a run repeats a cell) or a setting is wrong."""


@dataclass(frozen=True, slots=True)
class CompareSettings:
    """The class boundaries and the bootstrap's parameters."""

    passed_at: float = PASSED_AT
    degraded_at: float = DEGRADED_AT
    resamples: int = 10_000
    confidence: float = 0.95
    seed: int = 0

    def __post_init__(self) -> None:
        if not 0.0 <= self.degraded_at <= self.passed_at <= 1.0:
            raise CompareError(
                f"need 0 <= degraded_at ({self.degraded_at}) <= passed_at ({self.passed_at}) <= 1"
            )
        if self.resamples < 1:
            raise CompareError(f"resamples must be at least 1, not {self.resamples}")
        if not 0.0 < self.confidence < 1.0:
            raise CompareError(f"confidence must be between 0 and 1, not {self.confidence}")


@dataclass(frozen=True, slots=True)
class Pair:
    """A baseline cell and the new cell it is compared with."""

    baseline: CellResult
    new: CellResult
    change: Change
    similarity: float | None  # None when a side has no output
    reason: str
    deltas: Mapping[str, float] = field(default_factory=dict)  # metric -> new - baseline

    @property
    def key(self) -> CellKey:
        return self.new.key

    @property
    def vars_differ(self) -> bool:
        return dict(self.baseline.vars) != dict(self.new.vars)

    def to_json(self) -> dict[str, Any]:
        return {
            "key": list(self.key),
            "baseline_key": list(self.baseline.key),
            "description": self.new.description or self.baseline.description,
            "change": self.change,
            "similarity": self.similarity,
            "reason": self.reason,
            "status": {"baseline": self.baseline.status, "new": self.new.status},
            "score": {"baseline": self.baseline.score, "new": self.new.score},
            "deltas": dict(self.deltas),
            "vars_differ": self.vars_differ,
            "output": {"baseline": self.baseline.output, "new": self.new.output},
        }


@dataclass(frozen=True, slots=True)
class Comparison:
    """The pairs, the cells left unpaired, and the aggregate differences (module doc)."""

    baseline_id: str
    new_id: str
    paired_by: Literal["key", "test"]
    settings: CompareSettings
    pairs: tuple[Pair, ...]
    only_baseline: tuple[CellResult, ...]
    only_new: tuple[CellResult, ...]
    pass_rate: Difference
    score: Difference | None  # None when no pair has a score on both sides
    metrics: tuple[Difference, ...]  # by name; only metrics valued on both sides of some pair

    @property
    def counts(self) -> dict[Change, int]:
        return {c: sum(p.change == c for p in self.pairs) for c in CHANGES}

    @property
    def vars_differ(self) -> int:
        return sum(p.vars_differ for p in self.pairs)

    @property
    def regression(self) -> bool:
        return any(
            d is not None and d.verdict == "regression" for d in (self.pass_rate, self.score)
        )

    @property
    def verdict(self) -> Verdict:
        if self.regression:
            return "regression"
        deciding = (self.pass_rate, self.score)
        if any(d is not None and d.verdict == "improvement" for d in deciding):
            return "improvement"
        return "no change"

    def to_json(self) -> dict[str, Any]:
        return {
            "baseline": self.baseline_id,
            "new": self.new_id,
            "paired_by": self.paired_by,
            "settings": asdict(self.settings),
            "verdict": self.verdict,
            "counts": self.counts,
            "pairs": len(self.pairs),
            "vars_differ": self.vars_differ,
            "unpaired": {
                "baseline": [_unpaired_json(c) for c in self.only_baseline],
                "new": [_unpaired_json(c) for c in self.only_new],
            },
            "pass_rate": self.pass_rate.to_json(),
            "score": None if self.score is None else self.score.to_json(),
            "metrics": {d.name: d.to_json() for d in self.metrics},
            "cases": [p.to_json() for p in self.pairs],
        }


class RunSource(Protocol):
    """Where a baseline run is read from: :class:`lmops.evals.store.RunStore`, say."""

    def get(self, run_id: str) -> RunResult:
        """The run with this id (or unique id prefix); KeyError when there is none."""
        ...


def compare_with_baseline(
    runs: RunSource,
    baseline_id: str,
    new: RunResult,
    *,
    settings: CompareSettings | None = None,
    encoder: TextEncoder | None = None,
) -> Comparison:
    """Compare ``new`` with the stored run ``baseline_id`` (what ``eval run --baseline`` does).
    KeyError from ``runs`` when the baseline is unknown; :class:`CompareError` as
    :func:`compare_runs`."""
    return compare_runs(runs.get(baseline_id), new, settings=settings, encoder=encoder)


def compare_runs(
    baseline: RunResult,
    new: RunResult,
    *,
    settings: CompareSettings | None = None,
    encoder: TextEncoder | None = None,
) -> Comparison:
    """Pair, classify and aggregate (see the module doc). ``encoder`` defaults to the offline
    MiniLM, loaded only if some pair's outputs differ. :class:`CompareError` when no cell pairs."""
    settings = settings or CompareSettings()
    paired_by, matched, only_baseline, only_new = _pair_cells(baseline, new)
    if not matched:
        raise CompareError(
            f"no cell of run {new.id} pairs with a cell of run {baseline.id}: "
            "are they runs of the same suite?"
        )
    similarities = _similarities(matched, encoder)
    pairs = tuple(_pair(b, n, s, settings) for (b, n), s in zip(matched, similarities, strict=True))
    metric_names = sorted({name for p in pairs for name in p.deltas})
    pass_rate = _difference("pass_rate", pairs, _passed, settings)
    if pass_rate is None:  # every pair has a pass/fail value: cannot happen with pairs
        raise CompareError("no pair to compare")
    return Comparison(
        baseline_id=baseline.id,
        new_id=new.id,
        paired_by=paired_by,
        settings=settings,
        pairs=pairs,
        only_baseline=tuple(only_baseline),
        only_new=tuple(only_new),
        pass_rate=pass_rate,
        score=_difference("score", pairs, lambda c: c.score, settings),
        metrics=tuple(
            d
            for name in metric_names
            if (d := _difference(name, pairs, _metric_getter(name), settings)) is not None
        ),
    )


def _pair_cells(
    baseline: RunResult, new: RunResult
) -> tuple[
    Literal["key", "test"],
    list[tuple[CellResult, CellResult]],
    list[CellResult],
    list[CellResult],
]:
    by_test = _single_prompt_and_target(baseline, new)
    key: Callable[[CellResult], tuple[Any, ...]] = (
        (lambda c: (c.test_index, c.repeat_index)) if by_test else (lambda c: c.key)
    )
    base = _index(baseline, key)
    seen: set[tuple[Any, ...]] = set()
    matched: list[tuple[CellResult, CellResult]] = []
    only_new: list[CellResult] = []
    for k, cell in _index(new, key).items():
        if k in base:
            matched.append((base[k], cell))
            seen.add(k)
        else:
            only_new.append(cell)
    only_baseline = [c for k, c in base.items() if k not in seen]
    return ("test" if by_test else "key"), matched, only_baseline, only_new


def _single_prompt_and_target(baseline: RunResult, new: RunResult) -> bool:
    """Both runs have one prompt and one target, and the ids differ somewhere."""
    ids = [
        ({c.prompt_id for c in r.cells}, {c.target_id for c in r.cells}) for r in (baseline, new)
    ]
    if not all(len(p) == 1 and len(t) == 1 for p, t in ids):
        return False
    return ids[0] != ids[1]


def _index(
    run: RunResult, key: Callable[[CellResult], tuple[Any, ...]]
) -> dict[tuple[Any, ...], CellResult]:
    out: dict[tuple[Any, ...], CellResult] = {}
    for cell in run.cells:
        k = key(cell)
        if k in out:
            raise CompareError(f"run {run.id} has two cells for {cell.key}")
        out[k] = cell
    return out


def _similarities(
    matched: Sequence[tuple[CellResult, CellResult]], encoder: TextEncoder | None
) -> list[float | None]:
    """Similarity of each pair's new output to its baseline output; None without both (or
    when a cell never ran)."""
    out: list[float | None] = []
    to_encode: dict[int, tuple[str, str]] = {}
    for i, (b, n) in enumerate(matched):
        if b.output is None or n.output is None or "skipped" in (b.status, n.status):
            out.append(None)
        elif b.output == n.output or not (b.output.strip() or n.output.strip()):
            out.append(1.0)
        elif not (b.output.strip() and n.output.strip()):
            out.append(0.0)
        else:
            out.append(None)
            to_encode[i] = (n.output, b.output)
    if to_encode:
        scores = similarity_many(to_encode.values(), embedder=encoder)
        for i, score in zip(to_encode, scores, strict=True):
            # float32 embeddings are not exact beyond this, and the reason shows what decided
            out[i] = round(score.value, SIMILARITY_DIGITS) if score.value is not None else 0.0
    return out


def _pair(b: CellResult, n: CellResult, similarity: float | None, s: CompareSettings) -> Pair:
    deltas = _deltas(b, n)
    if "skipped" in (b.status, n.status):
        side = "baseline" if b.status == "skipped" else "new"
        why = _why((b if side == "baseline" else n).error)
        return Pair(b, n, "skipped", None, f"{side} cell skipped{why}", deltas)
    if similarity is None or "error" in (b.status, n.status):
        # An ERROR cell (no answer, or a judge that failed) is an outage, not a likeness.
        side = "baseline" if b.status == "error" or b.output is None else "new"
        cell = b if side == "baseline" else n
        what = "has no output" if cell.output is None else "is an error"
        return Pair(b, n, "error", similarity, f"{side} cell {what}{_why(cell.error)}", deltas)
    change: Change = (
        "passed"
        if similarity >= s.passed_at
        else "degraded"
        if similarity >= s.degraded_at
        else "failed"
    )
    reason = f"similarity {similarity:.3f}"
    if b.status == "passed" and n.status == "failed":
        change = "failed"
        reason += f"; now fails: {_first_failure(n)}"
    return Pair(b, n, change, similarity, reason, deltas)


def _why(error: str | None) -> str:
    return f": {error}" if error else ""


def _first_failure(cell: CellResult) -> str:
    failed = next((s for s in cell.scores if not s.passed), None)
    if failed is None:
        return "an assertion"
    return f"{failed.metric}: {failed.reason}" if failed.reason else failed.metric


def _metric_values(cell: CellResult) -> dict[str, float]:
    """Each metric's mean value in the cell (a metric may be asserted more than once)."""
    values: defaultdict[str, list[float]] = defaultdict(list)
    for s in cell.scores:
        if s.value is not None and not s.error:
            values[s.metric].append(s.value)
    return {name: sum(v) / len(v) for name, v in values.items()}


def _deltas(b: CellResult, n: CellResult) -> dict[str, float]:
    base, new = _metric_values(b), _metric_values(n)
    return {name: new[name] - base[name] for name in new if name in base}


def _passed(cell: CellResult) -> float:
    return 1.0 if cell.status == "passed" else 0.0


def _metric_getter(name: str) -> Callable[[CellResult], float | None]:
    return lambda cell: _metric_values(cell).get(name)


def _difference(
    name: str,
    pairs: Iterable[Pair],
    value: Callable[[CellResult], float | None],
    s: CompareSettings,
) -> Difference | None:
    """The aggregate over the pairs where both cells have a value; the rest are ``missing``."""
    values: list[tuple[Hashable, float, float]] = []
    missing = 0
    for p in pairs:
        b, n = value(p.baseline), value(p.new)
        if b is None or n is None:
            missing += 1
        else:
            # the case: prompt, target, test (its repeats are drawn together)
            values.append((p.key[:3], b, n))
    return paired_difference(
        name,
        values,
        missing=missing,
        resamples=s.resamples,
        confidence=s.confidence,
        seed=s.seed,
    )


def _unpaired_json(cell: CellResult) -> dict[str, Any]:
    return {"key": list(cell.key), "description": cell.description, "status": cell.status}
