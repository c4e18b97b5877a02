"""The dashboard's eval pages: stored runs, one run's report in a sandboxed frame, and a run
compared with a baseline (the differences with their intervals, the cases that changed)."""

from __future__ import annotations

import html
import re
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
import sqlalchemy as sa

from lmops.evals.store import RunStore
from tests.evals.compare_helpers import T0, cell, run
from tests.ui.web import client, login, store_with_users

# Twenty cases: the baseline passes them all; the new run answers the same text but fails six
# (identical outputs: no sentence encoder is needed to pair them).
BASE = run("base0000000000", *(cell(i, "same answer") for i in range(20)))
NEW = run(
    "new00000000000",
    *(cell(i, "same answer", "failed" if i < 6 else "passed") for i in range(20)),
    started_at=T0 + timedelta(hours=1),
)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = store_with_users(tmp_path)
    runs = RunStore(engine)
    for r in (BASE, NEW):
        runs.save(r)
    yield engine
    engine.dispose()


@pytest.fixture
async def vic(engine: sa.Engine) -> AsyncIterator[httpx.AsyncClient]:
    async with client(engine) as c:
        await login(c, "vic")  # a viewer may read every eval page
        yield c


async def test_the_runs_and_one_run_s_report(vic: httpx.AsyncClient) -> None:
    listed = await vic.get("/evals")
    assert listed.status_code == 200
    assert re.findall(r'href="/ui/evals/(\w+)"', listed.text) == [NEW.id, BASE.id]
    assert "70.0%" in listed.text and "100.0%" in listed.text
    page = await vic.get(f"/evals/{NEW.id}")
    assert page.status_code == 200 and "14/20 passed" in page.text
    frame = re.search(
        r'<iframe class="report" sandbox="allow-scripts"[^>]*srcdoc="([^"]*)"', page.text
    )
    assert frame is not None
    report = html.unescape(frame.group(1))
    assert report.startswith("<!DOCTYPE html>") and "Content-Security-Policy" in report
    assert f'<option value="{BASE.id}">' in page.text  # a baseline of the same suite
    assert (await vic.get("/evals/nope")).status_code == 404


async def test_a_run_against_its_baseline(vic: httpx.AsyncClient) -> None:
    page = await vic.get(f"/evals/{NEW.id}/compare", params={"baseline": BASE.id})
    assert page.status_code == 200
    assert "<b>regression</b>: 20 cases paired" in page.text and "6 changed outcome" in page.text
    rows = re.findall(r"<tr><td>pass_rate</td>.*?</tr>", page.text, re.S)
    assert rows and "1.000" in rows[0] and "0.700" in rows[0] and "-0.300" in rows[0]
    changed = re.findall(r"<tr><td>test (\d+)</td><td>passed</td><td>failed</td>", page.text)
    assert changed == [str(i) for i in range(6)]
    missing = await vic.get(f"/evals/{NEW.id}/compare")
    assert missing.status_code == 400 and "baseline: give a run id" in missing.text
    unknown = await vic.get(f"/evals/{NEW.id}/compare", params={"baseline": "zzz"})
    assert unknown.status_code == 404
