"""``lmops spend report`` and ``lmops cache invalidate``."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette
from starlette.routing import Mount
from typer.testing import CliRunner

from lmops.cache import CachedResponse, RedisCache
from lmops.cli.main import app as main_app
from lmops.gateway.admin import AdminServices, create_admin_app
from lmops.store.db import create_engine, migrate
from lmops.store.keys import KeyStore
from lmops.store.request_log import RequestLogWriter
from tests.conftest_redis import redis_url_or_skip
from tests.conftest_store import make_record

runner = CliRunner()
MASTER = "sk-cli-master-0123456789"


def write_config(
    path: Path, extra: str = "", master: str | None = MASTER, settings: tuple[str, ...] = ()
) -> Path:
    lines = ["models:", "  - {name: mock, provider: mock}", "settings:"]
    lines.append(f"  database_url: 'sqlite:///{path.parent / 'db' / 'lmops.db'}'")
    lines.append(f"  master_key: {master}" if master else "  auth: none")
    lines += [f"  {line}" for line in settings]
    path.write_text("\n".join(lines) + "\n" + extra)
    return path


def lmops(config: Path, *args: str, code: int = 0, env: dict[str, str] | None = None) -> Any:
    result = runner.invoke(
        main_app, [*args, "--config", str(config)], env={"COLUMNS": "200", **(env or {})}
    )
    assert result.exit_code == code, (result.stdout, result.stderr)
    return result


# -- spend -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spend(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A store with spend on two keys of a team, one unpriced-only key, and the master key."""
    config = write_config(tmp_path_factory.mktemp("spend") / "lmops.yaml")
    engine = create_engine(config.read_text().split("database_url: ")[1].splitlines()[0].strip("'"))
    migrate(engine)
    store = KeyStore(engine)
    team = store.create_team("research")
    _, a = store.create_key("alpha", team=team.id)
    _, c = store.create_key("gamma")
    now = time.time()
    hour, days = now - 3600, now - 5 * 86400
    paid = {"key_id": a.id, "team_id": team.id}
    records = [
        make_record(1, created_at=hour, model_group="m1", cost_usd=0.5, **paid),
        make_record(2, created_at=hour, model_group="m2", cost_usd=None, **paid),
        make_record(3, created_at=days, model_group="m1", cost_usd=0.25, **paid),
        make_record(4, created_at=hour, model_group="m1", cost_usd=None, key_id=c.id),
        make_record(5, created_at=hour, model_group="m2", cost_usd=2.0),
    ]

    async def log() -> None:
        writer = RequestLogWriter(engine)
        for record in records:
            writer.submit(record)
        await writer.stop()

    asyncio.run(log())
    engine.dispose()
    return {"config": config, "alpha": a.id, "gamma": c.id, "team": team.id}


def test_report_json_by_key(spend: dict[str, Any]) -> None:
    report = json.loads(lmops(spend["config"], "spend", "report", "--json").stdout)
    rows = {r["group"]: r for r in report["rows"]}
    assert [r["group"] for r in report["rows"]] == ["(none)", spend["alpha"], spend["gamma"]]
    alpha = rows[spend["alpha"]]
    assert (alpha["name"], alpha["requests"], alpha["unpriced_requests"]) == ("alpha", 3, 1)
    assert alpha["cost_usd"] == pytest.approx(0.75)
    gamma = rows[spend["gamma"]]
    assert (gamma["cost_usd"], gamma["unpriced_requests"]) == (0.0, 1)
    assert report["total_cost_usd"] == pytest.approx(2.75)
    assert (report["total_requests"], report["unpriced_requests"]) == (5, 2)


def test_report_filters(spend: dict[str, Any]) -> None:
    config = spend["config"]
    recent = json.loads(lmops(config, "spend", "report", "--since", "2d", "--json").stdout)
    alpha = next(r for r in recent["rows"] if r["group"] == spend["alpha"])
    assert alpha["requests"] == 2 and alpha["cost_usd"] == pytest.approx(0.5)
    models = json.loads(
        lmops(config, "spend", "report", "--by", "model", "--key", "alpha", "--json").stdout
    )
    assert [(r["group"], r["requests"]) for r in models["rows"]] == [("m1", 2), ("m2", 1)]
    teams = json.loads(lmops(config, "spend", "report", "--by", "team", "--json").stdout)
    assert {(r["group"], r["name"]) for r in teams["rows"]} == {
        (spend["team"], "research"),
        ("(none)", None),
    }
    days = json.loads(
        lmops(config, "spend", "report", "--by", "day", "--team", "research", "--json").stdout
    )
    assert len(days["rows"]) == 2
    assert days["rows"][0]["group"] < days["rows"][1]["group"]  # oldest first
    until = (datetime.now(UTC) - timedelta(days=3)).date().isoformat()
    old = json.loads(lmops(config, "spend", "report", "--until", until, "--json").stdout)
    assert [r["group"] for r in old["rows"]] == [spend["alpha"]]


def test_report_table_never_shows_unknown_cost_as_zero(spend: dict[str, Any]) -> None:
    out = lmops(spend["config"], "spend", "report").stdout
    lines = out.splitlines()
    gamma = next(line for line in lines if "gamma" in line)
    assert "unknown" in gamma and "$0" not in gamma
    alpha = next(line for line in lines if "alpha" in line)
    assert ">= $0.75" in alpha
    total = next(line for line in lines if "total" in line)
    assert ">= $2.75" in total and " 5 " in total
    assert "2 request(s) had no known price" in out
    assert "unpriced" in out


@pytest.mark.parametrize(
    ("args", "code", "expected"),
    [
        (["--since", "yesterday"], 1, "--since"),
        (["--until", "soon"], 1, "--until"),
        (["--key", "nope"], 1, "--key: no key with id or name 'nope'"),
        (["--team", "nope"], 1, "--team: no team with id or name 'nope'"),
        (["--by", "week"], 2, "week"),
    ],
)
def test_report_bad_input(spend: dict[str, Any], args: list[str], code: int, expected: str) -> None:
    result = lmops(spend["config"], "spend", "report", *args, code=code)
    assert expected in result.stderr


def test_refused_requests_are_not_counted_as_requests(tmp_path: Path) -> None:
    config = write_config(tmp_path / "lmops.yaml")
    engine = create_engine(config.read_text().split("database_url: ")[1].splitlines()[0].strip("'"))
    migrate(engine)
    now = time.time()
    unused = {"prompt_tokens": None, "completion_tokens": None, "cost_usd": 0.0}
    records = [
        make_record(1, created_at=now, cost_usd=0.5),
        make_record(2, created_at=now, status_code=429, error_type="rate_limited", **unused),
        make_record(3, created_at=now, status_code=401, error_type="auth", **unused),
        make_record(4, created_at=now, status_code=502, error_type="upstream", **unused),
        # Cut off by the client after the upstream had answered: paid for, so counted.
        make_record(5, created_at=now, status_code=499, cost_usd=0.25),
    ]

    async def log() -> None:
        writer = RequestLogWriter(engine)
        for record in records:
            writer.submit(record)
        await writer.stop()

    asyncio.run(log())
    engine.dispose()
    report = json.loads(lmops(config, "spend", "report", "--by", "model", "--json").stdout)
    assert report["total_requests"] == 2
    assert report["total_cost_usd"] == pytest.approx(0.75)
    table = " ".join(lmops(config, "spend", "report").stdout.split())  # the caption wraps
    assert "Refused requests (an error status and no tokens used" in table
    assert "are not counted" in table


def test_the_report_needs_no_master_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LMOPS_MASTER_KEY", raising=False)
    config = write_config(tmp_path / "lmops.yaml", master="${LMOPS_MASTER_KEY}")
    report = json.loads(lmops(config, "spend", "report", "--json").stdout)
    assert report["rows"] == []


# -- cache -----------------------------------------------------------------------------------


def test_cache_needs_a_cache_section_and_one_selector(tmp_path: Path) -> None:
    config = write_config(tmp_path / "lmops.yaml")
    none = lmops(config, "cache", "invalidate", "--all", code=1)
    assert "cache" in none.stderr and "lmops.yaml" in none.stderr
    cached = write_config(tmp_path / "cached.yaml", "cache: {backend: memory}\n")
    for args in ([], ["--key", "a", "--model", "m"], ["--all", "--model", "m"]):
        wrong = lmops(cached, "cache", "invalidate", *args, code=2)
        assert "exactly one of --key, --model or --all" in wrong.stderr


class AdminServer:
    """The admin API served on a loopback port, its cache callback recorded."""

    def __init__(self, database: Path) -> None:
        self.calls: list[tuple[str | None, str | None]] = []
        engine = create_engine(f"sqlite:///{database}")
        migrate(engine)
        services = AdminServices(
            keys=KeyStore(engine),
            engine=engine,
            master_key=MASTER,
            on_change=lambda keys, teams: None,
            invalidate_cache=self.invalidate,
        )
        app = Starlette(routes=[Mount("/admin", app=create_admin_app(services))])
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.server = uvicorn.Server(uvicorn.Config(app, log_config=None, lifespan="off"))
        self.thread = threading.Thread(
            target=lambda: asyncio.run(self.server.serve(sockets=[sock])), daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline
            time.sleep(0.01)  # polling a condition, bounded by the deadline

    async def invalidate(self, key: str | None, model: str | None) -> int:
        self.calls.append((key, model))
        return 3

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture
def admin_server(tmp_path: Path) -> Iterator[AdminServer]:
    server = AdminServer(tmp_path / "server.db")
    yield server
    server.stop()


def test_memory_cache_is_invalidated_through_the_gateway(
    tmp_path: Path, admin_server: AdminServer
) -> None:
    config = write_config(tmp_path / "lmops.yaml", "cache: {backend: memory}\n")
    url = admin_server.url
    out = lmops(config, "cache", "invalidate", "--model", "mock", "--gateway", url, "--json")
    # The server shares this process, and its log lines land in the captured output too.
    assert json.loads(out.stdout[out.stdout.index("{") :]) == {"removed": 3}
    human = lmops(config, "cache", "invalidate", "--key", "k1", env={"LMOPS_GATEWAY_URL": url})
    assert f"removed 3 cache entries from the gateway at {url}" in human.stdout
    lmops(config, "cache", "invalidate", "--all", "--gateway", url + "/")
    assert admin_server.calls == [(None, "mock"), ("k1", None), (None, None)]


def test_the_gateway_address_comes_from_the_config(
    tmp_path: Path, admin_server: AdminServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LMOPS_GATEWAY_URL", raising=False)
    port = admin_server.url.rsplit(":", 1)[1]
    # The address lmops serve binds from this same config (0.0.0.0: reached on loopback).
    where = ("host: 0.0.0.0", f"port: {port}")
    config = write_config(tmp_path / "lmops.yaml", "cache: {backend: memory}\n", settings=where)
    out = lmops(config, "cache", "invalidate", "--all")
    assert f"removed 3 cache entries from the gateway at {admin_server.url}" in out.stdout
    assert admin_server.calls == [(None, None)]


def test_gateway_errors_are_reported(tmp_path: Path, admin_server: AdminServer) -> None:
    wrong = write_config(tmp_path / "wrong.yaml", "cache: {backend: memory}\n", "sk-not-it")
    refused = lmops(wrong, "cache", "invalidate", "--all", "--gateway", admin_server.url, code=1)
    assert "401" in refused.stderr and "Invalid admin credentials" in refused.stderr
    keyless = write_config(tmp_path / "keyless.yaml", "cache: {backend: memory}\n", None)
    disabled = lmops(keyless, "cache", "invalidate", "--all", code=1)
    assert "settings.master_key" in disabled.stderr
    assert admin_server.calls == []
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    closed = f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()  # nothing listens there now
    config = write_config(tmp_path / "lmops.yaml", "cache: {backend: memory}\n")
    down = lmops(config, "cache", "invalidate", "--all", "--gateway", closed, code=1)
    assert f"cannot reach the gateway at {closed}" in down.stderr
    bad = lmops(config, "cache", "invalidate", "--all", "--gateway", "ftp://x", code=2)
    assert "--gateway" in bad.stderr


@pytest.mark.redis
def test_redis_cache_is_invalidated_directly(tmp_path: Path) -> None:
    url = redis_url_or_skip()
    config = write_config(tmp_path / "lmops.yaml", "cache: {backend: redis}\n")
    text = config.read_text().replace("settings:\n", f"settings:\n  redis_url: '{url}'\n")
    config.write_text(text)
    # The CLI uses the gateway's own key layout, so the test writes under it with names of
    # its own (and removes them whatever happens).
    model, key = f"test-model-{uuid.uuid4().hex}", f"test-key-{uuid.uuid4().hex}"
    entry = CachedResponse(b"{}", stream=False, model_group=model, usage=None, created_at=0.0)

    async def put(*keys: str) -> None:
        cache = RedisCache.from_url(url)
        for k in keys:
            await cache.set(k, entry, 60)
        await cache.close()

    async def present(k: str) -> bool:
        cache = RedisCache.from_url(url)
        try:
            return await cache.get(k) is not None
        finally:
            await cache.close()

    asyncio.run(put(key + "a", key + "b", key))
    try:
        out = lmops(config, "cache", "invalidate", "--model", model, "--json")
        assert json.loads(out.stdout) == {"removed": 3}
        asyncio.run(put(key, key + "b"))
        one = lmops(config, "cache", "invalidate", "--key", key)
        assert "removed 1 cache entry from Redis" in one.stdout
        assert not asyncio.run(present(key)) and asyncio.run(present(key + "b"))
    finally:

        async def clean() -> None:
            cache = RedisCache.from_url(url)
            await cache.invalidate(model=model)
            await cache.close()

        asyncio.run(clean())
