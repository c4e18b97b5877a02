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
import html
import re
import unicodedata
from urllib.parse import unquote

__all__ = [
    "CAESAR_HINTS",
    "caesar_announced",
    "decoded_runs",
    "fold_leet",
    "normalise",
    "run_tokens",
]

# Zero-width characters, bidi embeddings/overrides/isolates, word joiners, soft hyphen, BOM,
# Mongolian vowel separator and what is left of the Unicode tag block once its ASCII look-alikes
# (U+E0020-U+E007E, used to smuggle invisible text) are read as the ASCII they stand for.
_INVISIBLE = re.compile(
    "[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\U000e0000-\U000e007f]"
)
_TAG_RUN = re.compile("[\U000e0020-\U000e007e]+")
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
        if text and max(text) >= "\U000e0020":
            text = _TAG_RUN.sub(_untag, text)
        text = _INVISIBLE.sub("", text)
        if not text.isascii():
            text = _LATIN_WORD_WITH_LOOKALIKE.sub(_fold_lookalikes, text)
        text = _WHITESPACE.sub(_one_space, text)
        return text.casefold()
    if any(space in text for space in _ODD_ASCII_SPACE):
        text = _WHITESPACE.sub(_one_space, text)
    return text.lower()


def _untag(match: re.Match[str]) -> str:
    # Tag characters spell ASCII invisibly: show it, apart from the visible words around it.
    return " " + "".join(chr(ord(ch) - 0xE0000) for ch in match.group()) + " "


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


def decoded_runs(
    text: str,
    limit: int = 8,
    *,
    tokens: list[str] | None = None,
    canon: str | None = None,
    shift: bool | None = None,
) -> list[str]:
    """Decode at most *limit* encoded runs in *text* and return the readable results.

    Looks at base64 and base64url runs of 16 or more characters, contiguous hex runs of 8 or
    more bytes, %-encoded runs of 4 or more escapes (a text with no 16-character token and no
    ``%`` skips straight to rot13), and the whole text under rot13 when the text mentions
    rot13. A run is kept only when it decodes to mostly printable UTF-8 with some letters. Runs
    longer than 8 KiB are cut, so the work stays bounded whatever the input. Then escapes
    written out (``\\x41``, ``\\u0041``, ``&#65;``), zero-width characters used as bits, Braille
    letters, and, when the text names a Caesar shift, the shift that reads best. *tokens*,
    *canon* and *shift*, when given, are :func:`run_tokens`, :func:`normalise` and
    :func:`caesar_announced` of *text*, already found by the caller.
    """
    found: list[str] = []
    if tokens is None:
        tokens = run_tokens(text)
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
    for decode in (_escaped, _hidden_bits, _braille):
        if len(found) >= limit:
            break
        found += decode(text)[: limit - len(found)]
    if len(found) < limit:
        canon = normalise(text) if canon is None else canon
        if caesar_announced(canon) if shift is None else shift:
            found += _caesar(canon[:_MAX_RUN])
    return found


# Escapes written out in code or markup: \x41 bytes, \u0041 characters, &#65; / &#x41; entities.
_ESCAPED_RUN = re.compile(
    r"(?:\\x[0-9a-fA-F]{2}){8,}|(?:\\u[0-9a-fA-F]{4}){8,}|(?:&#(?:[xX][0-9a-fA-F]{1,6}|\d{1,7});){8,}"
)
# Zero-width steganography: U+200B and U+200C as the bits of bytes, U+200D between them.
_ZERO_WIDTH_RUN = re.compile("[\u200b\u200c\u200d]{16,}")
_ZERO_WIDTH_BITS = (str.maketrans("\u200b\u200c", "01"), str.maketrans("\u200b\u200c", "10"))
# Braille letters (grade 1): the cells of a to z.
_BRAILLE_RUN = re.compile("[\u2801-\u283f](?:[\u2800-\u283f ]){6,}")
_BRAILLE = str.maketrans(
    dict(zip("\u2801\u2803\u2809\u2819\u2811\u280b\u281b\u2813\u280a\u281a\u2805\u2807\u280d"
             "\u281d\u2815\u280f\u281f\u2817\u280e\u281e\u2825\u2827\u283a\u282d\u283d\u2835",
             "abcdefghijklmnopqrstuvwxyz", strict=True))
    | {"\u2800": " "}
)  # fmt: skip
# A Caesar shift named in the text: then every shift is tried and the one that reads best kept.
# The hints are the beginnings of the words _CAESAR_ANNOUNCED (and _ROT13_ANNOUNCED) look for.
CAESAR_HINTS = tuple(
    hint.encode()
    for hint in (
        "caesar", "cesar", "césar", "cäsar", "desplaz", "decalage", "décalage", "verschieb",
        "shift", "rot",
    )
)  # fmt: skip
_CAESAR_HINT_TEXT = tuple(hint.decode() for hint in CAESAR_HINTS)
_CAESAR_ANNOUNCED = re.compile(
    r"\b(?:caesar|c[ée]sar|cäsar|desplazamiento|d[ée]calage|verschiebung|"
    r"shift(?:ed)?\s+(?:of\s+|by\s+)?[-+−]?\d{1,2}\b|rot-?(?!13\b)\d{1,2}\b)"
)
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SHIFTS = tuple(
    str.maketrans(
        _LETTERS + _LETTERS.upper(),
        _LETTERS[k:] + _LETTERS[:k] + (_LETTERS[k:] + _LETTERS[:k]).upper(),
    )
    for k in range(1, 26)
)
# Short words common in the languages attacks are written in: a shift that makes many is right.
_COMMON_TEXT = (
    "a all and are be do for from i ignore in instructions is it me my not now of previous "
    "print prompt reveal rules say system tell that the this to you your "
    "de del el en la las los que tu tus un una y le les des et vous ton du der die das und "
    "dein ich ist o os as e da seu sua il di che tuo"
)
_COMMON_WORDS = frozenset(_COMMON_TEXT.split())


def _escaped(text: str) -> list[str]:
    # One character first: memchr, where a two-character search walks the text more slowly.
    if ("\\" not in text or ("\\x" not in text and "\\u" not in text)) and (
        "&" not in text or "&#" not in text
    ):
        return []
    found = []
    for match in _ESCAPED_RUN.finditer(text[:_MAX_RUN]):
        run = match.group()
        if run.startswith("\\x"):
            decoded = _printable(bytes.fromhex(run.replace("\\x", "")))
        elif run.startswith("\\u"):
            decoded = _printable(
                "".join(chr(int(run[i + 2 : i + 6], 16)) for i in range(0, len(run), 6)).encode(
                    errors="replace"
                )
            )
        else:
            decoded = _printable(html.unescape(run).encode(errors="replace"))
        if decoded is not None:
            found.append(decoded)
    return found


def _hidden_bits(text: str) -> list[str]:
    if "\u200c" not in text:
        return []
    found = []
    for match in _ZERO_WIDTH_RUN.finditer(text[: _MAX_RUN * 9]):
        bits = match.group().replace("\u200d", "")
        if len(bits) % 8:
            continue
        for table in _ZERO_WIDTH_BITS:
            digits = bits.translate(table)
            data = bytes(int(digits[i : i + 8], 2) for i in range(0, len(digits), 8))
            decoded = _printable(data)
            if decoded is not None:
                found.append(decoded)
                break
    return found


def _braille(text: str) -> list[str]:
    if text.isascii() or max(text) < "\u2801":
        return []
    return [match.group().translate(_BRAILLE) for match in _BRAILLE_RUN.finditer(text[:_MAX_RUN])]


def _caesar(canon: str) -> list[str]:
    best, best_score = "", sum(word in _COMMON_WORDS for word in canon.split())
    for table in _SHIFTS:
        shifted = canon.translate(table)
        score = sum(word in _COMMON_WORDS for word in shifted.split())
        if score > best_score:
            best, best_score = shifted, score
    return [best] if best and best_score >= 3 else []


def caesar_announced(canon: str, *, hinted: bool = False) -> bool:
    """Whether *canon* (normalised text) names a Caesar shift that :func:`decoded_runs` tries.

    *hinted*: the caller has found one of :data:`CAESAR_HINTS` in *canon* already.
    """
    return (
        hinted or any(hint in canon for hint in _CAESAR_HINT_TEXT)
    ) and _CAESAR_ANNOUNCED.search(canon) is not None


def _rot13(text: str) -> list[str]:
    return [codecs.encode(text[:_MAX_RUN], "rot13")]
