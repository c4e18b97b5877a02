"""``POST /v1/feedback``: an outcome for a request, stored; a wrong body is a 400 naming it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine
from lmops.store.tables import feedback
from tests.conftest import MASTER_KEY, RunningGateway, basic_config
from tests.gateway.conftest import Api
from tests.gateway.test_prompts import error_of


@pytest.fixture
def api(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, http: httpx.Client
) -> Api:
    return Api(http, gateway_factory(basic_config(upstream)))


def send(api: Api, body: Any, secret: str | None = MASTER_KEY) -> httpx.Response:
    headers = {"authorization": f"Bearer {secret}"} if secret else {}
    return api.http.post(f"{api.gw.base_url}/feedback", headers=headers, json=body)


def stored(tmp_path: Path) -> list[Any]:
    engine = create_engine(f"sqlite:///{tmp_path}/lmops-0.db")
    try:
        with engine.connect() as conn:
            return list(conn.execute(sa.select(feedback).order_by(feedback.c.created_at)))
    finally:
        engine.dispose()


def test_feedback_is_stored_with_the_key_that_sent_it(api: Api, tmp_path: Path) -> None:
    request_id = api.chat().headers["x-request-id"]
    resp = send(api, {"request_id": request_id, "score": 4, "label": "helpful", "comment": "ok"})
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert {k: body[k] for k in ("object", "request_id", "score", "label", "comment")} == {
        "object": "feedback",
        "request_id": request_id,
        "score": 4.0,
        "label": "helpful",
        "comment": "ok",
    }
    assert body["id"] and body["created_at"]
    secret = api.key()
    assert send(api, {"request_id": request_id, "score": 0.5}, secret).status_code == 201
    rows = stored(tmp_path)
    assert [(r.request_id, r.score, r.label) for r in rows] == [
        (request_id, 4.0, "helpful"),
        (request_id, 0.5, None),
    ]
    assert rows[0].key_id is None and rows[1].key_id is not None


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"score": 1}, "request_id"),
        ({"request_id": 5, "score": 1}, "request_id"),
        ({"request_id": "r", "score": 7}, "score"),
        ({"request_id": "r", "score": True}, "score"),
        ({"request_id": "r", "score": "high"}, "score"),
        ({"request_id": "r", "label": 3}, "label"),
        ({"request_id": "r", "comment": "x" * 10_001}, "comment"),
        ({"request_id": "r\u0000", "score": 1}, "request_id"),
        ({"request_id": "r", "label": "good\u0000"}, "label"),
        ({"request_id": "r", "comment": "fine\u0000"}, "comment"),
        ({"request_id": "r"}, "score"),
        ({"request_id": "r", "score": 1, "stars": 5}, "stars"),
        (["r"], None),
    ],
)
def test_a_wrong_body_is_a_400_naming_the_field(
    api: Api, tmp_path: Path, body: Any, param: str | None
) -> None:
    assert error_of(send(api, body), 400)["param"] == param
    assert stored(tmp_path) == []


def test_feedback_needs_a_valid_key(api: Api) -> None:
    assert send(api, {"request_id": "r", "score": 1}, None).status_code == 401
    assert send(api, {"request_id": "r", "score": 1}, "sk-lmops-nope").status_code == 401
