"""Per-key and per-team series (``settings.metrics_per_key``), with a bounded set of label values.

A series is labelled by the virtual key's id and its team's id: never the key's secret, its hash
or its name (a name can change; an id cannot, so renaming or deleting a key leaves its series
whole). At most ``top_n`` key ids and ``top_n`` team ids have a label value of their own; every
other key or team is counted under ``other``. Fixed values stand for callers that are not a
virtual key (``master``, ``anonymous``) and for a key with no team (``none``).

Which ids get their own value: the first ``top_n`` seen take the free places; every
``rerank_interval`` seconds the ``top_n`` with the most requests over the interval just ended
keep or take them (a tie keeps the one already labelled), and the series of an id that loses its
place are removed from ``/metrics``, so a scrape never holds more than ``top_n`` ids of each kind.
The ranking counts requests exactly, one number per key or team that had traffic in the interval
(bounded by the keys that exist: only authenticated callers are counted).

Under ``--workers N`` (Prometheus multiprocess mode) a series cannot be removed, so each worker
keeps the first ``top_n`` ids it sees for its whole life instead of re-ranking.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from prometheus_client import CollectorRegistry, Counter

from lmops.config import MetricsPerKeySettings
from lmops.gateway.context import Principal

__all__ = ["NO_TEAM", "OTHER", "KeySeries", "TopLabels"]

OTHER = "other"
NO_TEAM = "none"


class TopLabels:
    """Which ids have a label value of their own: at most ``n``, the busiest of the last
    interval (see the module docstring)."""

    __slots__ = ("_labelled", "_n", "_tally")

    def __init__(self, n: int) -> None:
        self._n = n
        self._labelled: set[str] = set()
        self._tally: dict[str, int] = {}  # requests per id since the last ranking

    @property
    def labelled(self) -> frozenset[str]:
        return frozenset(self._labelled)

    def label(self, ident: str) -> str:
        """Count one request of ``ident``; its label value (``ident`` or ``other``)."""
        tally = self._tally
        tally[ident] = tally.get(ident, 0) + 1
        labelled = self._labelled
        if ident in labelled:
            return ident
        if len(labelled) < self._n:
            labelled.add(ident)
            return ident
        return OTHER

    def rerank(self) -> set[str]:
        """Give the places to the busiest ids since the last ranking; the ids that lost one."""
        tally, old = self._tally, self._labelled
        candidates = old | tally.keys()
        ranked = sorted(candidates, key=lambda i: (-tally.get(i, 0), i not in old, i))
        self._labelled = set(ranked[: self._n])
        self._tally = {}
        return old - self._labelled


@dataclass(slots=True)
class _Row:
    """The children of one (key, team) label pair, looked up once."""

    requests: Any
    prompt: Any
    completion: Any
    spend: Any


class KeySeries:
    """The per-key families and how a finished request is counted in them."""

    def __init__(
        self,
        settings: MetricsPerKeySettings,
        registry: CollectorRegistry | None,
        multiprocess: bool,
    ) -> None:
        self.requests = Counter(
            "lmops_key_requests",
            "Requests by virtual key and team (top_n of each, the rest as other)",
            ["key", "team"],
            registry=registry,
        )
        self.tokens = Counter(
            "lmops_key_tokens",
            "Tokens by virtual key, team and direction (top_n of each, the rest as other)",
            ["key", "team", "direction"],
            registry=registry,
        )
        self.spend = Counter(
            "lmops_key_spend_usd",
            "Cost of answered requests in USD, by virtual key and team (top_n, the rest as other)",
            ["key", "team"],
            registry=registry,
        )
        self._keys = TopLabels(settings.top_n)
        self._teams = TopLabels(settings.top_n)
        self._interval = settings.rerank_interval
        # A multiprocess series cannot be removed: keep the first places for good instead.
        self._next_rank = float("inf") if multiprocess else None
        self._rows: dict[tuple[str, str], _Row] = {}

    def record(
        self,
        principal: Principal,
        prompt_tokens: int | None,
        completion_tokens: int | None,
        usd: float | None,
        now: float,
    ) -> None:
        """Count one finished request of ``principal`` (``usd``: what an upstream was paid).

        ``now`` is a monotonic clock's reading (the first one starts the ranking interval).
        """
        next_rank = self._next_rank
        if next_rank is None:
            self._next_rank = now + self._interval
        elif now >= next_rank:
            self._rerank(now)
        key, team = principal.key, principal.team
        key_label = self._keys.label(key.id) if key is not None else principal.id
        team_label = self._teams.label(team.id) if team is not None else NO_TEAM
        row = self._rows.get((key_label, team_label))
        if row is None:
            row = self._row(key_label, team_label)
        row.requests.inc()
        if prompt_tokens:
            row.prompt.inc(prompt_tokens)
        if completion_tokens:
            row.completion.inc(completion_tokens)
        if usd:
            row.spend.inc(usd)

    def _row(self, key: str, team: str) -> _Row:
        row = self._rows[key, team] = _Row(
            self.requests.labels(key, team),
            self.tokens.labels(key, team, "prompt"),
            self.tokens.labels(key, team, "completion"),
            self.spend.labels(key, team),
        )
        return row

    def _rerank(self, now: float) -> None:
        self._next_rank = now + self._interval
        keys, teams = self._keys.rerank(), self._teams.rerank()
        if not keys and not teams:
            return
        for pair in [p for p in self._rows if p[0] in keys or p[1] in teams]:
            del self._rows[pair]
            self.requests.remove(*pair)
            self.spend.remove(*pair)
            self.tokens.remove(*pair, "prompt")
            self.tokens.remove(*pair, "completion")
