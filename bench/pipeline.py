"""The full request pipeline as a benchmark target: limits, budgets, a virtual key and the cache.

Issue 3 asks what the whole pipeline costs next to the bare gateway (master key, request log,
metrics). A ``Pipeline`` names one variant: where state lives (memory or Redis) and whether the
load repeats one request (every answer after the first a cache hit) or sends a new one each time
(every request a cache miss: a lookup, then a store). Limits and budgets are set high enough
never to refuse, so every request pays for the checks and nothing is turned away.
"""

from __future__ import annotations

import contextlib
import urllib.request
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

__all__ = [
    "BENCH_PROMPT",
    "BENCH_SYSTEM",
    "LONG_PROMPT",
    "PIPELINES",
    "REDIS_URL",
    "Pipeline",
    "RedisProbe",
    "admin_requests",
    "full_config",
    "post",
    "prompt_push",
    "provision_key",
]

REDIS_URL = "redis://127.0.0.1:6379/0"
"""The local Redis the ``*-redis`` targets share state through (``--redis-url`` overrides)."""

# Never reached by a benchmark, always checked: rpm/tpm per minute, parallel, dollars.
_RPM = 10_000_000
_TPM = 1_000_000_000
_PARALLEL = 10_000
_BUDGET_USD = 1e9
# Typical small-model prices (USD per token), so every request has a cost to reserve and settle.
_INPUT_COST = 0.000_000_5
_OUTPUT_COST = 0.000_001_5


@dataclass(frozen=True, slots=True)
class Pipeline:
    """One full-pipeline variant: ``redis`` keeps limits, budgets and cache in Redis; ``hit``
    sends one request over and over (cache hits), otherwise every request is new (misses).

    ``every_level`` adds, beyond the issue's pipeline (a virtual key with limits and a budget),
    a team with its own limits and budget, model-group limits, a global budget and the
    deployment's own quota (a second admission per request)."""

    redis: bool
    hit: bool
    every_level: bool = False
    key: bool = True  # False: the master key (no virtual key, no limits, no budget)
    cache: bool = True  # False: the response cache off
    prompt: bool = False  # True: the messages come from a registry prompt (``prompt_id``)
    long_prompt: bool = False  # True: a 1 KB user message (``LONG_PROMPT``)
    guard: bool = False  # True: PII and injection (fast) input rules, flagging


PIPELINES: dict[str, Pipeline] = {
    "lmops-full": Pipeline(redis=False, hit=False),
    "lmops-full-redis": Pipeline(redis=True, hit=False),
    "lmops-hit": Pipeline(redis=False, hit=True),
    "lmops-hit-redis": Pipeline(redis=True, hit=True),
    "lmops-full-all": Pipeline(redis=False, hit=False, every_level=True),
    "lmops-full-all-redis": Pipeline(redis=True, hit=False, every_level=True),
    # Parts of the full pipeline alone, to tell what each costs.
    "lmops-keys": Pipeline(redis=False, hit=False, cache=False),
    "lmops-keys-redis": Pipeline(redis=True, hit=False, cache=False),
    "lmops-cache": Pipeline(redis=False, hit=False, key=False),
    "lmops-cache-redis": Pipeline(redis=True, hit=False, key=False),
    # Issue 11: the same request with inline messages, and rendered from a registry prompt.
    "lmops-inline": Pipeline(redis=False, hit=False, key=False, cache=False),
    "lmops-prompt": Pipeline(redis=False, hit=False, key=False, cache=False, prompt=True),
    # Issue 13: a 1 KB prompt without and with input guardrails (PII and injection heuristics).
    "lmops-1k": Pipeline(redis=False, hit=False, key=False, cache=False, long_prompt=True),
    "lmops-guard": Pipeline(
        redis=False, hit=False, key=False, cache=False, long_prompt=True, guard=True
    ),
}

# About 1 KB of ordinary support-chat prose, no personal data, no attack: the common case.
LONG_PROMPT = (
    "Hi, I am writing about the quarterly report our team has been preparing for the board. "
    "We collected the sales figures from every region and merged them into one spreadsheet, "
    "but the totals in the summary tab do not match the sum of the regional tabs. I checked "
    "the formulas twice and they look right to me, so maybe some rows were filtered out when "
    "we exported the data from the old system last week. Could you explain, step by step, how "
    "I should go about finding the rows that are missing? Please also suggest a simple way to "
    "check the totals automatically every time someone updates the sheet, ideally without "
    "macros, because our IT policy does not allow them. If it helps, the sheet has about "
    "twelve thousand rows and twenty columns, and the regional tabs use the same layout. "
    "Finally, tell me what you would write in a short note to the board explaining the delay, "
    "in a calm and factual tone, in no more than five sentences. Thanks a lot in advance for "
    "your help with all of this, it is much appreciated by the whole team."
)
_GUARD_RULES = (
    "guardrails:\n  rules:\n"
    "    - {name: pii, check: pii, action: flag}\n"
    "    - {name: injection, check: injection, mode: fast, action: flag}\n"
)

BENCH_PROMPT = "bench-prompt"
BENCH_SYSTEM = "You are a concise assistant."  # the system message of every benchmark request


def prompt_push() -> dict[str, Any]:
    """The admin API body that pushes the ``lmops-prompt`` target's prompt: the same system
    message as the inline request, and the user's text from the ``question`` variable."""
    return {
        "name": BENCH_PROMPT,
        "type": "chat",
        "messages": [
            {"role": "system", "content": BENCH_SYSTEM},
            {"role": "user", "content": "{{ question }}"},
        ],
        "config": {},
    }


def _limits(indent: str) -> str:
    return f"{indent}rpm: {_RPM}\n{indent}tpm: {_TPM}\n{indent}max_parallel: {_PARALLEL}\n"


def full_config(
    workdir: Path,
    upstream_port: int,
    master_key: str,
    redis: tuple[str, str] | None,
    every_level: bool = False,
    cache: bool = True,
    redis_timeout: float = 0.5,
    guard: bool = False,
) -> str:
    """``lmops.yaml`` with every issue-3 feature on; ``redis`` is ``(url, key prefix)`` or None.

    The deployment has prices and its own upstream quota, the model group has limits, a global
    budget caps spend, and the response cache stores every answer (``mode: always``).
    """
    text = (
        "models:\n"
        "  - name: bench\n"
        "    provider: openai\n"
        f"    api_base: http://127.0.0.1:{upstream_port}/v1\n"
        "    api_key: sk-upstream-secret\n"
        f"    input_cost_per_token: {_INPUT_COST:.10f}\n"
        f"    output_cost_per_token: {_OUTPUT_COST:.10f}\n"
        + (_limits("    ") if every_level else "")
        + "settings:\n"
        f"  master_key: {master_key}\n"
        f"  database_url: sqlite:///{workdir / 'lmops.db'}\n"
    )
    if redis is not None:
        text += f"  redis_url: {redis[0]}\n  redis_prefix: '{redis[1]}'\n"
        text += f"  redis_timeout: {redis_timeout}\n"
    if every_level:
        text += "limits:\n  groups:\n    bench:\n" + _limits("      ")
        text += f"budgets:\n  global:\n    max_usd: {_BUDGET_USD:.1f}\n    period: monthly\n"
    backend = "redis" if redis is not None else "memory"
    mode = "always" if cache else "'off'"
    text += f"cache:\n  backend: {backend}\n  mode: {mode}\n"
    return text + (_GUARD_RULES if guard else "")


def post(url: str, master_key: str, body: dict[str, Any], timeout: float) -> dict[str, Any]:
    """POST ``body`` to the admin API with the master key; the answer's JSON."""
    req = urllib.request.Request(
        url,
        data=orjson.dumps(body),
        headers={"authorization": f"Bearer {master_key}", "content-type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        out: dict[str, Any] = orjson.loads(resp.read())
        return out


def admin_requests(every_level: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """The admin API calls (path, body) that make the benchmark's virtual key: limits and a
    monthly budget, in a team with its own with ``every_level``; the key is the last one's.
    The key may call only ``bench``."""
    limits = {"rpm": _RPM, "tpm": _TPM, "max_parallel": _PARALLEL}
    budget = {"budget_usd": _BUDGET_USD, "budget_period": "monthly"}
    calls: list[tuple[str, dict[str, Any]]] = []
    team = {}
    if every_level:
        calls.append(("/admin/teams", {"name": "bench-team", **limits, **budget}))
        team = {"team": "bench-team"}
    key = {"name": "bench-key", **team, "models": ["bench"], **limits, **budget}
    return [*calls, ("/admin/keys", key)]


def provision_key(
    root_url: str, master_key: str, every_level: bool = False, timeout: float = 10.0
) -> str:
    """Make the benchmark's virtual key (:func:`admin_requests`) through the admin API at
    ``root_url`` (the gateway's address without ``/v1``); returns the secret."""
    for path, body in admin_requests(every_level):
        made = post(f"{root_url}{path}", master_key, body, timeout)
    secret: str = made["key"]
    return secret


class RedisProbe:
    """The Redis server the ``*-redis`` targets use: its CPU time, and the keys a run leaves."""

    def __init__(self, url: str) -> None:
        import redis  # only runs with a Redis target need the client

        self.url = url
        self._client = redis.Redis.from_url(url)

    def new_prefix(self) -> str:
        """A key prefix no other run or test uses."""
        return f"lmops-bench-{uuid.uuid4().hex[:12]}:"

    def cpu_seconds(self) -> float:
        """The server's user + system CPU seconds so far (``INFO cpu``), all clients together."""
        info = self._client.info("cpu")
        return float(info["used_cpu_user"]) + float(info["used_cpu_sys"])

    def clear(self, prefix: str) -> int:
        """Delete every key under ``prefix``; returns how many."""
        removed = 0
        batch: list[bytes] = []
        for key in self._client.scan_iter(match=f"{prefix}*", count=1000):
            batch.append(key)
            if len(batch) >= 1000:
                removed += int(self._client.delete(*batch))
                batch.clear()
        if batch:
            removed += int(self._client.delete(*batch))
        return removed

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._client.close()
