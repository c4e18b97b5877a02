# ruff: noqa: E501  (long template strings are the data)
"""Write ``pii_holdout.jsonl``: an independent, labelled PII evaluation set.

Written without reference to the detector's implementation or its own test data, so the
precision/recall it yields is a fair estimate. Standard library only; seeded, so rerunning
reproduces the file byte for byte::

    python tests/data/make_pii_holdout.py

Every text is assembled from parts; a part that is a ``(TYPE, value)`` tuple is a labelled
entity, and its offsets are taken from the assembled string, never typed by hand. Every value
that is meant to be positive is generated valid (Luhn, IBAN mod-97, SSN area/group/serial,
RFC-shaped IPs, well-formed tokens); hard negatives contain no labelled type at all.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import string
from pathlib import Path

RNG = random.Random(2026)
OUT = Path(__file__).with_name("pii_holdout.jsonl")

UPPER = string.ascii_uppercase
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"

FIRST = [
    "Maria",
    "James",
    "Aisha",
    "Chen",
    "Olga",
    "Lukas",
    "Priya",
    "Tom",
    "Fatima",
    "Diego",
    "Hannah",
    "Kenji",
    "Sofia",
    "Mateo",
    "Grace",
    "Ravi",
    "Emma",
    "Noah",
    "Chloe",
    "Ben",
    "Ingrid",
    "Pierre",
    "Lucia",
    "Ahmed",
    "Yuki",
    "Sean",
    "Zoe",
    "Marco",
    "Anika",
    "Owen",
]
LAST = [
    "Garcia",
    "Smith",
    "Khan",
    "Wei",
    "Petrova",
    "Becker",
    "Sharma",
    "O'Neill",
    "Haddad",
    "Fernandez",
    "Muller",
    "Tanaka",
    "Rossi",
    "Silva",
    "Kim",
    "Patel",
    "Dubois",
    "Jansen",
    "Nguyen",
    "Walsh",
    "Larsen",
    "Moreau",
    "Costa",
    "Yilmaz",
    "Sato",
    "Murphy",
    "Brown",
]
COMPANIES = [
    ("Northwind", "northwind.io"),
    ("Acme Logistics", "acme-logistics.com"),
    ("Bluefin Analytics", "bluefin.ai"),
    ("Kestrel Health", "kestrelhealth.org"),
    ("Orbital Foods", "orbitalfoods.co.uk"),
    ("Tannery Labs", "tannerylabs.de"),
    ("Lumen Bank", "lumenbank.fr"),
    ("Quokka Travel", "quokka.com.au"),
    ("Sakura Devices", "sakura-devices.jp"),
    ("Verde Energia", "verdeenergia.com.br"),
]
FREEMAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "icloud.com",
    "gmx.de",
    "hotmail.co.uk",
    "web.de",
    "orange.fr",
    "yahoo.co.in",
]


def pick(seq):
    return RNG.choice(seq)


def digits(n: int, first_nonzero: bool = False) -> str:
    s = "".join(RNG.choice(string.digits) for _ in range(n))
    if first_nonzero:
        s = RNG.choice("123456789") + s[1:]
    return s


def rand(alphabet: str, n: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(n))


def person() -> tuple[str, str]:
    return pick(FIRST), pick(LAST)


# --------------------------------------------------------------------------- value makers


def email() -> str:
    first, last = person()
    f, ln = first.lower(), last.lower().replace("'", "")
    _company, domain = pick(COMPANIES)
    local = pick(
        [
            f"{f}.{ln}",
            f"{f[0]}{ln}",
            f"{f}_{ln}{RNG.randint(1, 99)}",
            f"{f}{RNG.randint(70, 99)}",
            f"{ln}.{f[0]}",
            f"{f}-{ln}",
        ]
    )
    style = RNG.randrange(7)
    if style == 0:
        return f"{local}+{pick(['billing', 'newsletter', 'github', 'work', 'spam', 'orders'])}@{pick(FREEMAIL)}"
    if style == 1:
        return f"{local}@{pick(['mail', 'eu', 'corp', 'us-east.corp', 'students'])}.{domain}"
    if style == 2:
        return (
            f"{first}.{last.replace(chr(39), '')}@{domain}".upper()
            if RNG.random() < 0.5
            else f"{first}.{last.replace(chr(39), '')}@{domain.upper()}"
        )
    if style == 3:
        return f"{local}@{pick(FREEMAIL)}"
    if style == 4:
        return f"{pick(['support', 'billing', 'noreply', 'hr', 'security', 'accounts'])}@{domain}"
    return f"{local}@{domain}"


def us_phone() -> str:
    a = RNG.choice("23456789") + digits(2)
    while a[1:] == "11":
        a = RNG.choice("23456789") + digits(2)
    e = RNG.choice("23456789") + digits(2)
    n = digits(4)
    return pick(
        [
            f"+1 {a} {e} {n}",
            f"+1-{a}-{e}-{n}",
            f"+1 ({a}) {e}-{n}",
            f"({a}) {e}-{n}",
            f"{a}-{e}-{n}",
            f"{a}.{e}.{n}",
            f"1-{a}-{e}-{n}",
            f"+1{a}{e}{n}",
            f"{a}{e}{n}",
        ]
    )


def intl_phone(country: str) -> str:
    d = digits
    if country == "UK":
        return pick(
            [
                f"+44 20 {d(4)} {d(4)}",
                f"+44 7{d(3)} {d(6)}",
                f"020 {d(4)} {d(4)}",
                f"07{d(3)} {d(6)}",
                f"+44 (0)161 {d(3)} {d(4)}",
                f"+447{d(9)}",
            ]
        )
    if country == "DE":
        return pick(
            [
                f"+49 30 {d(8)}",
                f"+49 151 {d(8)}",
                f"+49 (0)89 {d(4)} {d(4)}",
                f"030 {d(8)}",
                f"0151 {d(8)}",
                f"+49 40 {d(3)} {d(4)}-{d(2)}",
            ]
        )
    if country == "FR":
        pairs = lambda: " ".join(d(2) for _ in range(4))  # noqa: E731
        return pick(
            [
                f"+33 1 {pairs()}",
                f"+33 6 {pairs()}",
                f"01 {pairs()}",
                "06." + ".".join(d(2) for _ in range(4)),
                f"+33 (0)7 {pairs()}",
            ]
        )
    if country == "IN":
        m = RNG.choice("6789") + d(4)
        return pick(
            [f"+91 {m} {d(5)}", f"+91-{m}-{d(5)}", f"+91 22 {d(4)} {d(4)}", f"+91{m}{d(5)}"]
        )
    if country == "BR":
        return pick(
            [
                f"+55 11 9{d(4)}-{d(4)}",
                f"+55 (21) {RNG.choice('2345')}{d(3)}-{d(4)}",
                f"(11) 9{d(4)}-{d(4)}",
                f"+55 61 {RNG.choice('2345')}{d(3)}-{d(4)}",
            ]
        )
    if country == "JP":
        return pick(
            [
                f"+81 3-{d(4)}-{d(4)}",
                f"+81 90-{d(4)}-{d(4)}",
                f"03-{d(4)}-{d(4)}",
                f"090-{d(4)}-{d(4)}",
                f"+81 6 {d(4)} {d(4)}",
            ]
        )
    if country == "AU":
        return pick(
            [
                f"+61 2 {d(4)} {d(4)}",
                f"+61 4{d(2)} {d(3)} {d(3)}",
                f"(02) {d(4)} {d(4)}",
                f"04{d(2)} {d(3)} {d(3)}",
                f"+61 3 {d(4)} {d(4)}",
            ]
        )
    raise ValueError(country)


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


def card_number(brand: str | None = None) -> tuple[str, str]:
    brand = brand or pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
    if brand == "visa":
        prefix, length = "4", 16
    elif brand == "mastercard":
        prefix, length = pick([str(RNG.randint(51, 55)), str(RNG.randint(2221, 2720))]), 16
    elif brand == "amex":
        prefix, length = pick(["34", "37"]), 15
    else:
        prefix, length = pick(["6011", "65" + digits(2), "644"]), 16
    body = prefix + digits(length - len(prefix) - 1)
    return brand, body + luhn_digit(body)


def format_card(num: str, sep: str | None = None) -> str:
    sep = pick([" ", "-", ""]) if sep is None else sep
    groups = (
        [num[:4], num[4:10], num[10:]]
        if len(num) == 15
        else [num[i : i + 4] for i in range(0, 16, 4)]
    )
    return sep.join(groups)


def ssn() -> str:
    area = RNG.randint(1, 899)
    while area == 666:
        area = RNG.randint(1, 899)
    return f"{area:03d}-{RNG.randint(1, 99):02d}-{RNG.randint(1, 9999):04d}"


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in moved)
    return f"{98 - int(num) % 97:02d}"


def iban_valid(iban: str) -> bool:
    s = iban.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _es_control(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return str({11: 0, 10: 1}.get(v, v))


def iban(country: str | None = None) -> str:
    country = country or pick(["DE", "GB", "FR", "ES", "NL", "IT", "CH", "BE"])
    if country == "DE":
        bban = digits(8, True) + digits(10)
    elif country == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif country == "FR":
        bank, branch, acct = digits(5, True), digits(5), digits(11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = f"{bank}{branch}{acct}{key:02d}"
    elif country == "ES":
        bank, branch, acct = digits(4, True), digits(4), digits(10)
        bban = bank + branch + _es_control("00" + bank + branch) + _es_control(acct) + acct
    elif country == "NL":
        bban = pick(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + digits(10)
    elif country == "IT":
        bban = RNG.choice(UPPER) + digits(5, True) + digits(5) + digits(12)
    elif country == "CH":
        bban = digits(5) + digits(12)
    elif country == "BE":
        first10 = digits(3, True) + digits(7)
        chk = int(first10) % 97 or 97
        bban = f"{first10}{chk:02d}"
    else:
        raise ValueError(country)
    compact = country + _iban_check(country, bban) + bban
    assert iban_valid(compact), compact
    if RNG.random() < 0.55:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def ipv4(kind: str | None = None) -> str:
    kind = kind or pick(["public", "public", "public", "private"])
    if kind == "private":
        return pick(
            [
                f"10.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}",
                f"192.168.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}",
                f"172.{RNG.randint(16, 31)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}",
            ]
        )
    first = RNG.choice([23, 31, 34, 45, 52, 66, 81, 91, 103, 141, 151, 176, 185, 203, 212])
    return f"{first}.{RNG.randint(0, 255)}.{RNG.randint(0, 255)}.{RNG.randint(1, 254)}"


def ipv6() -> str:
    groups = [pick(["2001", "2a02", "2606", "2400", "fe80"])] + [
        f"{RNG.randint(0, 0xFFFF):x}" for _ in range(7)
    ]
    style = RNG.randrange(4)
    if style == 0:  # full, zero-padded
        g = [x.zfill(4) for x in groups]
        g[3] = g[4] = "0000"
        return ":".join(g)
    if style == 1:  # compressed run of zeros in the middle
        return ":".join(groups[:3]) + "::" + ":".join(groups[5:])
    if style == 2:  # link-local style
        return "fe80::" + ":".join(groups[4:])
    return ":".join(groups[:2]) + "::" + groups[7]


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt() -> str:
    header = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    first, last = person()
    payload = {
        "sub": str(RNG.randint(10**6, 10**7)),
        "name": f"{first} {last}",
        "iat": 1_735_000_000 + RNG.randint(0, 10**7),
    }
    payload["exp"] = payload["iat"] + 3600
    if RNG.random() < 0.5:
        payload["scope"] = pick(["read:orders", "admin", "user openid profile"])
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    key = bytes(RNG.getrandbits(8) for _ in range(32))
    sig = b64url(hmac.new(key, f"{header}.{body}".encode(), hashlib.sha256).digest())
    return f"{header}.{body}.{sig}"


def pem() -> str:
    label = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    raw = bytes(RNG.getrandbits(8) for _ in range(RNG.choice([121, 240, 360])))
    b64 = base64.b64encode(raw).decode()
    width = 70 if label == "OPENSSH PRIVATE KEY" else 64
    lines = [b64[i : i + width] for i in range(0, len(b64), width)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def secret(kind: str | None = None) -> tuple[str, str]:
    kind = kind or pick(
        ["aws", "github", "openai", "anthropic", "slack", "stripe", "google", "jwt"]
    )
    if kind == "aws":
        return kind, "AKIA" + rand(UPALNUM, 16)
    if kind == "github":
        return kind, "ghp_" + rand(ALNUM, 36)
    if kind == "openai":
        return kind, "sk-proj-" + rand(URLSAFE, RNG.randint(56, 74)) + "T3BlbkFJ" + rand(
            URLSAFE, RNG.randint(56, 74)
        )
    if kind == "anthropic":
        return kind, "sk-ant-api03-" + rand(URLSAFE, 93) + "AA"
    if kind == "slack":
        return kind, f"xoxb-{digits(12, True)}-{digits(13, True)}-{rand(ALNUM, 24)}"
    if kind == "stripe":
        return kind, "sk_live_" + pick([rand(ALNUM, 24), "51" + rand(ALNUM, 97)])
    if kind == "google":
        return kind, "AIza" + rand(URLSAFE, 35)
    if kind == "jwt":
        return kind, jwt()
    if kind == "aws_secret":
        return kind, rand(ALNUM + "+/", 40)
    if kind == "opaque":
        return kind, rand(ALNUM, RNG.choice([32, 40, 48]))
    raise ValueError(kind)


# --------------------------------------------------------------------------- assembly

CASES: list[dict] = []


def add(category: str, *parts) -> None:
    text, ents = "", []
    for p in parts:
        if isinstance(p, tuple):
            kind, value = p
            ents.append({"type": kind, "start": len(text), "end": len(text) + len(value)})
            text += value
        else:
            text += p
    for e in ents:
        assert text[e["start"] : e["end"]].strip() == text[e["start"] : e["end"]]
    CASES.append({"text": text, "category": category, "entities": ents})


def ts() -> str:
    return f"2025-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}T{RNG.randint(0, 23):02d}:{RNG.randint(0, 59):02d}:{RNG.randint(0, 59):02d}Z"


def ticket() -> str:
    return f"{pick(['#', 'TCK-', 'SR-', 'CASE-'])}{RNG.randint(10000, 999999)}"


E = lambda v: ("EMAIL_ADDRESS", v)  # noqa: E731
P = lambda v: ("PHONE_NUMBER", v)  # noqa: E731
C = lambda v: ("CREDIT_CARD", v)  # noqa: E731
S = lambda v: ("US_SSN", v)  # noqa: E731
I = lambda v: ("IBAN_CODE", v)  # noqa: E731, E741
IP = lambda v: ("IP_ADDRESS", v)  # noqa: E731
K = lambda v: ("SECRET", v)  # noqa: E731


def gen_emails(n: int) -> None:
    for _ in range(n):
        f, ln = person()
        v = email()
        company, _dom = pick(COMPANIES)
        r = RNG.randrange(10)
        if r == 0:
            add(
                "email_signature",
                f"Thanks,\n{f} {ln}\nSenior Account Manager | {company}\n",
                E(v),
                "\n",
            )
        elif r == 1:
            add(
                "email_header",
                f"From: {f} {ln} <",
                E(v),
                f">\nSubject: Re: {ticket()} invoice question\n",
            )
        elif r == 2:
            add(
                "support_ticket",
                "Customer says the password reset mail never arrived. Registered address is ",
                E(v),
                ", please resend.",
            )
        elif r == 3:
            add(
                "chat",
                f"[{RNG.randint(8, 18)}:{RNG.randint(0, 59):02d}] {f.lower()}: can you cc ",
                E(v),
                " on the thread? thx",
            )
        elif r == 4:
            add("html", '<p>Questions? <a href="mailto:', E(v), f'">Contact {company}</a></p>')
        elif r == 5:
            add("server_log", f"{ts()} INFO auth.login user=", E(v), " result=success mfa=totp")
        elif r == 6:
            add(
                "csv_row",
                f"{RNG.randint(1000, 9999)},{f},{ln},",
                E(v),
                f",{pick(['active', 'churned', 'trial'])}",
            )
        elif r == 7:
            add(
                "json_row",
                '{"id": ' + str(RNG.randint(1, 99999)) + ', "contact": {"email": "',
                E(v),
                '", "opt_in": true}}',
            )
        elif r == 8:
            add("code", "# maintainer: ", E(v), "\n" + "def retry(n=3):\n    return n")
        else:
            add("form", f"Full name: {f} {ln}\nEmail*: ", E(v), "\nCompany: " + company)


def gen_phones(n: int) -> None:
    countries = ["US", "US", "US", "UK", "DE", "FR", "IN", "BR", "JP", "AU"]
    for _ in range(n):
        c = pick(countries)
        v = us_phone() if c == "US" else intl_phone(c)
        f, ln = person()
        r = RNG.randrange(8)
        if r == 0:
            add(
                "email_signature",
                f"Best regards,\n{f} {ln}\n{pick(COMPANIES)[0]}\nTel: ",
                P(v),
                "\n",
            )
        elif r == 1:
            add(
                "support_ticket",
                "Please call me back on ",
                P(v),
                f" after 3pm, it's about order {RNG.randint(100000, 999999)}.",
            )
        elif r == 2:
            add("chat", f"{f.lower()}: my cell is ", P(v), " if the zoom link breaks")
        elif r == 3:
            add("form", f"Name: {f} {ln}\nPhone: ", P(v), "\nPreferred contact time: morning")
        elif r == 4:
            add(
                "csv_row",
                f"{f} {ln},",
                P(v),
                f",{pick(['NY', 'London', 'Berlin', 'Paris', 'Mumbai', 'Sao Paulo', 'Tokyo', 'Sydney'])}",
            )
        elif r == 5:
            add("invoice", f"Ship to: {f} {ln}\nContact phone: ", P(v), "\nItems: 2 x USB-C cable")
        elif r == 6:
            add("json_row", '{"name": "' + f"{f} {ln}" + '", "phone": "', P(v), '"}')
        else:
            add(
                "voicemail",
                "Voicemail from ",
                P(v),
                f" ({RNG.randint(0, 2)}:{RNG.randint(10, 59)}): hi, returning your call about the lease",
            )


def gen_cards(n: int) -> None:
    for _ in range(n):
        brand, num = card_number()
        v = format_card(num)
        f, ln = person()
        r = RNG.randrange(7)
        if r == 0:
            add(
                "support_ticket",
                f"I was charged twice on my {brand.title()} ",
                C(v),
                ", please refund one of them.",
            )
        elif r == 1:
            add(
                "chat",
                "ok here's the card: ",
                C(v),
                f" exp {RNG.randint(1, 12):02d}/{RNG.randint(26, 31)} cvv {digits(3)}",
            )
        elif r == 2:
            add(
                "form",
                f"Cardholder: {f} {ln}\nCard number: ",
                C(v),
                f"\nExpiry: {RNG.randint(1, 12):02d}/{RNG.randint(26, 31)}",
            )
        elif r == 3:
            add(
                "server_log",
                f"{ts()} DEBUG payments.charge amount=49.00 currency=USD pan=",
                C(v),
                " status=declined code=05",
            )
        elif r == 4:
            add(
                "email",
                "Hi, can you update my payment method to ",
                C(v),
                "? The old one expired. Thanks, " + f,
            )
        elif r == 5:
            add(
                "json_row",
                '{"order": ' + str(RNG.randint(10000, 99999)) + ', "card": "',
                C(v),
                '", "brand": "' + brand + '"}',
            )
        else:
            add(
                "csv_row",
                f"{RNG.randint(1, 9999)},{f} {ln},",
                C(v),
                f",{RNG.randint(10, 999)}.{RNG.randint(0, 99):02d}",
            )


def gen_ssns(n: int) -> None:
    for _ in range(n):
        v = ssn()
        f, ln = person()
        r = RNG.randrange(6)
        if r == 0:
            add(
                "form",
                f"Employee: {f} {ln}\nSSN: ",
                S(v),
                f"\nStart date: 2025-0{RNG.randint(1, 9)}-01",
            )
        elif r == 1:
            add(
                "support_ticket",
                "The W-2 shows the wrong social security number, it should be ",
                S(v),
                " not the one on file.",
            )
        elif r == 2:
            add(
                "chat",
                "need your ssn for the background check -> ",
                S(v),
                " is what I have, correct?",
            )
        elif r == 3:
            add(
                "csv_row",
                f"{f},{ln},",
                S(v),
                f",{RNG.randint(1950, 2003)}-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}",
            )
        elif r == 4:
            add(
                "json_row",
                '{"applicant": "' + f"{f} {ln}" + '", "ssn": "',
                S(v),
                '", "income": ' + str(RNG.randint(30, 200)) + "000}",
            )
        else:
            add(
                "email",
                "Dear HR,\nMy Social Security No. is ",
                S(v),
                f". Please update payroll.\n{f}",
            )


def gen_ibans(n: int) -> None:
    countries = ["DE", "GB", "FR", "ES", "NL", "IT", "CH", "BE"]
    for i in range(n):
        v = iban(countries[i % len(countries)])
        f, ln = person()
        r = RNG.randrange(6)
        if r == 0:
            add(
                "invoice",
                f"Please transfer the amount to:\nAccount holder: {pick(COMPANIES)[0]}\nIBAN: ",
                I(v),
                "\nBIC: " + pick(["DEUTDEFF", "NWBKGB2L", "BNPAFRPP", "INGBNL2A", "UBSWCHZH80A"]),
            )
        elif r == 1:
            add("email", f"Hallo {f}, bitte überweisen Sie den Betrag auf ", I(v), ". Vielen Dank!")
        elif r == 2:
            add("support_ticket", "Refund should go to my account ", I(v), f" (holder {f} {ln}).")
        elif r == 3:
            add(
                "csv_row",
                f"{f} {ln};",
                I(v),
                f";{RNG.randint(10, 9999)},{RNG.randint(0, 99):02d} EUR",
            )
        elif r == 4:
            add("chat", "sent you my iban: ", I(v))
        else:
            add(
                "form",
                "SEPA Direct Debit Mandate\nDebtor name: " + f"{f} {ln}" + "\nIBAN: ",
                I(v),
                "\nSignature: ________",
            )


def gen_ips(n: int) -> None:
    for i in range(n):
        v = ipv6() if i % 3 == 2 else ipv4()
        r = RNG.randrange(7)
        if r == 0:
            add(
                "server_log",
                IP(v),
                f' - - [05/Mar/2025:10:{RNG.randint(10, 59)}:{RNG.randint(10, 59)} +0000] "GET /api/v2/orders HTTP/1.1" 200 {RNG.randint(200, 9000)}',
            )
        elif r == 1:
            add(
                "server_log",
                f"{ts()} WARN sshd[{RNG.randint(1000, 9999)}]: Failed password for root from ",
                IP(v),
                f" port {RNG.randint(1024, 65535)} ssh2",
            )
        elif r == 2:
            add(
                "http_headers",
                "X-Forwarded-For: ",
                IP(v),
                "\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
            )
        elif r == 3:
            add("config", "[database]\nhost = ", IP(v), "\nport = 5432\nname = orders")
        elif r == 4:
            add(
                "support_ticket",
                "Our office can't reach the VPN, public address is ",
                IP(v),
                ". Can you whitelist it?",
            )
        elif r == 5:
            add("shell_history", "ssh deploy@" if ":" not in v else "ping6 -c 3 ", IP(v))
        else:
            add(
                "json_row",
                '{"event": "login", "ip": "',
                IP(v),
                '", "country": "' + pick(["DE", "US", "IN", "BR"]) + '"}',
            )


def gen_secrets(n: int) -> None:
    kinds = ["aws", "github", "openai", "anthropic", "slack", "stripe", "google", "jwt"]
    for i in range(n):
        kind, v = secret(kinds[i % len(kinds)])
        var = {
            "aws": "AWS_ACCESS_KEY_ID",
            "github": "GITHUB_TOKEN",
            "openai": "OPENAI_API_KEY",
            "anthropic": "ANTHROPIC_API_KEY",
            "slack": "SLACK_BOT_TOKEN",
            "stripe": "STRIPE_SECRET_KEY",
            "google": "GOOGLE_API_KEY",
            "jwt": "SESSION_TOKEN",
        }[kind]
        r = RNG.randrange(6)
        if r == 0:
            add("config", f"# .env\nNODE_ENV=production\n{var}=", K(v), "\nLOG_LEVEL=info")
        elif r == 1:
            add("shell_history", f"export {var}=", K(v))
        elif r == 2:
            add("code", 'client = make_client(api_key="', K(v), '", timeout=30)')
        elif r == 3:
            add("chat", "oops I pasted the key in the wrong channel: ", K(v), " -- rotating now")
        elif r == 4:
            add(
                "server_log",
                f"{ts()} ERROR config loaded: {{'{var.lower()}': '",
                K(v),
                "', 'region': 'us-east-1'}",
            )
        else:
            add(
                "yaml_config",
                f"service:\n  name: billing\n  credentials:\n    {var.lower()}: ",
                K(v),
                "\n  retries: 3",
            )


def gen_bearer_pem(n_bearer: int, n_pem: int) -> None:
    for _ in range(n_bearer):
        tok = jwt() if RNG.random() < 0.5 else rand(ALNUM, RNG.choice([32, 40, 48]))
        r = RNG.randrange(3)
        if r == 0:
            add(
                "http_headers",
                "GET /v1/accounts/me HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer ",
                K(tok),
                "\nAccept: application/json",
            )
        elif r == 1:
            add(
                "shell_history",
                "curl -s -H 'Authorization: Bearer ",
                K(tok),
                "' https://api.example.com/v1/orders | jq .",
            )
        else:
            add(
                "server_log",
                f"{ts()} DEBUG outgoing request headers={{'Authorization': 'Bearer ",
                K(tok),
                "', 'Content-Type': 'application/json'}",
            )
    for _ in range(n_pem):
        r = RNG.randrange(3)
        if r == 0:
            add("config", "# deploy key, do not commit\n", K(pem()), "\n")
        elif r == 1:
            add("chat", "here's the key for the staging box:\n```\n", K(pem()), "\n```")
        else:
            add("code", 'PRIVATE_KEY = """', K(pem()), '"""\n')


def gen_mixed(n: int) -> None:
    for _ in range(n):
        f, ln = person()
        company, _ = pick(COMPANIES)
        r = RNG.randrange(8)
        if r == 0:
            add(
                "email_signature",
                f"--\n{f} {ln} | Head of Ops, {company}\nM: ",
                P(intl_phone(pick(["UK", "DE", "FR", "AU"]))),
                "\nE: ",
                E(email()),
                "\n",
            )
        elif r == 1:
            add(
                "server_log",
                f"{ts()} INFO login ok user=",
                E(email()),
                " ip=",
                IP(ipv4()),
                f" session={rand(HEX, 8)}",
            )
        elif r == 2:
            add(
                "support_ticket",
                f"Ticket {ticket()}\nFrom: {f} {ln}\nCallback: ",
                P(us_phone()),
                "\nIssue: card ",
                C(format_card(card_number()[1])),
                " declined at checkout on 2025-03-05.",
            )
        elif r == 3:
            add("csv_row", f"{f},{ln},", E(email()), ",", P(us_phone()), ",", S(ssn()))
        elif r == 4:
            add(
                "config",
                "[default]\naws_access_key_id = ",
                K(secret("aws")[1]),
                "\naws_secret_access_key = ",
                K(secret("aws_secret")[1]),
                "\nregion = eu-west-1",
            )
        elif r == 5:
            add(
                "invoice",
                f"INVOICE INV-2025-{RNG.randint(100, 999):04d}\nBill to: {f} {ln}, ",
                E(email()),
                "\nTotal due: EUR 1.240,00\nPay to IBAN ",
                I(iban()),
                " within 14 days.",
            )
        elif r == 6:
            add(
                "json_row",
                '{"user": "',
                E(email()),
                '", "last_ip": "',
                IP(ipv6()),
                '", "plan": "pro"}',
            )
        else:
            add(
                "shell_history",
                "$ ssh -i ~/.ssh/id_ed25519 admin@",
                IP(ipv4("private")),
                "\n$ export GITHUB_TOKEN=",
                K(secret("github")[1]),
                "\n$ git push origin main",
            )


# --------------------------------------------------------------------------- hard negatives


def isbn13() -> str:
    body = "978" + digits(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    d = body + str((10 - s % 10) % 10)
    return f"{d[:3]}-{d[3]}-{d[4:7]}-{d[7:12]}-{d[12]}"


def luhn_fail16() -> str:
    _, num = card_number(pick(["visa", "mastercard", "discover"]))
    bad = num[:-1] + str((int(num[-1]) + RNG.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def bad_ssn() -> str:
    area = pick(["000", "666", f"9{RNG.randint(0, 99):02d}"])
    return f"{area}-{RNG.randint(1, 99):02d}-{RNG.randint(1, 9999):04d}"


def uuid4() -> str:
    h = rand(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def gen_negatives(n: int) -> None:
    makers = [
        lambda: add(
            "invoice",
            f"Invoice INV-2025-{RNG.randint(1000, 99999):06d}\nDate: 05/03/2025\nSubtotal: $1,{RNG.randint(100, 999)}.{RNG.randint(0, 99):02d}\nTax (8.875%): ${RNG.randint(10, 200)}.{RNG.randint(0, 99):02d}\nOrder no. {digits(10, True)}",
        ),
        lambda: add(
            "support_ticket",
            f"Order #{digits(3, True)}-{digits(7)}-{digits(7)} still shows 'processing' since {RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/2025, tracking 1Z{rand(UPALNUM, 6)}{digits(10)}.",
        ),
        lambda: add(
            "support_ticket",
            f"Shipment ID {' '.join(luhn_fail16()[i : i + 4] for i in range(0, 16, 4))} was split into two parcels.",
        ),
        lambda: add(
            "csv_row",
            f"{digits(4, True)},{luhn_fail16()},{RNG.randint(1, 50)},{RNG.randint(1, 999)}.{RNG.randint(0, 99):02d},2025-0{RNG.randint(1, 9)}-1{RNG.randint(0, 9)}",
        ),
        lambda: add(
            "book",
            f"Designing Data-Intensive Applications, ISBN {isbn13()}, 2nd printing, ${RNG.randint(20, 60)}.99",
        ),
        lambda: add(
            "server_log",
            f"{ts()} INFO worker-{RNG.randint(1, 16)} job={uuid4()} finished in {RNG.randint(10, 9999)}ms (attempt 1/3)",
        ),
        lambda: add("server_log", f"{ts()} DEBUG cache miss key=sha256:{rand(HEX, 64)} ttl=3600"),
        lambda: add(
            "shell_history",
            f"git checkout {rand(HEX, 40)}\ngit log --oneline -n 5\ngit cherry-pick {rand(HEX, 7)}",
        ),
        lambda: add(
            "code",
            f".btn-primary {{ color: #{rand('0123456789ABCDEF', 6)}; background: #{rand(HEX, 6)}; border: 1px solid #{rand(HEX, 3)}; }}",
        ),
        lambda: add(
            "config",
            f'{{"name": "lmops-ui", "version": "{RNG.randint(0, 9)}.{RNG.randint(0, 30)}.{RNG.randint(0, 20)}", "dependencies": {{"react": "^18.{RNG.randint(0, 3)}.{RNG.randint(0, 9)}", "vite": "~5.{RNG.randint(0, 4)}.{RNG.randint(0, 9)}-rc.{RNG.randint(1, 5)}"}}}}',
        ),
        lambda: add(
            "support_ticket",
            f"Running Windows version 10.0.{RNG.randint(17000, 22631)}.{RNG.randint(1000, 4999)} with driver v{RNG.randint(1, 9)}.{RNG.randint(0, 9)}.{RNG.randint(0, 9)}.{RNG.randint(0, 99)}, app crashes on start.",
        ),
        lambda: add(
            "chat",
            f"meet at {RNG.uniform(30, 60):.4f}, {RNG.uniform(-120, 30):.4f} around 10:30? bring the {RNG.randint(2, 9)}x{RNG.randint(2, 9)} table",
        ),
        lambda: add(
            "code",
            f"assert abs({RNG.randint(100, 999)} * {RNG.randint(100, 999)} / 3.14159 - {RNG.uniform(1000, 99999):.6f}) < 1e-6",
        ),
        lambda: add(
            "form",
            f"Taxpayer reference: {bad_ssn()} (placeholder, not a valid SSN)\nFiling year: 2024",
        ),
        lambda: add(
            "server_log",
            f"{ts()} WARN validation failed for test record tax_id={bad_ssn()} (reserved range)",
        ),
        lambda: add(
            "invoice",
            f"RECEIPT  Store #{RNG.randint(100, 9999)}  Reg {RNG.randint(1, 12)}\n2x Coffee 4.50\n1x Bagel 3.25\nTOTAL $12.25\nAuth code {digits(6)}  Ref {digits(12)}\n05/03/2025 10:22:31",
        ),
        lambda: add(
            "server_log",
            f"{RNG.randint(1700000000, 1760000000)} pid={RNG.randint(100, 65535)} mem={RNG.randint(100, 9000)}MB cpu={RNG.randint(1, 99)}% build {RNG.randint(1, 9)}.{RNG.randint(0, 9)}.{RNG.randint(0, 9)}.{RNG.randint(100, 9999)}",
        ),
        lambda: add(
            "chat",
            f"@{pick(FIRST).lower()} can you review PR #{RNG.randint(100, 9999)}? CI is red on {rand(HEX, 7)}",
        ),
        lambda: add(
            "code",
            f"@app.route('/api/v1/users/<int:user_id>')\ndef get_user(user_id):\n    return db.get(user_id, timeout={RNG.randint(1, 60)})",
        ),
        lambda: add(
            "config",
            f"snmp_oid = 1.3.6.1.4.1.{RNG.randint(1000, 50000)}.1.{RNG.randint(1, 9)}\nlisten_port = {RNG.randint(1024, 65535)}\nretention_days = 30",
        ),
        lambda: add(
            "server_log",
            f"{ts()} INFO dhcp lease ok mac={':'.join(rand('0123456789ABCDEF', 2) for _ in range(6))} duration=86400s",
        ),
        lambda: add(
            "email",
            f"Hi team, the quarterly numbers: revenue €{RNG.randint(1, 9)},{digits(3)},{digits(3)}, churn {RNG.uniform(1, 9):.2f}%, NPS {RNG.randint(10, 70)}. Meeting 2025-03-05 at 14:00 CET.",
        ),
        lambda: add(
            "support_ticket",
            f"Case {ticket()}: customer account number {digits(8, True)} (internal), SKU {rand(UPPER, 3)}-{digits(5)}, qty {RNG.randint(1, 20)}.",
        ),
        lambda: add(
            "code",
            f'API_BASE = "https://api.example.com/v{RNG.randint(1, 3)}"\nTIMEOUT_S = {RNG.randint(5, 120)}\nMAX_RETRIES = {RNG.randint(1, 9)}\nAPI_KEY = os.environ["API_KEY"]',
        ),
        lambda: add(
            "chat",
            f"the tests pass on python 3.11.{RNG.randint(0, 9)} and 3.12.{RNG.randint(0, 5)}; numpy {RNG.randint(1, 2)}.{RNG.randint(0, 26)}.{RNG.randint(0, 5)} broke it",
        ),
        lambda: add(
            "invoice",
            f"Flight {rand(UPPER, 2)}{RNG.randint(100, 9999)} PNR {rand(UPALNUM, 6)} e-ticket {digits(3, True)}-{digits(10)} seat {RNG.randint(1, 40)}{pick('ABCDEF')} 05MAR 10:25",
        ),
        lambda: add(
            "json_row",
            f'{{"id": "{uuid4()}", "created_at": "{ts()}", "amount_cents": {RNG.randint(100, 999999)}, "status": "paid"}}',
        ),
        lambda: add(
            "form",
            f"Date of birth: {RNG.randint(1, 28):02d}/{RNG.randint(1, 12):02d}/19{RNG.randint(50, 99)}\nPolicy number: POL-{digits(9)}\nPostcode: SW1A 1AA",
        ),
        lambda: add(
            "code",
            f"for i in range({RNG.randint(10, 1000)}):\n    x = (i * {RNG.randint(1000003, 9999991)}) % {RNG.randint(2**30, 2**31)}\n    print(f'{{i:04d}} {{x:012d}}')",
        ),
        lambda: add(
            "server_log",
            f"{ts()} INFO GET /static/app.{rand(HEX, 20)}.js 304 0.{RNG.randint(1, 99):02d}ms",
        ),
        lambda: add(
            "chat",
            f"the ratio was {RNG.randint(1, 9)}:{RNG.randint(1, 9)}:{RNG.randint(1, 9)} and the build hash a{rand(HEX, 11)}; timestamps 10:22:31.{digits(3)} vs 10:22:32.{digits(3)}",
        ),
    ]
    for i in range(n):
        makers[i % len(makers)]()


def gen_extra(rounds: int) -> None:
    """Entities in less tidy surroundings: ports, extensions, URLs, quoted display names."""
    for _ in range(rounds):
        f, ln = person()
        v4, v6 = ipv4(), ipv6()
        add(
            "server_log",
            f"{ts()} ERROR upstream connect failed to ",
            IP(v4),
            f":{RNG.choice([443, 8443, 5432, 6379])} (timeout 5s)",
        )
        add("server_log", f"{ts()} INFO listening on [", IP(v6), f"]:{RNG.choice([80, 443, 8080])}")
        add(
            "email_header",
            f'To: "{ln}, {f}" <',
            E(email()),
            ">, ",
            E(email()),
            "\nDate: Wed, 5 Mar 2025 10:22:31 +0000",
        )
        add(
            "email_signature",
            f"{f} {ln}\nDirect: ",
            P(us_phone()),
            f" ext. {RNG.randint(100, 999)}\n{pick(COMPANIES)[0]}",
        )
        add(
            "support_ticket",
            f"re: {ticket()} - the number on the 1099 is ",
            S(ssn()),
            ", not the one in your system",
        )
        add(
            "shell_history",
            "git remote set-url origin https://",
            K(secret("github")[1]),
            "@github.com/acme/infra.git",
        )
        add(
            "code",
            "const url = `https://maps.googleapis.com/maps/api/geocode/json?address=${q}&key=",
            K(secret("google")[1]),
            "`;",
        )
        add(
            "json_row",
            '{"channel": "#alerts", "token": "',
            K(secret("slack")[1]),
            '", "text": "deploy finished"}',
        )
        add(
            "chat",
            f"{f.lower()}: pls charge the usual card, ",
            C(format_card(card_number("amex")[1], " ")),
            ", for the team dinner",
        )
        add(
            "invoice",
            f"Payment received via Visa ****{digits(4)} on 05/03/2025. Remittance questions: ",
            P(intl_phone(pick(["UK", "DE", "IN", "JP"]))),
        )
        add(
            "chat",
            "call me at ",
            P(us_phone()),
            " or text ",
            P(intl_phone(pick(["BR", "AU", "FR"]))),
        )
        add(
            "config",
            "nameserver ",
            IP(ipv4("public")),
            "\nnameserver ",
            IP(v6 if RNG.random() < 0.5 else ipv4()),
            "\nsearch corp.internal",
        )
        add(
            "support_ticket",
            f"Extension 4{digits(3)} in room {RNG.randint(1, 9)}{digits(2)}-B is dead, asset tag AT-{digits(6)}; reported 05/03/2025.",
        )
        add(
            "server_log",
            f"{ts()} WARN rejected malformed address 999.{RNG.randint(256, 400)}.1.1 from config line {RNG.randint(1, 400)}",
        )


def main() -> None:
    gen_emails(30)
    gen_phones(42)
    gen_cards(26)
    gen_ssns(18)
    gen_ibans(28)
    gen_ips(30)
    gen_secrets(36)
    gen_bearer_pem(8, 6)
    gen_mixed(22)
    gen_negatives(112)
    gen_extra(2)
    RNG.shuffle(CASES)
    with OUT.open("w", encoding="utf-8") as fh:
        for case in CASES:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
