"""Model text made safe to show: every report prints what a model answered and what a suite's
variables hold, and either may carry anything (an ANSI escape that would drive a terminal, a NUL
that XML 1.0 cannot hold at all, a lone surrogate that UTF-8 cannot encode).

:func:`visible` is the one place that decides how such characters are shown, so the console,
the JUnit file and the HTML page agree: each becomes its Python escape (``\\x1b``, ``\\ud800``),
readable and unambiguous. Markup escaping (HTML, XML, Rich) stays with each writer, after this.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["one_line", "show_value", "visible"]

# C0 controls but tab, newline and carriage return; DEL and the C1 controls; the bidi overrides
# and isolates (which can make shown text read differently from what it is); surrogates; the
# two noncharacters XML 1.0 forbids.
_UNSHOWABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with each control character, bidi override, surrogate or XML-forbidden
    noncharacter written as its escape; a carriage return becomes a newline (CRLF one newline)
    so no writer can be made to overprint a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSHOWABLE.sub(_escape, text)


def one_line(text: str, limit: int = 200) -> str:
    """:func:`visible` on one line (newlines and tabs as spaces, runs collapsed), cut to
    ``limit`` characters with an ellipsis: for summaries where a line must stay a line."""
    flat = " ".join(visible(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def show_value(value: Any) -> str:
    """A variable's value as a person reads it: a string as itself, anything else as indented
    JSON (values a YAML suite can hold but JSON cannot, such as dates, as their ``str``)."""
    if isinstance(value, str):
        return visible(value)
    return visible(json.dumps(value, ensure_ascii=False, indent=2, default=str))
