"""Dashboard page times on a large request log.

Seeds a store (SQLite, or PostgreSQL with ``--database-url``) with ``--requests`` logged
requests spread over the last 30 days (through the request-log writer, so the rollups are
filled as the gateway fills them), then renders each page ``--repeat`` times in-process (the
ASGI app under /ui, logged in as an admin) and prints the median and the slowest server time of
each. ``--reuse`` times a store seeded before without seeding it again.

    python -m bench.dashboard --requests 1000000
    python -m bench.dashboard --requests 1000000 --database-url postgresql://postgres@127.0.0.1/test
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

import httpx
import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.routing import Mount

from lmops.store.db import create_engine, migrate
from lmops.store.request_batch import BatchInserter, RequestRecord
from lmops.store.tables import request_log
from lmops.ui.app import create_ui_app

__all__ = ["PAGES", "main", "seed"]

MASTER = "sk-bench-dashboard-master"
_BATCH = 2000
_MODELS = ("gpt-4o", "gpt-4o-mini", "claude-sonnet", "llama-70b", "mistral-large")
_KEYS = tuple(f"key{i:02d}" for i in range(40))
_TEAMS = tuple(f"team{i}" for i in range(6))
# (name, path): what an operator opens, with the filters they use most.
PAGES = (
    ("overview 1h", "/overview?range=1h"),
    ("overview 24h by model", "/overview?range=24h&by=model"),
    ("overview 7d by key", "/overview?range=7d&by=key"),
    ("overview 30d by team", "/overview?range=30d&by=team"),
    ("requests", "/requests"),
    ("requests, page 2", "NEXT"),
    ("requests model", "/requests?model=claude-sonnet"),
    ("requests key", "/requests?key=key07"),
    ("requests 5xx", "/requests?status=5xx"),
    ("requests guardrail", "/requests?guardrail=pii"),
    ("requests slow and costly", "/requests?min_ms=2000&min_cost=0.01"),
    ("requests text, 1 day", "/requests?q=refund&since=DAY"),
    # Filters that match nothing: an index finds none at once, or a page scans at most _SCAN.
    ("requests, a key without traffic", "/requests?key=nobody"),
    ("requests, an error never seen", "/requests?error=never_seen"),
    ("requests text, 30 days, no match", "/requests?q=nothing-like-this"),
    ("one request", "ONE"),
    ("review queues", "/review"),
)


def seed(engine: sa.Engine, count: int, now: float, rng: random.Random) -> None:
    """``count`` requests over the 30 days before ``now``, one in ten with bodies."""
    writer = BatchInserter(engine)
    span = 30 * 86400
    batch: list[RequestRecord] = []
    for i in range(count):
        status = 200 if rng.random() > 0.03 else rng.choice((429, 500, 502))
        latency = rng.lognormvariate(6.3, 0.9)
        words = rng.choice(("refund my order", "reset password", "invoice copy", "ship date"))
        logged = rng.random() < 0.1
        batch.append(
            RequestRecord(
                id=f"b{i:031d}",
                created_at=now - span * (1 - i / count),
                principal="key",
                endpoint="chat",
                model_group=rng.choice(_MODELS),
                deployment=None,
                status_code=status,
                error_type=None if status == 200 else "upstream_error",
                latency_ms=latency,
                ttft_ms=latency * 0.3,
                prompt_tokens=rng.randint(50, 2000),
                completion_tokens=rng.randint(10, 800),
                streamed=rng.random() < 0.4,
                request_body=f'{{"messages":[{{"role":"user","content":"{words}"}}]}}'
                if logged
                else None,
                response_body='{"choices":[]}' if logged else None,
                key_id=rng.choice(_KEYS),
                team_id=rng.choice(_TEAMS),
                cost_usd=rng.uniform(0.0001, 0.03),
                cache_hit=rng.random() < 0.15,
                guardrails="pii:input:flag:EMAIL_ADDRESS" if rng.random() < 0.002 else None,
            )
        )
        if len(batch) == _BATCH:
            writer.write(batch, retry=False)
            batch = []
    if batch:
        writer.write(batch, retry=False)


async def time_pages(engine: sa.Engine, repeat: int) -> list[tuple[str, float, float]]:
    app = Starlette(routes=[Mount("/ui", app=create_ui_app(engine, MASTER))])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench/ui") as client:
        login = await client.post("/login", data={"master_key": MASTER})
        assert login.status_code == 303, login.text
        with engine.connect() as conn:
            newest = conn.execute(sa.select(sa.func.max(request_log.c.created_at))).scalar_one()
            one = conn.execute(sa.select(request_log.c.id).limit(1)).scalar_one()
        day = (newest - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")  # a day before the newest
        first = (await client.get("/requests")).text
        cursor = first.split('id="next-page" class="button" href="/ui', 1)[1].split('"', 1)[0]
        found = []
        for name, path in PAGES:
            path = {"NEXT": cursor.replace("&amp;", "&"), "ONE": f"/requests/{one}"}.get(
                path, path.replace("DAY", day)
            )
            times = []
            for _ in range(repeat):
                start = time.perf_counter()
                response = await client.get(path)
                times.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (name, response.status_code)
            found.append((name, statistics.median(times), max(times)))
        return found


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(
        prog="python -m bench.dashboard", description=__doc__.splitlines()[0]
    )
    p.add_argument("--requests", type=int, default=1_000_000)
    p.add_argument("--database-url", default=None, help="default: a SQLite file in a temp dir")
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--reuse", action="store_true", help="time the store as it is, do not seed")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lmops-dashboard-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'lmops.db'}"
        engine = create_engine(url)
        migrate(engine)
        if not args.reuse:
            with engine.begin() as conn:
                count = conn.execute(sa.select(sa.func.count()).select_from(request_log)).scalar()
            if count:
                raise SystemExit(f"{url} holds {count} requests already: use --reuse, or empty it")
            start = time.perf_counter()
            seed(engine, args.requests, time.time(), random.Random(args.seed))
            print(f"seeded {args.requests:,} requests in {time.perf_counter() - start:.0f} s")
        with engine.connect() as conn:
            count = conn.execute(sa.select(sa.func.count()).select_from(request_log)).scalar()
        rows = asyncio.run(time_pages(engine, args.repeat))
        engine.dispose()
    print(f"| page ({engine.dialect.name}, {count:,} requests) | median ms | slowest ms |")
    print("| --- | ---: | ---: |")
    for name, median, slowest in rows:
        print(f"| {name} | {median:.1f} | {slowest:.1f} |")


if __name__ == "__main__":
    main()
