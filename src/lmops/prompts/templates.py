"""Compiling and rendering prompt templates in the sandbox (:mod:`lmops.prompts.sandbox`).

A version's templates (its text template, or each chat message's content) are compiled once
into a :class:`CompiledPrompt`: syntax errors and refused constructs surface then, at push time,
naming the field (``template``, ``messages[1].content``) and the line. Rendering takes a mapping
of variables: a variable the template uses and the mapping lacks is a :class:`MissingVariable`;
one the mapping has and the template never uses is reported in :attr:`Rendered.unused` (a
warning, not an error). Every failure while rendering is a :class:`TemplateError`, never a bare
Jinja or Python exception, so a caller can answer 400 rather than 500.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from jinja2 import Template, meta, nodes
from jinja2.exceptions import SecurityError, TemplateSyntaxError, UndefinedError
from jinja2.runtime import Context

from lmops.prompts.bounds import BUDGET_KEY, MAX_OUTPUT_CHARS, LoopBudget
from lmops.prompts.model import PromptContent, PromptVersion
from lmops.prompts.sandbox import environment, prepare, refusal

__all__ = [
    "CompiledPrompt",
    "MissingVariable",
    "Rendered",
    "TemplateCache",
    "TemplateError",
    "compile_prompt",
    "template_variables",
]

_UNDEFINED: Final = re.compile(r"'([^']+)' is undefined")
_TAGS: Final = ("{{", "{%", "{#", "\r")  # without these a template renders as itself
# A tag that is a variable name and nothing else; split() keeps the name between the texts.
_SIMPLE_TAG: Final = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


class TemplateError(ValueError):
    """A template that cannot be compiled or rendered; the message says where and why.

    ``where`` is the field (``template``, ``messages[1].content``), ``lineno`` the line within
    that template when known, ``reason`` the message without either.
    """

    def __init__(self, reason: str, where: str = "", lineno: int | None = None) -> None:
        text = f"line {lineno}: {reason}" if lineno else reason
        super().__init__(f"{where}: {text}" if where else text)
        self.where = where
        self.lineno = lineno
        self.reason = reason


class MissingVariable(TemplateError):
    """A variable the template uses was not given; ``variable`` names it."""

    def __init__(self, variable: str, where: str = "") -> None:
        super().__init__(f"missing variable {variable!r}", where)
        self.variable = variable


@dataclass(frozen=True, slots=True)
class Rendered:
    """A rendered prompt: ``text`` for a text prompt, ``messages`` for a chat prompt."""

    text: str | None
    messages: list[dict[str, str]] | None
    unused: tuple[str, ...]  # variables given that no template uses (a warning)


@dataclass(frozen=True, slots=True)
class _Part:
    """One compiled template: ``template`` None when the source is plain text. ``pieces``,
    when set, is the same template as literal text and variable names alternating (text
    first): a template whose only tags are ``{{ name }}``, rendered without Jinja's context."""

    where: str
    source: str
    template: Template | None
    loops: bool
    pieces: tuple[str, ...] | None = None

    def render(self, variables: dict[str, Any], room: int) -> str:
        if self.template is None:
            if len(self.source) > room:
                raise _too_large(self.where)
            return self.source
        try:
            if self.pieces is not None:
                return self._substitute(self.pieces, variables, room)
            # ``variables`` already holds the globals (see CompiledPrompt.render); going
            # through Template.new_context would copy them from a ChainMap on every render,
            # most of the cost of a small prompt. Prompts have no blocks (refused).
            chunks = self.template.root_render_func(
                Context(self.template.environment, variables, None, {})
            )
            if not self.loops:
                # Without loops the output is a bounded number of bounded values: check once.
                text = "".join(chunks)
                if len(text) > room:
                    raise _too_large(self.where)
                return text
            out = []
            size = 0
            for chunk in chunks:
                size += len(chunk)
                if size > room:
                    raise _too_large(self.where)
                out.append(chunk)
            return "".join(out)
        except TemplateError:
            raise
        except Exception as exc:  # every render failure becomes a TemplateError
            raise _render_error(exc, self.where) from None

    def _substitute(self, pieces: tuple[str, ...], variables: dict[str, Any], room: int) -> str:
        # What Jinja's code for "text{{ name }}text" does: str() of the value, StrictUndefined
        # for a missing one; the value is only converted, never looked into, so the sandbox
        # has nothing to guard.
        out = list(pieces)
        for i in range(1, len(out), 2):
            try:
                value = variables[out[i]]
            except KeyError:
                raise MissingVariable(out[i], self.where) from None
            out[i] = value if type(value) is str else str(value)
        text = "".join(out)
        if len(text) > room:
            raise _too_large(self.where)
        return text


def _simple_pieces(source: str) -> tuple[str, ...] | None:
    """``source`` split at its ``{{ name }}`` tags, or None if it has any other tag."""
    if "{%" in source or "{#" in source:
        return None
    pieces = _SIMPLE_TAG.split(source)
    if any("{{" in text for text in pieces[::2]):
        return None  # a tag with more than a name in it: Jinja renders that
    if any(name in environment().globals for name in pieces[1::2]):
        return None  # a global (range) renders as itself unless a variable shadows it
    return tuple(pieces)


def _too_large(where: str) -> TemplateError:
    return TemplateError(f"rendered prompt larger than {MAX_OUTPUT_CHARS:,} characters", where)


def _render_error(exc: Exception, where: str) -> TemplateError:
    if isinstance(exc, UndefinedError):
        match = _UNDEFINED.fullmatch(exc.message or "")
        if match:
            return MissingVariable(match.group(1), where)
        return TemplateError(exc.message or "undefined value", where)
    if isinstance(exc, SecurityError):
        return TemplateError(f"refused by the sandbox: {exc}", where)
    if isinstance(exc, RecursionError):
        return TemplateError("template nested too deeply", where)
    if isinstance(exc, MemoryError):
        return TemplateError("template needs too much memory", where)
    return TemplateError(f"{type(exc).__name__}: {exc}", where)


class CompiledPrompt:
    """A version's templates, compiled once and rendered many times (thread-safe)."""

    __slots__ = ("_globals", "_known", "_loops", "_messages", "_text", "variables")

    def __init__(self, content: PromptContent) -> None:
        self._text: _Part | None = None
        self._messages: tuple[tuple[str, _Part], ...] | None = None
        parts: list[_Part] = []
        found: set[str] = set()
        if content.template is not None:
            self._text = _compile(content.template, "template", found)
            parts.append(self._text)
        if content.messages is not None:
            self._messages = tuple(
                (m.role, _compile(m.content, f"messages[{i}].content", found))
                for i, m in enumerate(content.messages)
            )
            parts.extend(part for _, part in self._messages)
        self.variables: tuple[str, ...] = tuple(sorted(found))
        self._known = frozenset(found)
        self._loops = any(part.loops for part in parts)
        # The environment's globals (range), merged once per render under the variables.
        self._globals = dict(environment().globals)

    def render(self, variables: Mapping[str, Any]) -> Rendered:
        """Render with ``variables``; :class:`TemplateError` (or :class:`MissingVariable`)."""
        extra = variables.keys() - self._known if variables else None
        unused = tuple(sorted(map(str, extra))) if extra else ()
        if self._loops:
            variables = {**self._globals, **variables, BUDGET_KEY: LoopBudget()}
        else:
            variables = {**self._globals, **variables}
        if self._text is not None:
            return Rendered(self._text.render(variables, MAX_OUTPUT_CHARS), None, unused)
        room = MAX_OUTPUT_CHARS
        messages = []
        for role, part in self._messages or ():
            text = part.render(variables, room)
            room -= len(text)
            messages.append({"role": role, "content": text})
        return Rendered(None, messages, unused)


def _compile(source: str, where: str, found: set[str]) -> _Part:
    if not isinstance(source, str):
        raise TemplateError(f"a template must be a string, not {type(source).__name__}", where)
    if len(source) > MAX_OUTPUT_CHARS:
        raise TemplateError(f"template longer than {MAX_OUTPUT_CHARS:,} characters", where)
    if not any(tag in source for tag in _TAGS):
        return _Part(where, source, None, loops=False)
    try:
        template, loops = _compile_source(source, where, found)
    except RecursionError:  # the parser and compiler recurse once per level of nesting
        raise TemplateError("template nested too deeply", where) from None
    return _Part(where, source, template, loops, _simple_pieces(source))


def _compile_source(source: str, where: str, found: set[str]) -> tuple[Template, bool]:
    env = environment()
    try:
        tree = env.parse(source)
    except TemplateSyntaxError as exc:
        raise TemplateError(exc.message or "invalid template", where, exc.lineno) from None
    refused = refusal(tree)
    if refused is not None:
        raise TemplateError(refused[0], where, refused[1])
    loops = any(True for _ in tree.find_all(nodes.For))
    try:
        found.update(meta.find_undeclared_variables(tree))
        template = env.from_string(prepare(tree))
    except TemplateSyntaxError as exc:  # an unknown filter or test, found while compiling
        raise TemplateError(exc.message or "invalid template", where, exc.lineno) from None
    return template, loops


def compile_prompt(content: PromptContent) -> CompiledPrompt:
    """Compile a version's templates; :class:`TemplateError` names the field and the line."""
    return CompiledPrompt(content)


def template_variables(content: PromptContent) -> tuple[str, ...]:
    """The variables the templates use, sorted; :class:`TemplateError` if one is invalid."""
    return compile_prompt(content).variables


class TemplateCache:
    """Compiled prompts by (name, version, content hash), the least recently used dropped
    beyond ``size``. Thread-safe; compiling happens outside the lock."""

    def __init__(self, size: int = 1024) -> None:
        if size < 1:
            raise ValueError("a template cache holds at least one prompt")
        self._size = size
        self._items: OrderedDict[tuple[str, int, str], CompiledPrompt] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, version: PromptVersion) -> CompiledPrompt:
        """The compiled prompt of ``version`` (compiled now if not cached)."""
        key = (version.name, version.version, version.content_hash)
        with self._lock:
            compiled = self._items.get(key)
            if compiled is not None:
                self._items.move_to_end(key)
                return compiled
        compiled = compile_prompt(version.content)
        with self._lock:
            self._items[key] = compiled
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)
        return compiled

    def __len__(self) -> int:
        return len(self._items)
