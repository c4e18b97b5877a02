"""Reversible per-request placeholders: the upstream sees ``<EMAIL_ADDRESS_1>``, the client
gets the original values back, in a whole response or in a stream of pieces.

One :class:`Placeholders` per request: the same value gets the same token within it, numbered
per entity type. Tokens the request did not issue are left as they are on the way back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import orjson

from lmops.guardrails.pii import Finding

__all__ = ["Placeholders", "StreamRestorer"]

_TOKEN = re.compile(r"<[A-Z][A-Z_]*_\d+>")


class Placeholders:
    """Tokens issued for one request and the values they stand for."""

    __slots__ = ("_by_token", "_by_value", "_counts")

    def __init__(self) -> None:
        self._by_token: dict[str, str] = {}
        self._by_value: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def _token(self, entity_type: str, value: str) -> str:
        key = (entity_type, value)
        token = self._by_value.get(key)
        if token is None:
            number = self._counts.get(entity_type, 0) + 1
            self._counts[entity_type] = number
            token = f"<{entity_type}_{number}>"
            self._by_value[key] = token
            self._by_token[token] = value
        return token

    def redact(self, text: str, findings: Iterable[Finding]) -> str:
        """``text`` with each finding's value replaced by its token."""
        out: list[str] = []
        last = 0
        for f in sorted(findings, key=lambda f: f.start):
            if f.start < last:
                continue
            out.append(text[last : f.start])
            out.append(self._token(f.entity_type, text[f.start : f.end]))
            last = f.end
        out.append(text[last:])
        return "".join(out)

    def restore(self, text: str) -> str:
        """``text`` with every token this request issued replaced by its original value."""
        if not self._by_token or "<" not in text:
            return text
        by_token = self._by_token
        return _TOKEN.sub(lambda m: by_token.get(m.group(), m.group()), text)

    @property
    def values(self) -> Mapping[str, str]:
        """Token -> original value (a read-only copy)."""
        return dict(self._by_token)

    def __len__(self) -> int:
        return len(self._by_token)

    def __bool__(self) -> bool:
        return bool(self._by_token)

    def json_escaped(self) -> Placeholders:
        """The same tokens, their values escaped for the inside of a JSON string (a tool
        call's arguments)."""
        copy = Placeholders()
        copy._by_token = {t: orjson.dumps(v).decode()[1:-1] for t, v in self._by_token.items()}
        copy._by_value = {(k, copy._by_token[t]): t for (k, _), t in self._by_value.items()}
        copy._counts = dict(self._counts)
        return copy

    def restorer(self) -> StreamRestorer:
        """A restorer for one streamed response."""
        return StreamRestorer(self)


class StreamRestorer:
    """Restores tokens in a stream whose pieces may split a token anywhere.

    :meth:`feed` releases everything except a tail that could still grow into an issued token
    (such as ``<EMAIL_ADDR``); :meth:`flush` releases what is left at the end.
    """

    __slots__ = ("_held", "_placeholders", "_prefixes")

    def __init__(self, placeholders: Placeholders) -> None:
        self._placeholders = placeholders
        self._held = ""
        self._prefixes = frozenset(
            token[:i] for token in placeholders.values for i in range(1, len(token))
        )

    def feed(self, piece: str) -> str:
        """What of ``piece`` (after anything held back) can be released now."""
        text = self._held + piece if self._held else piece
        cut = text.rfind("<")
        if cut == -1 or not self._prefixes:
            self._held = ""
            return self._placeholders.restore(text)
        if text[cut:] in self._prefixes:
            self._held = text[cut:]
            text = text[:cut]
        else:
            self._held = ""
        return self._placeholders.restore(text)

    def flush(self) -> str:
        """The held-back tail, restored if it completes a token (it cannot, so as it is)."""
        held, self._held = self._held, ""
        return self._placeholders.restore(held)
