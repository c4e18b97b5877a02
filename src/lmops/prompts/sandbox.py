"""The Jinja2 sandbox prompts render in, and the checks that refuse escapes before rendering.

Two layers, so that neither alone has to be perfect:

* At compile (push) time the template's syntax tree is walked and refused when it reaches for
  anything private (``x.__class__``, ``x['_y']``, ``|attr``, ``map(attribute='__y')``), for a
  Jinja global that leads to Python objects (``self``, ``lipsum``, ``cycler``, ``joiner``,
  ``namespace``), or for a construct a prompt does not need and an attacker does (``include``,
  ``import``, ``extends``, ``block``, ``macro``, ``call``, recursive loops). Guards are then
  inserted into the tree (:func:`prepare`): every loop counts against the render's budget,
  and every ``~`` and container literal has its size checked.
* At render time Jinja's :class:`ImmutableSandboxedEnvironment` refuses private attributes and
  mutation whatever the syntax, and :mod:`lmops.prompts.bounds` bounds what a template can
  cost.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Final

from jinja2 import StrictUndefined, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from jinja2.visitor import NodeTransformer

from lmops.prompts.bounds import BoundedSandbox, bound_filters

__all__ = ["environment", "prepare", "refusal"]

# Globals that hand a template Python objects (``cycler.__init__.__globals__``) or its own
# internals; the environment has none of them, and naming one is refused at compile time.
_REFUSED_NAMES: Final = frozenset(
    {"self", "lipsum", "cycler", "joiner", "namespace", "caller", "varargs", "kwargs"}
)
_REFUSED_NODES: Final[dict[type[nodes.Node], str]] = {
    nodes.Include: "{% include %}",
    nodes.Import: "{% import %}",
    nodes.FromImport: "{% from ... import %}",
    nodes.Extends: "{% extends %}",
    nodes.Block: "{% block %}",
    nodes.Macro: "{% macro %}",
    nodes.CallBlock: "{% call %}",
}
# Filters that take an attribute name and look it up on each item.
_ATTRIBUTE_FILTERS: Final = frozenset(
    {"map", "select", "selectattr", "reject", "rejectattr", "sort", "groupby", "unique",
     "sum", "min", "max", "dictsort"}
)  # fmt: skip
_PRIVATE_FIELD: Final = re.compile(r"\{[^{}]*[.\[]\s*_")


def refusal(template: nodes.Template) -> tuple[str, int | None] | None:
    """Why this parsed template is refused and on which line, or None when it may compile."""
    for node in _inner_first(template):
        why = _refuse_node(node)
        if why is not None:
            return why, getattr(node, "lineno", None)
    return None


def _inner_first(node: nodes.Node) -> Iterator[nodes.Node]:
    # Children first: ''.__class__.__mro__ is refused for '__class__', the name a reader sees
    # first, rather than for the outer '__mro__'.
    for child in node.iter_child_nodes():
        yield from _inner_first(child)
    yield node


def _refuse_node(node: nodes.Node) -> str | None:
    if type(node) in _REFUSED_NODES:
        return f"{_REFUSED_NODES[type(node)]} is not allowed in a prompt template"
    if isinstance(node, nodes.For) and node.recursive:
        return "recursive loops are not allowed in a prompt template"
    if isinstance(node, nodes.Name) and node.name in _REFUSED_NAMES:
        return f"{node.name!r} is not available in a prompt template"
    if isinstance(node, nodes.Name | nodes.Getattr) and _private(_name_of(node)):
        return f"access to the private name {_name_of(node)!r} is not allowed"
    key = (
        node.arg.value
        if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const)
        else None
    )
    if isinstance(key, str) and _private(key):
        return f"access to the private name {key!r} is not allowed"
    if isinstance(node, nodes.Filter | nodes.Test) and node.name.startswith("_"):
        return f"unknown filter {node.name!r}"
    if isinstance(node, nodes.Filter) and node.name == "attr":
        return "the 'attr' filter is not allowed in a prompt template (use x.name or x['name'])"
    if isinstance(node, nodes.Filter) and node.name in _ATTRIBUTE_FILTERS:
        # selectattr('__class__'), map(attribute='__x'), groupby('_y'), ...
        given = [*node.args, *(kw.value for kw in node.kwargs)]
        for value in (a.value for a in given if isinstance(a, nodes.Const)):
            if isinstance(value, str) and _private_path(value):
                return f"access to the private attribute {value!r} is not allowed"
    if (
        isinstance(node, nodes.Const)
        and isinstance(node.value, str)
        and _PRIVATE_FIELD.search(node.value)
    ):
        return "a format string may not reach private attributes"
    return None


def _name_of(node: nodes.Name | nodes.Getattr) -> str:
    return node.name if isinstance(node, nodes.Name) else node.attr


def _private(name: str) -> bool:
    return name.startswith("_")


def _private_path(attribute: str) -> bool:
    return any(part.strip().startswith("_") for part in attribute.split("."))


class _Guards(NodeTransformer):
    """Counts every loop's iterations against the render's budget, and checks the size of
    each ``~`` concatenation (the one way to grow a string that no operator hook sees)."""

    def visit_For(self, node: nodes.For) -> nodes.Node:
        self.generic_visit(node)
        node.iter = nodes.Filter(node.iter, "_lmops_loop", [], [], None, None, lineno=node.lineno)
        return node

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
        self.generic_visit(node)
        return nodes.Filter(node, "_lmops_size", [], [], None, None, lineno=node.lineno)

    def visit_List(self, node: nodes.List) -> nodes.Node:
        # A literal may hold a big value more than once ({% set a = [a, a] %} doubles what it
        # prints each time, and no operator hook sees it): each one's printed size is checked.
        self.generic_visit(node)
        return nodes.Filter(node, "_lmops_size", [], [], None, None, lineno=node.lineno)

    visit_Dict = visit_List

    def visit_Tuple(self, node: nodes.Tuple) -> nodes.Node:
        self.generic_visit(node)
        if node.ctx != "load":  # an assignment target ({% for a, b in ... %}), not a value
            return node
        return nodes.Filter(node, "_lmops_size", [], [], None, None, lineno=node.lineno)


def prepare(template: nodes.Template) -> nodes.Template:
    """The template with its run-time guards inserted (call after :func:`refusal`)."""
    guarded = _Guards().visit(template)
    assert isinstance(guarded, nodes.Template)
    return guarded


@cache
def environment() -> ImmutableSandboxedEnvironment:
    """The one sandbox every prompt compiles in: built once, never changed afterwards."""
    # A block tag alone on its line leaves no line behind (trim/lstrip_blocks): prompts are
    # whitespace-sensitive text, not HTML. The text is otherwise kept as written, final
    # newline included.
    env = BoundedSandbox(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # range stays (the sandbox caps it; loops are counted anyway); the rest are the globals
    # that lead out of the sandbox or that a prompt has no use for.
    env.globals.clear()
    env.globals["range"] = safe_range
    del env.filters["attr"]  # refused at compile time too, with a clearer message
    bound_filters(env.filters)
    return env
