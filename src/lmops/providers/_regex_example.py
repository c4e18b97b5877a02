"""A string that a regular expression matches, for JSON Schema ``pattern`` in mock answers.

Built from the standard library's own parse of the pattern: the first branch of each
alternation, the fewest repetitions allowed, the first member of each character set.
"""

from __future__ import annotations

import functools
import importlib
import re
import string
from typing import Any

__all__ = ["matching_string"]

# re._parser (3.11+) reached without a private import, so that type checking stays strict.
_PARSER: Any = importlib.import_module("re._parser")
# Patterns come from clients: a{1000000000} must not build a gigabyte.
_MAX_CHARS = 10_000
_CANDIDATES = "aA0_ -.x" + string.printable
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_ENDS = ("AT_BEGINNING", "AT_BEGINNING_STRING", "AT_END", "AT_END_STRING")
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


@functools.lru_cache(maxsize=256)
def matching_string(pattern: str) -> str | None:
    """A string in which ``re.search(pattern, ...)`` finds a match, or ``None``.

    ``None`` also for patterns with lookarounds, backreferences or word boundaries: the string
    built here may not match those, and searching for a match that is not there can backtrack
    for ever. For the rest the built string is a match by construction, found quickly.
    """
    try:
        text = "".join(_emit(_PARSER.parse(pattern), [_MAX_CHARS]))
        return text if re.search(pattern, text) else None
    except (re.error, ValueError, TypeError, RecursionError, OverflowError):
        return None


def _emit(items: Any, left: list[int]) -> list[str]:
    """The pieces of a matching string; ``left`` counts down the nodes still allowed."""
    out: list[str] = []
    for op, arg in items:
        left[0] -= 1
        if left[0] < 0:
            raise OverflowError("pattern too long to build")
        name = str(op)  # the parser's node kinds are named int constants
        if name == "LITERAL":
            out.append(chr(arg))
        elif name in ("NOT_LITERAL", "ANY"):
            out.append(next(c for c in _CANDIDATES if name == "ANY" or ord(c) != arg))
        elif name == "IN":
            out.append(_from_set(arg))
        elif name in _REPEATS:
            least, _, sub = arg
            if least > _MAX_CHARS:
                raise OverflowError("pattern too long to build")
            for _ in range(least):
                out += _emit(sub, left)
        elif name in ("SUBPATTERN", "ATOMIC_GROUP", "BRANCH"):
            # (group, flags on, flags off, items); items; (None, [first branch, ...])
            out += _emit(
                arg[-1] if name == "SUBPATTERN" else arg[1][0] if name == "BRANCH" else arg, left
            )
        elif name != "AT" or str(arg) not in _ENDS:
            raise ValueError(f"{name} is not built")
    return out


def _from_set(items: Any) -> str:
    negate = bool(items) and str(items[0][0]) == "NEGATE"
    members = items[1:] if negate else items
    # The set's own first members first, so that [a-z] gives "a" rather than any letter.
    firsts: list[str] = [
        chr(arg[0] if str(op) == "RANGE" else arg)
        for op, arg in members
        if str(op) in ("LITERAL", "RANGE")
    ]
    for ch in firsts + list(_CANDIDATES):
        if _in_set(ch, members) != negate:
            return ch
    return "a"


def _in_set(ch: str, members: Any) -> bool:
    for op, arg in members:
        name = str(op)
        if name == "LITERAL" and ord(ch) == arg:
            return True
        if name == "RANGE" and arg[0] <= ord(ch) <= arg[1]:
            return True
        if name == "CATEGORY" and re.fullmatch(_CATEGORIES.get(str(arg), "(?!)"), ch):
            return True
    return False
