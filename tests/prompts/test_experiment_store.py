from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from lmops.prompts.experiment_store import ArmRow, ExperimentStore
from lmops.prompts.model import Variant
from lmops.store.db import create_engine, migrate
from lmops.store.keys import Conflict, NotFound
from lmops.store.tables import (
    experiments,
    feedback,
    prompt_label_moves,
    prompt_labels,
    prompt_versions,
    request_log,
)
from tests.conftest_store import BACKENDS, database_url

T0 = datetime(2024, 12, 1, 12, 0, 0, 123456, tzinfo=UTC)
PROMPT_VARIANTS = [Variant("a", 1, prompt="1"), Variant("b", 1, prompt="staging")]
MODEL_VARIANTS = [Variant("small", 1, model="chat-small"), Variant("big", 1, model="chat-big")]


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """A migrated database on each backend (PostgreSQL skipped without its URL)."""
    with database_url(request.param, tmp_path) as url:
        engine = create_engine(url)
        migrate(engine)
        yield engine
        engine.dispose()


@pytest.fixture
def store(engine: sa.Engine) -> ExperimentStore:
    return ExperimentStore(engine, clock=lambda: T0, change_overlap=timedelta(0))


def add_versions(engine: sa.Engine, name: str, count: int, labels: dict[str, int]) -> None:
    with engine.begin() as conn:
        for n in range(1, count + 1):
            conn.execute(
                prompt_versions.insert().values(
                    name=name,
                    version=n,
                    type="text",
                    template=f"v{n} {{{{ x }}}}",
                    messages=None,
                    config={},
                    variables=["x"],
                    content_hash=f"{n:064d}",
                    message="",
                    author="cli",
                    created_at=T0,
                )
            )
        for label, version in labels.items():
            conn.execute(
                prompt_labels.insert().values(
                    name=name, label=label, version=version, updated_at=T0, updated_by="cli"
                )
            )


def log_request(engine: sa.Engine, n: int, **values: Any) -> str:
    row: dict[str, Any] = {
        "id": f"req{n:05d}",
        "created_at": T0 + timedelta(seconds=n),
        "principal": "key-a",
        "endpoint": "chat",
        "model_group": "chat-small",
        "status_code": 200,
        "latency_ms": 10.0,
        "streamed": False,
    }
    row.update(values)
    with engine.begin() as conn:
        conn.execute(request_log.insert().values(row))
    return str(row["id"])


def test_create_get_and_list(store: ExperimentStore) -> None:
    exp = store.create("e1", "prompt", "support", PROMPT_VARIANTS, by="cli", description="why")
    assert exp.id.startswith("exp_") and len(exp.id) == 16
    assert exp.status == "draft" and exp.control == "a"
    assert exp.variants == (Variant("a", 1.0, prompt="1"), Variant("b", 1.0, prompt="staging"))
    assert len(exp.salt) == 32 and exp.created_at == T0 and exp.started_at is None
    assert store.get("e1") == exp
    other = store.create(
        "e2", "model", "chat", MODEL_VARIANTS, by="k1", control="big", now=T0 + timedelta(seconds=1)
    )
    assert other.control == "big" and other.salt != exp.salt
    assert [e.name for e in store.list()] == ["e1", "e2"]
    with pytest.raises(Conflict, match="e1"):
        store.create("e1", "model", "chat", MODEL_VARIANTS, by="cli")
    with pytest.raises(NotFound, match="nope"):
        store.get("nope")


def test_create_refuses_bad_shapes_before_writing(store: ExperimentStore) -> None:
    with pytest.raises(ValueError, match=r"variants\[1\]\.weight"):
        store.create(
            "e1",
            "prompt",
            "p",
            [Variant("a", 1, prompt="1"), Variant("b", 0, prompt="2")],
            by="cli",
        )
    with pytest.raises(ValueError, match="variants"):
        store.create("e1", "prompt", "p", PROMPT_VARIANTS[:1], by="cli")
    assert store.list() == []


def test_status_moves(store: ExperimentStore) -> None:
    store.create("e1", "prompt", "p", PROMPT_VARIANTS, by="cli")
    with pytest.raises(Conflict, match="draft to paused"):
        store.set_status("e1", "paused")
    t1 = T0 + timedelta(seconds=5)
    running = store.set_status("e1", "running", now=t1)
    assert running.status == "running" and running.started_at == t1 and running.updated_at == t1
    assert store.set_status("e1", "running", now=t1 + timedelta(1)) == running  # no change
    paused = store.set_status("e1", "paused", now=t1 + timedelta(seconds=1))
    assert paused.status == "paused"
    again = store.set_status("e1", "running", now=t1 + timedelta(seconds=2))
    assert again.started_at == t1  # the first start is kept
    stopped = store.set_status("e1", "stopped", now=t1 + timedelta(seconds=3))
    assert stopped.status == "stopped" and stopped.stopped_at == t1 + timedelta(seconds=3)
    for status in ("running", "paused", "draft"):
        with pytest.raises(Conflict, match="stopped"):
            store.set_status("e1", status)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="status"):
        store.set_status("e1", "done")  # type: ignore[arg-type]
    store.create("e2", "prompt", "p", PROMPT_VARIANTS, by="cli")
    assert store.set_status("e2", "stopped").status == "stopped"  # draft -> stopped


def test_one_running_experiment_per_target(store: ExperimentStore) -> None:
    store.create("e1", "prompt", "p", PROMPT_VARIANTS, by="cli")
    store.create("e2", "prompt", "p", PROMPT_VARIANTS, by="cli")
    store.create("e3", "prompt", "q", PROMPT_VARIANTS, by="cli")
    store.create("e4", "model", "p", MODEL_VARIANTS, by="cli")  # a model group also named p
    store.set_status("e1", "running")
    with pytest.raises(Conflict, match="'e1' already runs"):
        store.set_status("e2", "running")
    store.set_status("e3", "running")
    store.set_status("e4", "running")
    store.set_status("e1", "paused")
    assert store.set_status("e2", "running").status == "running"
    with pytest.raises(Conflict, match="'e2' already runs"):
        store.set_status("e1", "running")


def test_concurrent_starts_on_one_target_let_one_through(engine: sa.Engine) -> None:
    store = ExperimentStore(engine)
    names = [f"e{i}" for i in range(6)]
    for name in names:
        store.create(name, "prompt", "p", PROMPT_VARIANTS, by="cli")
    outcomes: list[str] = []
    barrier = threading.Barrier(len(names))

    def start(name: str) -> None:
        barrier.wait()
        try:
            store.set_status(name, "running")
            outcomes.append("ok")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=start, args=(n,)) for n in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["conflict"] * 5 + ["ok"]
    assert [e.status for e in store.list()].count("running") == 1


@pytest.mark.parametrize(("ref", "expected"), [("2", 2), ("staging", 3), ("latest", 4)])
def test_promote_moves_the_label_and_stops(
    store: ExperimentStore, engine: sa.Engine, ref: str, expected: int
) -> None:
    add_versions(engine, "support", 4, {"production": 1, "staging": 3})
    variants = [Variant("a", 1, prompt="1"), Variant("b", 1, prompt=ref, model="m")]
    store.create("e1", "prompt", "support", variants, by="cli")
    store.set_status("e1", "running")
    t1 = T0 + timedelta(minutes=1)
    move, exp = store.promote("e1", "b", "production", by="master", now=t1)
    assert move is not None
    assert (move.name, move.label, move.from_version, move.to_version) == (
        "support",
        "production",
        1,
        expected,
    )
    assert move.moved_by == "master" and move.moved_at == t1
    assert exp.status == "stopped" and exp.stopped_at == t1
    with engine.connect() as conn:
        label = conn.execute(
            sa.select(prompt_labels.c.version).where(prompt_labels.c.label == "production")
        ).scalar()
        moves = conn.execute(sa.select(sa.func.count()).select_from(prompt_label_moves)).scalar()
    assert (label, moves) == (expected, 1)
    # Promoting again (the experiment is stopped, the label already there) changes nothing.
    move, again = store.promote("e1", "b", "production", by="master")
    assert move is None and again == exp


def test_promote_refusals_leave_everything_unchanged(
    store: ExperimentStore, engine: sa.Engine
) -> None:
    add_versions(engine, "support", 2, {"production": 1})
    variants = [
        Variant("a", 1, prompt="1"),
        Variant("b", 1, model="m"),
        Variant("c", 1, prompt="7"),
        Variant("d", 1, prompt="canary"),
    ]
    store.create("e1", "prompt", "support", variants, by="cli")
    store.create("e2", "model", "chat", MODEL_VARIANTS, by="cli")
    store.set_status("e1", "running")
    with pytest.raises(ValueError, match="sets no prompt"):
        store.promote("e1", "b", "production", by="cli")
    with pytest.raises(ValueError, match="model"):
        store.promote("e2", "small", "production", by="cli")
    with pytest.raises(NotFound, match="no version 7"):
        store.promote("e1", "c", "production", by="cli")
    with pytest.raises(NotFound, match="no label 'canary'"):
        store.promote("e1", "d", "production", by="cli")
    with pytest.raises(NotFound, match="no variant 'z'"):
        store.promote("e1", "z", "production", by="cli")
    with pytest.raises(ValueError, match="latest"):
        store.promote("e1", "a", "latest", by="cli")
    with pytest.raises(NotFound):
        store.promote("nope", "a", "production", by="cli")
    assert store.get("e1").status == "running"
    with engine.connect() as conn:
        assert (
            conn.execute(sa.select(sa.func.count()).select_from(prompt_label_moves)).scalar() == 0
        )


def test_promote_is_one_transaction(store: ExperimentStore, engine: sa.Engine) -> None:
    """A failure after the label moved (here: the stop's write) undoes the move too."""
    add_versions(engine, "support", 2, {"production": 1})
    store.create("e1", "prompt", "support", PROMPT_VARIANTS, by="cli")
    store.set_status("e1", "running")
    with pytest.raises(ValueError, match="timezone"):
        store.promote("e1", "a", "production", by="cli", now=datetime(2024, 12, 1))  # naive

    class Boom(Exception):
        pass

    def fail_on_stop(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE EXPERIMENTS"):
            raise Boom

    sa.event.listen(engine, "before_cursor_execute", fail_on_stop)
    try:
        with pytest.raises(Boom):
            store.promote("e1", "a", "canary", by="cli")
    finally:
        sa.event.remove(engine, "before_cursor_execute", fail_on_stop)
    with engine.connect() as conn:
        labels = dict(conn.execute(sa.select(prompt_labels.c.label, prompt_labels.c.version)).all())
        moves = conn.execute(sa.select(sa.func.count()).select_from(prompt_label_moves)).scalar()
    assert (labels, moves) == ({"production": 1}, 0)
    assert store.get("e1").status == "running"


def test_changed_since(store: ExperimentStore) -> None:
    everything, mark = store.changed_since(None)
    assert everything == [] and mark == datetime(1970, 1, 1, tzinfo=UTC)
    store.create("e1", "prompt", "p", PROMPT_VARIANTS, by="cli", now=T0)
    store.create("e2", "prompt", "q", PROMPT_VARIANTS, by="cli", now=T0 + timedelta(seconds=1))
    found, mark = store.changed_since(None)
    assert [e.name for e in found] == ["e1", "e2"] and mark == T0 + timedelta(seconds=1)
    store.set_status("e1", "running", now=T0 + timedelta(seconds=2))
    found, mark2 = store.changed_since(mark + timedelta(microseconds=1))
    assert [(e.name, e.status) for e in found] == [("e1", "running")]
    assert mark2 == T0 + timedelta(seconds=2)
    found, mark3 = store.changed_since(mark2 + timedelta(seconds=1))
    assert found == [] and mark3 == mark2 + timedelta(seconds=1)


def test_changed_since_looks_back_by_the_overlap(engine: sa.Engine) -> None:
    store = ExperimentStore(engine)  # the default 2 s overlap
    store.create("e1", "prompt", "p", PROMPT_VARIANTS, by="cli", now=T0)
    found, _ = store.changed_since(T0 + timedelta(seconds=1.5))
    assert [e.name for e in found] == ["e1"]
    found, _ = store.changed_since(T0 + timedelta(seconds=2.5))
    assert found == []


def test_add_feedback(store: ExperimentStore, engine: sa.Engine) -> None:
    fb = store.add_feedback("req1", score=4, label="good", comment="nice", key_id="key_1")
    assert fb.id.startswith("fb_") and fb.score == 4.0 and isinstance(fb.score, float)
    assert (fb.request_id, fb.label, fb.comment, fb.key_id, fb.created_at) == (
        "req1",
        "good",
        "nice",
        "key_1",
        T0,
    )
    only_label = store.add_feedback("req1", label="bad")
    assert only_label.score is None and only_label.id != fb.id
    with engine.connect() as conn:
        rows = conn.execute(sa.select(feedback).order_by(feedback.c.label)).all()
    assert [(r.request_id, r.score, r.label) for r in rows] == [
        ("req1", None, "bad"),
        ("req1", 4.0, "good"),
    ]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ({"request_id": ""}, "request_id"),
        ({"request_id": "x" * 65}, "request_id"),
        ({"request_id": "a\nb"}, "request_id"),
        ({"score": -0.1}, "score"),
        ({"score": 5.01}, "score"),
        ({"score": float("nan")}, "score"),
        ({"score": float("inf")}, "score"),
        ({"score": True}, "score"),
        ({"score": "4"}, "score"),
        ({"label": "x" * 201}, "label"),
        ({"comment": "x" * 10_001}, "comment"),
        ({"score": None}, "score"),  # nothing given
    ],
)
def test_add_feedback_refuses_bad_fields(
    store: ExperimentStore, engine: sa.Engine, args: dict[str, Any], field: str
) -> None:
    values: dict[str, Any] = {"request_id": "req1", "score": 1.0}
    values.update(args)
    request_id = values.pop("request_id")
    with pytest.raises(ValueError, match=f"^{field}"):
        store.add_feedback(request_id, **values)
    with engine.connect() as conn:
        assert conn.execute(sa.select(sa.func.count()).select_from(feedback)).scalar() == 0


def test_feedback_limits_are_inclusive(store: ExperimentStore) -> None:
    store.add_feedback("x" * 64, score=0)
    store.add_feedback("r", score=5, label="x" * 200, comment="x" * 10_000)


def test_arm_rows(store: ExperimentStore, engine: sa.Engine) -> None:
    store.create("e1", "prompt", "p", PROMPT_VARIANTS, by="cli")
    r1 = log_request(engine, 1, experiment="e1", variant="a", latency_ms=12.5, cost_usd=0.01)
    r2 = log_request(engine, 2, experiment="e1", variant="b", status_code=502, latency_ms=3.0)
    log_request(engine, 3, experiment="other", variant="a")
    log_request(engine, 4)
    store.add_feedback(r1, score=4)
    store.add_feedback(r1, score=5)
    store.add_feedback(r1, label="no score")
    store.add_feedback(r2, comment="only a comment")
    store.add_feedback("req-unlogged", score=1)
    assert store.arm_rows("e1") == [
        ArmRow(r1, "a", 12.5, 0.01, 200, 4.5),
        ArmRow(r2, "b", 3.0, None, 502, None),
    ]
    store.create("e2", "prompt", "p", PROMPT_VARIANTS, by="cli")
    assert store.arm_rows("e2") == []
    with pytest.raises(NotFound):
        store.arm_rows("nope")


def test_stored_row_round_trips(store: ExperimentStore, engine: sa.Engine) -> None:
    exp = store.create("e1", "prompt", "p", PROMPT_VARIANTS, by="cli")
    with engine.connect() as conn:
        row = conn.execute(sa.select(experiments)).one()
    assert row.variants == [v.to_json() for v in exp.variants]
    assert row.salt == exp.salt
