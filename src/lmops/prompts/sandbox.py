"""The Jinja2 sandbox prompts render in, and the checks that refuse escapes before and while
rendering.

Two layers, so that neither alone has to be perfect:

* At compile (push) time the template's syntax tree is walked and refused when it reaches for
  anything private (``x.__class__``, ``x['_y']``, ``|attr``, ``map(attribute='__y')``), for a
  Jinja global that leads to Python objects (``self``, ``lipsum``, ``cycler``, ``joiner``,
  ``namespace``), or for a construct a prompt does not need and an attacker does (``include``,
  ``import``, ``extends``, ``block``, ``macro``, ``call``, recursive loops).
* At render time Jinja's :class:`ImmutableSandboxedEnvironment` refuses private attributes and
  mutation whatever the syntax; on top of it this environment bounds what a template can cost:
  loop iterations per render, values that multiply (``'a' * n``, ``[big] * n``, ``n ** m``,
  ``n * n``, ``'%0999999d'``, ``('{:>9999}' * n).format(x)``, ``'x'.center(n)``,
  ``|indent(n)``, ``|tojson(indent=n)``, ``|batch(n, big)``, ``~`` and ``+`` chains), a
  ``|join`` as its items come, and the output's size. What a value will print as is estimated
  (:func:`_text_size`) without printing it.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache, wraps
from typing import Any, Final

from jinja2 import StrictUndefined, nodes, pass_context
from jinja2.exceptions import SecurityError
from jinja2.filters import make_attrgetter
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from jinja2.visitor import NodeTransformer

__all__ = [
    "BUDGET_KEY",
    "MAX_ITERATIONS",
    "MAX_OUTPUT_CHARS",
    "LoopBudget",
    "environment",
    "prepare",
    "refusal",
]

# What one render may cost. A prompt is a few kilobytes; these leave room for long documents
# pasted into variables while keeping a hostile template from taking the process down.
MAX_OUTPUT_CHARS: Final = 1 << 20  # per render, all messages together
MAX_ITERATIONS: Final = 100_000  # loop iterations per render, all loops together
_MAX_WIDTH: Final = 10_000  # a padding width, indent, batch or slice count
_MAX_POW_BITS: Final = 4_096  # for ** and for int * int
_MAX_JSON_INDENT: Final = 16

# The render budget travels in the template's variables under a key no template can name
# (it is not an identifier), so it is per render without any global state.
BUDGET_KEY: Final = "lmops loop budget"

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
# A width or precision too large for a prompt in a printf-style or str.format spec.
# A width or precision from an argument (``%*d``, ``{:{w}}``) is refused: it could be anything.
_WIDE_SPEC: Final = re.compile(
    r"%(?:\([^)]*\))?[-#0 +]*(?:\d{5,}|\*|\d*\.(?:\d{5,}|\*))"  # printf: %(k)99999d, %*d
    r"|\{[^{}]*:[^{}]*?(?:\d{5,}|\{)"  # str.format: {:>99999}, {:{w}}
)
_PRIVATE_FIELD: Final = re.compile(r"\{[^{}]*[.\[]\s*_")
# One printf field: its key, width, precision and conversion.
_PRINTF_FIELD: Final = re.compile(
    r"%(?:\(([^)]*)\))?[-#0 +]*(\d*)(?:\.(\d*))?[hlL]?([diouxXeEfFgGcrsa%])"
)


class LoopBudget:
    """Loop iterations left in one render."""

    __slots__ = ("left",)

    def __init__(self, left: int = MAX_ITERATIONS) -> None:
        self.left = left

    def count(self, items: Iterable[Any]) -> Iterator[Any]:
        for item in items:
            self.left -= 1
            if self.left < 0:
                raise SecurityError(f"more than {MAX_ITERATIONS:,} loop iterations in one render")
            yield item


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


def prepare(template: nodes.Template) -> nodes.Template:
    """The template with its run-time guards inserted (call after :func:`refusal`)."""
    guarded = _Guards().visit(template)
    assert isinstance(guarded, nodes.Template)
    return guarded


def _check_size(value: Any) -> Any:
    if isinstance(value, str | list | tuple) and len(value) > MAX_OUTPUT_CHARS:
        raise SecurityError(f"a value larger than {MAX_OUTPUT_CHARS:,} characters")
    return value


def _check_width(*numbers: Any) -> None:
    for n in numbers:
        if isinstance(n, int) and n > _MAX_WIDTH:
            raise SecurityError(f"a width or count of {n:,} (at most {_MAX_WIDTH:,})")


def _check_format(spec: Any) -> None:
    if isinstance(spec, str) and _WIDE_SPEC.search(spec):
        raise SecurityError(f"a format width or precision over {_MAX_WIDTH:,}")


def _sized(seq: Any) -> int:
    return len(seq) if isinstance(seq, str | list | tuple | bytes) else 0


def _check_binop(operator: str, left: Any, right: Any) -> None:
    if operator == "*":
        if isinstance(left, int) and isinstance(right, int):
            # Squaring in a chain of {% set %} doubles the bits each time.
            if left.bit_length() + right.bit_length() > _MAX_POW_BITS:
                raise SecurityError(f"a number larger than {_MAX_POW_BITS:,} bits")
            return
        times, seq = (right, left) if isinstance(right, int) else (left, right)
        if not isinstance(times, int) or times <= 0:
            return
        if _sized(seq) * times > MAX_OUTPUT_CHARS:
            raise SecurityError(f"a value larger than {MAX_OUTPUT_CHARS:,} characters")
        if isinstance(seq, list | tuple) and seq:
            # [big] * n is n references: cheap to build, but not to print or join.
            if len(seq) * times > MAX_ITERATIONS:
                raise SecurityError(f"a list larger than {MAX_ITERATIONS:,} items")
            _check_size_estimate(_text_size(seq, MAX_OUTPUT_CHARS // times) * times)
    elif operator == "**":
        big = isinstance(left, int) and isinstance(right, int) and abs(left) > 1
        if big and right * abs(left).bit_length() > _MAX_POW_BITS:
            raise SecurityError(f"a number larger than {_MAX_POW_BITS:,} bits")
    elif operator == "%":
        _check_format(left)
        _check_printf(left, right)
    elif operator == "+":
        if _sized(left) + _sized(right) > MAX_OUTPUT_CHARS:
            raise SecurityError(f"a value larger than {MAX_OUTPUT_CHARS:,} characters")
        if isinstance(left, list | tuple) and isinstance(right, list | tuple):
            _check_size_estimate(_text_size(left) + _text_size(right))


def _text_size(value: Any, limit: int = MAX_OUTPUT_CHARS, indent: int = 0) -> int:
    """About ``len(str(value))`` (or of its JSON with ``indent``), counted no further than
    just past ``limit``: every item counts at least one character, so however the value
    shares its parts ([a, a] nested), the walk stops after at most ``limit`` items."""
    total = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            total += len(item) + 2
        elif isinstance(item, list | tuple | set | frozenset):
            total += 2 + len(item) * (2 + indent * (depth + 1))
            # A flat list of strings or numbers is measured without a Python-level loop.
            kinds = set(map(type, item))
            if kinds == {str}:
                total += sum(map(len, item)) + 2 * len(item)
            elif kinds and kinds <= {int, bool}:
                total += len(item) * (max(map(int.bit_length, item)) // 3 + 2)
            elif kinds and kinds <= {float, type(None)}:
                total += len(item) * 24
            else:
                stack.extend((x, depth + 1) for x in item)
        elif isinstance(item, dict):
            total += 2 + len(item) * (4 + indent * (depth + 1))
            stack.extend((x, depth + 1) for pair in item.items() for x in pair)
        elif isinstance(item, int):
            total += item.bit_length() // 3 + 1
        elif isinstance(item, float):
            total += 24
        else:
            total += 1
        if total > limit:
            break
    return total


def _check_printf(spec: Any, args: Any) -> None:
    """``spec % args``: the literal text, every width and every value each field prints."""
    if not isinstance(spec, str) or "%" not in spec:
        return
    total = len(spec)
    position = 0
    for match in _PRINTF_FIELD.finditer(spec):
        key, width, precision, conversion = match.groups()
        if conversion == "%":
            continue
        total += int(width or 0) + int(precision or 0)
        if key is not None and isinstance(args, Mapping):
            value = args.get(key)
        elif isinstance(args, tuple):
            value = args[position] if position < len(args) else None
            position += 1
        else:
            value = args
        total += _text_size(value, MAX_OUTPUT_CHARS - total)
        _check_size_estimate(total)


def _check_str_format(spec: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """``spec.format(*args, **kwargs)``: the literal text, every width and every value each
    field prints (``('{0:>9999}' * 50000).format(1)``, ``('{0}' * n).format(big)``)."""
    if not isinstance(spec, str) or "{" not in spec:
        return
    total = 0
    auto = 0
    try:
        fields = list(string.Formatter().parse(spec))
    except ValueError:
        return  # str.format raises the same error, before it builds anything
    for literal, field, format_spec, _conversion in fields:
        total += len(literal)
        if field is None:
            continue
        total += sum(int(n) for n in re.findall(r"\d+", format_spec or ""))
        root = re.match(r"[^.\[]*", field)
        name = root.group() if root else ""
        value: Any = None
        if name == "":
            value = args[auto] if auto < len(args) else None
            auto += 1
        elif name.isdigit():
            value = args[int(name)] if int(name) < len(args) else None
        else:
            value = kwargs.get(name)
        total += _text_size(value, MAX_OUTPUT_CHARS - total)
        _check_size_estimate(total)


def _check_replace(text: Any, old: Any, new: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        grows = (text.count(old) if old else len(text) + 1) * len(new)
        _check_size_estimate(len(text) + grows)


def _check_size_estimate(n: int) -> None:
    if n > MAX_OUTPUT_CHARS:
        raise SecurityError(f"a value larger than {MAX_OUTPUT_CHARS:,} characters")


_STR_WIDTH_METHODS: Final = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


class _Sandbox(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        # str.format is wrapped when it is looked up: its spec is checked then, and what it
        # will build (widths and values, field by field) when it is called.
        wrapped = super().wrap_str_format(value)
        owner = getattr(value, "__self__", None)
        if wrapped is None or not isinstance(owner, str):
            return wrapped
        _check_format(owner)
        is_map = getattr(value, "__name__", "") == "format_map"

        @wraps(wrapped)
        def checked(*args: Any, **kwargs: Any) -> str:
            if not is_map:
                _check_str_format(owner, args, kwargs)
            elif len(args) == 1 and not kwargs and isinstance(args[0], Mapping):
                _check_str_format(owner, (), args[0])
            return wrapped(*args, **kwargs)

        return checked

    def call(
        __self,  # Jinja's signature: keeps 'self' free as a keyword argument
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        owner = getattr(__obj, "__self__", None)
        if isinstance(owner, str):
            name = getattr(__obj, "__name__", "")
            if name in _STR_WIDTH_METHODS:
                _check_width(*args, *kwargs.values())
            elif name == "replace" and len(args) >= 2:
                _check_replace(owner, args[0], args[1])
        return super().call(__context, __obj, *args, **kwargs)


def _guarded_filter(original: Callable[..., Any], check: Callable[..., None]) -> Any:
    # wraps() also copies Jinja's pass_context/pass_eval_context marker.
    @wraps(original)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        check(*args, **kwargs)
        return original(*args, **kwargs)

    return guarded


def _width_after_value(value: Any, *args: Any, **kwargs: Any) -> None:
    _check_width(*args, *kwargs.values())


def _indent_check(value: Any, *args: Any, **kwargs: Any) -> None:
    # indent(width) inserts ``width`` (a count or, since Jinja 3.0, a string) on every line.
    _check_width(*args, *kwargs.values())
    text = value if isinstance(value, str) else ""
    width = args[0] if args else kwargs.get("width", 4)
    if isinstance(width, str):
        width = len(width)
    if isinstance(width, int):
        _check_size_estimate(len(text) + (text.count("\n") + 1) * width)


def _fill_check(value: Any, *args: Any, **kwargs: Any) -> None:
    # batch(n, fill) and slice(n, fill) add up to n references to ``fill``.
    _check_width(*args, *kwargs.values())
    count = args[0] if args else kwargs.get("linecount", kwargs.get("slices"))
    fill_with = args[1] if len(args) > 1 else kwargs.get("fill_with")
    if fill_with is not None and isinstance(count, int) and count > 0:
        _check_size_estimate(_text_size(fill_with, MAX_OUTPUT_CHARS // count) * count)


def _slice_check(eval_ctx: Any, value: Any, *args: Any, **kwargs: Any) -> None:
    # slice, unlike batch, has an async variant: Jinja passes it the eval context first.
    _fill_check(value, *args, **kwargs)


def _tojson_check(eval_ctx: Any, value: Any, indent: Any = None) -> None:
    if isinstance(indent, int | str) and not isinstance(indent, bool):
        width = indent if isinstance(indent, int) else len(indent)
        if width > _MAX_JSON_INDENT:
            raise SecurityError(f"a JSON indent of {width:,} (at most {_MAX_JSON_INDENT})")
    else:
        width = 0
    _check_size_estimate(_text_size(value, MAX_OUTPUT_CHARS, width + 1 if width else 0))


def _wordwrap_check(value: Any, *args: Any, **kwargs: Any) -> None:
    # wordwrap inserts ``wrapstring`` at each break: at most one per ``width`` characters.
    text = value if isinstance(value, str) else ""
    width = args[0] if args else kwargs.get("width", 79)
    wrap = args[2] if len(args) > 2 else kwargs.get("wrapstring")
    if isinstance(wrap, str) and isinstance(width, int):
        _check_size_estimate(len(text) + (len(text) // max(width, 1) + 1) * len(wrap))


def _format_filter_check(value: Any, *args: Any, **kwargs: Any) -> None:
    _check_format(value)
    _check_printf(value, kwargs or args)


def _replace_filter_check(eval_ctx: Any, s: Any, old: Any, new: Any, *args: Any) -> None:
    _check_replace(s, old, new)


def _bounded_join(original: Callable[..., str]) -> Any:
    """join, with its items turned into text one by one and counted as they come: a
    generator (``range(n)|map('center', w)``) is refused once the text passes the cap, not
    after it is built."""

    @wraps(original)
    def join(eval_ctx: Any, value: Any, d: Any = "", attribute: Any = None) -> str:
        if attribute is not None:
            value = map(make_attrgetter(eval_ctx.environment, attribute), value)
        sep = len(d) if isinstance(d, str) else _text_size(d)
        size = 0
        items = []
        for item in value:
            if isinstance(item, int | float):
                item = str(item)
            elif not isinstance(item, str):
                _check_size_estimate(size + _text_size(item, MAX_OUTPUT_CHARS - size))
                item = str(item)
            size += len(item) + sep
            _check_size_estimate(size - sep)
            items.append(item)
        return original(eval_ctx, items, d)

    return join


@pass_context
def _loop_filter(context: Context, items: Any) -> Any:
    budget = context.get(BUDGET_KEY)
    return budget.count(items) if isinstance(budget, LoopBudget) else items


@cache
def environment() -> ImmutableSandboxedEnvironment:
    """The one sandbox every prompt compiles in: built once, never changed afterwards."""
    # A block tag alone on its line leaves no line behind (trim/lstrip_blocks): prompts are
    # whitespace-sensitive text, not HTML. The text is otherwise kept as written, final
    # newline included.
    env = _Sandbox(
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
    filters = env.filters
    del filters["attr"]  # refused at compile time too, with a clearer message
    filters["center"] = _guarded_filter(filters["center"], _width_after_value)
    filters["batch"] = _guarded_filter(filters["batch"], _fill_check)
    filters["slice"] = _guarded_filter(filters["slice"], _slice_check)
    filters["tojson"] = _guarded_filter(filters["tojson"], _tojson_check)
    filters["indent"] = _guarded_filter(filters["indent"], _indent_check)
    filters["wordwrap"] = _guarded_filter(filters["wordwrap"], _wordwrap_check)
    filters["format"] = _guarded_filter(filters["format"], _format_filter_check)
    filters["replace"] = _guarded_filter(filters["replace"], _replace_filter_check)
    filters["join"] = _bounded_join(filters["join"])
    filters["_lmops_loop"] = _loop_filter
    filters["_lmops_size"] = _check_size
    return env
