"""``python -m bench.replicas`` in a short version, so that the three-replica check cannot rot:
it starts its replicas on PostgreSQL and Redis, and its exit status says whether limits and
budgets held."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.conftest_redis import redis_url_or_skip
from tests.conftest_store import postgres_url_or_skip

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.slow]

ROOT = Path(__file__).parents[1]


def test_three_replicas_keep_limits_and_budgets_exact(tmp_path: Path) -> None:
    database = postgres_url_or_skip()
    # Database 9, beside the tests' own; the run's keys are under a prefix of its own anyway.
    redis_url = urlunsplit(urlsplit(redis_url_or_skip())._replace(path="/9"))
    out = tmp_path / "replicas.json"
    args = ["--database-url", database, "--redis-url", redis_url, "--json", str(out)]
    args += ["--rpm", "15", "--rate-keys", "2", "--budget-usd", "0.2"]
    args += ["--throughput-requests", "60", "--concurrency", "16"]
    run = subprocess.run(
        [sys.executable, "-m", "bench.replicas", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    report = json.loads(out.read_text())
    assert all(check["ok"] for check in report["checks"])
    assert len(report["checks"]) == 11
    results = report["results"]
    assert results["replicas"] == 3
    assert results["rate"]["admitted"] == [15, 15]
    budget = results["budget"]
    assert budget["spent_usd"] <= 0.2 and budget["refused"] > 0
    assert budget["recorded_requests"] == budget["admitted"] + budget["admitted_after_burst"]
