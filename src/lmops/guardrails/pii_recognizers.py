"""Pattern recognizers: one cheap regex per entity type, validators only on its candidates.

Each recognizer yields ``(entity_type, start, end, score)`` spans; :mod:`lmops.guardrails.pii`
resolves overlaps. Decisions worth knowing (tested in ``tests/guardrails/test_pii.py``):

- ``user@localhost``, ``@handle`` and SSH remotes such as ``git@github.com:org/repo`` are not
  e-mail addresses (no dotted domain, or a ``:path`` follows the host).
- A phone number needs a country code (``+44``, ``0044``), the North American ``(415) 555-0132``
  / ``415-555-0132`` / ``415.555.0132`` shapes, or a phone word shortly before it ("call",
  "tel", "mobile", ...). Words such as "order", "invoice", "ISBN" or "tracking" before a number
  veto every shape except an explicit ``+`` country code.
- A dotted quad after "version", "release", "build" or a ``v`` prefix is a version, not an IP.
- Bare nine-digit SSNs count only after "SSN" or "social security".
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator

from lmops.guardrails.pii_checks import (
    IBAN_LENGTHS,
    card_ok,
    context_before,
    iban_ok,
    ipv4_ok,
    ipv6_ok,
    jwt_ok,
    ssn_ok,
)

__all__ = ["RECOGNIZERS", "Span", "recognizers_for"]

Span = tuple[str, int, int, float]

_EMAIL = re.compile(
    r"(?<![\w.+%/-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"  # not a URL's user (https://u@h)
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-]|\.\w|:\w)"
)
_PHONE = re.compile(
    r"(?<![\w+.:/-])(?:(?P<cc>\+|00)(?P<code>[1-9]\d{0,2})[ .-]?)?"
    r"(?:\(\d{1,4}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,8}){0,5}(?![\w/:-]|\.\d)"
)
_NANP = re.compile(r"(?:\+?1[ .-]?)?(?:\(\d{3}\) ?|\d{3}[.-])\d{3}[.-]\d{4}|\d{3} \d{3} \d{4}")
_PHONE_WORDS = re.compile(
    r"(?i)\b(?:call|calls|calling|phone|tel|telephone|mobile|mob|cell|fax|whatsapp|sms|text me|"
    r"ring|dial|reach me|contact|hotline|helpline|number is|landline|voicemail|ph)\b"
    r"|\b(?:m|t|p|f|mob|tel|ph)\s*:"  # a signature's "M: 030 ...", "T: ..."
)
_NOT_PHONE_WORDS = re.compile(
    r"(?i)\b(?:order|invoice|isbn|tracking|ref|reference|account|acct|serial|sku|ticket|case|"
    r"po|receipt|transaction|policy|member|customer id|zip|postcode|part|batch|lot|id)\b|#"
)
_CARD = re.compile(r"\d(?<![\w.-]\d)(?<!\d,\d)(?:[ -]?\d){11,18}(?![\w-]|\.\d)")
_SSN = re.compile(r"(?<![\w.-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-]|\.\d)")
_SSN_BARE = re.compile(r"(?<![\w.-])(\d{3})(\d{2})(\d{4})(?![\w-]|[.,]\d)")
_SSN_WORDS = re.compile(r"(?i)\b(?:ssn|ss#|social security|social sec)")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
_IBAN_START = re.compile(r"\b[A-Z]{2}\d{2}")
_IPV4 = re.compile(r"(?<![\w.-])(?:\d{1,3}\.){3}\d{1,3}(?![\w-]|\.\d)")
_VERSION_WORDS = re.compile(r"(?i)(?:\bversion|\bver\.?|\brelease|\bbuild|\bv)\s*$")
_IPV6 = re.compile(
    r"(?<![\w:.])(?:[0-9A-Fa-f]{1,4}:|:)(?:[0-9A-Fa-f]{0,4}:){1,7}"
    r"(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?![\w:]|\.\w)"
)
_SECRET_PLAIN = re.compile(
    r"(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}(?![\w-])"
    r"|AIza[0-9A-Za-z_-]{35}(?![\w-])"
    r"|sk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}"
    r"|gh[pousr]_[A-Za-z0-9]{36}(?!\w)|github_pat_[A-Za-z0-9_]{22,}"
    r"|xox[abposre]-[A-Za-z0-9-]{10,}"
    r"|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|hf_[A-Za-z0-9]{30,}(?!\w)"
    r"|-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]{0,8000}?-----END (?:[A-Z0-9]+ )*PRIVATE "
    r"KEY-----"
)
# Every way a _SECRET_PLAIN match can begin (tested in _secrets): a text with none skips it.
# The underscore stands for gh?_, github_pat_, sk_, rk_ and hf_: one substring test, not five;
# the cloud key prefixes share their first letter, which the regex engine scans for fast.
_CLOUD_KEY_PREFIX = re.compile(r"A(?:KIA|SIA|BIA|CCA|Iza)")
_JWT = re.compile(r"eyJ([A-Za-z0-9_-]{6,})\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_AWS_SECRET = re.compile(
    r"(?i:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key)[\"']?\s*[:=]\s*[\"']?"
    r"([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"
)
_AZURE = re.compile(r"(?:AccountKey|SharedAccessKey)=([A-Za-z0-9+/]{20,100}={0,2})")
_BEARER = re.compile(r"(?i:bearer)\s+([A-Za-z0-9._~+/-]{16,}=*)")
# Numbers long enough to be a phone, card, SSN, IBAN or IPv4 address; text without one skips them.
_NUMERIC_RUN = re.compile(r"\d[\d .()/-]{5,}\d")
_ASCII_NUMERIC_RUN = re.compile(r"[0-9][0-9 .()/-]{5,}[0-9]")  # the same, scanned faster


_SPACE = re.compile(r"\s")
_DIGITS = "0123456789"


@functools.lru_cache(maxsize=4)  # five number recognizers ask for the same text's windows
def _windows(text: str) -> tuple[tuple[int, int], ...]:
    """Stretches around each long number where a number entity could lie (merged, in order).

    Scanning only these keeps prose with a date or a price fast: the number regexes start with
    lookbehinds, so over a whole text they try every position.
    """
    windows: list[tuple[int, int]] = []
    if text.isascii():
        # From the first digit on (C searches find it; most prose has none, or few, late).
        first = min(filter((-1).__ne__, map(text.find, _DIGITS)), default=-1)
        if first < 0:
            return ()
        runs = _ASCII_NUMERIC_RUN.finditer(text, first)
    else:
        runs = _NUMERIC_RUN.finditer(text)
    for m in runs:
        space = _SPACE.search(text, m.end())
        end = min(len(text), (space.start() if space else len(text)) + 4)
        start = max(0, m.start() - 12)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return tuple(windows)


def _scan(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    for start, end in _windows(text):
        yield from pattern.finditer(text, start, end)


def _emails(text: str) -> Iterator[Span]:
    if "@" not in text:
        return
    for m in _EMAIL.finditer(text):
        yield ("EMAIL_ADDRESS", m.start(), m.end(), 0.9)


def _phone_score(text: str, start: int, value: str, intl: bool) -> float:
    digits = sum(ch.isdigit() for ch in value)
    if digits < 7 or digits > 15:
        return 0.0
    positive = context_before(text, start, _PHONE_WORDS)
    if intl:
        return 0.85 if positive else 0.75
    if context_before(text, start, _NOT_PHONE_WORDS, 25) and not positive:
        return 0.0
    if _NANP.fullmatch(value):
        return 0.85 if positive else 0.7
    grouped = any(ch in value for ch in " .-()")
    if positive and (grouped or 10 <= digits <= 11):
        return 0.6
    return 0.0


def _phones(text: str) -> Iterator[Span]:
    for m in _scan(_PHONE, text):
        value = m.group()
        intl = m.group("cc") is not None
        if intl and m.group("cc") == "00" and not any(ch in value[2:] for ch in " .-("):
            intl = False  # a bare run that merely starts with 00 is not a dialled number
        score = _phone_score(text, m.start(), value, intl)
        if score:
            yield ("PHONE_NUMBER", m.start(), m.end(), score)


def _cards(text: str) -> Iterator[Span]:
    for m in _scan(_CARD, text):
        value = m.group()
        separators = {ch for ch in value if not ch.isdigit()}
        if len(separators) > 1 or "  " in value:
            continue
        if card_ok(value.replace(" ", "").replace("-", "")):
            yield ("CREDIT_CARD", m.start(), m.end(), 0.9)


def _ssns(text: str) -> Iterator[Span]:
    for m in _scan(_SSN, text):
        if ssn_ok(m.group(1), m.group(3), m.group(4)):
            yield ("US_SSN", m.start(), m.end(), 0.85 if m.group(2) == "-" else 0.6)
    for m in _scan(_SSN_BARE, text):
        if context_before(text, m.start(), _SSN_WORDS) and ssn_ok(*m.groups()):
            yield ("US_SSN", m.start(), m.end(), 0.7)


def _iban_matches(text: str) -> Iterator[re.Match[str]]:
    # An IBAN begins within a window (its check digits and first groups lie just before a long
    # number) but its letter groups can run past the window's end: matched from each start.
    end = -1
    for m in _scan(_IBAN_START, text):
        if m.start() >= end:
            found = _IBAN.match(text, m.start())
            if found is not None:
                end = found.end()
                yield found


def _ibans(text: str) -> Iterator[Span]:
    for m in _iban_matches(text):
        wanted = IBAN_LENGTHS.get(m.group()[:2])
        if wanted is None:
            continue
        taken = 0
        for end in range(m.start(), m.end()):
            if text[end] != " ":
                taken += 1
                if taken == wanted:
                    break
        if taken == wanted and iban_ok(text[m.start() : end + 1].replace(" ", "")):
            yield ("IBAN_CODE", m.start(), end + 1, 0.95)


def _ips(text: str) -> Iterator[Span]:
    for m in _scan(_IPV4, text):
        before = text[max(0, m.start() - 12) : m.start()]
        if ipv4_ok(m.group()) and not _VERSION_WORDS.search(before):
            yield ("IP_ADDRESS", m.start(), m.end(), 0.8)
    if ":" in text and ("::" in text or text.count(":") >= 7):
        for m in _IPV6.finditer(text):
            if ipv6_ok(m.group()):
                yield ("IP_ADDRESS", m.start(), m.end(), 0.8)


def _word_start(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_-")


def _secrets(text: str) -> Iterator[Span]:
    if (
        "_" in text
        or "sk-" in text
        or "xox" in text
        or "-----BEGIN" in text
        or _CLOUD_KEY_PREFIX.search(text)
    ):
        for m in _SECRET_PLAIN.finditer(text):
            if _word_start(text, m.start()):
                yield ("SECRET", m.start(), m.end(), 0.95)
    if "eyJ" in text:
        for m in _JWT.finditer(text):
            if _word_start(text, m.start()) and jwt_ok("eyJ" + m.group(1)):
                yield ("SECRET", m.start(), m.end(), 0.95)
    lowered = text.lower()
    found: list[re.Match[str]] = []
    if "secret" in lowered:
        found.extend(_AWS_SECRET.finditer(text))
    if "key=" in lowered:
        found.extend(_AZURE.finditer(text))
    if "bearer" in lowered:
        found.extend(m for m in _BEARER.finditer(text) if any(c.isdigit() for c in m.group(1)))
    for m in found:
        yield ("SECRET", m.start(1), m.end(1), 0.9)


RECOGNIZERS: tuple[tuple[str, Callable[[str], Iterator[Span]]], ...] = (
    ("EMAIL_ADDRESS", _emails),
    ("PHONE_NUMBER", _phones),
    ("CREDIT_CARD", _cards),
    ("US_SSN", _ssns),
    ("IBAN_CODE", _ibans),
    ("IP_ADDRESS", _ips),
    ("SECRET", _secrets),
)


# What each recognizer needs before it can find anything in ASCII text: "@" for an e-mail, a
# long number for the number types, a colon for IPv6, a prefix or a keyword for a secret. Plain
# searches that hold the GIL: an RE2 set answered all of them in one pass, but it releases the
# GIL on every call, and in the gateway, where another thread is waiting for it, each release
# cost several times the search (bench/README, "Issue 13, sixth session"). The punctuation the
# checks need is found with one byte deletion, and a long number is looked for only where
# seven digits and separators stand in a row (_ASCII_NUMERIC_RUN's shortest match).
_MARKS = b"@:_-.="
_NOT_MARKS = bytes(b for b in range(256) if b not in _MARKS)
_NUMERIC_CLASSES = bytes(0 if chr(b) in "0123456789 .()/-" else 1 for b in range(256))
_SEVEN_NUMERIC = bytes(7)


def _wanted(email: bool, number: bool, colon: bool, secret: bool) -> tuple[bool, ...]:
    return (email, number, number, number, number, number or colon, secret)


_BY_NEEDS = {
    needs: tuple(r for r, on in zip(RECOGNIZERS, _wanted(*needs), strict=True) if on)
    for needs in itertools.product((False, True), repeat=4)
}


def recognizers_for(text: str) -> tuple[tuple[str, Callable[[str], Iterator[Span]]], ...]:
    """The recognizers that could find something in ``text``, in :data:`RECOGNIZERS` order."""
    if not text.isascii():
        return RECOGNIZERS
    raw = text.encode()
    marks = raw.translate(None, _NOT_MARKS)
    secret = (
        b"_" in marks  # gh*_, hf_, sk_live_, aws_secret_...
        or (b"-" in marks and ("sk-" in text or "xox" in text or "-----BEGIN" in text))
        or (b"." in marks and "eyJ" in text)  # a JWT's parts are joined by dots
        or _CLOUD_KEY_PREFIX.search(text) is not None
    )
    if not secret:
        lowered = text.lower()
        secret = "secret" in lowered or "bearer" in lowered or (b"=" in marks and "key=" in lowered)
    number = (
        _SEVEN_NUMERIC in raw.translate(_NUMERIC_CLASSES)
        and _ASCII_NUMERIC_RUN.search(text) is not None
    )
    return _BY_NEEDS[b"@" in marks, number, b":" in marks, secret]
