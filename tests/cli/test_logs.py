from __future__ import annotations

import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lmops.cli.logs import app
from lmops.store.db import create_engine, migrate
from lmops.store.request_log import RequestLogWriter, RequestRecord
from lmops.store.tables import request_log
from tests.conftest_store import BACKENDS, database_url, make_record

runner = CliRunner()


def _config(tmp_path: Path, url: str) -> Path:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        f"models:\n  - {{name: mock, provider: mock}}\nsettings:\n  database_url: '{url}'\n"
        # Only the gateway needs it: whether it is set or not, the logs commands never read it.
        "  master_key: ${LMOPS_MASTER_KEY}\n"
    )
    return path


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def config(tmp_path: Path, store_url: str) -> Path:
    return _config(tmp_path, store_url)


async def _write(url: str, *records: RequestRecord) -> None:
    engine = create_engine(url)
    migrate(engine)
    writer = RequestLogWriter(engine)
    for record in records:
        writer.submit(record)
    await writer.stop()
    engine.dispose()


@pytest.fixture
async def seeded(store_url: str) -> list[RequestRecord]:
    # Relative to now, since --since durations are measured from the current time.
    now = time.time()
    records = [
        make_record(1, created_at=now - 7200, model_group="gpt", status_code=200),
        make_record(2, created_at=now - 60, model_group="mock", status_code=429),
        make_record(3, created_at=now - 30, model_group="gpt", status_code=500, error_type="x"),
        make_record(4, created_at=now - 10, model_group="mock", status_code=200, streamed=True),
    ]
    await _write(store_url, *records)
    return records


def _json_ids(output: str) -> list[str]:
    return [json.loads(line)["id"] for line in output.splitlines() if line.strip()]


def test_query_json_lines_newest_first(config: Path, seeded: list[RequestRecord]) -> None:
    result = runner.invoke(app, ["query", "--config", str(config), "--json"])
    assert result.exit_code == 0, result.output
    assert _json_ids(result.stdout) == [r.id for r in reversed(seeded)]
    first = json.loads(result.stdout.splitlines()[0])
    assert first["model_group"] == "mock"
    assert first["streamed"] is True
    assert first["created_at"].endswith("+00:00")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--model", "gpt"], [3, 1]),
        (["--status", "200"], [4, 1]),
        (["--since", "1h"], [4, 3, 2]),
        (["--since", "45s"], [4, 3]),
        (["--model", "gpt", "--since", "3h"], [3, 1]),
        (["--model", "gpt", "--since", "90m"], [3]),
        (["--limit", "2"], [4, 3]),
    ],
)
def test_query_filters(
    config: Path, seeded: list[RequestRecord], args: list[str], expected: list[int]
) -> None:
    result = runner.invoke(app, ["query", "-c", str(config), "--json", *args])
    assert result.exit_code == 0, result.output
    assert _json_ids(result.stdout) == [make_record(n).id for n in expected]


def test_query_since_accepts_an_iso_time(config: Path, seeded: list[RequestRecord]) -> None:
    iso = datetime.fromtimestamp(seeded[2].created_at, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    result = runner.invoke(app, ["query", "-c", str(config), "--json", "--since", iso])
    assert result.exit_code == 0, result.output
    assert _json_ids(result.stdout) == [seeded[3].id, seeded[2].id]


def test_query_table_and_env_config(config: Path, seeded: list[RequestRecord]) -> None:
    result = runner.invoke(app, ["query"], env={"LMOPS_CONFIG": str(config), "COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "4 request(s)" in result.stdout
    assert seeded[0].id in result.stdout
    assert "429" in result.stdout


def test_tail_without_follow_prints_the_last_n_oldest_first(
    config: Path, seeded: list[RequestRecord]
) -> None:
    result = runner.invoke(app, ["tail", "-c", str(config), "--json", "-n", "2", "--no-follow"])
    assert result.exit_code == 0, result.output
    assert _json_ids(result.stdout) == [seeded[2].id, seeded[3].id]
    plain = runner.invoke(app, ["tail", "-c", str(config), "--no-follow", "--model", "gpt"])
    assert plain.exit_code == 0, plain.output
    lines = plain.stdout.splitlines()
    assert len(lines) == 2
    assert seeded[0].id in lines[0]
    assert seeded[2].id in lines[1]
    assert lines[1].endswith("error=x")


def test_tail_follows_new_rows_until_interrupted(
    config: Path, store_url: str, seeded: list[RequestRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    late = make_record(9, created_at=time.time())
    sleeps: list[float] = []

    def fake_sleep(seconds: float) -> None:
        # The first pause lets a new row arrive; the second stands in for Ctrl-C.
        sleeps.append(seconds)
        if len(sleeps) == 1:
            engine = create_engine(store_url)
            with engine.begin() as conn:
                conn.execute(request_log.insert(), [_row(late)])
            engine.dispose()
        else:
            raise KeyboardInterrupt

    monkeypatch.setattr("lmops.cli.logs.time.sleep", fake_sleep)
    result = runner.invoke(app, ["tail", "-c", str(config), "--json", "-n", "1", "--interval", "2"])
    assert result.exit_code == 0, result.output
    assert _json_ids(result.stdout) == [seeded[3].id, late.id]
    assert sleeps == [2.0, 2.0]


def _row(record: RequestRecord) -> dict[str, object]:
    row = {name: getattr(record, name) for name in RequestRecord.__dataclass_fields__}
    row["created_at"] = datetime.fromtimestamp(record.created_at, UTC)
    return row


def test_a_fresh_database_has_no_requests(config: Path) -> None:
    result = runner.invoke(app, ["query", "-c", str(config), "--json"])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    tail = runner.invoke(app, ["tail", "-c", str(config), "--no-follow"])
    assert tail.exit_code == 0, tail.output


@pytest.mark.parametrize("since", ["yesterday", "5x", "-1h", "2024-13-01"])
def test_a_bad_since_exits_2_naming_the_option(tmp_path: Path, since: str) -> None:
    config = _config(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}")
    result = runner.invoke(app, ["query", "-c", str(config), "--since", since])
    assert result.exit_code == 2
    assert "--since" in result.output


def test_a_bad_config_exits_2_with_its_message(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["query", "-c", str(tmp_path / "nope.yaml")])
    assert missing.exit_code == 2
    assert "nope.yaml" in missing.stderr
    bad = tmp_path / "bad.yaml"
    bad.write_text("settings:\n  databse_url: sqlite:///x.db\n")
    result = runner.invoke(app, ["tail", "-c", str(bad), "--no-follow"])
    assert result.exit_code == 2
    assert "unknown key" in result.stderr


def test_the_logs_need_no_master_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LMOPS_MASTER_KEY", raising=False)
    config = _config(tmp_path, f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert "${LMOPS_MASTER_KEY}" in config.read_text()
    for command in (["query"], ["tail", "--no-follow"]):
        result = runner.invoke(app, [*command, "-c", str(config), "--json"])
        assert result.exit_code == 0, result.output


def test_an_unsupported_database_url_exits_2(tmp_path: Path) -> None:
    config = _config(tmp_path, "mysql://root:hunter2@db/lmops")
    result = runner.invoke(app, ["query", "-c", str(config)])
    assert result.exit_code == 2
    assert "mysql" in result.stderr
    assert "hunter2" not in result.output


def test_an_unreachable_database_exits_1_without_the_password(tmp_path: Path) -> None:
    config = _config(tmp_path, "postgresql://lmops:s3cret-pw@127.0.0.1:1/lmops")
    result = runner.invoke(app, ["query", "-c", str(config)])
    assert result.exit_code == 1
    assert "cannot read the request log" in result.stderr
    assert "s3cret-pw" not in result.output


def test_config_is_required(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query"], env={"LMOPS_CONFIG": None})
    assert result.exit_code == 2
    assert "--config" in result.output


async def test_query_by_guardrail_shows_the_rules_column(config: Path, store_url: str) -> None:
    now = time.time()
    await _write(
        store_url,
        make_record(1, created_at=now - 20, guardrails="pii:input:redact:EMAIL_ADDRESS"),
        make_record(2, created_at=now - 10),
    )
    result = runner.invoke(app, ["query", "-c", str(config), "--guardrail", "pii", "--json"])
    assert result.exit_code == 0, result.output
    assert _json_ids(result.stdout) == [make_record(1).id]
    assert json.loads(result.stdout)["guardrails"] == "pii:input:redact:EMAIL_ADDRESS"
    table = runner.invoke(app, ["query", "-c", str(config)])
    assert "guardrails" in table.stdout and "pii:input:redact" in table.stdout
    plain = runner.invoke(app, ["query", "-c", str(config), "--guardrail", "nope"])
    assert "guardrails" not in plain.stdout
