"""Turn per-repeat phase results into medians and a side-by-side markdown table."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from typing import Any

__all__ = ["FLOOR", "markdown_table", "summarize"]

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
        base = get(floor) if floor is not None else None
        cells = [_cell(get(summary[t]), base, digits, ratio) for t in targets]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
