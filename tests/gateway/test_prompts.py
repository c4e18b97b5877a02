"""Registry prompts on the request path: ``prompt_id`` and ``prompt_variables`` in a chat request,
rendered in front of the request's messages, the version's config under the caller's
parameters, recorded in the headers and the request log; ``/v1/prompts`` and the admin API."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import openai
import pytest
import sqlalchemy as sa

from bench.fake_upstream import FakeUpstream
from lmops.store.db import create_engine
from lmops.store.tables import request_log
from tests.conftest import MASTER_KEY, RunningGateway, basic_config, wait_for
from tests.gateway.conftest import Api

ADMIN = {"authorization": f"Bearer {MASTER_KEY}"}
SUPPORT = [
    {
        "role": "system",
        "content": "You are a support agent for {{ product }}. Answer in {{ language }}.",
    },
    {"role": "user", "content": "{{ question }}"},
]
VARS = {"product": "lmops", "language": "French", "question": "How do I push?"}


@pytest.fixture
def api(
    gateway_factory: Callable[..., RunningGateway], upstream: FakeUpstream, http: httpx.Client
) -> Iterator[Api]:
    yield Api(http, gateway_factory(basic_config(upstream)))


def push(api: Api, name: str, expect: int = 201, **body: Any) -> dict[str, Any]:
    r = api.http.post(f"{api.gw.url}/admin/prompts", headers=ADMIN, json={"name": name, **body})
    assert r.status_code == expect, r.text
    out: dict[str, Any] = r.json()
    return out


def push_support(api: Api, system: str = SUPPORT[0]["content"], **body: Any) -> dict[str, Any]:
    messages = [{"role": "system", "content": system}, SUPPORT[1]]
    config = body.pop("config", {"model": "chat-small", "temperature": 0.2})
    return push(api, "support-reply", type="chat", messages=messages, config=config, **body)


def set_label(api: Api, name: str, label: str, version: int) -> httpx.Response:
    return api.http.put(
        f"{api.gw.url}/admin/prompts/{name}/labels/{label}",
        headers=ADMIN,
        json={"version": version},
    )


def chat(api: Api, secret: str = MASTER_KEY, **body: Any) -> httpx.Response:
    return api.http.post(
        f"{api.gw.base_url}/chat/completions",
        headers={"authorization": f"Bearer {secret}"},
        json=body,
    )


def sent(upstream: FakeUpstream) -> dict[str, Any]:
    last = upstream.last_request
    assert last is not None and last.json is not None
    body: dict[str, Any] = last.json
    return body


def error_of(resp: httpx.Response, status: int) -> dict[str, Any]:
    assert resp.status_code == status, resp.text
    error: dict[str, Any] = resp.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    return error


def test_each_form_of_prompt_id_picks_its_version(api: Api, upstream: FakeUpstream) -> None:
    assert push_support(api, label="production")["version"] == 1
    assert push_support(api, "Be terse about {{ product }} in {{ language }}.")["version"] == 2
    assert set_label(api, "support-reply", "staging", 2).status_code == 200
    expected = {
        "support-reply": 1,  # production
        "support-reply@production": 1,
        "support-reply@staging": 2,
        "support-reply@latest": 2,
        "support-reply:1": 1,
        "support-reply:2": 2,
    }
    for prompt_id, version in expected.items():
        resp = chat(api, prompt_id=prompt_id, prompt_variables=VARS)
        assert resp.status_code == 200, resp.text
        assert resp.headers["x-lmops-prompt"] == f"support-reply:{version}", prompt_id
        system = sent(upstream)["messages"][0]["content"]
        assert system.startswith("Be terse" if version == 2 else "You are"), prompt_id
        assert "x-lmops-experiment" not in resp.headers


def test_a_bare_name_without_production_is_the_newest(api: Api, upstream: FakeUpstream) -> None:
    push(api, "summarize", type="text", template="Summarize in {{ n }} words: {{ text }}")
    push(api, "summarize", type="text", template="In {{ n }} words: {{ text }}")
    resp = chat(
        api, model="chat-small", prompt_id="summarize", prompt_variables={"n": 5, "text": "x"}
    )
    assert resp.headers["x-lmops-prompt"] == "summarize:2"
    # A text prompt is one user message.
    assert sent(upstream)["messages"] == [{"role": "user", "content": "In 5 words: x"}]


def test_rendered_messages_go_first_and_config_applies_under_the_callers(
    api: Api, upstream: FakeUpstream
) -> None:
    push_support(api, config={"model": "chat-small", "temperature": 0.2, "max_tokens": 50})
    own = [{"role": "user", "content": "and one more thing"}]
    resp = chat(
        api, prompt_id="support-reply", prompt_variables=VARS, messages=own, temperature=0.9
    )
    assert resp.status_code == 200, resp.text
    body = sent(upstream)
    assert body["messages"] == [
        {"role": "system", "content": "You are a support agent for lmops. Answer in French."},
        {"role": "user", "content": "How do I push?"},
        *own,
    ]
    assert body["temperature"] == 0.9  # the caller's
    assert body["max_tokens"] == 50  # the prompt's
    assert body["model"] == "upstream-model"  # config.model chat-small, routed
    assert "prompt_id" not in body and "prompt_variables" not in body
    # The caller's model wins over the config's: the mock group answers, not the upstream.
    calls = upstream.request_count
    assert (
        chat(api, model="mock", prompt_id="support-reply", prompt_variables=VARS).status_code == 200
    )
    assert upstream.request_count == calls
    # A config with no model and a body with none: the usual 400 for the model.
    push(api, "nomodel", type="text", template="hi")
    error = error_of(chat(api, prompt_id="nomodel"), 400)
    assert error["param"] == "model"


def test_prompt_errors_are_400s_naming_what_is_wrong(api: Api) -> None:
    push_support(api, label="production")
    cases: list[tuple[dict[str, Any], int, str | None, str]] = [
        (
            {"prompt_id": "support-reply", "prompt_variables": {"product": "x"}},
            400,
            "prompt_variable_missing",
            "prompt_variables.language",
        ),
        ({"prompt_id": "nope", "prompt_variables": VARS}, 400, "prompt_not_found", "prompt_id"),
        (
            {"prompt_id": "support-reply@canary", "prompt_variables": VARS},
            400,
            "prompt_not_found",
            "prompt_id",
        ),
        (
            {"prompt_id": "support-reply:9", "prompt_variables": VARS},
            400,
            "prompt_not_found",
            "prompt_id",
        ),
        (
            {"prompt_id": "bad name!", "prompt_variables": VARS},
            400,
            "invalid_prompt_id",
            "prompt_id",
        ),
        ({"prompt_id": 3}, 400, "invalid_prompt_id", "prompt_id"),
        ({"prompt_id": "support-reply", "prompt_variables": ["x"]}, 400, None, "prompt_variables"),
        (
            {
                "prompt_variables": VARS,
                "model": "chat-small",
                "messages": [{"role": "user", "content": "x"}],
            },
            400,
            None,
            "prompt_variables",
        ),
    ]
    for body, status, code, param in cases:
        error = error_of(chat(api, **body), status)
        assert (error["code"], error["param"]) == (code, param), body
    missing = error_of(chat(api, prompt_id="nope"), 400)
    assert "'nope'" in missing["message"]
    label = error_of(chat(api, prompt_id="support-reply@canary", prompt_variables=VARS), 400)
    assert "canary" in label["message"]
    embeddings = api.http.post(
        f"{api.gw.base_url}/embeddings",
        headers=ADMIN,
        json={"model": "mock", "input": "x", "prompt_id": "support-reply"},
    )
    assert error_of(embeddings, 400)["param"] == "prompt_id"


def test_a_label_moved_through_the_admin_api_is_used_at_once(api: Api) -> None:
    push_support(api, label="production")
    push_support(api, "Version two for {{ product }} {{ language }}.")
    assert chat(api, prompt_id="support-reply", prompt_variables=VARS).headers[
        "x-lmops-prompt"
    ] == ("support-reply:1")
    assert set_label(api, "support-reply", "production", 2).json()["moved"] is True
    # No wait: the admin write applies to this replica's directory before it answers.
    resp = chat(api, prompt_id="support-reply", prompt_variables=VARS)
    assert resp.headers["x-lmops-prompt"] == "support-reply:2"


def test_the_request_log_records_prompt_and_version(
    gateway_factory: Callable[..., RunningGateway],
    upstream: FakeUpstream,
    http: httpx.Client,
    tmp_path: Any,
) -> None:
    api = Api(http, gateway_factory(basic_config(upstream)))
    push_support(api, label="production")
    with_prompt = chat(api, prompt_id="support-reply", prompt_variables=VARS).headers[
        "x-request-id"
    ]
    without = api.chat().headers["x-request-id"]
    engine = create_engine(f"sqlite:///{tmp_path}/lmops-0.db")
    try:

        def rows() -> dict[str, Any]:
            with engine.connect() as conn:
                found = conn.execute(
                    sa.select(request_log).where(request_log.c.id.in_([with_prompt, without]))
                ).all()
            return {r.id: r for r in found} if len(found) == 2 else {}

        found = wait_for(rows, "both requests in the log")
    finally:
        engine.dispose()
    row = found[with_prompt]
    assert (row.prompt_name, row.prompt_version, row.experiment, row.variant) == (
        "support-reply",
        1,
        None,
        None,
    )
    plain = found[without]
    assert (plain.prompt_name, plain.prompt_version) == (None, None)


def test_the_openai_sdk_sends_prompt_fields_through_extra_body(
    api: Api, upstream: FakeUpstream
) -> None:
    push_support(api, label="production")
    client = openai.OpenAI(base_url=api.gw.base_url, api_key=MASTER_KEY, max_retries=0)
    raw = client.chat.completions.with_raw_response.create(
        model="chat-small",
        messages=[],
        extra_body={"prompt_id": "support-reply@production", "prompt_variables": VARS},
    )
    assert raw.headers["x-lmops-prompt"] == "support-reply:1"
    assert raw.parse().choices[0].message.content
    assert sent(upstream)["messages"][1] == {"role": "user", "content": "How do I push?"}
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(
            model="chat-small",
            messages=[],
            extra_body={"prompt_id": "support-reply", "prompt_variables": {}},
        )
    assert info.value.code == "prompt_variable_missing"


def test_keys_limited_to_some_prompts(api: Api) -> None:
    push_support(api, label="production")
    push(api, "summarize", type="text", template="{{ text }}")
    secret = api.key(prompts=["summarize"])
    error = error_of(chat(api, secret, prompt_id="support-reply", prompt_variables=VARS), 403)
    assert error["code"] == "prompt_not_allowed"
    ok = chat(
        api, secret, model="chat-small", prompt_id="summarize", prompt_variables={"text": "x"}
    )
    assert ok.status_code == 200, ok.text
    read = api.http.get(
        f"{api.gw.base_url}/prompts/support-reply", headers={"authorization": f"Bearer {secret}"}
    )
    assert error_of(read, 403)["code"] == "prompt_not_allowed"
    listed = api.http.get(
        f"{api.gw.base_url}/prompts", headers={"authorization": f"Bearer {secret}"}
    )
    assert [p["name"] for p in listed.json()["data"]] == ["summarize"]
    # A reference in the path must not pass the allowlist under another name.
    narrow = api.key(prompts=["*-public"])
    api.http.put(
        f"{api.gw.url}/admin/prompts/support-reply/labels/x-public",
        json={"version": 1},
        headers=ADMIN,
    ).raise_for_status()
    for path in ("support-reply@x-public", "support-reply:1", "support-reply@latest"):
        read = api.http.get(
            f"{api.gw.base_url}/prompts/{path}", headers={"authorization": f"Bearer {narrow}"}
        )
        assert error_of(read, 400)["param"] == "name", path


def test_reading_prompts_over_v1(api: Api) -> None:
    push_support(api, label="production", message="first")
    push_support(api, "Two {{ product }} {{ language }}")
    url = f"{api.gw.base_url}/prompts/support-reply"
    got = api.http.get(url, headers=ADMIN).json()
    assert {k: got[k] for k in ("object", "name", "version", "type", "template", "labels")} == {
        "object": "prompt",
        "name": "support-reply",
        "version": 1,
        "type": "chat",
        "template": None,
        "labels": ["production"],
    }
    assert got["variables"] == ["language", "product", "question"]
    assert got["messages"][1] == {"role": "user", "content": "{{ question }}"}
    assert got["config"] == {"model": "chat-small", "temperature": 0.2}
    assert (got["message"], got["author"], len(got["content_hash"])) == ("first", "master", 64)
    assert api.http.get(url, params={"version": 2}, headers=ADMIN).json()["labels"] == ["latest"]
    assert api.http.get(url, params={"label": "latest"}, headers=ADMIN).json()["version"] == 2
    missing = api.http.get(f"{api.gw.base_url}/prompts/nope", headers=ADMIN)
    assert error_of(missing, 404)["code"] == "prompt_not_found"
    assert error_of(api.http.get(url, params={"label": "x"}, headers=ADMIN), 404)["param"] == "name"
    assert (
        error_of(api.http.get(url, params={"version": "x"}, headers=ADMIN), 400)["param"]
        == "version"
    )
    assert api.http.get(url).status_code == 401
    listed = api.http.get(f"{api.gw.base_url}/prompts", headers=ADMIN).json()
    assert listed["data"][0]["labels"] == {"production": 1} and listed["data"][0]["latest"] == 2


def test_admin_push_history_and_diff(api: Api) -> None:
    first = push_support(api, message="one")
    assert (first["created"], first["variables"], first["warnings"]) == (
        True,
        ["language", "product", "question"],
        [],
    )
    again = push_support(api, expect=200, label="production")
    assert (again["created"], again["version"]) == (False, 1)
    push_support(
        api, "Two {{ product }} {{ language }}", config={"model": "unknown-group", "stream": True}
    )
    warned = push_support(
        api, "Three {{ product }} {{ language }}", config={"model": "nope", "stream": True}
    )
    assert any("stream" in w for w in warned["warnings"])
    assert any("model" in w for w in warned["warnings"])
    bad = api.http.post(
        f"{api.gw.url}/admin/prompts",
        headers=ADMIN,
        json={"name": "evil", "type": "text", "template": "{{ ''.__class__.__mro__ }}"},
    )
    assert error_of(bad, 400)["param"] == "template"
    bad_chat = api.http.post(
        f"{api.gw.url}/admin/prompts",
        headers=ADMIN,
        json={
            "name": "evil",
            "type": "chat",
            "messages": [{"role": "user", "content": "{% if %}"}],
        },
    )
    assert error_of(bad_chat, 400)["param"].startswith("messages")
    forbidden = api.http.post(
        f"{api.gw.url}/admin/prompts",
        headers=ADMIN,
        json={"name": "evil", "type": "text", "template": "x", "config": {"api_base": "http://x"}},
    )
    assert error_of(forbidden, 400)["param"] == "config.api_base"
    huge = api.http.post(
        f"{api.gw.url}/admin/prompts",
        headers={**ADMIN, "content-type": "application/json"},
        content=b'{"name": "big", "type": "text", "template": "x", '
        b'"config": {"max_tokens": 99999999999999999999999}}',
    )
    assert error_of(huge, 400)["param"] == "config", huge.text
    history = api.http.get(
        f"{api.gw.url}/admin/prompts/support-reply/history", headers=ADMIN
    ).json()
    assert [v["version"] for v in history["versions"]] == [1, 2, 3]
    assert [(m["label"], m["to_version"]) for m in history["moves"]] == [("production", 1)]
    diff = api.http.get(
        f"{api.gw.url}/admin/prompts/support-reply/diff", params={"from": 1, "to": 2}, headers=ADMIN
    ).json()["diff"]
    assert "Two" in diff
    shown = api.http.get(
        f"{api.gw.url}/admin/prompts/support-reply", params={"version": 2}, headers=ADMIN
    )
    assert shown.json()["version"] == 2
    assert error_of(api.http.get(f"{api.gw.url}/admin/prompts/nope", headers=ADMIN), 404)[
        "code"
    ] == ("prompt_not_found")
    listed = api.http.get(f"{api.gw.url}/admin/prompts", headers=ADMIN).json()["data"]
    assert [(p["name"], p["latest"]) for p in listed] == [("support-reply", 3)]
    assert error_of(set_label(api, "support-reply", "latest", 1), 400)["code"] == "invalid_value"
    assert error_of(set_label(api, "support-reply", "production", 9), 404)["param"] == "version"
    assert api.http.post(f"{api.gw.url}/admin/prompts", json={}).status_code == 401


def test_a_streamed_answer_carries_the_prompt_header(api: Api) -> None:
    push_support(api, label="production")
    with api.http.stream(
        "POST",
        f"{api.gw.base_url}/chat/completions",
        headers=ADMIN,
        json={"prompt_id": "support-reply", "prompt_variables": VARS, "stream": True},
    ) as resp:
        assert resp.status_code == 200
        assert resp.headers["x-lmops-prompt"] == "support-reply:1"
        assert b"[DONE]" in resp.read()


def test_the_admin_schema_lists_the_prompt_and_experiment_routes(api: Api) -> None:
    paths = api.http.get(f"{api.gw.url}/admin/openapi.json", headers=ADMIN).json()["paths"]
    for path in (
        "/prompts",
        "/prompts/{name}/labels/{label}",
        "/prompts/{name}/diff",
        "/experiments/{name}/promote",
        "/experiments/{name}/report",
    ):
        assert path in paths, path
