"""Prompt version rows: the columns a push writes, validated, and the version a row reads back.

A row edited by hand may not read back: :class:`UnusableVersion` names it and what is wrong, so
that listings can leave it out instead of failing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from lmops.prompts.model import ChatMessage, PromptContent, PromptVersion
from lmops.store.tables import prompt_versions

__all__ = ["UnusableVersion", "select_versions", "utc", "version_from_row", "version_values"]

_JSON_COLUMNS = ("messages", "config", "variables")


class UnusableVersion(ValueError):
    """A stored version whose values cannot be read (edited by hand): left out of listings."""

    def __init__(self, name: str, version: int, problems: Iterable[str]) -> None:
        self.name = name
        self.version = version
        self.problems = tuple(problems)
        super().__init__(
            f"prompt {name!r} version {version} is stored with unusable values "
            f"({'; '.join(self.problems)})"
        )


def select_versions() -> sa.Select[Any]:
    """Whole version rows, JSON columns as text: :func:`version_from_row` decodes them, so that one
    row of bad JSON is one unusable version, not a failed query."""
    return sa.select(
        *(
            sa.cast(c, sa.Text).label(c.name) if c.name in _JSON_COLUMNS else c
            for c in prompt_versions.c
        )
    )


def version_values(
    name: str, content: PromptContent, variables: tuple[str, ...], author: str, message: str
) -> dict[str, Any]:
    """The columns of a new version (all but its number and time), validated before any
    database work. The content is the JSON form's round trip, so the hash and the stored row
    agree with what reads give back."""
    if not isinstance(content, PromptContent):
        raise TypeError(f"content must be a PromptContent, not {type(content).__name__}")
    if isinstance(variables, str) or not all(isinstance(x, str) for x in variables):
        raise ValueError("variables must be a sequence of variable names")
    if not isinstance(author, str) or not isinstance(message, str):
        raise ValueError("author and message must be strings")
    try:
        data = json.loads(json.dumps(content.to_json(), allow_nan=False))
    except (TypeError, ValueError) as exc:
        raise ValueError(f"prompt {name!r}: config must be JSON-serialisable: {exc}") from exc
    texts = [data.get("template") or "", author, message, *variables]
    texts += [m["role"] + m["content"] for m in data.get("messages") or []]
    if any("\x00" in text for text in texts):
        # PostgreSQL text cannot hold NUL; refuse it on both backends alike.
        raise ValueError(f"prompt {name!r}: NUL characters cannot be stored")
    stored = _content(data["type"], data.get("template"), data.get("messages"), data["config"])
    return {
        "name": name,
        "type": stored.type,
        "template": stored.template,
        "messages": data.get("messages"),
        "config": data["config"],
        "variables": list(variables),
        "content_hash": stored.content_hash(),
        "message": message,
        "author": author,
    }


def _content(kind: Any, template: Any, messages: Any, config: Any) -> PromptContent:
    """A PromptContent from stored JSON values; ValueError naming the bad field."""
    if kind not in ("text", "chat"):
        raise ValueError(f"type: {kind!r} is neither 'text' nor 'chat'")
    if template is not None and not isinstance(template, str):
        raise ValueError("template: not a string")
    chat: tuple[ChatMessage, ...] | None = None
    if messages is not None:
        if not isinstance(messages, list) or not all(
            isinstance(m, dict)
            and set(m) == {"role", "content"}
            and all(isinstance(x, str) for x in m.values())
            for m in messages
        ):
            raise ValueError("messages: not a list of {role, content} strings")
        chat = tuple(ChatMessage(m["role"], m["content"]) for m in messages)
    if not isinstance(config, dict):
        raise ValueError("config: not a JSON object")
    return PromptContent(kind, template=template, messages=chat, config=config)


def version_from_row(row: sa.Row[Any]) -> PromptVersion:
    """A PromptVersion from a row of :func:`select_versions`; UnusableVersion if unreadable."""
    decoded: dict[str, Any] = {}
    problems: list[str] = []
    for column in _JSON_COLUMNS:
        text = getattr(row, column)
        try:
            decoded[column] = None if text is None else json.loads(text)
        except ValueError:
            problems.append(f"{column}: not valid JSON")
    if problems:
        raise UnusableVersion(row.name, row.version, problems)
    variables = decoded["variables"]
    if not isinstance(variables, list) or not all(isinstance(x, str) for x in variables):
        raise UnusableVersion(row.name, row.version, ["variables: not a list of names"])
    try:
        content = _content(row.type, row.template, decoded["messages"], decoded["config"])
    except ValueError as exc:
        raise UnusableVersion(row.name, row.version, [str(exc)]) from exc
    return PromptVersion(
        name=row.name,
        version=row.version,
        content=content,
        variables=tuple(variables),
        content_hash=row.content_hash,
        message=row.message,
        author=row.author,
        created_at=utc(row.created_at),
    )


def utc(value: datetime) -> datetime:
    """``value`` in UTC; a naive value is taken as UTC (as throughout the store, see
    tables.UTCDateTime)."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
