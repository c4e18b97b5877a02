from __future__ import annotations

import itertools
import multiprocessing
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlalchemy as sa
from structlog.testing import capture_logs

from lmops.prompts.model import ChatMessage, LabelMove, PromptContent, PromptRef
from lmops.prompts.store import (
    NotFound,
    PromptStore,
    PushResult,
    UnusableVersion,
    move_label,
)
from lmops.store.db import create_engine, migrate
from lmops.store.tables import prompt_label_moves, prompt_labels, prompt_versions
from tests.conftest_store import BACKENDS, database_url

T0 = datetime(2026, 12, 1, 9, 30, 0, 250000, tzinfo=UTC)
_R = TypeVar("_R")


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def engine(db_url: str) -> Iterator[sa.Engine]:
    engine = create_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def store(engine: sa.Engine) -> PromptStore:
    """A store whose change polling has no overlap, so it returns exactly ``>= watermark``."""
    return PromptStore(engine, clock=lambda: T0, change_overlap=timedelta(0))


def text(template: str, **config: Any) -> PromptContent:
    return PromptContent("text", template=template, config=config)


def chat(*messages: tuple[str, str], **config: Any) -> PromptContent:
    return PromptContent(
        "chat", messages=tuple(ChatMessage(r, c) for r, c in messages), config=config
    )


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def ref(text_ref: str) -> PromptRef:
    return PromptRef.parse(text_ref)


# -- versions ---------------------------------------------------------------------------------


def test_versions_are_numbered_per_name_and_keep_who_when_why(store: PromptStore) -> None:
    a1 = store.push(
        "greet", text("Hi {{ who }}"), ("who",), author="cli", message="first", now=at(1)
    )
    b1 = store.push("other", text("Bye"), (), author="key_1", now=at(2))
    a2 = store.push("greet", text("Hello {{ who }}"), ("who",), author="master", now=at(3))
    assert [r.created for r in (a1, b1, a2)] == [True, True, True]
    assert (a1.version.ref, b1.version.ref, a2.version.ref) == ("greet:1", "other:1", "greet:2")
    v1 = a1.version
    assert (v1.message, v1.author, v1.created_at, v1.variables) == ("first", "cli", at(1), ("who",))
    assert v1.content_hash == text("Hi {{ who }}").content_hash()
    assert store.versions("greet") == [a1.version, a2.version]
    assert store.versions("other") == [b1.version]
    assert a2.version.message == "" and a2.moved is None


def test_push_is_idempotent_by_content_hash_against_any_version(store: PromptStore) -> None:
    first = store.push("p", chat(("system", "Be brief.")), (), author="alice", message="one")
    again = store.push("p", chat(("system", "Be brief.")), (), author="bob", message="two")
    assert again == PushResult(first.version, created=False, moved=None)
    assert first.version.created_at == T0  # the store's clock, no ``now`` given
    assert (again.version.author, again.version.message) == ("alice", "one")
    # A different config is different content: a new version.
    warm = store.push("p", chat(("system", "Be brief."), temperature=0.2), (), author="bob")
    assert (warm.created, warm.version.version) == (True, 2)
    # Pushing version 1's content after version 2 finds version 1, not a third version.
    back = store.push("p", chat(("system", "Be brief.")), (), author="carol", now=at(60))
    assert (back.created, back.version) == (False, first.version)
    assert [v.version for v in store.versions("p")] == [1, 2]
    # Text and chat with the same words are different contents.
    as_text = store.push("p", text("Be brief."), (), author="bob")
    assert (as_text.created, as_text.version.version) == (True, 3)


def test_idempotent_push_still_moves_the_label(store: PromptStore) -> None:
    store.push("p", text("a"), (), author="cli", label="production", now=at(1))
    store.push("p", text("b"), (), author="cli", label="production", now=at(2))
    result = store.push("p", text("a"), (), author="ci", label="production", now=at(3))
    assert not result.created
    assert result.moved == LabelMove("p", "production", 2, 1, "ci", at(3))
    assert store.labels("p") == {"production": 1}
    # Already there: nothing moves and nothing is recorded.
    assert store.push("p", text("a"), (), author="ci", label="production").moved is None
    assert len(store.moves("p")) == 3


@pytest.mark.parametrize(
    "content",
    [
        text("Dear {{ name }},\n\n\tthank you — merci, 谢谢, спасибо 🙏\r\nTrailing spaces   \n"),
        chat(
            ("system", "You are «terse».\nNever use emoji 😀."),
            ("user", "{{ question }}\n\n---\n"),
            ("assistant", ""),
            model="gpt-4o",
            temperature=0.0,
            max_tokens=256,
            response_format={"type": "json_object"},
            tools=[{"type": "function", "function": {"name": "f", "parameters": {}}}],
            stop=["\n\n", "ü"],
        ),
    ],
    ids=["text", "chat"],
)
def test_contents_round_trip_exactly(store: PromptStore, content: PromptContent) -> None:
    pushed = store.push("rt", content, ("name", "question"), author="cli", message="ünï\ncode")
    read = store.get(ref("rt:1"))
    assert read == pushed.version
    assert read.content == content
    assert read.content.content_hash() == read.content_hash == content.content_hash()
    assert read.variables == ("name", "question") and read.message == "ünï\ncode"
    assert store.push("rt", content, ("name", "question"), author="x").created is False


def test_stored_json_shapes(engine: sa.Engine, store: PromptStore) -> None:
    store.push("c", chat(("user", "hi")), ("a",), author="cli")
    store.push("t", text("hi"), (), author="cli", now=at(1))
    with engine.connect() as conn:
        rows = {r.name: r for r in conn.execute(sa.select(prompt_versions))}
    assert rows["c"].messages == [{"role": "user", "content": "hi"}]
    assert (rows["c"].template, rows["c"].config, rows["c"].variables) == (None, {}, ["a"])
    assert (rows["t"].messages, rows["t"].template, rows["t"].type) == (None, "hi", "text")


def test_push_refuses_bad_input_before_writing(store: PromptStore) -> None:
    bad: list[Callable[[], object]] = [
        lambda: store.push("no spaces", text("x"), (), author="cli"),
        lambda: store.push("", text("x"), (), author="cli"),
        lambda: store.push("p", text("x"), (), author="cli", label="latest"),
        lambda: store.push("p", text("x"), (), author="cli", label="bad label"),
        lambda: store.push("p", text("x", seed={1, 2}), (), author="cli"),
        lambda: store.push("p", text("x", temperature=float("nan")), (), author="cli"),
        lambda: store.push("p", text("nul\x00"), (), author="cli"),
        lambda: store.push("p", text("x"), "ab", author="cli"),  # type: ignore[arg-type]
    ]
    for call in bad:
        with pytest.raises(ValueError):
            call()
    with pytest.raises(NotFound, match="'p'"):
        store.versions("p")


def test_naive_times_are_utc(store: PromptStore) -> None:
    naive = store.push("p", text("x"), (), author="cli", now=datetime(2026, 1, 2, 3, 4, 5))
    assert naive.version.created_at == datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert store.get(ref("p")).created_at == naive.version.created_at


# -- labels -----------------------------------------------------------------------------------


def test_label_moves_are_recorded_with_who_when_from_to(store: PromptStore) -> None:
    for n in range(3):
        store.push("p", text(f"v{n}"), (), author="cli", now=at(n))
    first = store.set_label("p", "production", 1, by="alice", now=at(10))
    assert first == LabelMove("p", "production", None, 1, "alice", at(10))
    assert store.set_label("p", "production", 1, by="bob", now=at(11)) is None
    assert store.set_label("p", "staging", 3, by="bob", now=at(12)) is not None
    second = store.set_label("p", "production", 2, by="carol", now=at(13))
    assert second == LabelMove("p", "production", 1, 2, "carol", at(13))
    assert store.set_label("p", "production", 1, by="dave", now=at(14)) is not None  # rollback
    assert store.labels("p") == {"production": 1, "staging": 3}
    assert store.moves("p", "production") == [
        first,
        second,
        LabelMove("p", "production", 2, 1, "dave", at(14)),
    ]
    assert [(m.label, m.to_version) for m in store.moves("p")] == [
        ("production", 1),
        ("staging", 3),
        ("production", 2),
        ("production", 1),
    ]
    assert store.moves("q") == [] and store.labels("q") == {}
    # Without ``now`` the store's clock stamps the move.
    assert store.set_label("p", "canary", 2, by="erin") == LabelMove(
        "p", "canary", None, 2, "erin", T0
    )


def test_latest_cannot_be_set(engine: sa.Engine, store: PromptStore) -> None:
    store.push("p", text("x"), (), author="cli")
    with pytest.raises(ValueError, match="latest"):
        store.set_label("p", "latest", 1, by="cli")
    with pytest.raises(ValueError, match="latest"):
        store.push("p", text("y"), (), author="cli", label="latest")
    with engine.connect() as conn, pytest.raises(ValueError, match="latest"):
        move_label(conn, "p", "latest", 1, by="cli", now=T0)
    assert store.labels("p") == {} and store.moves("p") == []
    assert [v.version for v in store.versions("p")] == [1]


def test_set_label_needs_an_existing_version(store: PromptStore) -> None:
    store.push("p", text("x"), (), author="cli")
    with pytest.raises(NotFound, match=r"prompt 'p' has no version 2"):
        store.set_label("p", "production", 2, by="cli")
    with pytest.raises(NotFound, match=r"no prompt named 'q'"):
        store.set_label("q", "production", 1, by="cli")
    assert store.labels("p") == {} and store.moves("p") == []


def test_move_label_joins_the_callers_transaction(engine: sa.Engine, store: PromptStore) -> None:
    store.push("p", text("a"), (), author="cli", label="production")
    store.push("p", text("b"), (), author="cli")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), engine.begin() as conn:
        assert move_label(conn, "p", "production", 2, by="exp", now=at(5)) is not None
        raise Boom
    assert store.labels("p") == {"production": 1} and len(store.moves("p")) == 1
    with engine.begin() as conn:
        move = move_label(conn, "p", "production", 2, by="exp", now=at(5))
    assert move == LabelMove("p", "production", 1, 2, "exp", at(5))
    assert store.moves("p")[-1] == move and store.labels("p") == {"production": 2}


# -- reads ------------------------------------------------------------------------------------


def test_get_by_every_reference_form(store: PromptStore) -> None:
    v1 = store.push("p", text("one"), (), author="cli").version
    v2 = store.push("p", text("two"), (), author="cli", label="staging").version
    v3 = store.push("p", text("three"), (), author="cli").version
    # No production label yet: a bare name is the newest version.
    assert store.get(ref("p")) == v3
    assert store.get(ref("p@latest")) == v3
    assert store.get(ref("p:1")) == v1 and store.get(ref("p:2")) == v2
    assert store.get(ref("p@staging")) == v2
    store.set_label("p", "production", 1, by="cli")
    assert store.get(ref("p")) == v1
    assert store.get(ref("p@production")) == v1
    assert store.get(PromptRef("p")) == v1 and store.get(PromptRef("p", version=3)) == v3
    assert store.get(ref("p@latest")) == v3


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("nope", r"no prompt named 'nope'"),
        ("nope@latest", r"no prompt named 'nope'"),
        ("nope@production", r"no prompt named 'nope'"),
        ("nope:1", r"no prompt named 'nope'"),
        ("p:9", r"prompt 'p' has no version 9"),
        ("p@canary", r"prompt 'p' has no label 'canary'"),
    ],
)
def test_not_found_names_the_prompt_and_what_is_missing(
    store: PromptStore, reference: str, message: str
) -> None:
    store.push("p", text("x"), (), author="cli")
    with pytest.raises(NotFound, match=message):
        store.get(ref(reference))


def test_list_summarises_each_prompt(store: PromptStore) -> None:
    assert store.list() == []
    store.push("b", text("1"), (), author="cli", now=at(1))
    store.push("b", text("2"), (), author="cli", now=at(2), label="staging")
    store.push("a", text("1"), (), author="cli", now=at(3))
    store.set_label("b", "production", 1, by="cli", now=at(5))
    summaries = store.list()
    assert [(s.name, s.latest, dict(s.labels), s.updated_at) for s in summaries] == [
        ("a", 1, {}, at(3)),
        ("b", 2, {"production": 1, "staging": 2}, at(5)),  # the label move is the newest
    ]


def test_changed_since_returns_new_versions_and_moved_labels(store: PromptStore) -> None:
    everything = store.changed_since(None)
    assert (everything.versions, everything.labels) == ([], [])
    assert everything.watermark == datetime(1970, 1, 1, tzinfo=UTC)
    v1 = store.push("p", text("1"), (), author="cli", now=at(1), label="production").version
    all_now = store.changed_since(None)
    assert all_now.versions == [v1] and all_now.watermark == at(1)
    assert [(s.name, s.label, s.version, s.updated_at) for s in all_now.labels] == [
        ("p", "production", 1, at(1))
    ]
    quiet = store.changed_since(at(1.5))
    assert (quiet.versions, quiet.labels, quiet.watermark) == ([], [], at(1.5))
    v2 = store.push("p", text("2"), (), author="cli", now=at(2)).version
    store.set_label("p", "production", 2, by="cli", now=at(3))
    q1 = store.push("q", text("q"), (), author="cli", now=at(3)).version
    changes = store.changed_since(at(1.5))
    assert changes.versions == [v2, q1]
    assert [(s.label, s.version, s.updated_at) for s in changes.labels] == [
        ("production", 2, at(3))
    ]
    assert changes.watermark == at(3)
    # Equal stamps are included: a write at the watermark is not lost.
    assert store.changed_since(at(3)).versions == [q1]


def test_changed_since_looks_back_by_the_overlap(engine: sa.Engine) -> None:
    store = PromptStore(engine)  # the default 2 s overlap
    late = store.push("p", text("1"), (), author="cli", now=at(-1.5)).version
    old = store.push("p", text("0"), (), author="cli", now=at(-2.5)).version
    changes = store.changed_since(T0)
    # Stamped 1.5 s before the watermark (a writer with a slower clock): still returned.
    assert late in changes.versions and old not in changes.versions
    assert changes.watermark == T0


# -- unusable rows ----------------------------------------------------------------------------


def test_unusable_rows_are_skipped_in_listings_and_logged(
    engine: sa.Engine, store: PromptStore
) -> None:
    good = store.push("p", text("1"), (), author="cli", now=at(1)).version
    store.push("p", text("2"), (), author="cli", now=at(2), label="production")
    store.push("q", chat(("user", "x")), (), author="cli", now=at(3))
    with engine.begin() as conn:
        v = prompt_versions.c
        conn.execute(prompt_versions.update().where(v.version == 2).values(config=[1, 2]))
        conn.execute(prompt_versions.update().where(v.name == "q").values(messages={"x": 1}))
    with capture_logs() as logs:
        assert store.versions("p") == [good]
        assert store.changed_since(None).versions == [good]
        store.versions("p")
    warnings = [e for e in logs if e["event"] == "prompt_version_unusable"]
    assert [(e["name"], e["version"], e["log_level"]) for e in warnings] == [
        ("p", 2, "warning"),
        ("q", 1, "warning"),
    ]
    assert "config" in warnings[0]["problems"][0]
    with pytest.raises(UnusableVersion, match=r"prompt 'p' version 2"):
        store.get(ref("p"))
    assert [(s.name, s.latest) for s in store.list()] == [("p", 2), ("q", 1)]
    assert store.get(ref("p:1")) == good


# -- concurrency ------------------------------------------------------------------------------


def _together(count: int, work: Callable[[int], _R]) -> list[_R]:
    """``work(0..count-1)`` on ``count`` threads released at the same moment."""
    barrier = threading.Barrier(count)

    def run(n: int) -> _R:
        barrier.wait(timeout=30)
        return work(n)

    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(run, range(count)))


def test_concurrent_pushes_of_different_content_number_without_gaps(store: PromptStore) -> None:
    results = _together(8, lambda n: store.push("p", text(f"variant {n}"), (), author=f"w{n}"))
    assert sorted(r.version.version for r in results) == list(range(1, 9))
    assert all(r.created for r in results)
    stored = store.versions("p")
    assert [v.version for v in stored] == list(range(1, 9))
    assert sorted(v.content.template or "" for v in stored) == [f"variant {n}" for n in range(8)]
    for result in results:
        assert store.get(PromptRef("p", version=result.version.version)) == result.version


def test_concurrent_pushes_of_the_same_content_make_one_version(store: PromptStore) -> None:
    results = _together(
        8, lambda n: store.push("p", text("same"), (), author=f"w{n}", label="production")
    )
    assert {r.version.version for r in results} == {1}
    assert sum(r.created for r in results) == 1
    assert sum(r.moved is not None for r in results) == 1
    assert [v.version for v in store.versions("p")] == [1]
    assert len(store.moves("p")) == 1 and store.labels("p") == {"production": 1}


def test_concurrent_label_moves_record_a_consistent_history(store: PromptStore) -> None:
    for n in range(4):
        store.push("p", text(str(n)), (), author="cli")
    _together(8, lambda n: store.set_label("p", "production", n % 4 + 1, by=f"w{n}"))
    moves = store.moves("p", "production")
    # Each move starts where the previous one ended: no two writers read the same "from".
    assert moves[0].from_version is None
    for before, after in itertools.pairwise(moves):
        assert after.from_version == before.to_version
    assert store.labels("p") == {"production": moves[-1].to_version}


def _push_in_process(url: str, name: str, template: str, n: int) -> tuple[int, bool]:
    engine = create_engine(url)
    try:
        result = PromptStore(engine).push(name, text(template), (), author=f"proc{n}")
        return result.version.version, result.created
    finally:
        engine.dispose()


def test_concurrent_pushes_from_processes(db_url: str, engine: sa.Engine) -> None:
    """Four processes push four contents to "p" and one content to "q" (spawned once: the
    start-up is the slow part)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(4, mp_context=context) as pool:
        distinct = [pool.submit(_push_in_process, db_url, "p", f"proc {n}", n) for n in range(4)]
        same = [pool.submit(_push_in_process, db_url, "q", "same", n) for n in range(4)]
        distinct_results = [f.result(timeout=120) for f in distinct]
        same_results = [f.result(timeout=120) for f in same]
    store = PromptStore(engine)
    assert [v.version for v in store.versions("p")] == [1, 2, 3, 4]
    assert sorted(distinct_results) == [(n, True) for n in range(1, 5)]
    assert [v.version for v in store.versions("q")] == [1]
    assert sorted(same_results) == [(1, False)] * 3 + [(1, True)]


def test_tables_hold_only_what_was_written(engine: sa.Engine, store: PromptStore) -> None:
    store.push("p", text("a"), (), author="cli", label="production")
    store.push("p", text("a"), (), author="cli", label="production")
    with engine.connect() as conn:
        counts = [
            conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
            for t in (prompt_versions, prompt_labels, prompt_label_moves)
        ]
    assert counts == [1, 1, 1]


def _fail_inserts(engine: sa.Engine, errors: list[Exception]) -> list[str]:
    """Make the next inserts into prompt_versions fail with ``errors`` (the driver's own
    exceptions, wrapped by SQLAlchemy as a real failure would be); returns the statements."""
    seen: list[str] = []

    @sa.event.listens_for(engine, "before_cursor_execute")
    def _fail(*args: Any) -> None:
        statement = str(args[2])
        if statement.startswith("INSERT INTO prompt_versions"):
            seen.append(statement)
            if errors:
                raise errors.pop(0)

    return seen


def test_a_conflicting_write_is_retried_in_a_new_transaction(
    engine: sa.Engine, store: PromptStore
) -> None:
    dbapi = engine.dialect.dbapi
    assert dbapi is not None
    inserts = _fail_inserts(engine, [dbapi.IntegrityError("duplicate key")] * 2)
    with capture_logs() as logs:
        result = store.push("p", text("x"), (), author="cli", label="production")
    assert (result.created, result.version.version, len(inserts)) == (True, 1, 3)
    assert [e["event"] for e in logs].count("prompt_write_retried") == 2
    assert store.labels("p") == {"production": 1} and len(store.moves("p")) == 1


def test_other_database_errors_are_not_retried(engine: sa.Engine, store: PromptStore) -> None:
    dbapi = engine.dialect.dbapi
    assert dbapi is not None
    inserts = _fail_inserts(engine, [dbapi.OperationalError("disk I/O error")])
    with pytest.raises(sa.exc.OperationalError, match="disk I/O error"):
        store.push("p", text("x"), (), author="cli")
    assert len(inserts) == 1
    with pytest.raises(NotFound):
        store.versions("p")


def test_sqlite_busy_timeouts_are_retried(tmp_path: Path) -> None:
    with database_url("sqlite", tmp_path) as url:
        engine = create_engine(url)
        migrate(engine)
        dbapi = engine.dialect.dbapi
        assert dbapi is not None
        inserts = _fail_inserts(engine, [dbapi.OperationalError("database is locked")])
        result = PromptStore(engine).push("p", text("x"), (), author="cli")
        engine.dispose()
    assert (result.version.version, len(inserts)) == (1, 2)
