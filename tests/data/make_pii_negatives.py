"""Hard-negative values for make_pii_cases.py: look-alikes that are not PII."""

from __future__ import annotations

import random
import string

__all__ = ["NegativeValues"]


class NegativeValues:
    """Order numbers, ISBNs, dates, prices, versions and other numbers that are not PII."""

    rng: random.Random

    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def _chars(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def v_order(self) -> str:
        return self.rng.choice(
            [
                self._digits(10),
                f"A-{self._digits(8)}",
                f"{self._digits(3)}-{self._digits(7)}-{self._digits(7)}",
                self._digits(12),
            ]
        )

    def v_isbn(self) -> str:
        body = self.rng.choice(["978", "979"]) + self._digits(9)
        check = (
            10 - sum(int(ch) * (1 if i % 2 == 0 else 3) for i, ch in enumerate(body)) % 10
        ) % 10
        full = body + str(check)
        return self.rng.choice(
            [
                full,
                f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}",
                f"{full[:3]}-{full[3:5]}-{full[5:9]}-{full[9:12]}-{full[12]}",
            ]
        )

    def v_date(self) -> str:
        y, m, d = self.rng.randint(1990, 2030), self.rng.randint(1, 12), self.rng.randint(1, 28)
        return self.rng.choice(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{m:02d}/{d:02d}/{y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{y}{m:02d}{d:02d}",
            ]
        )

    def v_ts(self) -> str:
        r = self.rng.randint
        day = f"{r(2015, 2030)}-{r(1, 12):02d}-{r(1, 28):02d}"
        clock = f"{r(0, 23):02d}:{r(0, 59):02d}:{r(0, 59):02d}"
        return self.rng.choice(
            [
                f"{day}T{clock}Z",
                f"{day} {clock}.{self._digits(3)}",
                str(r(1_500_000_000, 1_900_000_000)),
                str(r(1_500_000_000_000, 1_900_000_000_000)),
            ]
        )

    def v_price(self) -> str:
        return self.rng.choice(
            [
                f"${self.rng.randint(1, 9999):,}.{self._digits(2)}",
                f"EUR {self.rng.randint(1000, 999999):,}",
                f"{self.rng.randint(1, 99)},{self._digits(2)} €",
                f"USD {self.rng.randint(100000, 9999999):,}.00",
            ]
        )

    def v_version(self) -> str:
        r = self.rng.randint
        return self.rng.choice(
            [
                f"{r(0, 9)}.{r(0, 30)}.{r(0, 99)}",
                f"{r(1, 9)}.{r(0, 9)}.{r(0, 9)}.{r(0, 9999)}",
                f"v{r(0, 5)}.{r(0, 20)}.{r(0, 9)}.{r(0, 99)}",
            ]
        )

    def v_uuid(self) -> str:
        return "-".join(self._chars("0123456789abcdef", n) for n in (8, 4, 4, 4, 12))

    def v_sha(self) -> str:
        return self._chars("0123456789abcdef", self.rng.choice([7, 12, 40]))

    def v_tracking(self) -> str:
        return self.rng.choice(
            [
                "1Z" + self._chars(string.ascii_uppercase + string.digits, 16),
                self._digits(12),
                "9400 " + " ".join(self._digits(n) for n in (4, 4, 4, 4, 2)),
                self._digits(22),
            ]
        )

    def v_zip(self) -> str:
        return self.rng.choice([self._digits(5), f"{self._digits(5)}-{self._digits(4)}"])

    def v_invoice(self) -> str:
        return self.rng.choice(
            [
                f"INV-{self._digits(6)}",
                self._digits(9),
                f"{self.rng.randint(2019, 2026)}-{self._digits(5)}",
                self._digits(10),
            ]
        )
