"""Review queues fed by a running gateway: the request-log writer sends what a queue's rules
take, and a low feedback score sends its request, through the admin API's queue rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx

from bench.fake_upstream import FakeUpstream
from lmops.review.store import ReviewStore
from lmops.store.db import create_engine
from tests.conftest import MASTER_KEY, RunningGateway, basic_config, wait_for
from tests.gateway.conftest import Api

RUBRIC = {"fields": [{"kind": "boolean", "name": "ok"}]}


def test_requests_and_low_feedback_reach_their_queues(
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
    http: httpx.Client,
    tmp_path: Path,
) -> None:
    api = Api(http, gateway_factory(basic_config(upstream, "  log_bodies: true\n")))
    queues = {
        "every-request": [{"only": "any"}],
        "unhappy": [{"only": "negative_feedback", "feedback_below": 0.5}],
    }
    for name, rules in queues.items():
        api.admin("/review/queues", name=name, rubric=RUBRIC, rules=rules)
    ids = [api.chat().headers["x-request-id"] for _ in range(3)]
    reviews = ReviewStore(create_engine(f"sqlite:///{tmp_path}/lmops-0.db"))

    def every() -> list[str]:
        return [i.source_ref or "" for i in reviews.items("every-request")]

    assert sorted(wait_for(lambda: len(every()) == 3 and every(), "3 items")) == sorted(ids)
    [item] = [i for i in reviews.items("every-request") if i.source_ref == ids[0]]
    assert '"messages"' in item.input and item.output and item.meta["status"] == 200
    for request_id, score in ((ids[0], 0.9), (ids[1], 0.1)):
        sent = http.post(
            f"{api.gw.base_url}/feedback",
            headers={"authorization": f"Bearer {MASTER_KEY}"},
            json={"request_id": request_id, "score": score},
        )
        assert sent.status_code == 201, sent.text
    assert [i.source_ref for i in reviews.items("unhappy")] == [ids[1]]
