"""YAML with the line of every key: what lets an error in ``lmops.yaml``, a prompt file, an eval
suite or an experiment file name the file, the line and the field.

One parse gives both the document and the lines; a key given twice in one mapping is refused
(YAML loaders keep the last one silently).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml

__all__ = ["DuplicateKey", "KeyPath", "YamlProblem", "read_yaml", "where"]

KeyPath = tuple[str | int, ...]


class YamlProblem(ValueError):
    """Text that is not YAML lmops can use: ``str()`` is the parser's whole account;
    ``line`` (1-based, None when the parser gave none) and ``problem``, the short reason, are
    for a message of one's own."""

    def __init__(self, text: str, line: int | None, problem: str) -> None:
        super().__init__(text)
        self.line = line
        self.problem = problem


class DuplicateKey(YamlProblem):
    """A key given twice in one mapping."""


def read_yaml(text: str) -> tuple[Any, dict[KeyPath, int]]:
    """The document, and the line of every key and list item by path; :class:`YamlProblem` for
    text that does not parse, :class:`DuplicateKey` for a repeated key."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        raw = None if node is None else loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = None if mark is None else mark.line + 1
        raise YamlProblem(f"invalid YAML: {exc}", line, f"invalid YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(f"invalid YAML: {exc}", None, f"invalid YAML: {exc}") from None
    finally:
        loader.dispose()
    return raw, dict(_node_lines(node, ())) if node is not None else {}


def _node_lines(node: yaml.Node, path: KeyPath) -> Iterator[tuple[KeyPath, int]]:
    # A key's line, not its value's: "settings:" rather than the first line under it.
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, child in node.value:
            if key.value in seen:
                dotted = ".".join(str(p) for p in (*path, key.value))
                problem = f"{dotted}: duplicate key"
                raise DuplicateKey(problem, key.start_mark.line + 1, problem)
            seen.add(key.value)
            yield (*path, key.value), key.start_mark.line + 1
            yield from _node_lines(child, (*path, key.value))
    elif isinstance(node, yaml.SequenceNode):
        for i, child in enumerate(node.value):
            yield (*path, i), child.start_mark.line + 1
            yield from _node_lines(child, (*path, i))


def where(source: str, lines: dict[KeyPath, int], path: KeyPath) -> str:
    """``source:line: dotted.path``, with the line of the nearest key of ``path`` the file has
    (none for a key missing from the file: the root's line 1 would mislead)."""
    dotted = ".".join(str(p) for p in path) or "<top>"
    probe = tuple(path)
    while probe and probe not in lines:
        probe = probe[:-1]
    line = lines.get(probe) if probe else None
    return f"{source}:{line}: {dotted}" if line else f"{source}: {dotted}"
