"""The request explorer's bounded scan: filters no index serves are tested on at most ``scan``
rows of the log per page; a page that stops there says how far back it searched, and its cursor
goes on from there, so following the cursors finds every match once, on SQLite and PostgreSQL.
Filters an index serves (model group, key, team) never stop early."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from lmops.store.request_batch import BatchInserter
from lmops.ui import request_pages
from lmops.ui.request_pages import Filters, Found, parse, search
from lmops.ui.users import UserStore
from tests.conftest_store import BACKENDS, make_record, migrated_engine
from tests.ui.web import ROLES, client, login

ROWS = 120


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    with migrated_engine(request.param, tmp_path) as engine:
        records = [
            make_record(
                i,
                key_id="rare" if i in (3, 4) else "k1",
                status_code=500 if i % 10 == 0 else 200,
            )
            for i in range(ROWS)
        ]
        BatchInserter(engine).write(records, retry=False)
        yield engine


def _filters(**query: str) -> Filters:
    parsed = parse(query)
    assert isinstance(parsed, Filters), parsed
    return parsed


def _pages(engine: sa.Engine, query: dict[str, str], limit: int, scan: int) -> list[Found]:
    pages = [search(engine, _filters(**query), limit, scan)]
    while pages[-1].cursor is not None:
        pages.append(search(engine, _filters(**query, before=pages[-1].cursor), limit, scan))
    return pages


def _n(found: Found) -> list[int]:
    return [int(r.id.removeprefix("req")) for r in found.rows]


def test_a_rare_match_is_searched_for_a_scan_at_a_time(engine: sa.Engine) -> None:
    pages = _pages(engine, {"status": "5xx"}, limit=5, scan=30)
    assert [_n(p) for p in pages] == [[110, 100, 90], [80, 70, 60], [50, 40, 30], [20, 10, 0]]
    # Each page searched back to its scan's oldest row: 90, 60, 30; the last reached the end.
    reached = [p.searched_to.timestamp() if p.searched_to else None for p in pages]
    assert reached == [make_record(n).created_at for n in (90, 60, 30)] + [None]


def test_a_full_page_is_an_ordinary_page(engine: sa.Engine) -> None:
    pages = _pages(engine, {"status": "2xx"}, limit=20, scan=30)
    assert [len(p.rows) for p in pages] == [20] * 5 + [8]
    assert all(p.searched_to is None for p in pages[:-1])
    found = [n for p in pages for n in _n(p)]
    assert found == [n for n in range(ROWS - 1, -1, -1) if n % 10]


def test_filters_an_index_serves_are_never_cut_short(engine: sa.Engine) -> None:
    (page,) = _pages(engine, {"key": "rare"}, limit=5, scan=30)
    assert _n(page) == [4, 3] and page.searched_to is None
    (both,) = _pages(engine, {"key": "rare", "status": "200"}, limit=5, scan=30)
    assert _n(both) == [4, 3]  # the scan counts the key's rows, not the log's


async def test_the_page_says_how_far_back_it_searched(
    engine: sa.Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(request_pages, "_SCAN", 30)
    for name, role in ROLES:
        UserStore(engine).create(name, role, f"{name}-password", by="test")  # type: ignore[arg-type]
    async with client(engine) as web:
        await login(web, "vic")
        page = await web.get("/requests", params={"status": "5xx"})
        assert page.status_code == 200
        shown = re.findall(r'href="/ui/requests/req0*(\d+)"', page.text)
        assert shown == ["110", "100", "90"]
        reached = datetime.fromtimestamp(make_record(90).created_at, UTC)
        said = f"Searched 30 requests back to {reached:%Y-%m-%d %H:%M:%S} UTC"
        assert said in page.text
        more = re.search(r'id="next-page" class="button" href="/ui([^"]+)"', page.text)
        assert more is not None and ">Search older requests<" in page.text
        older = await web.get(more.group(1).replace("&amp;", "&"))
        assert re.findall(r'href="/ui/requests/req0*(\d+)"', older.text) == ["80", "70", "60"]
