"""``lmops models serve``'s server in-process: the base model and its adapters by name, batches
of concurrent requests with an adapter a row, streaming, stop strings, limits and errors."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import orjson
import pytest

from lmops.finetune.serve import Engine, ServeError, create_serve_app, parse_adapter, vllm_command
from tests.conftest import wait_for
from tests.finetune.training import PAIRS

ANSWERS = {q: "".join(a.split()) for q, a in PAIRS}  # the test tokenizer splits off punctuation


@pytest.fixture(scope="module")
def engine(tiny_base: Path, trained: Path) -> Iterator[Engine]:
    served = Engine(tiny_base, {"support": trained, "again": trained}, name="tiny")
    yield served
    served.close()


@pytest.fixture
async def client(engine: Engine) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=create_serve_app(engine))
    async with httpx.AsyncClient(transport=transport, base_url="http://serve") as c:
        yield c


def ask(question: str, model: str = "tiny:support", **extra: Any) -> dict[str, Any]:
    messages = [{"role": "user", "content": question}]
    return {"model": model, "messages": messages, "temperature": 0} | extra


def compact(text: str) -> str:
    return "".join(text.split())


async def test_the_adapter_answers_what_it_learnt(client: httpx.AsyncClient) -> None:
    for question, expected in ANSWERS.items():
        reply = await client.post("/v1/chat/completions", json=ask(question))
        assert reply.status_code == 200, reply.text
        body = reply.json()
        choice = body["choices"][0]
        assert compact(choice["message"]["content"]) == expected
        assert choice["finish_reason"] == "stop" and body["model"] == "tiny:support"
        usage = body["usage"]
        assert usage["completion_tokens"] > 0
        assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    # The same adapter by its name alone; the base model does not know the answers.
    alone = await client.post("/v1/chat/completions", json=ask(PAIRS[0][0], model="support"))
    assert compact(alone.json()["choices"][0]["message"]["content"]) == ANSWERS[PAIRS[0][0]]
    base = await client.post("/v1/chat/completions", json=ask(PAIRS[0][0], model="tiny"))
    assert compact(base.json()["choices"][0]["message"]["content"]) != ANSWERS[PAIRS[0][0]]
    listed = (await client.get("/v1/models")).json()["data"]
    assert [m["id"] for m in listed] == ["tiny", "tiny:support", "tiny:again"]


async def test_concurrent_requests_are_one_batch_each_with_its_adapter(
    tiny_base: Path, trained: Path
) -> None:
    held = Engine(tiny_base, {"support": trained}, name="tiny", start=False)
    transport = httpx.ASGITransport(app=create_serve_app(held))
    async with httpx.AsyncClient(transport=transport, base_url="http://serve") as c:
        asked = [ask(q) for q in ANSWERS] + [ask(PAIRS[0][0], model="tiny", max_tokens=3)]
        calls = [asyncio.ensure_future(c.post("/v1/chat/completions", json=a)) for a in asked]
        await asyncio.to_thread(wait_for, lambda: held._queue.qsize() == 5, "5 queued")
        held.start()
        replies = await asyncio.gather(*calls)
    held.close()
    assert held.batches == [5]
    texts = [compact(r.json()["choices"][0]["message"]["content"]) for r in replies]
    assert texts[:4] == list(ANSWERS.values())  # the adapter's rows, beside a base row
    assert texts[4] != ANSWERS[PAIRS[0][0]]
    assert replies[4].json()["choices"][0]["finish_reason"] == "length"
    assert replies[4].json()["usage"]["completion_tokens"] == 3


async def test_streaming_sends_the_answer_in_pieces(client: httpx.AsyncClient) -> None:
    question = "the quick brown fox"
    body = ask(question, stream=True, stream_options={"include_usage": True})
    reply = await client.post("/v1/chat/completions", json=body)
    assert reply.headers["content-type"].startswith("text/event-stream")
    events = [line[6:] for line in reply.text.splitlines() if line.startswith("data: ")]
    assert events[-1] == "[DONE]"
    chunks = [orjson.loads(e) for e in events[:-1]]
    deltas = [c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"]]
    assert compact("".join(deltas)) == ANSWERS[question] and len([d for d in deltas if d]) > 1
    assert chunks[-2]["choices"][0]["finish_reason"] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == 5
    assert all(c["usage"] is None for c in chunks[:-1])


async def test_a_stop_string_ends_the_answer_before_it(client: httpx.AsyncClient) -> None:
    body = ask("the quick brown fox", stop=["lazy"])
    plain = (await client.post("/v1/chat/completions", json=body)).json()["choices"][0]
    assert plain["message"]["content"].rstrip() == "jumps over the"
    assert plain["finish_reason"] == "stop"
    streamed = await client.post("/v1/chat/completions", json=body | {"stream": True})
    chunks = [orjson.loads(line[6:]) for line in streamed.text.splitlines()
              if line.startswith("data: {")]  # fmt: skip
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks)
    assert "lazy" not in text and text.rstrip() == "jumps over the"


@pytest.mark.parametrize(
    ("body", "status", "says"),
    [
        (ask("hi", model="gpt-4o"), 404, "model 'gpt-4o' is not served here (serving: tiny, "),
        (ask("hi", model="other:support"), 404, "is not served here"),
        (ask("hi", n=2), 400, "n: Input should be less than or equal to 1"),
        (ask("hi", tools=[{"type": "function"}]), 400, "tools: List should have at most 0"),
        (ask("hi", temperature=3), 400, "temperature: "),
        ({"model": "tiny", "messages": []}, 400, "messages: List should have at least 1"),
        (ask("the lazy dog " * 100), 400, "this model's context is 256"),
    ],
)
async def test_bad_requests_get_openai_errors(
    client: httpx.AsyncClient, body: dict[str, Any], status: int, says: str
) -> None:
    reply = await client.post("/v1/chat/completions", json=body)
    assert reply.status_code == status
    error = reply.json()["error"]
    assert says in error["message"] and error["type"] == "invalid_request_error"
    bad_json = await client.post("/v1/chat/completions", content=b"{nope")
    assert bad_json.status_code == 400 and "not JSON" in bad_json.json()["error"]["message"]


async def test_an_api_key_is_required_when_set(engine: Engine) -> None:
    transport = httpx.ASGITransport(app=create_serve_app(engine, api_key="sk-serve"))
    async with httpx.AsyncClient(transport=transport, base_url="http://serve") as c:
        refused = await c.post("/v1/chat/completions", json=ask("hi"))
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "invalid_api_key"
        assert (await c.get("/v1/models")).status_code == 401
        allowed = await c.get("/v1/models", headers={"Authorization": "Bearer sk-serve"})
        assert allowed.status_code == 200


def test_adapters_and_the_vllm_command(tmp_path: Path) -> None:
    assert parse_adapter("support=/a/b") == ("support", Path("/a/b"))
    assert parse_adapter("/runs/support/adapter") == ("adapter", Path("/runs/support/adapter"))
    with pytest.raises(ServeError, match="without ':'"):
        parse_adapter("a:b=/x")
    command = vllm_command("/models/llama", {"support": Path("/a/b")}, "llama", 8001, 16)
    assert command == (
        "vllm serve /models/llama --served-model-name llama --port 8001 --enable-lora "
        "--max-lora-rank 16 --max-loras 1 --lora-modules llama:support=/a/b"
    )
    with pytest.raises(ServeError, match="nowhere"):
        Engine(tmp_path / "nowhere")
