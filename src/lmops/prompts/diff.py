"""Differences between two prompt versions, as a unified diff of their prompt-file YAML."""

from __future__ import annotations

import difflib
from typing import Any

from lmops.prompts.files import content_yaml
from lmops.prompts.model import PromptContent, PromptVersion

__all__ = ["diff_versions"]


def diff_versions(a: PromptVersion, b: PromptVersion) -> str:
    """The unified diff from ``a`` to ``b`` (template or messages, and config), with headers
    ``name:1`` and ``name:2``; an empty string when the contents are equal. Config keys are
    sorted at every level, so the order a store or a file gave them in shows no difference."""
    before = content_yaml(_sorted_config(a.content)).splitlines(keepends=True)
    after = content_yaml(_sorted_config(b.content)).splitlines(keepends=True)
    lines = difflib.unified_diff(before, after, fromfile=a.ref, tofile=b.ref)
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


def _sorted_config(content: PromptContent) -> PromptContent:
    return PromptContent(
        content.type, content.template, content.messages, _sorted(dict(content.config))
    )


def _sorted(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _sorted(value[k]) for k in sorted(value)}
    if isinstance(value, list | tuple):
        return [_sorted(v) for v in value]
    return value
