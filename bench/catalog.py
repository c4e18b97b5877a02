"""Model catalog statistics on a large request log: the time ``lmops models list`` (and
``GET /admin/models``, ``lmops models select``) takes to compute every group's and deployment's
statistics over 7 and 30 days.

Seeds a store (SQLite, or PostgreSQL with ``--database-url``) with ``--requests`` requests over
the last 30 days through the request-log writer (which fills the rollup as the gateway does),
over 8 model groups of 2 deployments each, then times the catalog ``--repeat`` times.

    python -m bench.catalog --requests 1000000
    python -m bench.catalog --requests 1000000 --database-url postgresql://postgres@127.0.0.1/test
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from lmops.catalog.entries import Window, build_catalog
from lmops.catalog.prices import PriceCatalog
from lmops.catalog.select import Requirements, select_models
from lmops.config import parse_config
from lmops.store.db import create_engine, migrate
from lmops.store.request_batch import BatchInserter, RequestRecord
from lmops.store.tables import request_log

__all__ = ["main"]

_GROUPS = ("gpt-4o", "gpt-4o-mini", "claude-sonnet-4", "o3-mini", "gemini-2.0-flash",
           "llama-70b", "mistral-large", "deepseek-chat")  # fmt: skip
_BATCH = 5000


def config_text() -> str:
    lines = ["models:"]
    for group in _GROUPS:
        for i in range(2):
            prices = "input_cost_per_token: 0.000001, output_cost_per_token: 0.000004"
            where = f"provider: openai, api_base: http://h{i}/v1"
            lines.append(f"  - {{name: {group}, {where}, {prices}}}")
    return "\n".join([*lines, "settings: {auth: none}", ""])


def seed(engine: sa.Engine, count: int, now: float, rng: random.Random) -> None:
    writer = BatchInserter(engine)
    span = 30 * 86400
    batch: list[RequestRecord] = []
    for i in range(count):
        group = rng.choice(_GROUPS)
        status = 200 if rng.random() > 0.03 else rng.choice((429, 500))
        latency = rng.lognormvariate(6.3, 0.9)
        batch.append(
            RequestRecord(
                id=f"c{i:031d}",
                created_at=now - span * (1 - i / count),
                principal="key",
                endpoint="chat",
                model_group=group,
                deployment=f"{group}/{rng.randrange(2)}",
                status_code=status,
                error_type=None if status == 200 else "upstream_error",
                latency_ms=latency,
                ttft_ms=latency * 0.3,
                prompt_tokens=rng.randint(50, 2000),
                completion_tokens=rng.randint(10, 800),
                streamed=False,
                cost_usd=rng.uniform(0.0001, 0.03),
                cache_hit=rng.random() < 0.15,
            )
        )
        if len(batch) == _BATCH:
            writer.write(batch, retry=False)
            batch = []
    if batch:
        writer.write(batch, retry=False)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.catalog", description=__doc__.splitlines()[0])
    p.add_argument("--requests", type=int, default=1_000_000)
    p.add_argument("--database-url", default=None, help="default: a SQLite file in a temp dir")
    p.add_argument("--repeat", type=int, default=7)
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    config = parse_config(config_text())
    prices = PriceCatalog.load()
    with tempfile.TemporaryDirectory(prefix="lmops-catalog-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'lmops.db'}"
        engine = create_engine(url)
        migrate(engine)
        with engine.connect() as conn:
            if conn.execute(sa.select(sa.func.count()).select_from(request_log)).scalar():
                raise SystemExit(f"{url} holds requests already: empty it first")
        start = time.perf_counter()
        seed(engine, args.requests, time.time(), random.Random(args.seed))
        print(f"seeded {args.requests:,} requests in {time.perf_counter() - start:.0f} s")
        print(f"| {engine.dialect.name}, {args.requests:,} requests | median ms | slowest ms |")
        print("| --- | ---: | ---: |")
        for days in (7, 30):
            times = []
            for _ in range(args.repeat):
                end = datetime.now(UTC)
                window = Window(end - timedelta(days=days), end, f"last {days} days")
                began = time.perf_counter()
                entries = build_catalog(config, prices, engine, window)
                select_models(entries, Requirements(max_p99_ms=2000), window)
                times.append((time.perf_counter() - began) * 1000)
            counted = sum(e.stats.requests for e in entries if e.stats)
            print(f"| catalog and selection, {days} days ({counted:,} requests) | "
                  f"{statistics.median(times):.1f} | {max(times):.1f} |")  # fmt: skip
        engine.dispose()


if __name__ == "__main__":
    main()
