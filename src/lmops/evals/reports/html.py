"""The run as one self-contained HTML page that opens offline, from a CI artifact or an email.

The page: the verdict and the run's facts; a prompts x targets matrix of pass rates with the
count of each status (clicking an entry lists only its cells); then every cell, failures first
(see :mod:`lmops.evals.reports.matrix`), each a ``<details>`` that expands to the output, why it
did not pass, the assertions with their scores, the variables, the rendered prompt and the call's
latency, tokens and cost. Expanding works without script; the small inline script only filters.

Nothing is fetched: CSS and script are inline and the page's Content-Security-Policy forbids
every other source, so a report cannot leak that it was opened. All run text is escaped here,
once, on the way in (:func:`_esc`); the script never writes HTML, only toggles ``hidden``, so a
model answering ``</script><img onerror=...>`` shows those characters and nothing runs.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterable
from pathlib import Path

from lmops.evals.reports._html_assets import SCRIPT, STYLE, content_security_policy
from lmops.evals.reports._text import one_line, show_value, visible
from lmops.evals.reports.console import headline
from lmops.evals.reports.matrix import (
    LISTING_ORDER,
    PairSummary,
    cell_title,
    failures_first,
    matrix,
    prompt_ids,
    repeats,
    score_name,
    spread,
    status_counts,
    target_ids,
    why,
)
from lmops.evals.results import CellResult, RunResult, ScoreResult

__all__ = ["html_report", "write_html"]


def html_report(run: RunResult) -> str:
    """The page for ``run`` as one HTML document."""
    title = _esc(one_line(f"Eval run {run.id}: {run.description or run.suite_path}", 200))
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{content_security_policy()}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{title}</title>",
            f"<style>{STYLE}</style>",
            "</head><body>",
            _header(run),
            _matrix(run),
            _cells(run),
            f"<script>{SCRIPT}</script>",
            "</body></html>",
            "",
        ]
    )


def write_html(run: RunResult, path: Path) -> None:
    """Write :func:`html_report` to ``path`` as UTF-8."""
    path.write_text(html_report(run), encoding="utf-8")


def _esc(text: str) -> str:
    """Run text as HTML text or a quoted attribute value: controls shown, markup escaped."""
    return html.escape(visible(text), quote=True)


def _pre(text: str) -> str:
    # The parser drops one newline right after <pre>: give it one, so an answer that starts with
    # a newline keeps it.
    return f"<pre>\n{_esc(text)}</pre>"


def _header(run: RunResult) -> str:
    verdict = "pass" if run.ok else "fail"
    facts = [
        ("suite", run.suite_path),
        ("run", run.id),
        ("started", run.started_at.isoformat(timespec="seconds")),
        ("duration", f"{run.duration_s:.1f}s"),
        ("threshold", f"{run.threshold:.1%}"),
        ("suite hash", run.suite_hash[:12]),
    ]
    facts += [(f"prompt {p}", v) for p, v in run.prompt_versions.items()]
    repeated = spread(run)
    if repeated is not None:
        facts.append(("spread", repeated))
    rows = "".join(f"<dt>{_esc(k)}</dt><dd>{_esc(v)}</dd>" for k, v in facts)
    return (
        f"<header><h1>{_esc(run.description or run.suite_path)}</h1>"
        f'<p class="verdict {verdict}" id="verdict">{_esc(headline(run))}</p>'
        f'<dl class="facts">{rows}</dl></header>'
    )


def _rate_class(pair: PairSummary, threshold: float) -> str:
    rate = pair.pass_rate or 0.0
    return "all" if rate == 1.0 else "ok" if rate >= threshold else "low"


def _matrix(run: RunResult) -> str:
    pairs = {(p.prompt_id, p.target_id): p for p in matrix(run)}
    targets = target_ids(run)
    head = "".join(f'<th scope="col" class="id">{_esc(t)}</th>' for t in targets)
    rows = []
    for prompt in prompt_ids(run):
        version = run.prompt_versions.get(prompt)
        label = _esc(prompt) + (f' <span class="version">{_esc(version)}</span>' if version else "")
        entries = "".join(_matrix_entry(pairs.get((prompt, t)), run.threshold) for t in targets)
        rows.append(f'<tr><th scope="row" class="id">{label}</th>{entries}</tr>')
    return (
        '<section><h2>Prompts &times; targets</h2><table class="matrix" id="matrix">'
        f"<thead><tr><th>prompt \\ target</th>{head}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _matrix_entry(pair: PairSummary | None, threshold: float) -> str:
    if pair is None:
        return '<td class="none">not run</td>'
    rate = f"{pair.pass_rate:.1%}" if pair.pass_rate is not None else "-"
    counts = " ".join(
        f'<span class="count {s}">{pair.counts[s]} {s}</span>'
        for s in LISTING_ORDER
        if pair.counts[s]
    )
    return (
        f'<td class="pair {_rate_class(pair, threshold)}">'
        f'<button type="button" data-prompt="{_esc(pair.prompt_id)}"'
        f' data-target="{_esc(pair.target_id)}">'
        f'<span class="rate">{rate}</span> {counts}</button></td>'
    )


def _cells(run: RunResult) -> str:
    counts = status_counts(run.cells)
    buttons = [f'<button type="button" data-status="" class="on">all ({len(run.cells)})</button>']
    buttons += [
        f'<button type="button" data-status="{s}">{s} ({counts[s]})</button>' for s in LISTING_ORDER
    ]
    repeat_count = repeats(run)
    cells = "\n".join(_cell(c, repeat_count) for c in failures_first(run.cells))
    return (
        '<section><h2>Cells</h2><div class="filters" id="filters">'
        f'{"".join(buttons)}<span id="pair-filter" hidden><span id="pair-label"></span>'
        ' <button type="button" id="pair-clear">show all pairs</button></span>'
        f'<span id="shown"></span></div><div id="cells">{cells}</div></section>'
    )


def _cell(cell: CellResult, repeat_count: int) -> str:
    reasons = why(cell)
    score = "" if cell.score is None else f"{cell.score:.2f}"
    first = f'<span class="reason">{_esc(one_line(reasons[0], 160))}</span>' if reasons else ""
    summary = (
        f'<span class="badge {cell.status}">{cell.status}</span>'
        f'<span class="where">{_esc(one_line(cell.prompt_id, 60))} &times; '
        f"{_esc(one_line(cell.target_id, 60))}</span>"
        f'<span class="title">{_esc(one_line(cell_title(cell, repeat_count), 120))}</span>'
        f'<span class="score">{score}</span>{first}'
    )
    body = [_section("Output", _output(cell.output))]
    if reasons:
        items = "".join(f"<li>{_pre(r)}</li>" for r in reasons)
        body.append(_section("Why", f'<ul class="why">{items}</ul>'))
    body.append(_section("Expectations and scores", _scores(cell.scores)))
    body.append(_section("Variables", _vars(cell.vars.items())))
    body.append(_section("Prompt", _pre(cell.prompt) if cell.prompt else "<p>(none)</p>"))
    body.append(_section("Call", _call(cell)))
    return (
        f'<details class="cell {cell.status}" data-status="{cell.status}"'
        f' data-prompt="{_esc(cell.prompt_id)}" data-target="{_esc(cell.target_id)}">'
        f'<summary>{summary}</summary><div class="body">{"".join(body)}</div></details>'
    )


def _section(name: str, content: str) -> str:
    return f'<section class="part"><h3>{name}</h3>{content}</section>'


def _output(output: str | None) -> str:
    if output is None:
        return '<p class="none">(no answer)</p>'
    return _pre(output) if output else '<p class="none">(empty answer)</p>'


def _expected(value: object) -> str:
    """The assertion's configured value (a reference, a pattern, a rubric), as written."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return _pre(text)


def _scores(scores: Iterable[ScoreResult]) -> str:
    rows = []
    for s in scores:
        state = "error" if s.error else "passed" if s.passed else "failed"
        value = "-" if s.value is None else f"{s.value:.3f}"
        rows.append(
            f'<tr class="{state}"><td><span class="badge {state}">{state}</span></td>'
            f"<td>{_esc(score_name(s))}</td><td>{_expected(s.expected)}</td>"
            f'<td class="num">{value}</td><td class="num">{s.weight:g}</td>'
            f"<td>{_pre(s.reason) if s.reason else ''}</td></tr>"
        )
    if not rows:
        return '<p class="none">(no assertions: the cell passes when the call answers)</p>'
    return (
        '<table class="scores"><thead><tr><th>result</th><th>assertion</th><th>expected</th>'
        f"<th>value</th><th>weight</th><th>reason</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _vars(items: Iterable[tuple[str, object]]) -> str:
    rows = "".join(f"<tr><th>{_esc(k)}</th><td>{_pre(show_value(v))}</td></tr>" for k, v in items)
    return f'<table class="vars">{rows}</table>' if rows else '<p class="none">(none)</p>'


def _call(cell: CellResult) -> str:
    def known(value: object, fmt: str) -> str:
        return "unknown" if value is None else format(value, fmt)

    facts = [
        ("latency", known(cell.latency_ms, ".0f") + (" ms" if cell.latency_ms is not None else "")),
        ("prompt tokens", known(cell.prompt_tokens, "d")),
        ("completion tokens", known(cell.completion_tokens, "d")),
        ("cost", "unknown" if cell.cost_usd is None else f"${cell.cost_usd:.6f}"),
        ("from cache", "yes" if cell.cached else "no"),
    ]
    return '<dl class="facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>"
