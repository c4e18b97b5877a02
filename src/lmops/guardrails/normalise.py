"""Text normalisation for the injection detector: one canonical form for look-alike spellings.

``normalise`` undoes the cheap disguises attackers use so that one set of patterns sees them all:
compatibility forms (full-width letters, ligatures), invisible format characters (zero-width
spaces, bidi controls, tag characters), Cyrillic and Greek letters that look Latin inside Latin
words, runs of whitespace, and case. ASCII text skips everything that cannot apply to it.

``fold_leet`` undoes digit-for-letter spellings (``1gn0re``); ``decoded_runs`` decodes, within
bounds, base64, hex, %-encoded and announced rot13 text so that the caller can inspect it.
"""

# ruff: noqa: RUF001  (the look-alike table lists confusable letters on purpose)
from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from urllib.parse import unquote

__all__ = ["decoded_runs", "fold_leet", "normalise", "run_tokens"]

# Zero-width characters, bidi embeddings/overrides/isolates, word joiners, soft hyphen, BOM,
# Mongolian vowel separator and the Unicode tag block (used to smuggle invisible ASCII).
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\U000e0000-\U000e007f]"
)
# Whitespace runs that are not a single plain space: collapse to one space or one newline.
_WHITESPACE = re.compile(r"\s{2,}|[^\S ]")
_ODD_ASCII_SPACE = ("  ", "\n", "\t", "\r", "\x0b", "\x0c")
_LATIN_WORD_WITH_LOOKALIKE = re.compile(r"\w*[a-zA-Z]\w*")
_LOOKALIKES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
        "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
        "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ɡ": "g",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "У": "Y", "Х": "X", "Ѕ": "S", "І": "I", "Ј": "J",
        # Greek
        "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
        "υ": "u", "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I",
        "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    }
)  # fmt: skip
_LEET_WORD = re.compile(r"[\w@$]*[a-z][\w@$]*")
_LEET_CHARS = frozenset("013457@$")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s"})  # fmt: skip

_BASE64_RUN = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX_RUN = re.compile(r"(?:[0-9a-fA-F]{2}){8,}")
_PERCENT_RUN = re.compile(r"(?:%[0-9a-fA-F]{2}[^%\s]{0,3}){4,}")
_ROT13_ANNOUNCED = re.compile(r"rot[ -]?13", re.IGNORECASE)
_MAX_RUN = 8192
_HEX_DIGITS = "0123456789abcdefABCDEF"
# ASCII bytes as str.split sees them: whitespace to b" ", anything else to b"x".
_SPACE_CLASSES = bytes(b" "[0] if chr(b).isspace() else b"x"[0] for b in range(256))
_SIXTEEN = b"x" * 16


def _fold_lookalikes(match: re.Match[str]) -> str:
    return match.group().translate(_LOOKALIKES)


def normalise(text: str) -> str:
    """Return *text* in the canonical form the detector's patterns are written against."""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
        text = _INVISIBLE.sub("", text)
        if not text.isascii():
            text = _LATIN_WORD_WITH_LOOKALIKE.sub(_fold_lookalikes, text)
        text = _WHITESPACE.sub(_one_space, text)
        return text.casefold()
    if any(space in text for space in _ODD_ASCII_SPACE):
        text = _WHITESPACE.sub(_one_space, text)
    return text.lower()


def _one_space(match: re.Match[str]) -> str:
    return "\n" if "\n" in match.group() else " "


def _fold_leet_word(match: re.Match[str]) -> str:
    word = match.group()
    if _LEET_CHARS.isdisjoint(word):
        return word
    return word.translate(_LEET)


def fold_leet(text: str) -> str:
    """Replace digit and symbol stand-ins for letters inside words that contain letters.

    Expects normalised (lower-case) text: ``1gn0re prev10us`` becomes ``ignore previous``; a
    number standing alone (``2024``) is left as it is.
    """
    return _LEET_WORD.sub(_fold_leet_word, text)


def _printable(decoded: bytes) -> str | None:
    try:
        text = decoded.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if not text:
        return None
    good = sum(1 for ch in text if ch.isprintable() or ch in "\n\t\r")
    return text if good >= 0.9 * len(text) and any(ch.isalpha() for ch in text) else None


def _decode_base64(run: str) -> str | None:
    body = run.rstrip("=")
    if body.isdigit() or body.isalpha() or body.islower() or body.isupper():
        # A long word or number, or an id in one case (a hex digest, a lower-case uuid): the
        # base64 of 12 or more bytes of text has capitals and small letters both.
        return None
    padded = body + "=" * (-len(body) % 4)
    try:
        if "-" in body or "_" in body:
            raw = base64.urlsafe_b64decode(padded)
        else:
            raw = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _printable(raw)


def _decode_hex(run: str) -> str | None:
    digits = run.replace(" ", "").replace(":", "")
    if len(digits) % 2:
        digits = digits[:-1]
    try:
        return _printable(bytes.fromhex(digits))
    except ValueError:
        return None


def _rot13_announced(text: str) -> bool:
    # Looked for at each "13" (C searches; few texts have one), where the case-blind regex
    # would walk the whole text: "rot13", "rot 13" or "rot-13", in any case, ends there.
    at = text.find("13")
    while at >= 0:
        if _ROT13_ANNOUNCED.search(text, max(at - 4, 0), at + 2):
            return True
        at = text.find("13", at + 1)
    return False


def run_tokens(text: str) -> list[str]:
    """The whitespace-separated tokens of *text* that could hold an encoded run (16 or more
    characters, or a ``%``): no run crosses whitespace, so only these need scanning. They are
    found by C searches (str.split, or on ASCII text byte classes that make no object for each
    short word), where a regex for long tokens tries every position of ordinary prose."""
    if "%" in text:
        return [token for token in text.split() if len(token) >= 16 or "%" in token]
    if not text.isascii():
        return [token for token in text.split() if len(token) >= 16]
    # ASCII: whitespace and the rest as two byte values, then C searches for 16 of the rest
    # in a row (the first such run found starts a token: an earlier start would be found).
    classes = text.encode().translate(_SPACE_CLASSES)
    tokens = []
    start = classes.find(_SIXTEEN)
    while start >= 0:
        end = classes.find(b" ", start)
        end = len(text) if end < 0 else end
        tokens.append(text[start:end])
        start = classes.find(_SIXTEEN, end)
    return tokens


def decoded_runs(text: str, limit: int = 8, *, tokens: list[str] | None = None) -> list[str]:
    """Decode at most *limit* encoded runs in *text* and return the readable results.

    Looks at base64 and base64url runs of 16 or more characters, contiguous hex runs of 8 or
    more bytes, %-encoded runs of 4 or more escapes (a text with no 16-character token and no
    ``%`` skips straight to rot13), and the whole text under rot13 when the text mentions
    rot13. A run is kept only when it decodes to mostly printable UTF-8 with some letters. Runs
    longer than 8 KiB are cut, so the work stays bounded whatever the input. *tokens*, when
    given, is :func:`run_tokens` of *text*, already made by the caller.
    """
    found: list[str] = []
    if tokens is None:
        tokens = run_tokens(text)
    if not tokens:
        return _rot13(text) if _rot13_announced(text) else found
    for token in tokens:
        if "%" not in token:
            continue
        for match in _PERCENT_RUN.finditer(token):
            if len(found) >= limit:
                return found
            decoded = unquote(match.group()[:_MAX_RUN])
            if decoded != match.group():
                found.append(decoded)
    long_tokens = [token for token in tokens if len(token) >= 16]
    for match in (m for token in long_tokens for m in _HEX_RUN.finditer(token)):
        if len(found) >= limit:
            return found
        hex_text = _decode_hex(match.group()[:_MAX_RUN])
        if hex_text is not None:
            found.append(hex_text)
    for match in (m for token in long_tokens for m in _BASE64_RUN.finditer(token)):
        if len(found) >= limit:
            return found
        run = match.group()[:_MAX_RUN]
        if not run.strip(_HEX_DIGITS):
            continue  # handled as hex above
        b64_text = _decode_base64(run)
        if b64_text is not None:
            found.append(b64_text)
    if len(found) < limit and _rot13_announced(text):
        found += _rot13(text)
    return found


def _rot13(text: str) -> list[str]:
    return [codecs.encode(text[:_MAX_RUN], "rot13")]
