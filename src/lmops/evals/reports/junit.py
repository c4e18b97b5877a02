"""The run as JUnit XML, the format CI systems (GitHub, GitLab, Jenkins) read test results from.

One ``<testsuite>`` per prompt x target (its properties name the run, the suite and the prompt
version), one ``<testcase>`` per cell: a failed cell carries ``<failure>``, an error cell
``<error>`` (so an outage or a judge that could not score is shown apart from a failed
expectation, as the run counts it), a skipped cell ``<skipped>``; the model's answer is the
case's ``<system-out>``. ``time`` is the call's latency in seconds.

All text goes through :func:`lmops.evals.reports._text.visible` before ElementTree escapes it:
XML 1.0 cannot carry most control characters even escaped, so a model that answers one would
otherwise make the whole file unreadable to the CI that is meant to show the failure.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from lmops.evals.reports._text import one_line, visible
from lmops.evals.reports.matrix import (
    cell_title,
    matrix,
    pair_name,
    repeats,
    status_counts,
    why,
)
from lmops.evals.results import CellResult, RunResult, Status

__all__ = ["junit_xml", "write_junit"]

# The child element each non-passing status becomes; a passed case has none.
_ELEMENT: dict[Status, str] = {"failed": "failure", "error": "error", "skipped": "skipped"}
_NAME_LIMIT = 200
_MESSAGE_LIMIT = 500


def junit_xml(run: RunResult) -> str:
    """The JUnit XML document for ``run`` (UTF-8 text, with its XML declaration)."""
    counts = status_counts(run.cells)
    root = ET.Element(
        "testsuites",
        _totals(counts, run.duration_s)
        | {"name": one_line(run.description or run.suite_path, _NAME_LIMIT)},
    )
    repeat_count = repeats(run)
    for pair in matrix(run):
        cells = [
            c for c in run.cells if (c.prompt_id, c.target_id) == (pair.prompt_id, pair.target_id)
        ]
        classname = one_line(pair_name(pair.prompt_id, pair.target_id), _NAME_LIMIT)
        suite = ET.SubElement(
            root,
            "testsuite",
            _totals(pair.counts, sum(_seconds(c) for c in cells))
            | {"name": classname, "timestamp": run.started_at.replace(tzinfo=None).isoformat()},
        )
        properties = ET.SubElement(suite, "properties")
        for name, value in (
            ("run_id", run.id),
            ("suite", run.suite_path),
            ("suite_hash", run.suite_hash),
            ("prompt", pair.prompt_id),
            ("prompt_version", run.prompt_versions.get(pair.prompt_id, "")),
            ("target", pair.target_id),
        ):
            ET.SubElement(properties, "property", name=name, value=visible(value))
        for cell in cells:
            _testcase(suite, cell, classname, repeat_count)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")


def write_junit(run: RunResult, path: Path) -> None:
    """Write :func:`junit_xml` to ``path`` as UTF-8."""
    path.write_text(junit_xml(run) + "\n", encoding="utf-8")


def _totals(counts: dict[Status, int], seconds: float) -> dict[str, str]:
    return {
        "tests": str(sum(counts.values())),
        "failures": str(counts["failed"]),
        "errors": str(counts["error"]),
        "skipped": str(counts["skipped"]),
        "time": f"{seconds:.3f}",
    }


def _seconds(cell: CellResult) -> float:
    return (cell.latency_ms or 0.0) / 1000


def _testcase(parent: ET.Element, cell: CellResult, classname: str, repeat_count: int) -> None:
    case = ET.SubElement(
        parent,
        "testcase",
        name=one_line(cell_title(cell, repeat_count), _NAME_LIMIT),
        classname=classname,
        time=f"{_seconds(cell):.3f}",
    )
    element = _ELEMENT.get(cell.status)
    if element == "skipped":  # the schema gives <skipped> a message only
        ET.SubElement(case, element, message=one_line(why(cell)[0], _MESSAGE_LIMIT))
    elif element is not None:
        reasons = why(cell)
        detail = ET.SubElement(
            case, element, message=one_line(reasons[0], _MESSAGE_LIMIT), type=cell.status
        )
        detail.text = visible("\n".join(reasons))
    if cell.output is not None:
        ET.SubElement(case, "system-out").text = visible(cell.output)
