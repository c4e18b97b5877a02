"""``lmops eval list / show / export`` against SQLite and PostgreSQL stores."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner, Result

from lmops.cli.main import app
from lmops.evals.results import RunResult
from lmops.evals.store import RunStore
from lmops.store.db import create_engine, migrate
from tests.conftest_store import BACKENDS, database_url
from tests.evals.sample_runs import make_run

runner = CliRunner()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def config(tmp_path: Path, store_url: str) -> Path:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        f"models:\n  - {{name: mock, provider: mock}}\nsettings:\n  database_url: '{store_url}'\n"
        "  master_key: ${LMOPS_MASTER_KEY}\n"  # never read by these commands
    )
    return path


@pytest.fixture
def engine(store_url: str) -> Iterator[sa.Engine]:
    engine = create_engine(store_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def runs(engine: sa.Engine) -> list[RunResult]:
    saved = [make_run("aaa111", minutes=0), make_run("bbb222", minutes=5)]
    for run in saved:
        RunStore(engine).save(run)
    return saved


def lmops(config: Path, *args: str) -> Result:
    return runner.invoke(app, ["eval", *args, "--config", str(config)])


def test_list_shows_runs_newest_first(config: Path, runs: list[RunResult]) -> None:
    result = lmops(config, "list")
    assert result.exit_code == 0, result.output
    assert result.stdout.index("bbb222") < result.stdout.index("aaa111")
    assert "50.0%" not in result.stdout and "25.0%" in result.stdout and "FAILED" in result.stdout


def test_list_json_has_ids_counts_and_honours_the_limit(
    config: Path, runs: list[RunResult]
) -> None:
    result = lmops(config, "list", "--json", "--limit", "1")
    assert result.exit_code == 0, result.output
    [only] = json.loads(result.stdout)
    assert only["id"] == "bbb222"
    assert only["counts"] == {"passed": 1, "failed": 1, "error": 1, "skipped": 1}
    assert (only["cells"], only["pass_rate"], only["ok"]) == (4, 0.25, False)


def test_list_of_an_empty_store(config: Path) -> None:
    result = lmops(config, "list", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == []


def test_show_by_prefix_lists_the_cells_that_did_not_pass(
    config: Path, runs: list[RunResult]
) -> None:
    result = lmops(config, "show", "bbb")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "run bbb222" in out and "suites/capitals.yaml" in out and "FAIL: 1/4 passed" in out
    assert out.index("overlap (rouge-l): 0.25 < 0.5") < out.index("judge answered unparseably")
    assert out.index("judge answered unparseably") < out.index("interrupted")
    # The priced cell was answered from the cache: an earlier run paid for it.
    assert "capital:3" in out
    assert "$0.00 (1 cell(s) unpriced) (1 cell(s) from the cache, not counted)" in out
    limited = lmops(config, "show", "bbb", "--cells", "1").stdout
    assert "overlap (rouge-l)" in limited and "interrupted" not in limited
    assert "and 2 more not passed" in limited


def test_show_json_is_the_whole_run(config: Path, runs: list[RunResult]) -> None:
    result = lmops(config, "show", "aaa111", "--json")
    assert result.exit_code == 0, result.output
    assert RunResult.from_json(json.loads(result.stdout)) == runs[0]


@pytest.mark.parametrize(
    ("run_id", "message"),
    [("zzz", "error: RUN: no eval run with id 'zzz'"), ("", "error: RUN: no eval run id given")],
)
def test_an_unknown_run_exits_1_naming_it(
    config: Path, runs: list[RunResult], run_id: str, message: str
) -> None:
    for command in ("show", "export"):
        result = lmops(config, command, run_id)
        assert result.exit_code == 1
        assert message in result.stderr


def test_an_ambiguous_prefix_exits_1_naming_the_runs(config: Path, engine: sa.Engine) -> None:
    RunStore(engine).save(make_run("abc1"))
    RunStore(engine).save(make_run("abc2", minutes=1))
    result = lmops(config, "show", "abc")
    assert result.exit_code == 1
    assert "ambiguous: it matches abc2, abc1" in result.stderr


def test_export_jsonl_to_stdout(config: Path, runs: list[RunResult]) -> None:
    result = lmops(config, "export", "aaa")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["status"] for line in lines] == ["passed", "failed", "error", "skipped"]
    assert {line["run_id"] for line in lines} == {"aaa111"}


def test_export_csv_to_a_file(config: Path, runs: list[RunResult], tmp_path: Path) -> None:
    target = tmp_path / "cells.csv"
    result = lmops(config, "export", "aaa111", "--format", "csv", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert "wrote 4 cell(s) of run aaa111" in result.stderr
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline="")))
    assert [r["status"] for r in rows] == ["passed", "failed", "error", "skipped"]


def test_export_to_an_unwritable_file_exits_2_naming_it(
    config: Path, runs: list[RunResult], tmp_path: Path
) -> None:
    target = tmp_path / "missing" / "cells.csv"
    result = lmops(config, "export", "aaa111", "--output", str(target))
    assert result.exit_code == 2
    assert f"error: --output: {target}" in result.stderr


def test_an_unknown_format_is_a_usage_error(config: Path, runs: list[RunResult]) -> None:
    result = lmops(config, "export", "aaa111", "--format", "xml")
    assert result.exit_code == 2
    assert "--format" in result.output
