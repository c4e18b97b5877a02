"""Validators behind the PII recognizers: checksums, issued ranges and context words.

Each check takes the candidate a cheap regex found and says whether it is the entity. They are
pure functions of their arguments so that each can be tested on its own.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import re

__all__ = [
    "IBAN_LENGTHS",
    "card_ok",
    "context_before",
    "iban_ok",
    "ipv4_ok",
    "ipv6_ok",
    "jwt_ok",
    "luhn_ok",
    "ssn_ok",
]

# Lengths of the IBAN for each country that issues them (ISO 13616 registry, common subset).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27,
    "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30,
    "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22,
    "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29,
    "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip

# Issuer prefixes (IIN ranges) and the lengths each network issues.
_CARD_PREFIXES: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # American Express
    (37, 37, frozenset({15})),
    (6011, 6011, frozenset({16, 17, 18, 19})),  # Discover
    (644, 649, frozenset({16, 17, 18, 19})),
    (65, 65, frozenset({16, 17, 18, 19})),
    (300, 305, frozenset({14, 16, 19})),  # Diners Club
    (36, 36, frozenset({14, 16, 19})),
    (38, 39, frozenset({16, 19})),
    (3528, 3589, frozenset({16, 17, 18, 19})),  # JCB
    (62, 62, frozenset({16, 17, 18, 19})),  # UnionPay
    (50, 50, frozenset({12, 13, 16, 19})),  # Maestro
    (56, 58, frozenset({12, 13, 16, 19})),
    (67, 67, frozenset({12, 13, 16, 19})),
)

# Numbers published as examples that the SSA never issued to a person.
_SSN_NEVER_ISSUED = frozenset({"078051120", "219099999", "457555462"})


def luhn_ok(digits: str) -> bool:
    """True when the digit string passes the Luhn (mod 10) check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_ok(digits: str) -> bool:
    """True for a number with a known issuer prefix, a length it issues and a valid Luhn digit."""
    n = len(digits)
    if n < 12 or n > 19:
        return False
    for low, high, lengths in _CARD_PREFIXES:
        width = len(str(low))
        if low <= int(digits[:width]) <= high and n in lengths:
            return luhn_ok(digits)
    return False


def ssn_ok(area: str, group: str, serial: str) -> bool:
    """True when the three parts of a US SSN fall in ranges the SSA issues."""
    if area == "000" or area == "666" or area[0] == "9":
        return False
    if group == "00" or serial == "0000":
        return False
    return area + group + serial not in _SSN_NEVER_ISSUED


def iban_ok(compact: str) -> bool:
    """True for an IBAN (no spaces, upper case) of its country's length with a valid mod-97."""
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def ipv4_ok(candidate: str) -> bool:
    """True for a dotted quad that ``ipaddress`` accepts (no leading zeros, each part <= 255)."""
    try:
        ipaddress.IPv4Address(candidate)
    except ValueError:
        return False
    return True


def ipv6_ok(candidate: str) -> bool:
    """True for a valid IPv6 address that is more than a stray run of colons and hex letters."""
    if candidate != "::1" and sum(ch.isdigit() for ch in candidate) < 2:
        return False
    try:
        ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return True


def jwt_ok(header: str) -> bool:
    """True when a JWT's first part decodes (base64url) to a JSON object naming an ``alg``."""
    try:
        raw = base64.urlsafe_b64decode(header + "=" * (-len(header) % 4))
        value = json.loads(raw)
    except (binascii.Error, ValueError):
        return False
    return isinstance(value, dict) and "alg" in value


def context_before(text: str, start: int, words: re.Pattern[str], width: int = 40) -> bool:
    """True when one of ``words`` occurs in the ``width`` characters before ``start``."""
    return words.search(text, max(0, start - width), start) is not None
