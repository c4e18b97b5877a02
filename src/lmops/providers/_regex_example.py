"""A string that a regular expression matches, for JSON Schema ``pattern`` in mock answers.

Built from the standard library's own parse of the pattern: the first branch of each
alternation, the fewest repetitions allowed, the first member of each character set. Anchors and
lookarounds add nothing, so the result is checked, and ``None`` says that none was found.
"""

from __future__ import annotations

import importlib
import re
import string
from typing import Any

__all__ = ["matching_string"]

# re._parser (3.11+) reached without a private import, so that type checking stays strict.
_PARSER: Any = importlib.import_module("re._parser")
_CANDIDATES = "aA0_ -.x" + string.printable
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def matching_string(pattern: str) -> str | None:
    """A string in which ``re.search(pattern, ...)`` finds a match, or ``None``."""
    try:
        text = "".join(_emit(_PARSER.parse(pattern), {}))
        return text if re.search(pattern, text) else None
    except (re.error, ValueError, TypeError, RecursionError, OverflowError):
        return None


def _emit(items: Any, groups: dict[int, str]) -> list[str]:
    out: list[str] = []
    for op, arg in items:
        name = str(op)  # the parser's node kinds are named int constants
        if name == "LITERAL":
            out.append(chr(arg))
        elif name in ("NOT_LITERAL", "ANY"):
            out.append(next(c for c in _CANDIDATES if name == "ANY" or ord(c) != arg))
        elif name == "IN":
            out.append(_from_set(arg))
        elif name in _REPEATS:
            least, _, sub = arg
            for _ in range(least):
                out += _emit(sub, groups)
        elif name == "SUBPATTERN":
            text = "".join(_emit(arg[-1], groups))
            if arg[0] is not None:
                groups[arg[0]] = text
            out.append(text)
        elif name == "ATOMIC_GROUP":
            out += _emit(arg, groups)
        elif name == "BRANCH":
            out += _emit(arg[1][0], groups)
        elif name == "GROUPREF":
            out.append(groups.get(arg, ""))
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
