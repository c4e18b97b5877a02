from __future__ import annotations

from pathlib import Path

import pytest

from lmops.config import (
    ConfigError,
    load_config,
    load_database_url,
    load_models,
    parse_config,
    variable_of,
)

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
OPEN = "settings:\n  auth: none\n"  # no master key, said explicitly (local use)


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
  auth: none
  database_url: ${DB:-sqlite:///fallback.db}
"""
    config = parse_config(text, environ={})
    assert [d.name for d in config.models] == ["mock"]
    assert config.settings.database_url == "sqlite:///fallback.db"


def test_unknown_key_names_line_and_path() -> None:
    text = "models:\n  - name: a\n    provider: mock\n    wieght: 2\n" + OPEN
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert "f.yaml:4: models.0.wieght: unknown key" in str(err.value)


def test_wrong_type_says_what_was_expected() -> None:
    text = "models:\n  - name: a\n    provider: mock\n    weight: heavy\n" + OPEN
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert "f.yaml:4: models.0.weight:" in str(err.value)
    assert "number" in str(err.value)


def test_fallback_to_unknown_group_is_an_error() -> None:
    text = "models:\n  - {name: a, provider: mock}\nrouter:\n  fallbacks:\n    a: [b]\n" + OPEN
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    # The line of the entry, in plain words: not "f.yaml:1: <top>: Value error, ..."
    assert str(err.value) == "f.yaml:5: router.fallbacks.a: unknown model group 'b'"


def test_invalid_yaml_and_unreadable_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="invalid YAML"):
        parse_config("models: [", environ={})
    with pytest.raises(ConfigError, match="cannot read config file"):
        load_config(tmp_path / "nope.yaml")


def test_deployment_id_is_group_and_place_never_the_upstream() -> None:
    text = (
        """models:
  - {name: a, provider: openai, api_base: 'http://user:pw@h:8000/v1'}
  - {name: b, provider: mock}
  - {name: a, provider: openai, api_base: 'http://h2:8000/v1'}
"""
        + OPEN
    )
    assert [d.id for d in parse_config(text, environ={}).models] == ["a/0", "b/0", "a/1"]


def test_an_empty_key_is_an_error_not_auth_switched_off() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config("settings:\n  master_key: ${K}\n", source="f.yaml", environ={"K": " "})
    assert "f.yaml:2: settings.master_key: must not be empty" in str(err.value)
    assert "Value error" not in str(err.value)
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
        "  - {name: mock, provider: mock}\n" + OPEN
    )
    for value in ("", "  "):
        config = parse_config(text, environ={"ANTHROPIC_API_KEY": value})
        assert [d.name for d in config.models] == ["mock"]


def test_header_values_must_stay_on_one_line() -> None:
    text = 'models:\n  - {name: a, provider: mock, headers: {x-org: "abc\\ndef"}}\n' + OPEN
    with pytest.raises(ConfigError, match="must not contain line breaks"):
        parse_config(text, environ={})


def test_an_unquoted_off_switches_the_cache_off() -> None:
    # YAML 1.1 reads `off` as false; in a cache mode it can only mean "off".
    text = (
        "models:\n  - {name: a, provider: mock}\n"
        "cache:\n  mode: off\n  models:\n    a: {mode: off}\n" + OPEN
    )
    config = parse_config(text, environ={})
    assert config.cache.mode == "off"
    assert config.cache.models["a"].mode == "off"
    with pytest.raises(ConfigError, match=r"cache.mode"):
        parse_config("cache:\n  mode: true\n", environ={})


MOCK = "models:\n  - {name: a, provider: mock}\n"


def test_no_master_key_is_an_error_unless_auth_none_is_written() -> None:
    with pytest.raises(ConfigError) as err:
        parse_config(MOCK + "settings:\n  log_level: info\n", source="f.yaml", environ={})
    assert str(err.value).startswith("f.yaml:3: settings.master_key: not set, so anyone could")
    assert "settings.auth: none" in str(err.value)
    with pytest.raises(ConfigError, match=r"^f.yaml: settings.master_key: not set"):
        parse_config(MOCK, source="f.yaml", environ={})  # no settings at all: no line to name
    assert parse_config(MOCK + OPEN, environ={}).settings.auth == "none"
    assert parse_config(ISSUE_EXAMPLE, environ=ENV).settings.auth == "master_key"


def test_auth_none_and_a_master_key_contradict() -> None:
    text = MOCK + "settings:\n  master_key: sk-x\n  auth: none\n"
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert str(err.value).startswith("f.yaml:5: settings.auth: none, but settings.master_key")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("mysql://root@db/lmops", "unsupported database URL scheme 'mysql'"),
        ("lmops.db", "unsupported database URL scheme '(none)'"),
        ("sqlite://", "in-memory SQLite is not supported"),
    ],
)
def test_an_unsupported_database_url_is_an_error(url: str, expected: str) -> None:
    text = MOCK + f"settings:\n  auth: none\n  database_url: '{url}'\n"
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert str(err.value).startswith(f"f.yaml:5: settings.database_url: {expected}")


def test_a_config_without_deployments_is_an_error() -> None:
    for text in ("models: []\n" + OPEN, OPEN):
        with pytest.raises(ConfigError, match=r"models: no deployments: add one"):
            parse_config(text, source="f.yaml", environ={})
    optional = "models:\n  - {name: o, provider: openai, api_key: '${K}', optional: true}\n"
    with pytest.raises(ConfigError) as err:
        parse_config(optional + OPEN, source="f.yaml", environ={})
    assert str(err.value).startswith("f.yaml:1: models: every deployment is optional")


def test_cross_field_errors_name_the_line_of_the_field() -> None:
    text = MOCK + "cache:\n  backend: redis\n" + OPEN
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert str(err.value) == "f.yaml:4: cache.backend: redis needs settings.redis_url"
    text = MOCK + "limits:\n  groups:\n    nope: {rpm: 1}\n" + OPEN
    with pytest.raises(ConfigError) as err:
        parse_config(text, source="f.yaml", environ={})
    assert str(err.value) == "f.yaml:5: limits.groups.nope: unknown model group 'nope'"


def test_the_database_url_alone_needs_only_its_own_variables(tmp_path: Path) -> None:
    path = tmp_path / "lmops.yaml"
    path.write_text(ISSUE_EXAMPLE.replace("sqlite:///./lmops.db", "${DB:-sqlite:///x.db}"))
    # The master and upstream keys are unset: a command that reads the store needs neither.
    assert load_database_url(path, environ={}) == "sqlite:///x.db"
    assert load_database_url(path, environ={"DB": "postgresql://u@h/d"}) == "postgresql://u@h/d"
    path.write_text("settings:\n  database_url: ${DB}\n")
    with pytest.raises(ConfigError, match=r":2: settings.database_url: environment variable DB"):
        load_database_url(path, environ={})
    path.write_text("settings:\n  database_url: mysql://h/d\n")
    with pytest.raises(ConfigError, match=r":2: settings.database_url: unsupported"):
        load_database_url(path, environ={})
    # The rest of the file is still checked: a typo is not silently read as the default URL.
    path.write_text(ISSUE_EXAMPLE.replace("database_url", "databse_url"))
    with pytest.raises(ConfigError, match=r":15: settings.databse_url: unknown key"):
        load_database_url(path, environ={})
    path.write_text(ISSUE_EXAMPLE.replace("  database_url: sqlite:///./lmops.db\n", ""))
    assert load_database_url(path, environ={}) == "sqlite:///./lmops.db"


def test_variable_of_names_where_a_secret_comes_from(tmp_path: Path) -> None:
    path = tmp_path / "lmops.yaml"
    path.write_text(ISSUE_EXAMPLE)
    assert variable_of(path, "settings", "master_key") == "LMOPS_MASTER_KEY"
    assert variable_of(path, "settings", "database_url") is None
    assert variable_of(tmp_path / "missing.yaml", "settings", "master_key") is None


def test_load_models_needs_the_models_variables_only(tmp_path: Path) -> None:
    path = tmp_path / "lmops.yaml"
    path.write_text(
        "models:\n"
        "  - {name: mock, provider: mock}\n"
        "  - {name: up, provider: openai, api_base: 'http://127.0.0.1:9', api_key: '${UP_KEY}'}\n"
        "router: {retries: {attempts: 4}}\n"
        "settings: {master_key: '${MASTER}', database_url: '${DB}'}\n",
        encoding="utf-8",
    )
    config = load_models(path, environ={"UP_KEY": "k"})
    assert sorted(config.groups()) == ["mock", "up"]
    assert config.router.retries.attempts == 4
    with pytest.raises(ConfigError, match=r"lmops.yaml:3: models.1.api_key: .*UP_KEY is not set"):
        load_models(path, environ={})
