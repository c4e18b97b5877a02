"""``lmops logs export``: request log rows as an eval dataset, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import openai
import pytest
from typer.testing import CliRunner, Result

from bench.fake_upstream import FakeUpstream
from lmops.cli.logs import app
from lmops.evals.suite import load_suite
from lmops.store.db import create_engine, migrate
from lmops.store.request_log import RequestLogWriter, RequestRecord
from tests.conftest import MASTER_KEY, RunningGateway, basic_config
from tests.conftest_store import BACKENDS, database_url, make_record
from tests.evals.test_log_dataset import chat_record

runner = CliRunner()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


def _config(folder: Path, url: str) -> Path:
    path = folder / "lmops.yaml"
    path.write_text(
        f"models:\n  - {{name: mock, provider: mock}}\nsettings:\n  database_url: '{url}'\n"
        "  master_key: ${LMOPS_MASTER_KEY}\n"  # never read by the logs commands
    )
    return path


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


def _export(config: Path, *args: str) -> Result:
    return runner.invoke(app, ["export", "--config", str(config), *args])


async def test_answered_requests_become_dataset_rows_oldest_first(
    config: Path, store_url: str, tmp_path: Path
) -> None:
    now = time.time()
    await _write(
        store_url,
        chat_record(1, created_at=now - 3 * 86400, answer="first"),
        chat_record(2, created_at=now - 60, answer="second"),
        chat_record(3, created_at=now - 30, model_group="gpt", answer="other model"),
        chat_record(4, created_at=now - 20, status_code=500),
        chat_record(5, created_at=now - 10, answer="third"),
        make_record(6, created_at=now - 5),  # logged before bodies were
        chat_record(7, created_at=now - 9 * 86400, answer="too old"),
    )
    result = _export(config, "--since", "7d", "--model", "mock", "--with-bodies")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["reference"] for r in rows] == ["first", "second", "third"]
    assert rows[0]["input"] == "And of Italy?"
    assert "wrote 3 row(s); left out: 1 bodies not logged" in result.stderr

    # The latest 2 answered requests: "third" and one without bodies. A suite reads the file.
    target = tmp_path / "cases.jsonl"
    result = _export(config, "--with-bodies", "--limit", "2", "--output", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and "wrote 1 row(s)" in result.stderr
    suite = tmp_path / "suite.yaml"
    suite.write_text(
        "prompts: ['{{ input }}']\ntargets: [mock]\n"
        "defaultTest:\n  assert: [{type: rouge-l, threshold: 0.5}]\ndataset: cases.jsonl\n"
    )
    [test] = load_suite(suite, environ={}).tests
    assert (test.vars["input"], test.vars["reference"]) == ("And of Italy?", "third")
    assert test.vars["messages"][-1] == {"role": "user", "content": "And of Italy?"}
    assert test.description.startswith("request req")


def test_without_with_bodies_nothing_is_read(config: Path) -> None:
    result = _export(config, "--since", "7d")
    assert result.exit_code == 2
    assert "--with-bodies" in result.stderr and "personal data" in result.stderr


async def test_a_log_without_bodies_says_how_to_log_them(config: Path, store_url: str) -> None:
    await _write(store_url, make_record(1, created_at=time.time()), make_record(2))
    result = _export(config, "--with-bodies")
    assert result.exit_code == 1
    assert "none of the 2 answered request(s) matched had its bodies logged" in result.stderr
    assert "settings.log_bodies" in result.stderr
    assert result.stdout == ""


def test_an_empty_log_is_an_error_naming_the_filters(config: Path) -> None:
    result = _export(config, "--with-bodies", "--model", "nope")
    assert result.exit_code == 1
    assert "no answered request matches --since and --model" in result.stderr


def test_what_a_gateway_logged_exports_as_the_answers_clients_got(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path}/bodies.db"
    gw = gateway_factory(basic_config(upstream, "  log_bodies: true"), DB_URL=url)
    client = openai.OpenAI(base_url=gw.base_url, api_key=MASTER_KEY, max_retries=0)
    answers = []
    for model in ("mock", "chat-small"):
        question = [{"role": "user", "content": f"hello {model}"}]
        reply = client.chat.completions.create(model=model, messages=question)  # type: ignore[arg-type]
        answers.append(reply.choices[0].message.content)
        stream = client.chat.completions.create(model=model, messages=question, stream=True)  # type: ignore[arg-type]
        answers.append("".join(c.choices[0].delta.content or "" for c in stream if c.choices))
    gw.stop()
    config = _config(tmp_path, url)
    result = _export(config, "--with-bodies")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert all(answers) and [r["reference"] for r in rows] == answers[::2]
    assert [r["input"] for r in rows] == ["hello mock", "hello chat-small"]
    assert "left out: 2 streamed (the gateway logs no body of a stream" in result.stderr
