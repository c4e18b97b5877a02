"""Prompt files: the YAML (or Markdown with YAML front matter) a prompt lives in, in git.

A YAML file holds ``name``, ``type`` (``text`` or ``chat``), ``template`` (text) or
``messages`` (chat: a list of ``{role, content}``), and optionally ``config`` (request
parameters: model, temperature, ...) and ``description``::

    name: summarize
    type: text
    template: "Summarize in {{ n }} words: {{ text }}"

A Markdown file (``.md``) starts with the same fields as YAML front matter between two ``---``
lines; its body (less leading blank lines and trailing whitespace) is the template of a ``text``
prompt or, for a ``chat`` prompt, the content of a last ``user`` message appended to the front
matter's ``messages`` (which may then be left out). A body given together with ``template`` is
an error. When a folder is loaded, a Markdown file without front matter (a README) is skipped.

Every error names the file, the line and the field: ``prompts/a.yaml:7: messages.1.role: ...``.
Templates are compiled at load, so a template error is reported the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_core import ErrorDetails

# lmops._config_file needs lmops.config loaded before it (see its docstring).
from lmops import config as _config  # noqa: F401
from lmops.config import FieldError
from lmops.prompts.model import ChatMessage, PromptContent, PromptVersion, check_name
from lmops.prompts.templates import TemplateError, compile_prompt
from lmops.providers.params import FORBIDDEN_FIELDS
from lmops.yaml_lines import YamlProblem, read_yaml, where

__all__ = [
    "PromptFile",
    "PromptFileError",
    "PromptFileModel",
    "content_yaml",
    "dump_prompt_file",
    "load_prompt_file",
    "load_prompts",
    "prompt_file_text",
]

_Path = tuple[str | int, ...]
_SUFFIXES: Final = (".yaml", ".yml", ".md")
_FRONT_MATTER: Final = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?$\n?", re.DOTALL | re.M)
_WHERE_PART: Final = re.compile(r"(\w+)|\[(\d+)\]")

# A prompt's config may not set where a request goes or with which credential (FORBIDDEN_FIELDS,
# as a client's request may not), nor what the template itself provides.
_TEMPLATE_FIELDS: Final = frozenset({"messages", "prompt", "prompt_id", "prompt_variables"})


class PromptFileError(ValueError):
    """A prompt file that cannot be used: ``path:line: field: problem`` (one per line)."""


class MessageModel(BaseModel):
    """One message of a chat prompt file."""

    model_config = ConfigDict(extra="forbid")
    role: Literal["system", "developer", "user", "assistant"]
    content: str


class PromptFileModel(BaseModel):
    """The fields of a prompt file (also the front matter of a Markdown one)."""

    model_config = ConfigDict(extra="forbid")
    name: str
    type: Literal["text", "chat"]
    description: str = ""
    template: str | None = None
    messages: list[MessageModel] | None = Field(default=None, min_length=1)
    config: dict[str, Any] = Field(default_factory=dict)

    @field_validator("name")
    @classmethod
    def _name(cls, value: str) -> str:
        return check_name(value)

    @field_validator("config")
    @classmethod
    def _config(cls, value: dict[str, Any]) -> dict[str, Any]:
        for key in value:
            if key in FORBIDDEN_FIELDS:
                raise FieldError((key,), "a prompt cannot set this (the gateway decides it)")
            if key in _TEMPLATE_FIELDS:
                raise FieldError((key,), "not a request parameter a prompt's config can hold")
        _check_json(value, ())
        return value

    def content(self) -> PromptContent:
        messages = None
        if self.messages is not None:
            messages = tuple(ChatMessage(m.role, m.content) for m in self.messages)
        return PromptContent(self.type, self.template, messages, dict(self.config))


def _check_json(value: Any, path: _Path) -> None:
    # The config is stored and sent as JSON: a YAML date, set or non-string key would not
    # come back as written (or would not serialise at all).
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise FieldError((*path, str(key)), "keys must be strings")
            _check_json(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_json(item, (*path, i))
    elif not isinstance(value, str | int | float | bool) and value is not None:
        raise FieldError(path, f"not a JSON value ({type(value).__name__})")


@dataclass(frozen=True, slots=True)
class PromptFile:
    """A loaded, checked prompt file (``path`` None when it did not come from a file)."""

    name: str
    content: PromptContent
    description: str
    path: Path | None


@dataclass(frozen=True, slots=True)
class _Source:
    """A file's fields with the line of each, and a Markdown body with its first line."""

    raw: dict[str, Any]
    lines: dict[_Path, int]
    body: str | None = None
    body_line: int = 0


def load_prompt_file(path: Path) -> PromptFile:
    """Read and check one ``.yaml``/``.yml``/``.md`` prompt file; :class:`PromptFileError`."""
    return _load(Path(path))[0]


def _load(path: Path) -> tuple[PromptFile, int]:
    """The prompt in ``path`` and the line of its name."""
    text = _read(path)
    if path.suffix.lower() == ".md":
        source = _markdown(text, path)
        if source is None:
            raise PromptFileError(f"{path}:1: a Markdown prompt starts with '---' front matter")
    else:
        source = _yaml(text, path, offset=0)
    return _check(source, path), source.lines.get(("name",), 1)


def load_prompts(path: Path) -> list[PromptFile]:
    """A file, or every prompt file under a folder (recursively), sorted by name; the same
    name in two files is an error naming both."""
    path = Path(path)
    if not path.is_dir():
        return [load_prompt_file(path)]
    found: dict[str, PromptFile] = {}
    for file in _files(path):
        if file.suffix.lower() == ".md" and _markdown(_read(file), file) is None:
            continue
        prompt, line = _load(file)
        first = found.get(prompt.name)
        if first is not None:
            raise PromptFileError(
                f"{file}:{line}: name: prompt {prompt.name!r} is also defined in {first.path}"
            )
        found[prompt.name] = prompt
    return [found[name] for name in sorted(found)]


def _files(folder: Path) -> Iterator[Path]:
    for file in sorted(folder.rglob("*")):
        hidden = any(part.startswith(".") for part in file.relative_to(folder).parts)
        if file.is_file() and file.suffix.lower() in _SUFFIXES and not hidden:
            yield file


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise PromptFileError(f"{path}: cannot read prompt file: {why}") from None


def _yaml(text: str, path: Path, offset: int) -> _Source:
    try:
        raw, lines = read_yaml(text)
    except YamlProblem as exc:
        line = "" if exc.line is None else f"{exc.line + offset}:"
        raise PromptFileError(f"{path}:{line} {exc.problem}") from None
    if not isinstance(raw, dict):
        raise PromptFileError(f"{path}:{1 + offset}: expected a mapping of prompt fields")
    return _Source(raw, {k: v + offset for k, v in lines.items()})


def _markdown(text: str, path: Path) -> _Source | None:
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None
    source = _yaml(match.group(1), path, offset=1)
    rest = text[match.end() :]
    lines = rest.split("\n")
    skipped = 0
    while skipped < len(lines) and not lines[skipped].strip():
        skipped += 1
    body = "\n".join(lines[skipped:]).rstrip()
    if not body:
        return source
    body_line = text[: match.end()].count("\n") + 1 + skipped
    return _Source(source.raw, source.lines, body, body_line)


def _check(source: _Source, path: Path) -> PromptFile:
    raw = dict(source.raw)
    if source.body is not None:
        if raw.get("type") == "chat":
            messages = raw.get("messages") or []
            if not isinstance(messages, list):
                return _check(_Source(raw, source.lines), path)  # reported as a messages error
            raw["messages"] = [*messages, {"role": "user", "content": source.body}]
        elif "template" in raw:
            line = source.lines.get(("template",), 1)
            raise PromptFileError(f"{path}:{line}: template: given both here and as the body")
        else:
            raw["template"] = source.body
    try:
        model = PromptFileModel.model_validate(raw)
        content = model.content()
    except ValidationError as exc:
        raise PromptFileError(_describe(exc.errors(), str(path), source.lines)) from None
    except ValueError as exc:  # PromptContent's shape: a template or messages, by type
        raise PromptFileError(f"{where(str(path), source.lines, _misplaced(raw))}: {exc}") from None
    try:
        compile_prompt(content)
    except TemplateError as exc:
        raise PromptFileError(_template_error(exc, path, source, raw)) from None
    return PromptFile(model.name, content, model.description, path)


def _misplaced(raw: dict[str, Any]) -> _Path:
    """Where to report a template or messages that do not fit the type: at the one given that
    should not be, else at ``type``."""
    wrong = "template" if raw.get("type") == "chat" else "messages"
    return (wrong,) if raw.get(wrong) is not None else ("type",)


def _describe(errors: list[ErrorDetails], source: str, lines: dict[_Path, int]) -> str:
    parts = []
    for err in errors:
        msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        if isinstance(err.get("ctx", {}).get("error"), ValueError):
            msg = str(err["ctx"]["error"])
        error = err.get("ctx", {}).get("error")
        extra = error.path if isinstance(error, FieldError) else ()
        parts.append(f"{where(source, lines, (*err['loc'], *extra))}: {msg}")
    return "\n".join(parts)


def _template_error(exc: TemplateError, path: Path, source: _Source, raw: dict[str, Any]) -> str:
    field: _Path = tuple(name or int(index) for name, index in _WHERE_PART.findall(exc.where)) or (
        "template",
    )
    dotted = ".".join(str(p) for p in field)
    from_body = source.body is not None and (
        field == ("template",) or field == ("messages", len(raw.get("messages", [])) - 1, "content")
    )
    if from_body and exc.lineno:
        return f"{path}:{source.body_line + exc.lineno - 1}: {dotted}: {exc.reason}"
    at = where(str(path), source.lines, field)
    return (
        f"{at}: template line {exc.lineno}: {exc.reason}" if exc.lineno else f"{at}: {exc.reason}"
    )


class _Dumper(yaml.SafeDumper):
    pass


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line templates read best as block literals (PyYAML falls back to quotes when a
    # literal cannot hold the text exactly, so this never changes what loads back).
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump_prompt_file(version: PromptVersion, description: str = "") -> str:
    """The YAML prompt file of ``version``; loading it gives back the same content."""
    return prompt_file_text(version.name, version.content, description)


def prompt_file_text(name: str, content: PromptContent, description: str = "") -> str:
    """The YAML prompt file of a name and content (see :func:`dump_prompt_file`)."""
    head: dict[str, Any] = {"name": name, "type": content.type}
    if description:
        head["description"] = description
    return _dump(head) + content_yaml(content, with_type=False)


def content_yaml(content: PromptContent, *, with_type: bool = True) -> str:
    """A version's content as prompt-file YAML (``type``, ``template`` or ``messages``,
    ``config`` when not empty): what files hold and what diffs compare."""
    data: dict[str, Any] = {"type": content.type} if with_type else {}
    if content.template is not None:
        data["template"] = content.template
    if content.messages is not None:
        data["messages"] = [{"role": m.role, "content": m.content} for m in content.messages]
    if content.config:
        data["config"] = dict(content.config)
    return _dump(data) if data else ""


def _dump(data: dict[str, Any]) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100_000)
