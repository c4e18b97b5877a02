"""The Python SDK against a simulated registry (httpx.MockTransport) and an injected clock."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

import lmops
from lmops.client import (
    Client,
    ClientError,
    Prompt,
    PromptNotFound,
    PromptUnavailable,
    Unavailable,
)
from lmops.client_prompt import fallback_prompt
from lmops.prompts.files import load_prompt_file
from lmops.prompts.model import ChatMessage, PromptContent
from lmops.prompts.templates import MissingVariable, TemplateError
from tests.conftest import wait_for

EXAMPLES = Path(__file__).parents[1] / "examples" / "prompts"
KEY = "sk-app-key-0123456789"
TTL = 60.0
RETRY = 5.0
ANSWER = "Answer {{ question }}"

SUPPORT = {
    "type": "chat",
    "template": None,
    "messages": [
        {"role": "system", "content": "You are a support agent for {{ product }}."},
        {"role": "user", "content": "{{ question }}"},
    ],
    "config": {
        "model": "chat-small",
        "temperature": 0.2,
        "response_format": {"type": "json_object"},
        "tools": [{"type": "function", "function": {"name": "lookup"}}],
    },
}
SUMMARIZE = {
    "type": "text",
    "template": "Summarize in {{ n }} words: {{ text }}",
    "messages": None,
    "config": {"model": "chat-small", "max_tokens": 50},
}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Registry:
    """The gateway's ``/v1/prompts`` and ``/v1/feedback`` routes, with a switchable outage."""

    def __init__(self) -> None:
        self.versions: dict[str, list[dict[str, Any]]] = {}
        self.labels: dict[str, dict[str, int]] = {}
        self.requests: list[httpx.Request] = []
        self.down: str | None = None  # "connect", "503", "garbage"
        self.gate: threading.Event | None = None  # when set: a GET waits for it
        self.entered = threading.Event()

    def push(self, name: str, content: dict[str, Any], label: str | None = None) -> int:
        versions = self.versions.setdefault(name, [])
        variables = sorted({"product", "question"} if content["type"] == "chat" else {"n", "text"})
        versions.append({**content, "variables": variables})
        if label:
            self.labels.setdefault(name, {})[label] = len(versions)
        return len(versions)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.down == "connect":
            raise httpx.ConnectError("connection refused", request=request)
        if self.down == "503":
            return error(503, "the store is unavailable", "api_error", "store_unavailable")
        if self.down == "garbage":
            return httpx.Response(200, text="<html>proxy</html>")
        if request.headers.get("authorization") != f"Bearer {KEY}":
            return error(401, "invalid API key", "authentication_error", "invalid_api_key")
        if request.url.path == "/v1/feedback":
            return self.feedback(request)
        self.entered.set()
        if self.gate is not None:
            assert self.gate.wait(10)
        return self.prompt(request)

    def prompt(self, request: httpx.Request) -> httpx.Response:
        name = request.url.path.removeprefix("/v1/prompts/")
        if name == "secret":
            return error(403, "key may not read prompt 'secret'", code="prompt_not_allowed")
        versions = self.versions.get(name)
        if not versions:
            return error(404, f"no prompt named {name!r}", code="prompt_not_found")
        labels = self.labels.get(name, {})
        if "version" in request.url.params:
            number = int(request.url.params["version"])
        elif "label" in request.url.params:
            label = request.url.params["label"]
            if label not in labels and label != "latest":
                return error(404, f"prompt {name!r} has no label {label!r}", "prompt_not_found")
            number = labels.get(label, len(versions))
        else:
            number = labels.get("production", len(versions))
        if number > len(versions):
            return error(404, f"prompt {name!r} has no version {number}", "prompt_not_found")
        body = {
            "object": "prompt",
            "name": name,
            "version": number,
            **versions[number - 1],
            "labels": sorted(k for k, v in labels.items() if v == number),
            "content_hash": "0" * 64,
            "message": "",
            "author": "cli",
            "created_at": "2026-12-02T14:00:00+00:00",
        }
        return httpx.Response(200, json=body)

    def feedback(self, request: httpx.Request) -> httpx.Response:
        body = orjson.loads(request.content)
        if "score" in body and not 0 <= body["score"] <= 5:
            return error(400, "score must be between 0 and 5", param="score")
        return httpx.Response(
            201,
            json={"object": "feedback", "id": "fb-1", "created_at": "2026-12-02T14:00:00Z"}
            | {"score": None, "label": None, "comment": None, **body},
        )

    def gets(self) -> int:
        return sum(1 for r in self.requests if r.method == "GET")


def error(
    status: int,
    message: str,
    type_: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
) -> httpx.Response:
    body = {"error": {"message": message, "type": type_, "code": code, "param": param}}
    return httpx.Response(status, json=body)


@pytest.fixture
def registry() -> Registry:
    reg = Registry()
    reg.push("support-reply", SUPPORT, label="production")
    reg.push("summarize", SUMMARIZE)
    return reg


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def client(registry: Registry, clock: Clock) -> Iterator[Client]:
    http = httpx.Client(transport=httpx.MockTransport(registry.handle))
    with Client(
        "http://gateway.test:4000/v1/",
        KEY,
        http=http,
        cache_ttl=TTL,
        retry_interval=RETRY,
        clock=clock,
    ) as sdk:
        yield sdk
    http.close()


def test_get_sends_the_reference_and_the_key(client: Client, registry: Registry) -> None:
    prompt = client.prompts.get("support-reply", label="production")
    client.prompts.get("support-reply", version=1)
    client.prompts.get("summarize")
    first, second, third = registry.requests
    assert str(first.url) == "http://gateway.test:4000/v1/prompts/support-reply?label=production"
    assert first.headers["authorization"] == f"Bearer {KEY}"
    assert dict(second.url.params) == {"version": "1"}
    assert dict(third.url.params) == {}
    assert (prompt.name, prompt.version, prompt.type) == ("support-reply", 1, "chat")
    assert prompt.labels == ("production",)
    assert prompt.variables == ("product", "question")
    assert prompt.config["temperature"] == 0.2
    assert not prompt.is_fallback


def test_chat_prompt_renders_and_becomes_openai_arguments(client: Client) -> None:
    prompt = client.prompts.get("support-reply", label="production")
    messages = prompt.render(product="lmops", question="How do I roll back?")
    assert messages == [
        {"role": "system", "content": "You are a support agent for lmops."},
        {"role": "user", "content": "How do I roll back?"},
    ]
    assert prompt.to_openai({"product": "lmops"}, question="How do I roll back?") == {
        "model": "chat-small",
        "messages": messages,
        "temperature": 0.2,
        "response_format": {"type": "json_object"},
        "tools": [{"type": "function", "function": {"name": "lookup"}}],
    }
    with pytest.raises(MissingVariable) as missing:
        prompt.render(product="lmops")
    assert missing.value.variable == "question"


def test_text_prompt_renders_text_and_one_user_message(client: Client) -> None:
    prompt = client.prompts.get("summarize")
    assert prompt.render(n=5, text="a long story") == "Summarize in 5 words: a long story"
    assert prompt.to_openai(n=5, text="a long story") == {
        "model": "chat-small",
        "max_tokens": 50,
        "messages": [{"role": "user", "content": "Summarize in 5 words: a long story"}],
    }


def test_config_is_a_copy(client: Client) -> None:
    prompt = client.prompts.get("support-reply")
    prompt.config["tools"].clear()
    prompt.to_openai(product="p", question="q")["response_format"]["type"] = "text"
    again = client.prompts.get("support-reply")
    assert again.config["tools"] and again.config["response_format"] == {"type": "json_object"}


def test_cached_within_ttl_and_refetched_after(
    client: Client, registry: Registry, clock: Clock
) -> None:
    first = client.prompts.get("support-reply", label="production")
    registry.push("support-reply", SUPPORT | {"config": {"model": "chat-large"}}, "production")
    clock.now += TTL - 1
    assert client.prompts.get("support-reply", label="production") is first
    assert registry.gets() == 1
    clock.now += 1
    second = client.prompts.get("support-reply", label="production")
    assert (second.version, second.config["model"]) == (2, "chat-large")
    assert registry.gets() == 2
    # Each (name, label, version) is its own entry; a per-call TTL overrides the client's.
    assert client.prompts.get("support-reply", version=1).version == 1
    assert registry.gets() == 3
    clock.now += 1
    assert client.prompts.get("support-reply", label="production", cache_ttl=0.5) is not second
    assert registry.gets() == 4
    client.prompts.clear()
    client.prompts.get("support-reply", label="production")
    assert registry.gets() == 5


@pytest.mark.parametrize("outage", ["connect", "503", "garbage"])
def test_registry_down_serves_last_good_and_retries_sparingly(
    client: Client,
    registry: Registry,
    clock: Clock,
    outage: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    good = client.prompts.get("support-reply", label="production")
    registry.down = outage
    clock.now += TTL
    with caplog.at_level(logging.INFO, logger="lmops.client"):
        for _ in range(20):  # many calls within one retry interval: one attempt
            assert client.prompts.get("support-reply", label="production") is good
        assert registry.gets() == 2
        clock.now += RETRY - 0.1
        assert client.prompts.get("support-reply", label="production") is good
        assert registry.gets() == 2
        clock.now += 0.1
        assert client.prompts.get("support-reply", label="production") is good
        assert registry.gets() == 3
        warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
        assert len(warnings) == 1, "one warning per outage"
        assert "unavailable" in warnings[0].getMessage()
        assert KEY not in caplog.text
        # The registry comes back with a new version: the next attempt picks it up.
        registry.down = None
        registry.push("support-reply", SUPPORT | {"config": {}}, label="production")
        clock.now += RETRY
        assert client.prompts.get("support-reply", label="production").version == 2
        assert "reachable again" in caplog.records[-1].getMessage()


@pytest.mark.parametrize(
    "fallback",
    [
        [{"role": "user", "content": ANSWER}],
        PromptContent(type="chat", messages=(ChatMessage("user", ANSWER),)),
        {"type": "chat", "messages": [{"role": "user", "content": ANSWER}]},
        Prompt("other", PromptContent("chat", messages=(ChatMessage("user", ANSWER),))),
    ],
    ids=["messages", "content", "mapping", "prompt"],
)
def test_cold_start_uses_the_fallback(
    client: Client, registry: Registry, clock: Clock, fallback: Any
) -> None:
    registry.down = "connect"
    prompt = client.prompts.get("support-reply", fallback=fallback)
    assert prompt.is_fallback and prompt.version is None and prompt.name == "support-reply"
    assert prompt.variables == ("question",)
    assert prompt.render(question="why?") == [{"role": "user", "content": "Answer why?"}]
    # Within the retry interval the registry is not asked again and the same fallback is served.
    assert client.prompts.get("support-reply", fallback=fallback) is prompt
    assert registry.gets() == 1
    registry.down = None
    clock.now += RETRY
    real = client.prompts.get("support-reply", fallback=fallback)
    assert (real.is_fallback, real.version) == (False, 1)


def test_prompt_file_fallback(client: Client, registry: Registry) -> None:
    registry.down = "connect"
    file = load_prompt_file(EXAMPLES / "support-reply.yaml")
    prompt = client.prompts.get("support-reply", fallback=file)
    assert prompt.is_fallback and prompt.config == dict(file.content.config)
    assert prompt.to_openai(product="lmops", language="English", question="?")["messages"][1] == {
        "role": "user",
        "content": "?",
    }


def test_text_fallback(client: Client, registry: Registry) -> None:
    registry.down = "503"
    prompt = client.prompts.get("summarize", fallback="Summarize: {{ text }}")
    assert prompt.to_openai(text="x") == {"messages": [{"role": "user", "content": "Summarize: x"}]}
    with pytest.raises(TemplateError, match="__class__"):  # checked like a pushed template
        client.prompts.get("summarize", fallback="{{ ''.__class__ }}")
    with pytest.raises(ValueError, match="a fallback is a Prompt"):
        client.prompts.get("summarize", fallback=[{"text": "no role"}])


def test_cold_start_without_fallback_raises(
    client: Client, registry: Registry, clock: Clock
) -> None:
    registry.down = "503"
    with pytest.raises(PromptUnavailable, match="the store is unavailable") as raised:
        client.prompts.get("support-reply")
    assert raised.value.status == 503
    with pytest.raises(PromptUnavailable, match="no fallback"):  # no new attempt yet
        client.prompts.get("support-reply")
    assert registry.gets() == 1
    registry.down = "connect"
    clock.now += RETRY
    with pytest.raises(PromptUnavailable, match="ConnectError"):
        client.prompts.get("support-reply")


def test_not_found_raises_even_with_a_fallback(client: Client) -> None:
    with pytest.raises(PromptNotFound, match="no prompt named 'typo'") as raised:
        client.prompts.get("typo", fallback="Hello")
    assert (raised.value.status, raised.value.code) == (404, "prompt_not_found")
    with pytest.raises(PromptNotFound, match="has no label 'staging'"):
        client.prompts.get("support-reply", label="staging", fallback="Hello")
    with pytest.raises(PromptNotFound, match="has no version 9"):
        client.prompts.get("support-reply", version=9)


def test_forbidden_and_unauthorized_raise_even_when_cached(
    client: Client, registry: Registry, clock: Clock
) -> None:
    with pytest.raises(ClientError, match="may not read") as raised:
        client.prompts.get("secret", fallback="Hello")
    assert (raised.value.status, raised.value.code) == (403, "prompt_not_allowed")
    client.prompts.get("support-reply")
    clock.now += TTL
    bad = Client("http://gateway.test:4000", "sk-wrong", http=client._http, clock=clock)
    with pytest.raises(ClientError, match="invalid API key") as unauthorized:
        bad.prompts.get("support-reply", fallback="Hello")
    assert unauthorized.value.status == 401


def test_arguments_are_checked_before_any_request(client: Client, registry: Registry) -> None:
    with pytest.raises(ValueError, match="not both"):
        client.prompts.get("support-reply", label="production", version=1)
    with pytest.raises(ValueError, match="invalid prompt name"):
        client.prompts.get("../admin")
    with pytest.raises(ValueError, match="invalid prompt version"):
        client.prompts.get("support-reply", version=0)
    assert registry.requests == []


def test_feedback_request_and_errors(client: Client, registry: Registry) -> None:
    stored = client.feedback("req-123", score=0.8, comment="helpful")
    (request,) = registry.requests
    assert (request.method, request.url.path) == ("POST", "/v1/feedback")
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert orjson.loads(request.content) == {
        "request_id": "req-123",
        "score": 0.8,
        "comment": "helpful",
    }
    assert stored["object"] == "feedback" and stored["score"] == 0.8
    with pytest.raises(ClientError, match="score must be between") as raised:
        client.feedback("req-123", score=9)
    assert (raised.value.status, raised.value.param) == (400, "score")
    with pytest.raises(ValueError, match="a score, a label or a comment"):
        client.feedback("req-123")
    registry.down = "connect"
    with pytest.raises(Unavailable, match="ConnectError"):
        client.feedback("req-123", label="good")


def test_threads_share_one_fetch(client: Client, registry: Registry, clock: Clock) -> None:
    registry.gate = threading.Event()
    results: list[Prompt] = []
    threads = [
        threading.Thread(target=lambda: results.append(client.prompts.get("support-reply")))
        for _ in range(8)
    ]
    for t in threads:
        t.start()
    wait_for(registry.entered.is_set, "a fetch")
    registry.gate.set()
    for t in threads:
        t.join(10)
    assert len(results) == 8 and len({id(p) for p in results}) == 1
    assert registry.gets() == 1
    # A refresh in progress does not hold up other threads: they get the cached version.
    registry.gate.clear()
    registry.entered.clear()
    clock.now += TTL
    refresher = threading.Thread(target=lambda: client.prompts.get("support-reply"))
    refresher.start()
    wait_for(registry.entered.is_set, "the refresh")
    assert client.prompts.get("support-reply") is results[0]
    registry.gate.set()
    refresher.join(10)
    assert registry.gets() == 2


def test_base_url_forms_and_close() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(201, json={"object": "feedback"})

    for base in ("http://gw:4000", "http://gw:4000/", "http://gw:4000/v1", "http://gw:4000/v1/"):
        http = httpx.Client(transport=httpx.MockTransport(handler))
        with Client(base, KEY, http=http) as sdk:
            sdk.feedback("r", label="ok")
            assert KEY not in repr(sdk)
        assert not http.is_closed, "a client passed in stays open"
    assert set(seen) == {"http://gw:4000/v1/feedback"}
    own = Client("http://gw:4000", KEY)
    own.close()
    assert own._http.is_closed


def test_import_lmops_is_lazy() -> None:
    code = (
        "import sys, lmops; assert 'httpx' not in sys.modules and 'lmops.client' not in "
        "sys.modules, sorted(sys.modules); print(lmops.__all__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['Client']"
    assert lmops.Client is Client
    with pytest.raises(AttributeError, match="no attribute 'Clients'"):
        _ = lmops.Clients  # type: ignore[attr-defined]


def test_to_openai_is_accepted_by_the_openai_sdk_whatever_the_config_holds() -> None:
    """Config keys the SDK's create() has no argument for (top_k, a vendor's own) travel in
    extra_body; stream and the gateway's prompt fields are never taken from a config."""
    import openai

    content = PromptContent(
        "text",
        template="Hi {{ name }}",
        config={"model": "m", "temperature": 0.1, "top_k": 5, "stream": True, "prompt_id": "x"},
    )
    kwargs = fallback_prompt("greet", content).to_openai(name="Ada")
    assert kwargs == {
        "model": "m",
        "temperature": 0.1,
        "messages": [{"role": "user", "content": "Hi Ada"}],
        "extra_body": {"top_k": 5},
    }
    sent: list[dict[str, Any]] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(orjson.loads(request.content))
        return httpx.Response(200, json={"id": "c", "object": "chat.completion", "created": 0,
                                         "model": "m", "choices": []})  # fmt: skip

    sdk = openai.OpenAI(
        api_key="k",
        base_url="http://gw/v1",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    sdk.chat.completions.create(**kwargs)
    assert sent == [{"model": "m", "temperature": 0.1, "top_k": 5,
                     "messages": [{"role": "user", "content": "Hi Ada"}]}]  # fmt: skip
