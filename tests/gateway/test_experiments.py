"""A/B experiments on the request path: a running experiment splits users by weight, sticks
to a user's variant, is recorded in headers and the request log; pause stops it, promote moves
the label; model experiments swap the model without widening a key's model access."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import sqlalchemy as sa

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine
from lmops.store.tables import request_log
from tests.conftest import MASTER_KEY, RunningGateway, basic_config, wait_for
from tests.gateway.conftest import Api
from tests.gateway.test_prompts import ADMIN, VARS, chat, error_of, push_support

TARGET = "support-reply"


@pytest.fixture
def api(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, http: httpx.Client
) -> Api:
    api = Api(http, gateway_factory(basic_config(upstream)))
    push_support(api, label="production")
    push_support(api, "Terse {{ product }} {{ language }}")
    return api


def admin(api: Api, method: str, path: str, status: int = 200, **body: Any) -> dict[str, Any]:
    r = api.http.request(
        method, f"{api.gw.url}/admin{path}", headers=ADMIN, json=body if body else None
    )
    assert r.status_code == status, r.text
    out: dict[str, Any] = r.json()
    return out


def create(api: Api, name: str = "tone", **body: Any) -> dict[str, Any]:
    fields = {
        "name": name,
        "target_kind": "prompt",
        "target": TARGET,
        "variants": [
            {"name": "control", "weight": 0.7, "prompt": "1"},
            {"name": "terse", "weight": 0.3, "prompt": "2"},
        ],
        **body,
    }
    return admin(api, "POST", "/experiments", 201, **fields)


def ask(api: Api, user: str | None = None, **body: Any) -> httpx.Response:
    fields: dict[str, Any] = {"prompt_id": TARGET, "prompt_variables": VARS, **body}
    if user is not None:
        fields["user"] = user
    resp = chat(api, **fields)
    assert resp.status_code == 200, resp.text
    return resp


def test_a_running_experiment_splits_users_by_weight_and_sticks(api: Api) -> None:
    create(api)
    assert "x-lmops-variant" not in ask(api, "u1").headers  # a draft assigns nothing
    admin(api, "POST", "/experiments/tone/start")
    seen: dict[str, str] = {}
    for i in range(400):
        resp = ask(api, f"user-{i}")
        assert resp.headers["x-lmops-experiment"] == "tone"
        variant = seen[f"user-{i}"] = resp.headers["x-lmops-variant"]
        version = 1 if variant == "control" else 2
        assert resp.headers["x-lmops-prompt"] == f"{TARGET}:{version}"
    counts = Counter(seen.values())
    assert set(counts) == {"control", "terse"}
    assert abs(counts["control"] / 400 - 0.7) < 0.08, counts
    for i in range(0, 400, 20):  # sticky, by body user or by header alike
        user = f"user-{i}"
        assert ask(api, user).headers["x-lmops-variant"] == seen[user]
        by_header = api.http.post(
            f"{api.gw.base_url}/chat/completions",
            headers={"authorization": f"Bearer {MASTER_KEY}", "x-lmops-user": user},
            json={"prompt_id": TARGET, "prompt_variables": VARS},
        )
        assert by_header.headers["x-lmops-variant"] == seen[user]
    # A pinned version is outside the experiment.
    pinned = ask(api, "user-1", prompt_id=f"{TARGET}:2")
    assert "x-lmops-variant" not in pinned.headers


def test_the_request_log_records_experiment_and_variant(api: Api, tmp_path: Path) -> None:
    create(api)
    admin(api, "POST", "/experiments/tone/start")
    resp = ask(api, "someone")
    request_id, variant = resp.headers["x-request-id"], resp.headers["x-lmops-variant"]
    engine = create_engine(f"sqlite:///{tmp_path}/lmops-0.db")
    try:

        def row() -> Any:
            with engine.connect() as conn:
                stmt = sa.select(request_log).where(request_log.c.id == request_id)
                return conn.execute(stmt).first()

        found = wait_for(row, "the request in the log")
    finally:
        engine.dispose()
    version = 1 if variant == "control" else 2
    assert (found.prompt_name, found.prompt_version, found.experiment, found.variant) == (
        TARGET,
        version,
        "tone",
        variant,
    )


def test_a_request_that_fails_in_its_variant_is_logged_under_it(api: Api, tmp_path: Path) -> None:
    """A variant whose version needs a variable the callers do not send fails for its users:
    those failures must count for that variant, or the report shows it with no errors."""
    push_support(api, "Needs {{ product }} {{ language }} {{ tone }}")  # version 3
    create(
        api,
        variants=[
            {"name": "control", "weight": 1, "prompt": "1"},
            {"name": "broken", "weight": 1, "prompt": "3"},
        ],
    )
    admin(api, "POST", "/experiments/tone/start")
    failed: list[str] = []
    for i in range(40):
        resp = chat(api, prompt_id=TARGET, prompt_variables=VARS, user=f"u{i}")
        if resp.status_code == 400:
            assert error_of(resp, 400)["code"] == "prompt_variable_missing"
            failed.append(resp.headers["x-request-id"])
    assert failed, "no user was assigned to the broken variant"
    engine = create_engine(f"sqlite:///{tmp_path}/lmops-0.db")
    try:

        def rows() -> list[Any] | None:
            with engine.connect() as conn:
                stmt = sa.select(request_log).where(request_log.c.id.in_(failed))
                found = list(conn.execute(stmt))
            return found if len(found) == len(failed) else None

        logged = wait_for(rows, "the failed requests in the log")
    finally:
        engine.dispose()
    assert {(r.status_code, r.experiment, r.variant) for r in logged} == {(400, "tone", "broken")}


def test_pause_stops_assignment_and_promote_moves_the_label(api: Api) -> None:
    create(api)
    admin(api, "POST", "/experiments/tone/start")
    assert ask(api, "x").headers["x-lmops-experiment"] == "tone"
    paused = admin(api, "POST", "/experiments/tone/pause")
    assert paused["status"] == "paused"
    resp = ask(api, "x")
    assert "x-lmops-variant" not in resp.headers
    assert resp.headers["x-lmops-prompt"] == f"{TARGET}:1"
    admin(api, "POST", "/experiments/tone/start")
    promoted = admin(api, "POST", "/experiments/tone/promote", variant="terse", label="production")
    assert promoted["experiment"]["status"] == "stopped"
    assert promoted["label_moved"]["to_version"] == 2
    after = ask(api, "x")
    assert after.headers["x-lmops-prompt"] == f"{TARGET}:2"
    assert "x-lmops-variant" not in after.headers
    report = api.http.get(f"{api.gw.url}/admin/experiments/tone/report", headers=ADMIN)
    assert report.status_code == 200, report.text
    assert "control" in report.text and "terse" in report.text
    listed = admin(api, "GET", "/experiments")["data"]
    assert [(e["name"], e["status"]) for e in listed] == [("tone", "stopped")]


def test_experiment_admin_errors(api: Api) -> None:
    create(api)
    dup = api.http.post(
        f"{api.gw.url}/admin/experiments",
        headers=ADMIN,
        json={
            "name": "tone",
            "target_kind": "prompt",
            "target": TARGET,
            "variants": [
                {"name": "a", "weight": 1, "prompt": "1"},
                {"name": "b", "weight": 1, "prompt": "2"},
            ],
        },
    )
    assert error_of(dup, 409)["code"] == "conflict"
    one = api.http.post(
        f"{api.gw.url}/admin/experiments",
        headers=ADMIN,
        json={
            "name": "solo",
            "target_kind": "prompt",
            "target": TARGET,
            "variants": [{"name": "a", "weight": 1, "prompt": "1"}],
        },
    )
    assert error_of(one, 400)["type"] == "invalid_request_error"
    missing = api.http.get(f"{api.gw.url}/admin/experiments/nope", headers=ADMIN)
    assert error_of(missing, 404)["code"] == "experiment_not_found"
    bad_action = api.http.post(f"{api.gw.url}/admin/experiments/tone/explode", headers=ADMIN)
    assert error_of(bad_action, 400)["param"] is not None
    assert admin(api, "GET", "/experiments/tone")["status"] == "draft"


def test_a_model_experiment_swaps_the_model_but_not_the_access_check(
    api: Api, upstream: FakeUpstream
) -> None:
    admin(
        api,
        "POST",
        "/experiments",
        201,
        name="models",
        target_kind="model",
        target="chat-small",
        variants=[
            {"name": "control", "weight": 1, "model": "chat-small"},
            {"name": "mock", "weight": 1, "model": "mock"},
        ],
    )
    admin(api, "POST", "/experiments/models/start")
    variants: dict[str, str] = {}
    for i in range(40):
        before = upstream.request_count
        resp = api.chat(user=f"m-{i}")
        assert resp.status_code == 200, resp.text
        variant = variants[f"m-{i}"] = resp.headers["x-lmops-variant"]
        assert resp.headers["x-lmops-experiment"] == "models"
        # The mock variant never reaches the upstream.
        assert (upstream.request_count > before) == (variant == "control")
    assert set(variants.values()) == {"control", "mock"}
    small_only = api.key(name="small", models=["chat-small"])
    mock_user = next(u for u, v in variants.items() if v == "mock")
    assert api.chat(small_only, user=mock_user).status_code == 200  # the operator's choice
    mock_only = api.key(name="mock", models=["mock"])
    refused = api.chat(mock_only, user=mock_user)
    assert error_of(refused, 403)["code"] == "model_not_allowed"
    # Embeddings of another group, or a prompt experiment's request: untouched.
    assert "x-lmops-variant" not in api.chat(model="mock").headers


@pytest.mark.parametrize(
    ("variants", "param"),
    [
        ([{"name": "a", "weight": 1, "prompt": "1"}, {"name": "b", "weight": 1, "prompt": "9"}],
         "variants[1].prompt"),
        ([{"name": "a", "weight": 1, "prompt": "canary"}, {"name": "b", "weight": 1}],
         "variants[0].prompt"),
        ([{"name": "a", "weight": 1}, {"name": "b", "weight": 1, "model": "nope"}],
         "variants[1].model"),
        ([{"name": "a", "weight": 1e308, "prompt": "1"},
          {"name": "b", "weight": 1e308, "prompt": "2"}], "variants"),
    ],
)  # fmt: skip
def test_an_experiment_must_name_what_exists(
    api: Api, variants: list[dict[str, Any]], param: str
) -> None:
    """Each variant resolves when it is created, or its share of users would all fail."""
    r = api.http.post(
        f"{api.gw.url}/admin/experiments",
        headers=ADMIN,
        json={"name": "t", "target_kind": "prompt", "target": TARGET, "variants": variants},
    )
    assert error_of(r, 400)["param"] == param
    missing = {"name": "t", "target_kind": "prompt", "target": "nope", "variants": variants[:1]}
    missing["variants"] = [{"name": "a", "weight": 1}, {"name": "b", "weight": 1}]
    r = api.http.post(f"{api.gw.url}/admin/experiments", headers=ADMIN, json=missing)
    assert error_of(r, 400)["param"] == "target"
