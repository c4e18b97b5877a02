from __future__ import annotations

from pathlib import Path

import pytest

from lmops.config import ConfigError, load_config, parse_config

ISSUE_EXAMPLE = """\
models:
  - name: chat-small                 # what clients send as "model"
    provider: openai                 # any OpenAI-compatible HTTP API
    api_base: http://127.0.0.1:9001/v1
    api_key: ${UPSTREAM_API_KEY}
  - name: chat-small                 # a second deployment of the same name: load balanced
    provider: openai
    api_base: http://127.0.0.1:9002/v1
    api_key: ${UPSTREAM_API_KEY}
    weight: 2
  - name: mock
    provider: mock
settings:
  master_key: ${LMOPS_MASTER_KEY}
  database_url: sqlite:///./lmops.db
"""
ENV = {"UPSTREAM_API_KEY": "sk-up", "LMOPS_MASTER_KEY": "sk-master"}


def test_issue_example_loads_unchanged() -> None:
    config = parse_config(ISSUE_EXAMPLE, environ=ENV)
    groups = config.groups()
    assert [len(v) for v in groups.values()] == [2, 1]
    assert groups["chat-small"][1].weight == 2
    assert config.models[0].api_key is not None
    assert config.models[0].api_key.get_secret_value() == "sk-up"
    assert config.settings.master_key is not None
    assert config.settings.max_request_bytes == 10 * 1024 * 1024


def test_missing_env_var_is_named_with_file_line_and_key() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(ISSUE_EXAMPLE, source="lmops.yaml", environ={"UPSTREAM_API_KEY": "x"})
    assert str(err.value) == (
        "lmops.yaml:14: settings.master_key: environment variable LMOPS_MASTER_KEY is not set"
    )


def test_env_default_and_optional_deployment() -> None:
    text = """
models:
  - name: real
    provider: openai
    api_base: https://api.example.com/v1
    api_key: ${MISSING_KEY}
    optional: true
  - name: mock
    provider: mock
settings:
  database_url: ${DB:-sqlite:///fallback.db}
"""
    config = parse_config(text, environ={})
    assert [d.name for d in config.models] == ["mock"]
    assert config.settings.database_url == "sqlite:///fallback.db"


def test_unknown_key_names_line_and_path() -> None:
    text = "models:\n  - name: a\n    provider: mock\n    wieght: 2\n"
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert "f.yaml:4: models.0.wieght: unknown key" in str(err.value)


def test_wrong_type_says_what_was_expected() -> None:
    text = "models:\n  - name: a\n    provider: mock\n    weight: heavy\n"
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert "f.yaml:4: models.0.weight:" in str(err.value)
    assert "number" in str(err.value)


def test_fallback_to_unknown_group_is_an_error() -> None:
    text = "models:\n  - {name: a, provider: mock}\nrouter:\n  fallbacks:\n    a: [b]\n"
    with pytest.raises(ConfigError, match="unknown model group 'b'"):
        parse_config(text, environ={})


def test_invalid_yaml_and_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="invalid YAML"):
        parse_config("models: [", environ={})
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_config(tmp_path / "nope.yaml")


def test_deployment_id_is_group_and_place_never_the_upstream() -> None:
    text = """models:
  - {name: a, provider: openai, api_base: 'http://user:pw@h:8000/v1'}
  - {name: b, provider: mock}
  - {name: a, provider: openai, api_base: 'http://h2:8000/v1'}
"""
    assert [d.id for d in parse_config(text, environ={}).models] == ["a/0", "b/0", "a/1"]


def test_an_empty_key_is_an_error_not_auth_switched_off() -> None:
    with pytest.raises(ConfigError, match=r"settings.master_key: .*must not be empty"):
        parse_config("settings:\n  master_key: ${K}\n", environ={"K": " "})
    with pytest.raises(ConfigError, match=r"models.0.api_key: .*must not be empty"):
        parse_config("models:\n  - {name: a, provider: openai, api_key: ''}\n", environ={})


def test_duplicate_keys_are_an_error() -> None:
    text = "settings:\n  log_level: info\n  log_level: debug\n"
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert str(err.value) == "f.yaml:3: settings.log_level: duplicate key"


def test_optional_deployment_with_an_empty_variable_is_left_out() -> None:
    text = (
        "models:\n"
        "  - {name: real, provider: anthropic, api_key: '${ANTHROPIC_API_KEY}', optional: true}\n"
        "  - {name: mock, provider: mock}\n"
    )
    for value in ("", "  "):
        config = parse_config(text, environ={"ANTHROPIC_API_KEY": value})
        assert [d.name for d in config.models] == ["mock"]


def test_header_values_must_stay_on_one_line() -> None:
    text = 'models:\n  - {name: a, provider: mock, headers: {x-org: "abc\\ndef"}}\n'
    with pytest.raises(ConfigError, match="must not contain line breaks"):
        parse_config(text, environ={})


def test_an_unquoted_off_switches_the_cache_off() -> None:
    # YAML 1.1 reads `off` as false; in a cache mode it can only mean "off".
    text = (
        "models:\n  - {name: a, provider: mock}\n"
        "cache:\n  mode: off\n  models:\n    a: {mode: off}\n"
    )
    config = parse_config(text, environ={})
    assert config.cache.mode == "off"
    assert config.cache.models["a"].mode == "off"
    with pytest.raises(ConfigError, match=r"cache.mode"):
        parse_config("cache:\n  mode: true\n", environ={})
