"""The dashboard served by a running gateway: what it shows of the gateway's quota state now,
and its changes to keys and prompt labels taking effect in that gateway at once (not at the
next sync: the sync interval here is the longest allowed, 30 s)."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

import httpx

from bench.fake_upstream import FakeUpstream
from tests.conftest import MASTER_KEY, RunningGateway, basic_config, wait_for
from tests.gateway.conftest import Api, State
from tests.ui.web import csrf

SUPPORT = [{"role": "system", "content": "Version {{ n }}."}, {"role": "user", "content": "hi"}]


def _start(factory: Callable[..., RunningGateway], upstream: FakeUpstream, s: State) -> Api:
    settings = "".join(
        f"\n  {line}" for line in ["key_sync_interval: 30", *s.settings.splitlines()]
    )
    return Api(httpx.Client(timeout=30), factory(basic_config(upstream, settings), **s.env))


def _dashboard(api: Api) -> httpx.Client:
    ui = httpx.Client(base_url=f"{api.gw.url}/ui", timeout=30)
    assert ui.post("/login", data={"master_key": MASTER_KEY}).status_code == 303
    return ui


def _cell(html: str, name: str) -> str:
    found = re.search(rf'id="live-{name}">(.*?)</td>', html, re.S)
    assert found is not None, html
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


def test_a_key_page_shows_what_the_gateway_counts_now(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, state: State
) -> None:
    api = _start(gateway_factory, upstream, state)
    key = api.admin(
        "/keys",
        name="app",
        rpm=40,
        tpm=100_000,
        max_parallel=4,
        budget_usd=5.0,
        budget_period="monthly",
    )
    for _ in range(3):
        assert api.chat(key["key"]).status_code == 200
    ui = _dashboard(api)
    page = ui.get(f"/keys/{key['id']}").text
    assert _cell(page, "rpm") == "3 in the last minute (8%)"
    tokens = int(_cell(page, "tpm").split()[0])
    assert tokens > 0  # each answer's own count, settled
    assert _cell(page, "max_parallel") == "0 running (0%)"
    assert _cell(page, "budget") == "$0.00 spent"  # its model has no price here
    where = "every gateway replica" if state.redis_url else "this gateway process's alone"
    assert where in page

    upstream.delay = 1.0  # one request held at the upstream, so its lease is held
    held = threading.Thread(target=api.chat, args=(key["key"],))
    held.start()
    try:
        running = wait_for(
            lambda: (
                (cell := _cell(ui.get(f"/keys/{key['id']}").text, "max_parallel")).startswith("1 ")
                and cell
            ),
            "the request in flight to be counted",
        )
        assert running == "1 running (25%)"
    finally:
        held.join()
    assert _cell(ui.get(f"/keys/{key['id']}").text, "rpm").startswith("4 in the last minute")


def test_a_key_revoked_on_the_dashboard_is_refused_at_once(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> None:
    api = _start(gateway_factory, upstream, State())
    key = api.admin("/keys", name="app")
    assert api.chat(key["key"]).status_code == 200
    ui = _dashboard(api)
    token = csrf(ui.get(f"/keys/{key['id']}").text)
    revoked = ui.post(f"/keys/{key['id']}/revoke", data={"csrf": token, "confirm": "1"})
    assert revoked.status_code == 303
    refused = api.chat(key["key"])
    assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_api_key"

    team = api.admin("/teams", name="ops", rpm=1)
    member = api.admin("/keys", name="member", team=team["id"])
    token = csrf(ui.get(f"/teams/{team['id']}").text)
    changed = ui.post(f"/teams/{team['id']}", data={"csrf": token, "name": "ops", "rpm": ""})
    assert changed.status_code == 303
    assert [api.chat(member["key"]).status_code for _ in range(3)] == [200, 200, 200]


def test_a_label_moved_on_the_dashboard_is_served_at_once(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream
) -> None:
    api = _start(gateway_factory, upstream, State())
    for n in (1, 2):
        messages = [{"role": "system", "content": f"Version {n}."}, SUPPORT[1]]
        body = {"name": "support", "type": "chat", "messages": messages}
        api.admin("/prompts", **body, **({"label": "production"} if n == 1 else {}))

    def system_prompt_sent() -> str:
        answer = api.chat(prompt_id="support", messages=[])
        assert answer.status_code == 200, answer.text
        last = upstream.last_request
        assert last is not None and last.json is not None
        return str(last.json["messages"][0]["content"])

    assert system_prompt_sent() == "Version 1."
    ui = _dashboard(api)
    confirm = ui.get("/prompts/support/labels/production/move", params={"to": 2})
    moved = ui.post(
        "/prompts/support/labels/production/move",
        params={"to": 2},
        data={"csrf": csrf(confirm.text), "from": "1"},
    )
    assert moved.status_code == 303, moved.text
    assert system_prompt_sent() == "Version 2."
