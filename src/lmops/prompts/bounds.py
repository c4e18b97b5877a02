"""What one prompt render may cost, enforced while it renders.

Jinja's :class:`ImmutableSandboxedEnvironment` refuses private attributes and mutation; the
:class:`BoundedSandbox` here also bounds what a template can cost: loop iterations per render
(:class:`LoopBudget`), values that multiply (``'a' * n``, ``[big] * n``, ``n ** m``,
``n * n``, ``'%0999999d'``, ``('{:>9999}' * n).format(x)``, ``'x'.center(n)``, ``|indent(n)``,
``|tojson(indent=n)``, ``|batch(n, big)``, ``~`` and ``+`` chains, literals that hold a value
twice), a ``|join`` as its items come, and the output's size. What a value will print as is
estimated (:func:`_text_size`, :func:`_shared_size`) without printing it. The compile-time
refusals and the environment itself are in :mod:`lmops.prompts.sandbox`.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import wraps
from typing import Any, Final

from jinja2 import pass_context
from jinja2.exceptions import SecurityError
from jinja2.filters import make_attrgetter
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

__all__ = [
    "BUDGET_KEY",
    "MAX_ITERATIONS",
    "MAX_OUTPUT_CHARS",
    "BoundedSandbox",
    "LoopBudget",
    "bound_filters",
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


# A width or precision too large for a prompt in a printf-style or str.format spec.
# A width or precision from an argument (``%*d``, ``{:{w}}``) is refused: it could be anything.
_WIDE_SPEC: Final = re.compile(
    r"%(?:\([^)]*\))?[-#0 +]*(?:\d{5,}|\*|\d*\.(?:\d{5,}|\*))"  # printf: %(k)99999d, %*d
    r"|\{[^{}]*:[^{}]*?(?:\d{5,}|\{)"  # str.format: {:>99999}, {:{w}}
)
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


def _check_size(value: Any) -> Any:
    if isinstance(value, str | list | tuple) and len(value) > MAX_OUTPUT_CHARS:
        raise SecurityError(f"a value larger than {MAX_OUTPUT_CHARS:,} characters")
    if isinstance(value, list | tuple | dict) and value:
        _check_size_estimate(_shared_size(value, {}))
    return value


_CONTAINERS: Final = (list, tuple, dict, set, frozenset)


def _shared_size(value: Any, seen: dict[int, int]) -> int:
    """About ``len(str(value))``, measuring each container once however often it is shared
    (``[a, a]`` nested forty deep is forty measurements, not 2**40), and stopping just past
    the output cap. ``seen`` maps the ids of containers measured in this call."""
    known = seen.get(id(value))
    if known is not None:
        return known
    if isinstance(value, dict):
        items: Iterable[Any] = (x for pair in value.items() for x in pair)
        size = 2 + 4 * len(value)
    elif not any(isinstance(x, _CONTAINERS) for x in value):
        return _text_size(value)  # flat: the fast count
    else:
        items, size = value, 2 + 2 * len(value)
    for item in items:
        size += _shared_size(item, seen) if isinstance(item, _CONTAINERS) else _text_size(item)
        if size > MAX_OUTPUT_CHARS:
            break
    seen[id(value)] = size
    return size


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


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox with its operators, str.format and str methods bounded."""

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


def bound_filters(filters: dict[str, Any]) -> None:
    """Replace the filters that can build large values with bounded ones, and add the two the
    guards inserted at compile time call (loop counting, size checks)."""
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
