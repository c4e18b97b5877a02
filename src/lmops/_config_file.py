"""Reading ``lmops.yaml``: YAML with line numbers, ``${VAR}`` references, and error messages
that name the file, the line and the key path. The schema is in :mod:`lmops.config`, which
re-exports what is public here: import it from there (this module needs it loaded first)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from lmops.config import Config, FieldError, Settings, _supported_database
from lmops.yaml_lines import DuplicateKey, KeyPath, YamlProblem, read_yaml, where

__all__ = [
    "ConfigError",
    "load_config",
    "load_database_url",
    "load_models",
    "parse_config",
    "variable_of",
]

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")

_Path = KeyPath
_DATABASE_URL: _Path = ("settings", "database_url")


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file, line and key path."""


@dataclass(frozen=True)
class _Missing:
    var: str
    path: _Path


@dataclass(frozen=True)
class _Parsed:
    source: str
    lines: dict[_Path, int]
    resolved: dict[str, Any]
    missing: list[_Missing]

    def where(self, path: _Path) -> str:
        return where(self.source, self.lines, path)

    def unset(self, missing: _Missing) -> ConfigError:
        return ConfigError(
            f"{self.where(missing.path)}: environment variable {missing.var} is not set"
        )


def load_config(path: str | Path, environ: Mapping[str, str] | None = None) -> Config:
    """Read, resolve and validate a config file."""
    return parse_config(_read(path), source=str(path), environ=environ)


def parse_config(
    text: str, source: str = "<config>", environ: Mapping[str, str] | None = None
) -> Config:
    """Validate config text; see :func:`load_config`."""
    parsed = _parse(text, source, os.environ if environ is None else environ)
    if parsed.missing:
        raise parsed.unset(parsed.missing[0])
    try:
        return Config.model_validate(parsed.resolved)
    except ValidationError as exc:
        raise ConfigError(_describe(exc.errors(), parsed)) from None


def load_database_url(path: str | Path, environ: Mapping[str, str] | None = None) -> str:
    """``settings.database_url`` of a checked config file, for the commands that need nothing
    but the store (logs, spend, keys): the file is validated as a whole, but its other
    ``${VAR}`` references (the master key, upstream keys) need not be set for them."""
    parsed = _parse(_read(path), str(path), os.environ if environ is None else environ)
    for missing in parsed.missing:
        if missing.path[:2] == _DATABASE_URL:
            raise parsed.unset(missing)
    try:
        return Config.model_validate(parsed.resolved).settings.database_url
    except ValidationError as exc:
        unset = [m.path for m in parsed.missing]
        # An unset variable reads as "": errors it causes are not this command's business.
        errors = [e for e in exc.errors() if not any(_overlap(_path(e), p) for p in unset)]
        if errors:
            raise ConfigError(_describe(errors, parsed)) from None
    settings = parsed.resolved.get("settings")
    url = settings.get("database_url") if isinstance(settings, dict) else None
    url = Settings.model_fields["database_url"].default if url is None else url
    try:
        return _supported_database(url)
    except ValueError as exc:
        raise ConfigError(f"{parsed.where(_DATABASE_URL)}: {exc}") from None


def load_models(
    path: str | Path, environ: Mapping[str, str] | None = None, *, also: tuple[str, ...] = ()
) -> Config:
    """The config's ``models`` and ``router`` alone (and the top-level sections in ``also``,
    such as ``budgets``), for the commands that call or price model groups in-process
    (``lmops eval run``, ``lmops models``, ``lmops cost``): their ``${VAR}`` references must be
    set, the others (the master key, the database) need not be, and the other sections are
    left at their defaults (``auth: none``: nothing is served)."""
    kept = ("models", "router", *also)
    parsed = _parse(_read(path), str(path), os.environ if environ is None else environ)
    for missing in parsed.missing:
        if missing.path[:1] in {(k,) for k in kept}:
            raise parsed.unset(missing)
    wanted = {k: parsed.resolved[k] for k in kept if k in parsed.resolved}
    try:
        return Config.model_validate({**wanted, "settings": {"auth": "none"}})
    except ValidationError as exc:
        raise ConfigError(_describe(exc.errors(), parsed)) from None


def variable_of(path: str | Path, *keys: str) -> str | None:
    """The environment variable a field is read from, when its whole value is one ``${VAR}``
    reference (so that a message can name where a secret lives without showing it)."""
    try:
        value: Any = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return None
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    match = _ENV_REF.fullmatch(value) if isinstance(value, str) else None
    return match.group(1) if match else None


def _read(path: str | Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None


def _parse(text: str, source: str, env: Mapping[str, str]) -> _Parsed:
    """YAML to the mapping pydantic validates: optional deployments dropped, variables resolved
    (an unset one reads as "" and is listed in ``missing``)."""
    try:
        raw, lines = read_yaml(text)
    except DuplicateKey as exc:
        raise ConfigError(f"{source}:{exc.line}: {exc}") from None
    except YamlProblem as exc:
        raise ConfigError(f"{source}: {exc}") from None
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level")
    given = raw.get("models")
    raw = _drop_optional_deployments(raw, env)
    if given and not raw["models"]:
        raise ConfigError(
            f"{where(source, lines, ('models',))}: every deployment is optional and uses an "
            "unset variable, so none is left: add one that is always there (provider: mock)"
        )
    missing: list[_Missing] = []
    resolved = _resolve(raw, env, (), missing)
    return _Parsed(source, lines, resolved, missing)


def _drop_optional_deployments(raw: dict[str, Any], env: Mapping[str, str]) -> dict[str, Any]:
    models = raw.get("models")
    if not isinstance(models, list):
        return raw
    # Compose and ${VAR:-} hand over unset variables as "": for an optional deployment, a
    # variable that is empty (or blank) counts as unset too.
    present = {k: v for k, v in env.items() if str(v).strip()}
    kept = []
    for entry in models:
        if isinstance(entry, dict) and entry.get("optional") is True:
            missing: list[_Missing] = []
            _resolve(entry, present, (), missing)
            if missing:
                continue
        kept.append(entry)
    return {**raw, "models": kept}


def _resolve(value: Any, env: Mapping[str, str], path: _Path, missing: list[_Missing]) -> Any:
    if isinstance(value, str):

        def sub(m: re.Match[str]) -> str:
            var, default = m.group(1), m.group(2)
            if var in env:
                return str(env[var])
            if default is not None:
                return default
            missing.append(_Missing(var, path))
            return ""

        return _ENV_REF.sub(sub, value)
    if isinstance(value, dict):
        return {k: _resolve(v, env, (*path, k), missing) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve(v, env, (*path, i), missing) for i, v in enumerate(value)]
    return value


def _path(err: ErrorDetails) -> _Path:
    """Where an error belongs: a cross-field error names its field itself."""
    error = err.get("ctx", {}).get("error")
    extra = error.path if isinstance(error, FieldError) else ()
    return (*err["loc"], *extra)


def _overlap(a: _Path, b: _Path) -> bool:
    return bool(a) and bool(b) and (a[: len(b)] == b or b[: len(a)] == a)


def _describe(errors: list[ErrorDetails], parsed: _Parsed) -> str:
    parts = []
    for err in errors:
        msg = "unknown key" if err["type"] == "extra_forbidden" else err["msg"]
        if isinstance(err.get("ctx", {}).get("error"), ValueError):
            msg = str(err["ctx"]["error"])  # pydantic's "Value error, " says nothing to a reader
        parts.append(f"{parsed.where(_path(err))}: {msg}")
    return "\n".join(parts)
