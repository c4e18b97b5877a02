"""Turn per-repeat phase results into medians and a side-by-side markdown table."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["COMPARISONS", "FLOOR", "Comparison", "markdown_table", "ratio_table", "summarize"]

FLOOR = "passthrough-aiohttp"
"""The reference every other target is compared against: the cheapest honest proxy."""

# summary key -> (phase, field of that phase's result)
_METRICS: dict[str, tuple[str, str]] = {
    "cpu_s_per_1k_req": ("nonstream_c32", "cpu_s_per_1k"),
    "req_per_s": ("nonstream_c32", "per_s"),
    "p50_ms": ("nonstream_c1", "p50_ms"),
    "p99_ms": ("nonstream_c1", "p99_ms"),
    "cpu_s_per_1k_streams": ("stream_c32", "cpu_s_per_1k"),
    "streams_per_s": ("stream_c32", "per_s"),
    "stream_p50_ms": ("stream_c1", "p50_ms"),
    "stream_p99_ms": ("stream_c1", "p99_ms"),
    "stream_ttfb_p50_ms": ("stream_c1", "ttfb_p50_ms"),
    "redis_cpu_s_per_1k_req": ("nonstream_c32", "redis_cpu_s_per_1k"),
    "redis_cpu_s_per_1k_streams": ("stream_c32", "redis_cpu_s_per_1k"),
    "cache_hit_share_req": ("nonstream_c32", "cache_hit_share"),
    "cache_hit_share_streams": ("stream_c32", "cache_hit_share"),
}
_ADDED = ("p50_ms", "p99_ms", "stream_p50_ms", "stream_p99_ms", "stream_ttfb_p50_ms")


def summarize(repeats: list[dict[str, dict[str, dict[str, Any]]]]) -> dict[str, dict[str, Any]]:
    """Median of each metric over repeats, per target, plus latency added over ``direct``.

    ``repeats[i][target][phase]`` is one phase's result dict.
    """
    targets = {t for rep in repeats for t in rep}
    out: dict[str, dict[str, Any]] = {}
    for target in targets:
        runs = [rep[target] for rep in repeats if target in rep]
        summary: dict[str, Any] = {}
        for key, (phase, field) in _METRICS.items():
            values = [r[phase][field] for r in runs if r.get(phase, {}).get(field) is not None]
            summary[key] = statistics.median(values) if values else None
        summary["errors"] = sum(p["errors"] for r in runs for p in r.values())
        out[target] = summary
    direct = out.get("direct")
    if direct is not None:
        for summary in out.values():
            for key in _ADDED:
                if summary[key] is not None and direct[key] is not None:
                    summary[f"added_{key}"] = summary[key] - direct[key]
    return out


def _cell(value: float | None, floor: float | None, digits: int, ratio: bool) -> str:
    if value is None:
        return "-"
    text = f"{value:.{digits}f}"
    if ratio and floor:
        text += f" ({value / floor:.2f}x)"
    return text


_Row = tuple[str, Callable[[dict[str, Any]], float | None], int, bool]

_ROWS: list[_Row] = [
    ("CPU s / 1k req (= ms/req), c=32", lambda s: s.get("cpu_s_per_1k_req"), 3, True),
    ("req/s, c=32", lambda s: s.get("req_per_s"), 0, True),
    ("p50 ms, c=1", lambda s: s.get("p50_ms"), 2, True),
    ("p99 ms, c=1", lambda s: s.get("p99_ms"), 2, True),
    ("added p50 ms vs direct", lambda s: s.get("added_p50_ms"), 2, False),
    ("added p99 ms vs direct", lambda s: s.get("added_p99_ms"), 2, False),
    ("CPU s / 1k streams, c=32", lambda s: s.get("cpu_s_per_1k_streams"), 3, True),
    ("streams/s, c=32", lambda s: s.get("streams_per_s"), 0, True),
    ("stream p50 ms, c=1", lambda s: s.get("stream_p50_ms"), 2, True),
    ("stream p99 ms, c=1", lambda s: s.get("stream_p99_ms"), 2, True),
    ("stream first byte p50 ms, c=1", lambda s: s.get("stream_ttfb_p50_ms"), 2, True),
    ("added stream p50 ms vs direct", lambda s: s.get("added_stream_p50_ms"), 2, False),
    ("start s (to ready)", lambda s: s.get("start_s"), 2, False),
    ("RSS MiB after run", lambda s: s.get("rss_mb"), 1, False),
    ("Redis server CPU s / 1k req, c=32", lambda s: s.get("redis_cpu_s_per_1k_req"), 3, False),
    ("Redis server CPU s / 1k streams", lambda s: s.get("redis_cpu_s_per_1k_streams"), 3, False),
    ("cache hits, share of req, c=32", lambda s: s.get("cache_hit_share_req"), 3, False),
    ("cache hits, share of streams", lambda s: s.get("cache_hit_share_streams"), 3, False),
    ("errors", lambda s: float(s.get("errors", 0)), 0, False),
]


def markdown_table(summary: dict[str, dict[str, Any]], order: list[str]) -> str:
    """Targets side by side; ratios are to the ``passthrough-aiohttp`` floor when it ran."""
    targets = [t for t in order if t in summary]
    floor = summary.get(FLOOR)
    lines = [
        "| metric | " + " | ".join(targets) + " |",
        "| --- | " + " | ".join("---:" for _ in targets) + " |",
    ]
    for label, get, digits, ratio in _ROWS:
        if all(get(summary[t]) is None for t in targets):
            continue  # e.g. Redis rows when no target used Redis
        base = get(floor) if floor is not None else None
        cells = [_cell(get(summary[t]), base, digits, ratio) for t in targets]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Comparison:
    """``target``'s CPU over ``reference``'s; ``limit`` is the most it may be (None: none),
    ``strict`` when it must stay below the limit rather than reach it at most."""

    label: str
    target: str
    reference: str
    limit: float | None = None
    strict: bool = False

    def met(self, ratio: float) -> bool:
        assert self.limit is not None
        return ratio < self.limit if self.strict else ratio <= self.limit


COMPARISONS: tuple[Comparison, ...] = (
    Comparison("bare gateway / floor", "lmops", FLOOR),
    Comparison("bare gateway / the same at --baseline", "lmops", "lmops-baseline"),
    Comparison("full in memory / the same at --baseline", "lmops-full", "lmops-full-baseline"),
    Comparison(
        "full with Redis / the same at --baseline", "lmops-full-redis", "lmops-full-redis-baseline"
    ),
    Comparison("full pipeline, in memory (miss) / bare", "lmops-full", "lmops", 1.3),
    Comparison("full pipeline, Redis (miss) / bare", "lmops-full-redis", "lmops", 2.0),
    Comparison("cache hit / miss, in memory", "lmops-hit", "lmops-full", 1.0, strict=True),
    Comparison("cache hit / miss, Redis", "lmops-hit-redis", "lmops-full-redis", 1.0, strict=True),
    Comparison("every level (team, group, global, deployment) / bare", "lmops-full-all", "lmops"),
    Comparison("every level, Redis / bare", "lmops-full-all-redis", "lmops"),
    Comparison("tracing on (OTLP export) / off", "lmops-telemetry", "lmops", 1.15),
)
"""Issue 3's figures (with their limits), and the bare gateway against the floor and itself."""


def _per_repeat(repeats: list[dict[str, dict[str, dict[str, Any]]]], c: Comparison) -> list[float]:
    """The per-request ratio within each repeat that measured both (minutes apart at most)."""
    out = []
    for rep in repeats:
        if c.target in rep and c.reference in rep:
            ref = rep[c.reference]["nonstream_c32"]["cpu_s_per_1k"]
            if ref:
                out.append(rep[c.target]["nonstream_c32"]["cpu_s_per_1k"] / ref)
    return out


def ratio_table(
    summary: dict[str, dict[str, Any]], repeats: list[dict[str, dict[str, dict[str, Any]]]]
) -> str:
    """CPU-per-request ratios between targets that ran: median over median, the per-repeat
    range, the streaming ratio, and whether issue 3's limit is met. Empty when none apply."""
    lines = [
        "| comparison (gateway CPU) | per req | per req, each repeat | per stream | limit | met |",
        "| --- | ---: | ---: | ---: | ---: | :---: |",
    ]
    for c in COMPARISONS:
        target, reference = summary.get(c.target), summary.get(c.reference)
        if target is None or reference is None:
            continue
        per_req = target["cpu_s_per_1k_req"] / reference["cpu_s_per_1k_req"]
        per_stream = target["cpu_s_per_1k_streams"] / reference["cpu_s_per_1k_streams"]
        each = _per_repeat(repeats, c)
        spread = f"{min(each):.2f}-{max(each):.2f}x" if each else "-"
        limit = met = "-"
        if c.limit is not None:
            digits = 1 if round(c.limit, 1) == c.limit else 2
            limit = ("< " if c.strict else "<= ") + f"{c.limit:.{digits}f}x"
            met = "yes" if c.met(per_req) else "**no**"
        cells = [f"{per_req:.2f}x", spread, f"{per_stream:.2f}x", limit, met]
        lines.append(f"| {c.label} | " + " | ".join(cells) + " |")
    return "\n".join(lines) if len(lines) > 2 else ""
