"""``lmops eval compare`` end to end: two runs saved in a real store, read back by id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.evals.metrics import semantic
from lmops.evals.results import RunResult, Status
from lmops.evals.store import RunStore
from lmops.store.db import create_engine, migrate
from tests.conftest_store import BACKENDS, database_url
from tests.evals.compare_helpers import T0, FakeEncoder, cell, run

runner = CliRunner()

BASELINE_ID = "run-base-0001"
NEW_ID = "run-new-0002"


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def config(tmp_path: Path, store_url: str) -> Path:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        f"models:\n  - {{name: mock, provider: mock}}\nsettings:\n  database_url: '{store_url}'\n"
        "  master_key: ${LMOPS_MASTER_KEY}\n"  # only the gateway reads it
    )
    return path


@pytest.fixture(autouse=True)
def fake_encoder(monkeypatch: pytest.MonkeyPatch) -> FakeEncoder:
    """The CLI has no encoder option: replace the default MiniLM, loaded on first use."""
    encoder = FakeEncoder()
    monkeypatch.setattr(semantic, "default_encoder", lambda: encoder)
    return encoder


def save(url: str, *runs: RunResult) -> None:
    engine = create_engine(url)
    try:
        migrate(engine)
        store = RunStore(engine)
        for r in runs:
            store.save(r)
    finally:
        engine.dispose()


def baseline_and_new(new_outputs: list[tuple[str | None, Status]]) -> tuple[RunResult, RunResult]:
    """A baseline of 30 passing cells and a new run whose first cells are ``new_outputs``
    (output, status); the other new cells repeat the baseline."""
    base = run(BASELINE_ID, *(cell(i, scores={"rouge-l": 0.8}) for i in range(30)))
    cells = [
        cell(i, out, status, scores={"rouge-l": 0.2 if status == "failed" else 0.8})
        for i, (out, status) in enumerate(new_outputs)
    ]
    cells += [cell(i, scores={"rouge-l": 0.8}) for i in range(len(cells), 30)]
    return base, run(NEW_ID, *cells, started_at=T0 + timedelta(hours=1))


def invoke(config: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["eval", "compare", "--config", str(config), *args])
    return result.exit_code, result.stdout, result.stderr


def test_a_regression_exits_1_and_shows_the_broken_cases_first(
    config: Path, store_url: str, tmp_path: Path
) -> None:
    broken: list[tuple[str | None, Status]] = [("cos0.5 wrong", "failed")] * 10
    broken.append(("cos0.9 close", "passed"))
    save(store_url, *baseline_and_new(broken))
    out_json = tmp_path / "cmp.json"

    code, out, err = invoke(config, "run-base", "run-new", "--json", str(out_json))

    assert code == 1, err
    assert "REGRESSION: pass rate and mean score fell beyond noise" in out
    assert "Comparing run run-new-0002" in out and "with baseline run-base-0001" in out
    assert out.index("passed -> failed") < out.index("similarity 0.900")  # worst first
    assert "100.0%" in out and "66.7%" in out  # pass rates, baseline and new
    data = json.loads(out_json.read_text())
    assert data["verdict"] == "regression"
    assert data["counts"] == {"passed": 19, "degraded": 1, "failed": 10, "error": 0, "skipped": 0}
    assert data["pass_rate"]["delta"] == pytest.approx(-1 / 3)
    assert data["pass_rate"]["high"] < 0
    assert data["metrics"]["rouge-l"]["delta"] == pytest.approx(-0.2)


def test_identical_runs_exit_0(config: Path, store_url: str, fake_encoder: FakeEncoder) -> None:
    base, _ = baseline_and_new([])
    same = run(NEW_ID, *base.cells, started_at=T0 + timedelta(hours=1))
    save(store_url, base, same)

    code, out, err = invoke(config, BASELINE_ID, NEW_ID)

    assert code == 0, err
    assert "no regression (no change)" in out
    assert "Changed cases" not in out
    assert fake_encoder.encoded == []  # identical outputs are never encoded


def test_thresholds_move_cases_between_classes(
    config: Path, store_url: str, tmp_path: Path
) -> None:
    save(store_url, *baseline_and_new([("cos0.9 close", "passed")]))
    out_json = tmp_path / "cmp.json"

    code, _, err = invoke(
        config,
        BASELINE_ID,
        NEW_ID,
        "--passed-at",
        "0.85",
        "--degraded-at",
        "0.5",
        "--json",
        str(out_json),
    )

    assert code == 0, err
    assert json.loads(out_json.read_text())["counts"]["passed"] == 30


def test_unpaired_and_errored_cells_are_shown(config: Path, store_url: str, tmp_path: Path) -> None:
    base = run(BASELINE_ID, cell(0), cell(1), cell(2))
    new = run(NEW_ID, cell(0), cell(1, None, "error", error="HTTP 503 from upstream"), cell(3))
    save(store_url, base, new)

    code, out, err = invoke(config, BASELINE_ID, NEW_ID)

    assert code == 0, err  # one errored case of two: not beyond noise
    assert "2 pairs by test and repeat index" not in out  # one prompt and target, same ids
    assert "2 pairs by prompt, target, test and repeat" in out
    assert "unpaired: 1 baseline cells, 1 new cells" in out
    assert "Only in the baseline run" in out and "p x t #2" in out
    assert "Only in the new run" in out and "p x t #3" in out
    assert "new cell has no output: HTTP 503 from upstream" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope", NEW_ID], "nope"),
        ([BASELINE_ID, NEW_ID, "--passed-at", "0.7"], "--degraded-at (0.8) must not be above"),
        ([BASELINE_ID, NEW_ID, "--passed-at", "1.5"], "--passed-at"),
    ],
)
def test_usage_errors_exit_2(config: Path, store_url: str, args: list[str], message: str) -> None:
    save(store_url, *baseline_and_new([]))
    code, _, err = invoke(config, *args)
    assert code == 2
    assert message in err


def test_runs_that_share_no_cell_exit_2(config: Path, store_url: str) -> None:
    base = run(BASELINE_ID, cell(0, prompt="a"), cell(0, prompt="b"))
    new = run(NEW_ID, cell(0, prompt="c"), cell(0, prompt="d"))
    save(store_url, base, new)
    code, _, err = invoke(config, BASELINE_ID, NEW_ID)
    assert code == 2
    assert f"no cell of run {NEW_ID} pairs with a cell of run {BASELINE_ID}" in err


def test_json_file_that_cannot_be_written_exits_2(
    config: Path, store_url: str, tmp_path: Path
) -> None:
    save(store_url, *baseline_and_new([]))
    target = tmp_path / "missing" / "cmp.json"
    code, _, err = invoke(config, BASELINE_ID, NEW_ID, "--json", str(target))
    assert code == 2
    assert f"--json {target}" in err


def test_a_store_without_runs_exits_2(config: Path) -> None:
    code, _, err = invoke(config, BASELINE_ID, NEW_ID)
    assert code == 2
    assert f"RUN: no eval run with id {BASELINE_ID!r}" in err


def test_a_store_that_cannot_be_opened_exits_2_not_1(tmp_path: Path) -> None:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        "models:\n  - {name: mock, provider: mock}\nsettings:\n"
        f"  database_url: 'sqlite:///{tmp_path / 'not-a-db'}'\n"
        "  master_key: ${LMOPS_MASTER_KEY}\n"
    )
    (tmp_path / "not-a-db").write_text("this is not a SQLite file\n" * 100)
    code, _, err = invoke(path, BASELINE_ID, NEW_ID)
    assert code == 2  # 1 would read as a regression
    assert "cannot open the store" in err
