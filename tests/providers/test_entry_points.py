"""Third-party providers found through ``lmops.providers`` entry points, with their own options.

The fixture installs a real (if tiny) distribution: a ``.dist-info`` folder on ``sys.path``,
which ``importlib.metadata`` finds as it finds any installed package.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import ClassVar

import aiohttp
import orjson
import pytest
from pydantic import BaseModel, ConfigDict
from typer.testing import CliRunner

from lmops.cli.main import app
from lmops.config import ConfigError, Deployment, parse_config
from lmops.providers import base
from lmops.providers.base import (
    UpstreamRequest,
    UpstreamResponse,
    create_provider,
    provider_options,
    registered_providers,
)
from lmops.providers.mock import MockProvider

ENTRY_POINTS = """\
[lmops.providers]
acme = tests.providers.test_entry_points:EchoProvider
acme-broken = tests.providers.no_such_module:make
acme-odd = tests.providers.test_entry_points:NOT_A_FACTORY
mock = tests.providers.test_entry_points:EchoProvider
"""
NOT_A_FACTORY = 42


class EchoOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    greeting: str = "hello"


class EchoProvider:
    """Answers every chat with its greeting."""

    options_model: ClassVar[type[BaseModel]] = EchoOptions

    def __init__(self, deployment: Deployment, http: aiohttp.ClientSession) -> None:
        self.greeting = provider_options(deployment, EchoOptions).greeting

    async def send(self, request: UpstreamRequest) -> UpstreamResponse:
        return UpstreamResponse(body=orjson.dumps({"content": self.greeting}))


@pytest.fixture(autouse=True)
def acme_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    registered_providers()  # the built-ins register in the real registry, before the copy
    monkeypatch.setattr(base, "_REGISTRY", dict(base._REGISTRY))
    dist = tmp_path / "site" / "acme_lmops-1.0.dist-info"
    dist.mkdir(parents=True)
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-lmops\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text(ENTRY_POINTS)
    monkeypatch.syspath_prepend(str(tmp_path / "site"))


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def config(provider: str, options: str = "") -> str:
    return f"models:\n  - name: a\n    provider: {provider}\n{options}settings: {{auth: none}}\n"


def test_entry_points_are_listed_without_being_loaded() -> None:
    names = registered_providers()
    assert {"acme", "acme-broken", "acme-odd", "gemini", "openai", "mock"} <= set(names)
    assert "acme-broken" not in base._REGISTRY


async def test_a_provider_loads_from_its_entry_point(http: aiohttp.ClientSession) -> None:
    assert "acme" not in base._REGISTRY
    deployment = Deployment(name="a", provider="acme", options={"greeting": "hi"})
    provider = create_provider(deployment, http)
    assert isinstance(provider, EchoProvider)
    response = await provider.send(UpstreamRequest("chat", {}, False, "r"))
    assert response.body == b'{"content":"hi"}'
    assert base._REGISTRY["acme"] is EchoProvider  # loaded once, then registered


async def test_built_in_providers_win_over_entry_points(http: aiohttp.ClientSession) -> None:
    provider = create_provider(Deployment(name="a", provider="mock"), http)
    assert isinstance(provider, MockProvider)


@pytest.mark.parametrize(
    ("name", "says"),
    [
        (
            "acme-broken",
            "model 'a': provider 'acme-broken': cannot load entry point acme-broken = "
            "tests.providers.no_such_module:make (lmops.providers of package acme-lmops): "
            "ModuleNotFoundError",
        ),
        ("acme-odd", "entry point acme-odd = tests.providers.test_entry_points:NOT_A_FACTORY"),
    ],
)
async def test_a_broken_entry_point_is_named(
    http: aiohttp.ClientSession, name: str, says: str
) -> None:
    with pytest.raises(ValueError) as info:
        create_provider(Deployment(name="a", provider=name), http)
    assert says in str(info.value)


async def test_an_unknown_provider_lists_the_entry_points_too(
    http: aiohttp.ClientSession,
) -> None:
    with pytest.raises(ValueError, match=r"unknown provider 'nosuch' \(known: acme, acme-broken"):
        create_provider(Deployment(name="a", provider="nosuch"), http)


def test_options_are_checked_by_the_providers_model_at_load() -> None:
    loaded = parse_config(config("acme", "    options: {greeting: hey}\n"))
    assert loaded.models[0].options == {"greeting": "hey"}
    with pytest.raises(ConfigError) as info:
        parse_config(config("acme", "    options:\n      greting: hey\n"), source="f")
    assert str(info.value) == "f:5: models.0.options.greting: unknown key"
    with pytest.raises(ConfigError) as info:
        parse_config(config("acme", "    options: {greeting: [1]}\n"), source="f")
    assert str(info.value).startswith("f:4: models.0.options.greeting: ")


@pytest.mark.parametrize(
    ("provider", "says"),
    [
        ("mock", "f:4: models.0.options: provider 'mock' takes no options"),
        ("acme-broken", "f:3: models.0.provider: provider 'acme-broken': cannot load"),
    ],
)
def test_options_for_a_provider_that_takes_none(provider: str, says: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(config(provider, "    options: {x: 1}\n"), source="f")
    assert str(info.value).startswith(says)


def test_a_provider_not_yet_known_is_left_to_the_build() -> None:
    # A provider registered by code that runs after the config is loaded must still load.
    loaded = parse_config(config("later", "    options: {x: 1}\n"))
    assert loaded.models[0].provider == "later"


def test_config_check_reports_an_option_typo(tmp_path: Path) -> None:
    path = tmp_path / "lmops.yaml"
    path.write_text(config("gemini", "    options: {project: p, locaton: eu}\n"))
    result = CliRunner().invoke(app, ["config", "check", str(path)])
    assert result.exit_code == 2
    assert f"{path}:4: models.0.options.locaton: unknown key" in result.output
