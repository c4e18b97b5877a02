"""Three gateway replicas on one machine (three ports, no containers) sharing one PostgreSQL and
one Redis, under concurrent load sent round-robin to all three: do limits and budgets hold?

    python -m bench.replicas                                  # about a minute on 2 busy cores
    python -m bench.replicas --rpm 50 --throughput-requests 500 --json result.json

Each replica is ``lmops serve`` with the mock provider (priced, fixed usage, a few milliseconds
of latency) in a fresh PostgreSQL schema (dropped afterwards) and under a fresh Redis key prefix
(deleted afterwards) in Redis database 9 by default, which the tests do not use. Three phases:

* rate: ``--rate-keys`` keys with ``rpm: --rpm`` each get three times their limit at once;
  every key must be admitted exactly ``--rpm`` times (the rest 429 ``rate_limit_exceeded``).
* budget: a key with a ``--budget-usd`` total budget gets about twice what it can pay for. The
  spend (Redis) must never pass the budget, must be the admitted requests at their real cost,
  must end within one reservation of the budget (used up), and must equal what the replicas'
  request logs recorded (PostgreSQL); every refusal is 429 ``budget_exceeded``.
* throughput: a key with a (never reached) rate limit and budget, so both are checked in Redis
  on every request: requests per second and p50/p99 latency through the three replicas.

The exit status is 1 when a check fails. This is a correctness check; its timings are those of
whatever machine runs it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import math
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import orjson

from bench.fake_upstream import new_event_loop
from bench.loadgen import percentile
from bench.pipeline import RedisProbe
from bench.targets import MASTER_KEY, Server, free_port, spawn
from lmops.catalog.tokens import estimate_prompt_tokens

__all__ = ["Check", "main", "run"]

DATABASE_URL = (
    os.environ.get("LMOPS_TEST_DATABASE_URL") or "postgresql://postgres@127.0.0.1:5432/test"
)
REDIS_URL = "redis://127.0.0.1:6379/9"
INPUT_PRICE = 0.001  # USD per token, on the mock deployment
OUTPUT_PRICE = 0.002
PROMPT_TOKENS = 1  # the mock's fixed usage: never more than a request reserves
MAX_TOKENS = 10
COST = PROMPT_TOKENS * INPUT_PRICE + MAX_TOKENS * OUTPUT_PRICE  # each answered request
BODY: dict[str, Any] = {
    "model": "chat",
    "messages": [{"role": "user", "content": "count me"}],
    "max_tokens": MAX_TOKENS,
}
# What admission reserves: the prompt estimate and the whole max_tokens, at the deployment's price.
RESERVATION = estimate_prompt_tokens("chat", BODY) * INPUT_PRICE + MAX_TOKENS * OUTPUT_PRICE
ADMIN = {"authorization": f"Bearer {MASTER_KEY}"}


@dataclass
class Check:
    name: str
    ok: bool
    detail: str


@dataclass
class Load:
    """One phase's requests: statuses, error codes, latencies, per key."""

    elapsed_s: float = 0.0
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)  # (key id, status)
    codes: Counter[str] = field(default_factory=Counter)  # error codes of refusals
    latencies: list[float] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        lat = sorted(self.latencies)
        return {
            "requests": len(lat),
            "requests_per_s": round(len(lat) / self.elapsed_s, 1) if self.elapsed_s else 0.0,
            "p50_ms": round(percentile(lat, 50) * 1000, 2),
            "p99_ms": round(percentile(lat, 99) * 1000, 2),
        }

    def count(self, key: str, status: int) -> int:
        return self.statuses[key, status]


def config_text(db_url: str, redis_url: str, prefix: str, latency_ms: float) -> str:
    return f"""
models:
  - name: chat
    provider: mock
    input_cost_per_token: {INPUT_PRICE}
    output_cost_per_token: {OUTPUT_PRICE}
    mock: {{prompt_tokens: {PROMPT_TOKENS}, completion_tokens: {MAX_TOKENS},
           latency_ms: {latency_ms}}}
settings:
  master_key: {MASTER_KEY}
  database_url: "{db_url}"
  redis_url: "{redis_url}"
  redis_prefix: "{prefix}"
  graceful_timeout: 5
  request_log: {{flush_interval: 0.05}}
"""


@contextlib.contextmanager
def fresh_schema(base_url: str, prefix: str = "lmops_bench") -> Iterator[str]:
    """A URL whose connections use a new, empty schema, dropped afterwards (reruns stay clean)."""
    import sqlalchemy as sa
    from sqlalchemy.engine import make_url

    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(make_url(base_url).set(drivername="postgresql+psycopg"))
    try:
        with admin.begin() as conn:
            conn.execute(sa.schema.CreateSchema(schema))
        url = make_url(base_url).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(sa.schema.DropSchema(schema, cascade=True, if_exists=True))
        admin.dispose()


@contextlib.contextmanager
def replicas(count: int, config: str, folder: Path, timeout: float) -> Iterator[list[Server]]:
    """``count`` ``lmops serve`` processes of ``config``, each on its own port; stopped after."""
    path = folder / "lmops.yaml"
    path.write_text(config)
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    started: list[Server] = []
    try:
        for i in range(count):
            port = free_port()
            root = f"http://127.0.0.1:{port}"
            argv = [sys.executable, "-m", "lmops.cli.main", "serve", "--config", str(path)]
            argv += ["--port", str(port)]
            name = f"replica-{chr(ord('a') + i)}"
            started.append(
                spawn(name, argv, root, f"{root}/health/ready", folder, timeout, env=env)
            )
        yield started
    finally:
        for server in started:
            server.stop()


async def admin_json(
    http: aiohttp.ClientSession, method: str, url: str, **kwargs: Any
) -> dict[str, Any]:
    async with http.request(method, url, headers=ADMIN, **kwargs) as resp:
        body: dict[str, Any] = await resp.json()
        if resp.status >= 300:
            raise RuntimeError(f"{method} {url}: {resp.status} {body}")
        return body


async def create_key(
    http: aiohttp.ClientSession, roots: list[str], **fields: Any
) -> tuple[str, str]:
    """A key made through the first replica, known to all of them: (id, secret)."""
    made = await admin_json(http, "POST", f"{roots[0]}/admin/keys", json=fields)
    key_id, secret = str(made["id"]), str(made["key"])
    deadline = time.monotonic() + 10
    for root in roots:  # GET /v1/models spends no rate limit
        while True:
            async with http.get(f"{root}/v1/models", headers=bearer(secret)) as resp:
                if resp.status == 200:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{root} does not know the new key after 10 s")
            await asyncio.sleep(0.02)  # polling a condition, bounded by the deadline
    return key_id, secret


def bearer(secret: str) -> dict[str, str]:
    return {"authorization": f"Bearer {secret}", "content-type": "application/json"}


async def drive(
    http: aiohttp.ClientSession, jobs: list[tuple[str, str, str]], concurrency: int
) -> Load:
    """POST ``BODY`` for each (url, key id, secret), at most ``concurrency`` at once."""
    load = Load()
    data = orjson.dumps(BODY)
    tickets = iter(jobs)

    async def worker() -> None:
        for url, key_id, secret in tickets:
            t0 = time.perf_counter()
            async with http.post(url, data=data, headers=bearer(secret)) as resp:
                body = await resp.read()
            load.latencies.append(time.perf_counter() - t0)
            load.statuses[key_id, resp.status] += 1
            if resp.status != 200:
                with contextlib.suppress(orjson.JSONDecodeError, KeyError, TypeError):
                    load.codes[orjson.loads(body)["error"]["code"]] += 1

    t0 = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    load.elapsed_s = time.perf_counter() - t0
    return load


def round_robin(roots: list[str], keys: list[tuple[str, str]], per_key: int) -> list[Any]:
    """``per_key`` requests for each key, keys interleaved, each key's sent to every replica
    in turn."""
    jobs = []
    for i in range(per_key * len(keys)):
        key_id, secret = keys[i % len(keys)]
        root = roots[(i // len(keys) + i) % len(roots)]
        jobs.append((f"{root}/v1/chat/completions", key_id, secret))
    return jobs


async def rate_phase(
    http: aiohttp.ClientSession, roots: list[str], args: argparse.Namespace
) -> tuple[dict[str, Any], list[Check]]:
    keys = [
        await create_key(http, roots, name=f"rpm-{i}-{uuid.uuid4().hex[:6]}", rpm=args.rpm)
        for i in range(args.rate_keys)
    ]
    load = await drive(http, round_robin(roots, keys, 3 * args.rpm), args.concurrency)
    admitted = [load.count(key_id, 200) for key_id, _ in keys]
    refused = [load.count(key_id, 429) for key_id, _ in keys]
    other = sum(load.statuses.values()) - sum(admitted) - sum(refused)
    result = {"rpm": args.rpm, "keys": len(keys), "sent_per_key": 3 * args.rpm,
              "admitted": admitted, "refused": refused, **load.figures()}  # fmt: skip
    checks = [
        Check("rate: each key admitted exactly its rpm", all(a == args.rpm for a in admitted),
              f"admitted {admitted} of {3 * args.rpm} each, limit {args.rpm}"),
        Check("rate: every other request refused with 429 rate_limit_exceeded",
              other == 0 and load.codes == {"rate_limit_exceeded": sum(refused)},
              f"refused {refused}, other statuses {other}, codes {dict(load.codes)}"),
        Check("rate: the phase fit in one 60 s window", load.elapsed_s < 60,
              f"{load.elapsed_s:.1f} s"),
    ]  # fmt: skip
    return result, checks


async def settled_spend(
    http: aiohttp.ClientSession, roots: list[str], key_id: str
) -> dict[str, Any]:
    """The key's budget status once no reservation is left (polled, up to 10 s)."""
    deadline = time.monotonic() + 10
    while True:
        detail = await admin_json(http, "GET", f"{roots[-1]}/admin/keys/{key_id}")
        status: dict[str, Any] = detail["budget_status"]
        if status["reserved_usd"] == 0 or time.monotonic() > deadline:
            return status
        await asyncio.sleep(0.02)  # polling a condition, bounded by the deadline


async def recorded_spend(
    http: aiohttp.ClientSession, roots: list[str], key_id: str, admitted: int
) -> dict[str, Any]:
    """The request logs' rollup for the key, once every replica has written its share."""
    deadline = time.monotonic() + 10
    while True:
        report = await admin_json(
            http, "GET", f"{roots[0]}/admin/spend", params={"by": "key", "key": key_id}
        )
        rows = [r for r in report["rows"] if r["group"] == key_id]
        row: dict[str, Any] = rows[0] if rows else {"requests": 0, "cost_usd": 0.0}
        if row["requests"] >= admitted or time.monotonic() > deadline:
            return row
        await asyncio.sleep(0.05)  # polling a condition, bounded by the deadline


async def top_up(
    http: aiohttp.ClientSession, roots: list[str], key: tuple[str, str], most: int
) -> Load:
    """One request at a time, round-robin, until one is refused (at most ``most``): the room
    that in-flight reservations held during the burst, used up."""
    total = Load()
    for i in range(most):
        url = f"{roots[i % len(roots)]}/v1/chat/completions"
        one = await drive(http, [(url, *key)], 1)
        total.statuses += one.statuses
        total.codes += one.codes
        if one.count(key[0], 200) == 0:
            break
    return total


async def budget_phase(
    http: aiohttp.ClientSession, roots: list[str], args: argparse.Namespace
) -> tuple[dict[str, Any], list[Check]]:
    budget = args.budget_usd
    key = await create_key(http, roots, name=f"budget-{uuid.uuid4().hex[:6]}",
                           budget_usd=budget, budget_period="total")  # fmt: skip
    key_id = key[0]
    demand = 2 * math.ceil(budget / COST)  # about twice what the budget pays for
    burst = await drive(http, round_robin(roots, [key], demand), args.concurrency)
    after_burst = float((await settled_spend(http, roots, key_id))["spent_usd"])
    more = await top_up(http, roots, key, math.ceil(budget / COST) + 1)
    status = await settled_spend(http, roots, key_id)
    spent = float(status["spent_usd"])
    admitted, refused = burst.count(key_id, 200), burst.count(key_id, 429)
    topped = more.count(key_id, 200)
    row = await recorded_spend(http, roots, key_id, admitted + topped)
    # While a request runs it holds a whole reservation, settled later at its real cost: what a
    # burst leaves unused is less than one reservation plus that difference per request in flight.
    slack = RESERVATION + args.concurrency * (RESERVATION - COST)
    result = {"budget_usd": budget, "cost_usd": COST, "reservation_usd": round(RESERVATION, 9),
              "sent": demand, "admitted": admitted, "refused": refused,
              "spent_after_burst_usd": after_burst, "admitted_after_burst": topped,
              "spent_usd": spent, "recorded_usd": row["cost_usd"],
              "recorded_requests": row["requests"], **burst.figures()}  # fmt: skip
    checks = [
        Check("budget: spend never above the budget", max(after_burst, spent) <= budget + 1e-9,
              f"spent {spent:.6f} of {budget}"),
        Check("budget: the burst left less than its in-flight reservations unused",
              budget - after_burst < slack,
              f"{budget - after_burst:.6f} left after the burst, bound {slack:.6f}"),
        Check("budget: then used up, to within one reservation", budget - spent < RESERVATION,
              f"{topped} more admitted, {budget - spent:.6f} left, reservation {RESERVATION:.6f}"),
        Check("budget: spend is the admitted requests at their real cost",
              abs(spent - (admitted + topped) * COST) < 1e-9,
              f"{admitted + topped} x {COST} = {(admitted + topped) * COST:.6f}"),
        Check("budget: the request logs recorded the same spend",
              row["requests"] == admitted + topped and abs(row["cost_usd"] - spent) < 1e-9,
              f"{row['requests']} requests, {row['cost_usd']:.6f} USD in the rollup"),
        Check("budget: every refusal is 429 budget_exceeded",
              admitted + refused == demand and burst.codes == {"budget_exceeded": refused}
              and more.codes == {"budget_exceeded": 1},
              f"refused {refused} of {demand} ({dict(burst.codes)}), then {dict(more.codes)}"),
        Check("budget: no reservation left behind", status["reserved_usd"] == 0,
              f"reserved {status['reserved_usd']}"),
    ]  # fmt: skip
    return result, checks


async def throughput_phase(
    http: aiohttp.ClientSession, roots: list[str], args: argparse.Namespace
) -> tuple[dict[str, Any], list[Check]]:
    key = await create_key(http, roots, name=f"load-{uuid.uuid4().hex[:6]}", rpm=10**9,
                           budget_usd=10**6, budget_period="total")  # fmt: skip
    load = await drive(http, round_robin(roots, [key], args.throughput_requests), args.concurrency)
    ok = load.count(key[0], 200)
    figures = {"concurrency": args.concurrency, **load.figures()}
    check = Check("throughput: every request answered 200", ok == args.throughput_requests,
                  f"{ok} of {args.throughput_requests}")  # fmt: skip
    return figures, [check]


async def run_phases(
    roots: list[str], args: argparse.Namespace
) -> tuple[dict[str, Any], list[Check]]:
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    timeout = aiohttp.ClientTimeout(total=60)
    results: dict[str, Any] = {}
    checks: list[Check] = []
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
        for name, phase in (("rate", rate_phase), ("budget", budget_phase),
                            ("throughput", throughput_phase)):  # fmt: skip
            results[name], found = await phase(http, roots, args)
            checks += found
    return results, checks


def run(args: argparse.Namespace) -> tuple[dict[str, Any], list[Check]]:
    """Start the replicas, run the phases, stop everything; (figures, checks)."""
    probe = RedisProbe(args.redis_url)
    prefix = probe.new_prefix()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="lmops-replicas-") as tmp,
            fresh_schema(args.database_url) as db_url,
        ):
            config = config_text(db_url, args.redis_url, prefix, args.latency_ms)
            with replicas(args.replicas, config, Path(tmp), args.start_timeout) as servers:
                roots = [s.base_url for s in servers]
                loop = new_event_loop()
                try:
                    results, checks = loop.run_until_complete(run_phases(roots, args))
                finally:
                    loop.close()
    finally:
        probe.clear(prefix)
        probe.close()
    results["replicas"] = args.replicas
    return results, checks


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.replicas", description=__doc__.split("\n")[0]
    )
    add = parser.add_argument
    add("--database-url", default=DATABASE_URL, help="PostgreSQL (a fresh schema is used)")
    add("--redis-url", default=REDIS_URL, help="Redis (a fresh key prefix is used)")
    add("--replicas", type=int, default=3)
    add("--rpm", type=int, default=100, help="each rate-phase key's limit")
    add("--rate-keys", type=int, default=3)
    add("--budget-usd", type=float, default=1.0)
    add("--throughput-requests", type=int, default=3000)
    add("--concurrency", type=int, default=32)
    add("--latency-ms", type=float, default=5.0, help="the mock upstream's latency")
    add("--start-timeout", type=float, default=60.0)
    add("--json", type=Path, help="also write the figures and checks here")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    results, checks = run(args)
    print(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode())
    for check in checks:
        print(f"{'PASS' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    if args.json is not None:
        out = {"results": results, "checks": [asdict(c) for c in checks]}
        args.json.write_bytes(orjson.dumps(out, option=orjson.OPT_INDENT_2))
    return 0 if all(c.ok for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
