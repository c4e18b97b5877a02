"""What ``lmops serve`` refuses before it prints its banner, and what the banner says."""

from __future__ import annotations

import gc
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lmops.cli import serve
from lmops.cli.main import app
from lmops.config import load_config

runner = CliRunner()
SECRET = "sk-banner-secret-55aa"


def write(tmp_path: Path, settings: str, extra: str = "") -> Path:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        "models:\n  - {name: mock, provider: mock}\n"
        f"settings:\n  database_url: 'sqlite:///{tmp_path / 'lmops.db'}'\n{settings}{extra}"
    )
    return path


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def test_several_workers_without_redis_are_refused(tmp_path: Path) -> None:
    config = write(tmp_path, "  auth: none\n")
    result = runner.invoke(app, ["serve", "-c", str(config), "--workers", "2"])
    assert result.exit_code == 2
    assert f"error: {config}: settings.redis_url: not set" in result.stderr
    assert "rate limits, budgets and cache" in result.stderr
    assert "lmops gateway on" not in result.output
    assert not (tmp_path / "lmops.db").exists()  # refused before anything was touched


def test_several_workers_with_a_memory_cache_are_refused(tmp_path: Path) -> None:
    # Nothing connects to Redis before the refusal: the URL need not answer.
    config = write(tmp_path, "  auth: none\n  redis_url: redis://127.0.0.1:1/0\n", "cache: {}\n")
    result = runner.invoke(app, ["serve", "-c", str(config), "--workers", "3"])
    assert result.exit_code == 2
    assert f"error: {config}: cache.backend: memory keeps one cache per worker" in result.stderr
    assert "lmops gateway on" not in result.output


def test_a_port_in_use_is_a_plain_error_before_the_banner(tmp_path: Path, taken_port: int) -> None:
    config = write(tmp_path, "  auth: none\n")
    result = runner.invoke(app, ["serve", "-c", str(config), "--port", str(taken_port)])
    assert result.exit_code == 2
    assert f"error: cannot listen on 127.0.0.1:{taken_port}: Address already in use" in (
        result.stderr
    )
    assert "--port" in result.stderr
    assert "lmops gateway on" not in result.output
    assert "{" not in result.output  # a sentence, not a JSON log line
    # Without --port, the config's settings.port is the one tried.
    config = write(tmp_path, f"  auth: none\n  port: {taken_port}\n")
    result = runner.invoke(app, ["serve", "-c", str(config)])
    assert result.exit_code == 2
    assert f"cannot listen on 127.0.0.1:{taken_port}" in result.stderr


def test_the_banner_says_who_may_call_and_never_shows_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path, "  auth: none\n")
    serve._print_banner("0.0.0.0", 4100, load_config(config), config)
    out = capsys.readouterr().err
    assert "auth: none (settings.auth): anyone who can reach http://127.0.0.1:4100" in out
    assert "curl http://127.0.0.1:4100/v1/chat/completions \\" in out
    assert "Authorization" not in out

    config = write(tmp_path, f"  master_key: {SECRET}\n")
    serve._print_banner("127.0.0.1", 4000, load_config(config), config)
    out = capsys.readouterr().err
    assert f"auth: master key (settings.master_key, written in {config})" in out
    assert "with the master key in LMOPS_MASTER_KEY there too" in out
    assert '-H "Authorization: Bearer $LMOPS_MASTER_KEY"' in out
    assert 'api_key=os.environ["LMOPS_MASTER_KEY"]' in out
    assert "pip install openai" in out
    assert SECRET not in out
    assert "dashboard: http://127.0.0.1:4000/ui (log in with the master key" in out
    assert f"lmops users create NAME --role admin --config {config})" in out

    config = write(tmp_path, f"  master_key: {SECRET}\n  ui: false\n")
    serve._print_banner("127.0.0.1", 4000, load_config(config), config)
    assert "dashboard:" not in capsys.readouterr().err

    config = write(tmp_path, "  master_key: ${MY_GATEWAY_KEY}\n")
    loaded = load_config(config, environ={"MY_GATEWAY_KEY": SECRET})
    serve._print_banner("::", 4000, loaded, config)
    out = capsys.readouterr().err
    assert "(settings.master_key, from $MY_GATEWAY_KEY)" in out
    assert '-H "Authorization: Bearer $MY_GATEWAY_KEY"' in out
    assert "http://[::1]:4000/v1" in out
    assert SECRET not in out


def test_the_serving_process_collects_young_objects_less_often(tmp_path: Path) -> None:
    """Building the served app sets the process's collector thresholds (decision 42)."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        serve._build(load_config(write(tmp_path, "  auth: none\n")), migrate=False)
        assert gc.get_threshold() == (7000, 20, 100)
    finally:
        gc.set_threshold(*before)
