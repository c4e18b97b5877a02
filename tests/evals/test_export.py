from __future__ import annotations

import csv
import dataclasses
import io
import json

import pytest

from lmops.evals.export import CSV_COLUMNS, Format, write_cells
from lmops.evals.results import RunResult, ScoreResult
from tests.evals.sample_runs import dated_vars_cell, make_run


def _export(fmt: Format, run: RunResult | None = None) -> str:
    run = run or make_run()
    out = io.StringIO()
    assert write_cells(run, out, fmt) == len(run.cells)
    return out.getvalue()


def test_jsonl_is_one_cell_per_line_with_everything() -> None:
    run = make_run()
    lines = _export("jsonl").splitlines()
    assert len(lines) == 4
    first = json.loads(lines[0])
    assert first["run_id"] == run.id and first["score"] == 1.0
    assert {k: v for k, v in first.items() if k not in ("run_id", "score")} == json.loads(
        json.dumps(run.cells[0].to_json())
    )
    second = json.loads(lines[1])
    # Weighted: (1.0 * 1 + 0.25 * 2) / 3.
    assert second["score"] == pytest.approx(0.5)
    assert second["vars"]["text"] == 'a,b;c\n"d"' and "\n" in second["description"]
    assert json.loads(lines[3])["output"] is None


def test_jsonl_writes_a_value_json_has_no_type_for_as_text() -> None:
    run = dataclasses.replace(make_run(), cells=(dated_vars_cell(),))
    [line] = _export("jsonl", run).splitlines()
    assert json.loads(line)["vars"] == {"day": "2026-01-02"}


def test_csv_round_trips_awkward_text_and_has_a_column_per_metric() -> None:
    run = make_run()
    rows = list(csv.DictReader(io.StringIO(_export("csv"), newline="")))
    assert list(rows[0]) == [*CSV_COLUMNS, "score:icontains", "score:overlap", "score:llm-rubric"]
    passed, failed, error, skipped = rows
    assert failed["output"] == run.cells[1].output
    assert failed["description"] == run.cells[1].description
    assert json.loads(failed["vars"]) == dict(run.cells[1].vars)
    assert [s["metric"] for s in json.loads(failed["scores"])] == ["icontains", "overlap"]
    assert (failed["score:icontains"], failed["score:overlap"], failed["score:llm-rubric"]) == (
        "1.0",
        "0.25",
        "",
    )
    assert (passed["cached"], passed["cost_usd"], passed["latency_ms"]) == (
        "true",
        "0.00012",
        "12.5",
    )
    assert (failed["cost_usd"], failed["prompt_tokens"]) == ("", "")
    # A judge that could not measure leaves the value empty: ERROR, never a 0.
    assert (error["status"], error["score:llm-rubric"], error["score"]) == ("error", "", "")
    assert (skipped["status"], skipped["error"], skipped["output"]) == (
        "skipped",
        "interrupted",
        "",
    )


def test_csv_numbers_a_metric_repeated_in_one_cell() -> None:
    twice = (
        ScoreResult("contains", "contains", 1.0, True),
        ScoreResult("contains", "contains", 0.0, False),
    )
    cell = dataclasses.replace(make_run().cells[0], scores=twice)
    run = dataclasses.replace(make_run(), cells=(cell,))
    [row] = list(csv.DictReader(io.StringIO(_export("csv", run), newline="")))
    assert (row["score:contains"], row["score:contains#2"]) == ("1.0", "0.0")


def test_an_empty_run_exports_a_header_only() -> None:
    run = dataclasses.replace(make_run(), cells=())
    assert _export("jsonl", run) == ""
    assert _export("csv", run).splitlines() == [",".join(CSV_COLUMNS)]


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown export format 'xml'"):
        write_cells(make_run(), io.StringIO(), "xml")  # type: ignore[arg-type]
