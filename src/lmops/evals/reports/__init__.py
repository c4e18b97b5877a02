"""Reports of an eval run, each written from a :class:`lmops.evals.results.RunResult` alone:
the console summary (:func:`print_summary`), JUnit XML for CI (:func:`junit_xml`), one
self-contained HTML page (:func:`html_report`) and the run as JSON (:func:`write_json`, the
shape of :meth:`RunResult.to_json`, read back with :meth:`RunResult.from_json`)."""

from __future__ import annotations

import json
from pathlib import Path

from lmops.evals.reports.console import print_summary
from lmops.evals.reports.html import html_report, write_html
from lmops.evals.reports.junit import junit_xml, write_junit
from lmops.evals.results import RunResult

__all__ = [
    "html_report",
    "junit_xml",
    "print_summary",
    "write_html",
    "write_json",
    "write_junit",
]


def write_json(run: RunResult, path: Path) -> None:
    """Write ``run.to_json()`` to ``path`` as indented UTF-8 JSON.

    Text stays readable (not ``\\u``-escaped), except a lone surrogate, which UTF-8 cannot
    encode: it is written as its JSON escape, so the file is valid and reads back to the same
    string. A variable JSON cannot hold (a YAML date) is written as its ``str``.
    """
    text = json.dumps(run.to_json(), ensure_ascii=False, indent=2, default=str)
    # Surrogates only occur inside JSON strings, where "\\udxxx" is the escape JSON reads back.
    path.write_text(text + "\n", encoding="utf-8", errors="backslashreplace")
