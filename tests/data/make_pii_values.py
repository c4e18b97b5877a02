"""Synthetic values for make_pii_cases.py: one method per slot name, all from one seeded rng."""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
from collections.abc import Callable

from make_pii_negatives import NegativeValues

__all__ = ["NEGATIVES", "Values"]

FIRST = [
    "john",
    "maria",
    "wei",
    "fatima",
    "olga",
    "raj",
    "lucas",
    "aiko",
    "sam",
    "noah",
    "emma",
    "ahmed",
    "chloe",
    "diego",
    "ines",
    "pavel",
    "sofia",
    "kwame",
    "lena",
    "tom",
]
LAST = [
    "smith",
    "garcia",
    "chen",
    "khan",
    "ivanova",
    "patel",
    "martin",
    "tanaka",
    "okafor",
    "muller",
    "rossi",
    "dubois",
    "silva",
    "nowak",
    "jensen",
    "obrien",
    "haddad",
    "kim",
]
DOMAINS = [
    "example.com",
    "mail.example.org",
    "corp.example.co.uk",
    "example.net",
    "eu.example-shop.de",
    "uni.example.edu",
    "example.io",
    "sales.example.fr",
    "example.com.au",
    "dept.example.gov",
]
CITIES = ["Berlin", "Lyon", "Austin", "Osaka", "Leeds", "Porto", "Pune", "Denver"]
NEGATIVES = ("order", "isbn", "date", "ts", "price", "version", "badcard", "badssn", "uuid",
             "sha", "tracking", "zip", "invoice")  # fmt: skip
B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


class Values(NegativeValues):
    """Makes the value for a slot name; each call draws fresh values."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def make(self, slot: str) -> str:
        maker: Callable[[], str] = getattr(self, "v_" + slot)
        return maker()

    # -- plain words -----------------------------------------------------------------------
    def v_name(self) -> str:
        return f"{self.rng.choice(FIRST).title()} {self.rng.choice(LAST).title()}"

    def v_first(self) -> str:
        return self.rng.choice(FIRST).title()

    def v_city(self) -> str:
        return self.rng.choice(CITIES)

    def v_n(self) -> str:
        return str(self.rng.randint(2, 48))

    # -- e-mail ----------------------------------------------------------------------------
    def v_email(self) -> str:
        first, last = self.rng.choice(FIRST), self.rng.choice(LAST)
        local = self.rng.choice(
            [
                f"{first}.{last}",
                f"{first[0]}{last}",
                f"{first}_{last}",
                f"{first}{self.rng.randint(1, 99)}",
                f"{first}+{self.rng.choice(['news', 'work', 'shop'])}",
                f"{last}.{first[0]}",
                first,
                f"{first}-{last}",
            ]
        )
        if self.rng.random() < 0.15:
            local = local.title()
        return f"{local}@{self.rng.choice(DOMAINS)}"

    v_email2 = v_email

    def v_localhost_email(self) -> str:
        return f"{self.rng.choice(FIRST)}@localhost"

    def v_handle(self) -> str:
        return f"@{self.rng.choice(FIRST)}_{self.rng.choice(LAST)}"

    def v_gitremote(self) -> str:
        return (
            f"git@github.com:{self.rng.choice(LAST)}/{self.rng.choice(['api', 'web', 'infra'])}.git"
        )

    # -- phones ----------------------------------------------------------------------------
    def v_phone_us(self) -> str:
        a, b, c = str(self.rng.randint(201, 989)), str(self.rng.randint(200, 999)), self._digits(4)
        return self.rng.choice(
            [
                f"({a}) {b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}.{b}.{c}",
                f"+1-{a}-{b}-{c}",
                f"+1 ({a}) {b}-{c}",
                f"+1 {a} {b} {c}",
                f"1-{a}-{b}-{c}",
                f"({a}){b}-{c}",
            ]
        )

    def v_phone(self) -> str:
        d = self._digits
        forms = [
            lambda: self.v_phone_us(),
            lambda: f"+44 20 {d(4)} {d(4)}",
            lambda: f"+44 7{d(3)} {d(6)}",
            lambda: f"0044 20 {d(4)} {d(4)}",
            lambda: f"+49 30 {d(6)}",
            lambda: f"+49 151 {d(4)} {d(4)}",
            lambda: f"+33 {self.rng.randint(1, 7)} {d(2)} {d(2)} {d(2)} {d(2)}",
            lambda: f"+91 9{d(4)} {d(5)}",
            lambda: f"+61 4{d(2)} {d(3)} {d(3)}",
            lambda: f"+81 3-{d(4)}-{d(4)}",
            lambda: f"+55 11 9{d(4)}-{d(4)}",
            lambda: f"+34 6{d(2)} {d(3)} {d(3)}",
            lambda: f"+39 06 {d(4)} {d(4)}",
            lambda: f"+31 20 {d(3)} {d(4)}",
            lambda: f"+353 1 {d(3)} {d(4)}",
            lambda: f"+1{self.rng.randint(201, 989)}{self.rng.randint(200, 999)}{d(4)}",
        ]
        return self.rng.choice(forms)()

    def v_phone_bare(self) -> str:
        return f"{self.rng.randint(201, 989)}{self.rng.randint(200, 999)}{self._digits(4)}"

    # -- cards -----------------------------------------------------------------------------
    def _luhn_complete(self, prefix: str, length: int) -> str:
        body = prefix + self._digits(length - len(prefix) - 1)
        for check in string.digits:
            total = 0
            for i, ch in enumerate(reversed(body + check)):
                v = int(ch) * (2 if i % 2 else 1)
                total += v - 9 if v > 9 else v
            if total % 10 == 0:
                return body + check
        raise AssertionError("no Luhn digit")

    def _card_digits(self) -> str:
        prefix, length = self.rng.choice(
            [
                ("4", 16),
                ("4", 16),
                ("51", 16),
                ("55", 16),
                ("2221", 16),
                ("34", 15),
                ("37", 15),
                ("6011", 16),
                ("65", 16),
                ("3530", 16),
                ("4", 13),
            ]
        )
        return self._luhn_complete(prefix + self._digits(0), length)

    def _group(self, digits: str) -> str:
        if len(digits) == 15:
            sep = self.rng.choice([" ", "-", ""])
            return sep.join([digits[:4], digits[4:10], digits[10:]])
        sep = self.rng.choice([" ", "-", "", " "])
        return sep.join(digits[i : i + 4] for i in range(0, len(digits), 4))

    def v_card(self) -> str:
        return self._group(self._card_digits())

    def v_badcard(self) -> str:
        good = self._card_digits()
        bad = good[:-1] + str((int(good[-1]) + self.rng.randint(1, 9)) % 10)
        return self._group(bad)

    # -- SSN -------------------------------------------------------------------------------
    def _ssn_parts(self) -> tuple[str, str, str]:
        area = self.rng.choice([self.rng.randint(1, 665), self.rng.randint(667, 899)])
        return f"{area:03d}", f"{self.rng.randint(1, 99):02d}", f"{self.rng.randint(1, 9999):04d}"

    def v_ssn(self) -> str:
        a, g, s = self._ssn_parts()
        sep = self.rng.choice(["-", "-", "-", " "])
        return f"{a}{sep}{g}{sep}{s}"

    def v_ssn_bare(self) -> str:
        return "".join(self._ssn_parts())

    def v_badssn(self) -> str:
        a, g, s = self._ssn_parts()
        kind = self.rng.randrange(5)
        if kind == 0:
            a = "000"
        elif kind == 1:
            a = "666"
        elif kind == 2:
            a = str(self.rng.randint(900, 999))
        elif kind == 3:
            g = "00"
        else:
            s = "0000"
        return f"{a}-{g}-{s}"

    # -- IBAN ------------------------------------------------------------------------------
    def v_iban(self) -> str:
        d, up = self._digits, string.ascii_uppercase
        country, bban = self.rng.choice(
            [
                ("DE", d(18)),
                ("GB", self._chars(up, 4) + d(14)),
                ("FR", d(10) + self._chars(up + string.digits, 11) + d(2)),
                ("ES", d(20)),
                ("NL", self._chars(up, 4) + d(10)),
                ("IT", self._chars(up, 1) + d(10) + self._chars(up + string.digits, 12)),
                ("CH", d(5) + self._chars(up + string.digits, 12)),
            ]
        )
        number = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
        compact = f"{country}{98 - number % 97:02d}{bban}"
        if self.rng.random() < 0.6:
            return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
        return compact

    # -- IP --------------------------------------------------------------------------------
    def v_ip(self) -> str:
        r = self.rng.randint
        return self.rng.choice(
            [
                f"192.168.{r(0, 255)}.{r(1, 254)}",
                f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
                f"{r(11, 223)}.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
                f"172.{r(16, 31)}.{r(0, 255)}.{r(1, 254)}",
            ]
        )

    def v_ip6(self) -> str:
        groups = [self.rng.randint(0, 0xFFFF) for _ in range(8)]
        zeros = self.rng.randint(0, 4)
        start = self.rng.randint(1, 7 - zeros) if zeros else 0
        for i in range(start, start + zeros):
            groups[i] = 0
        if self.rng.random() < 0.4:
            groups[0] = self.rng.choice([0x2001, 0xFE80, 0x2A00])
            groups[1] = 0xDB8 if groups[0] == 0x2001 else groups[1]
        addr = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        return addr.exploded if self.rng.random() < 0.15 else addr.compressed

    # -- secrets ---------------------------------------------------------------------------
    def v_secret(self) -> str:
        c, up = self._chars, string.ascii_uppercase + string.digits
        forms = [
            lambda: "AKIA" + c(up, 16),
            lambda: "ASIA" + c(up, 16),
            lambda: "AIza" + c(B64URL, 35),
            lambda: "sk-" + c(ALNUM, 48),
            lambda: "sk-proj-" + c(ALNUM + "-_", 56),
            lambda: "sk-ant-api03-" + c(ALNUM + "-_", 80),
            lambda: "ghp_" + c(ALNUM, 36),
            lambda: "github_pat_" + c(ALNUM, 22) + "_" + c(ALNUM, 59),
            lambda: f"xoxb-{self._digits(11)}-{self._digits(12)}-{c(ALNUM, 24)}",
            lambda: "sk_live_" + c(ALNUM, 24),
            lambda: "rk_live_" + c(ALNUM, 24),
            lambda: "hf_" + c(ALNUM, 34),
            self._jwt,
        ]
        return self.rng.choice(forms)()

    def _jwt(self) -> str:
        def part(obj: object) -> str:
            return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")

        header = part({"alg": self.rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"})
        payload = part(
            {
                "sub": self._digits(8),
                "name": self.v_name(),
                "iat": self.rng.randint(1_600_000_000, 1_800_000_000),
            }
        )
        return f"{header}.{payload}.{self._chars(B64URL, 43)}"

    def v_jwt(self) -> str:
        return self._jwt()

    def v_aws_secret(self) -> str:
        return self._chars(ALNUM + "/+", 40)

    def v_azure_key(self) -> str:
        return self._chars(ALNUM + "+/", 86) + "=="

    def v_bearer(self) -> str:
        return self._chars(ALNUM + "-._", self.rng.randint(24, 64))

    def v_pem(self) -> str:
        kind = self.rng.choice(
            ["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]
        )
        body = "\n".join(self._chars(ALNUM + "+/", 64) for _ in range(self.rng.randint(3, 8)))
        return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"
