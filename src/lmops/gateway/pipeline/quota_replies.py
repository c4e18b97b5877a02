"""What a quota decision tells the client: OpenAI's ``x-ratelimit-*`` headers, and the 429."""

from __future__ import annotations

import math

from lmops.errors import GatewayError
from lmops.state.quota import Decision

__all__ = ["duration", "quota_headers", "refusal"]


def quota_headers(decision: Decision) -> list[tuple[bytes, bytes]]:
    out: list[tuple[bytes, bytes]] = []
    requests, tokens = decision.requests, decision.tokens
    if requests is not None:
        out += (
            (b"x-ratelimit-limit-requests", b"%d" % requests.limit),
            (b"x-ratelimit-remaining-requests", b"%d" % max(0, requests.remaining)),
            (b"x-ratelimit-reset-requests", _reset_value(requests.reset)),
        )
    if tokens is not None:
        out += (
            (b"x-ratelimit-limit-tokens", b"%d" % tokens.limit),
            (b"x-ratelimit-remaining-tokens", b"%d" % max(0, tokens.remaining)),
            (b"x-ratelimit-reset-tokens", _reset_value(tokens.reset)),
        )
    return out


_RESETS: dict[int, bytes] = {}  # whole seconds -> duration: a window's resets repeat


def _reset_value(seconds: float) -> bytes:
    if seconds < 1:
        return duration(seconds).encode()
    whole = math.ceil(seconds)
    value = _RESETS.get(whole)
    if value is None:
        value = duration(whole).encode()
        if len(_RESETS) < 4096:
            _RESETS[whole] = value
    return value


def duration(seconds: float) -> str:
    """OpenAI's form for reset times: ``20ms``, ``1s``, ``6m0s``, ``1h2m3s``."""
    if seconds < 1:
        return f"{max(0, math.ceil(seconds * 1000))}ms"
    whole = math.ceil(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes}m{secs}s"
    if minutes:
        return f"{minutes}m{secs}s"
    return f"{secs}s"


def refusal(decision: Decision, detail: str = "") -> GatewayError:
    headers = {}
    if decision.retry_after is not None:
        headers["retry-after"] = str(max(1, math.ceil(decision.retry_after)))
    if decision.reason == "budget":
        return GatewayError(
            f"Budget exceeded for {decision.scope}.{detail}",
            status=429,
            type_="budget_exceeded",
            code="budget_exceeded",
            headers=headers,
        )
    what = {
        "rpm": "requests per minute",
        "tpm": "tokens per minute",
        "parallel": "parallel requests",
    }.get(decision.reason or "", "rate")
    return GatewayError(
        f"Rate limit exceeded for {decision.scope}: {what}.",
        status=429,
        type_="rate_limit_error",
        code="rate_limit_exceeded",
        headers=headers,
    )
