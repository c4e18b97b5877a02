from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from lmops.evals.calls import Completion
from lmops.evals.runner import run_suite
from lmops.evals.store import Conflict, RunStore, StoreCache
from lmops.store.db import create_engine, migrate
from lmops.store.tables import eval_cache
from tests.conftest_store import BACKENDS, database_url
from tests.evals.runner_fakes import CAPITALS, FakeCaller, write_suite
from tests.evals.sample_runs import dated_vars_cell, make_cells, make_run


@pytest.fixture(params=BACKENDS)
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[sa.Engine]:
    """A migrated database on each backend (PostgreSQL skipped without its URL)."""
    with database_url(request.param, tmp_path) as url:
        engine = create_engine(url)
        migrate(engine)
        yield engine
        engine.dispose()


def test_a_run_reads_back_equal_to_what_was_saved(engine: sa.Engine) -> None:
    run = make_run()
    RunStore(engine).save(run)
    back = RunStore(engine).get(run.id)
    assert back == run
    assert back.to_json() == run.to_json()
    assert back.started_at.tzinfo is not None and back.started_at == run.started_at
    assert [c.status for c in back.cells] == ["passed", "failed", "error", "skipped"]
    assert back.cells[1].scores[1].weight == 2.0 and back.cells[2].scores[0].error is True


def test_a_run_without_cells_reads_back(engine: sa.Engine) -> None:
    run = dataclasses.replace(make_run(), cells=())
    store = RunStore(engine)
    store.save(run)
    assert store.get(run.id) == run
    [summary] = store.list()
    assert (summary.total, summary.pass_rate, summary.ok) == (0, 0.0, False)


def test_values_json_has_no_type_for_are_stored_as_text(engine: sa.Engine) -> None:
    run = dataclasses.replace(make_run(), cells=(dated_vars_cell(),))
    RunStore(engine).save(run)
    assert dict(RunStore(engine).get(run.id).cells[0].vars) == {"day": "2026-01-02"}


def test_long_ids_and_nul_in_text_are_stored_on_every_backend(engine: sa.Engine) -> None:
    # An inline prompt's id is its whole text; PostgreSQL's text cannot hold NUL.
    first = make_cells()[0]
    cell = dataclasses.replace(
        first,
        prompt_id="Answer: {{ q }} " * 40,
        target_id="m@https://gateway.example.com:4000" + "/x" * 100,
        output="a\0b",
        vars={"q": "c\0d"},
    )
    run = dataclasses.replace(make_run(), cells=(cell,))
    RunStore(engine).save(run)
    back = RunStore(engine).get(run.id).cells[0]
    assert (back.prompt_id, back.target_id) == (cell.prompt_id, cell.target_id)
    assert back.output == "a\ufffdb"  # NUL stored as U+FFFD in text columns
    assert dict(back.vars) == {"q": "c\0d"}  # JSON keeps it


def test_saving_an_id_twice_is_a_conflict_and_keeps_the_first(engine: sa.Engine) -> None:
    store = RunStore(engine)
    store.save(make_run())
    with pytest.raises(Conflict, match="run0123456789abcdef"):
        store.save(dataclasses.replace(make_run(), description="second", cells=()))
    assert store.get("run0123456789abcdef") == make_run()


def test_list_is_newest_first_with_counts_and_a_limit(engine: sa.Engine) -> None:
    store = RunStore(engine)
    for i, minutes in enumerate([5, 0, 10]):
        store.save(make_run(f"run{i}", minutes=minutes))
    summaries = store.list()
    assert [s.id for s in summaries] == ["run2", "run0", "run1"]
    first = summaries[0]
    run = store.get("run2")
    assert dict(first.counts) == run.counts == {"passed": 1, "failed": 1, "error": 1, "skipped": 1}
    assert (first.total, first.pass_rate, first.ok) == (4, run.pass_rate, run.ok)
    assert first.started_at == run.started_at
    assert [s.id for s in store.list(limit=2)] == ["run2", "run0"]
    with pytest.raises(ValueError, match="limit"):
        store.list(limit=0)


def test_a_unique_prefix_finds_a_run(engine: sa.Engine) -> None:
    store = RunStore(engine)
    store.save(make_run("abc123"))
    store.save(make_run("abd456", minutes=1))
    assert store.get("abc").id == "abc123"
    assert store.summary("abd").id == "abd456"
    with pytest.raises(KeyError, match="'ab' is ambiguous: it matches abd456, abc123"):
        store.get("ab")
    with pytest.raises(KeyError, match="no eval run with id 'zz'"):
        store.get("zz")
    with pytest.raises(KeyError, match="no eval run id given"):
        store.get("")


def test_like_wildcards_in_a_prefix_match_only_themselves(engine: sa.Engine) -> None:
    store = RunStore(engine)
    store.save(make_run("a_b"))
    store.save(make_run("axb", minutes=1))
    store.save(make_run("c%d", minutes=2))
    assert store.get("a_").id == "a_b"
    assert store.get("ax").id == "axb"
    assert store.get("c%").id == "c%d"
    with pytest.raises(KeyError, match="no eval run"):
        store.get("%")


def test_an_exact_id_wins_over_longer_ids_it_prefixes(engine: sa.Engine) -> None:
    store = RunStore(engine)
    store.save(make_run("abc"))
    store.save(make_run("abcdef", minutes=1))
    assert store.get("abc").id == "abc"


def test_latest_is_the_newest_run_or_none(engine: sa.Engine) -> None:
    store = RunStore(engine)
    assert store.latest() is None
    store.save(make_run("old"))
    store.save(make_run("new", minutes=1))
    latest = store.latest()
    assert latest is not None and latest.id == "new" and len(latest.cells) == 4


def test_many_cells_are_written_in_chunks_and_keep_their_order(engine: sa.Engine) -> None:
    base = make_run().cells[0]
    cells = tuple(dataclasses.replace(base, test_index=i) for i in range(1234))
    run = dataclasses.replace(make_run(), cells=cells)
    RunStore(engine).save(run)
    assert [c.test_index for c in RunStore(engine).get(run.id).cells] == list(range(1234))


def test_the_cache_returns_what_was_put_and_misses_the_rest(engine: sa.Engine) -> None:
    cache = StoreCache(engine)
    assert cache.get_many([]) == {}
    cache.put_many({})
    one = Completion("Paris", 12.0, 5, 1, 0.0001)
    two = Completion("Rome", 8.5)
    cache.put_many({"k1": one, "k2": two})
    assert cache.get_many(["k1", "k2", "k3", "k1"]) == {"k1": one, "k2": two}


def test_putting_a_key_again_replaces_its_answer(engine: sa.Engine) -> None:
    cache = StoreCache(engine)
    cache.put_many({"k": Completion("old", 1.0)})
    cache.put_many({"k": Completion("new", 2.0)})
    assert cache.get_many(["k"]) == {"k": Completion("new", 2.0)}


def test_many_keys_are_read_and_written_in_chunks(engine: sa.Engine) -> None:
    cache = StoreCache(engine)
    items = {f"{i:064x}": Completion(f"answer {i}", float(i)) for i in range(1500)}
    cache.put_many(items)
    assert cache.get_many(list(items)) == items


def test_an_unreadable_entry_is_a_miss(engine: sa.Engine) -> None:
    cache = StoreCache(engine)
    cache.put_many({"good": Completion("ok", 1.0)})
    with engine.begin() as conn:
        conn.execute(
            eval_cache.update().where(eval_cache.c.key == "good").values(value={"text": "x"})
        )
    assert cache.get_many(["good"]) == {}


def test_concurrent_puts_of_one_key_all_succeed(engine: sa.Engine) -> None:
    caches = [StoreCache(engine) for _ in range(4)]
    barrier = threading.Barrier(len(caches))
    errors: list[BaseException] = []

    def put(i: int) -> None:
        try:
            barrier.wait()
            caches[i].put_many(
                {"shared": Completion(f"answer {i}", 1.0), f"own{i}": Completion("x", 1.0)}
            )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=put, args=(i,)) for i in range(len(caches))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    got = StoreCache(engine).get_many(["shared", "own0", "own3"])
    assert got["shared"].text in {f"answer {i}" for i in range(4)} and len(got) == 3


def test_concurrent_saves_of_one_id_store_one_run(engine: sa.Engine) -> None:
    stores = [RunStore(engine) for _ in range(4)]
    barrier = threading.Barrier(len(stores))
    outcomes: list[str] = []

    def save(i: int) -> None:
        barrier.wait()
        try:
            stores[i].save(dataclasses.replace(make_run("same"), description=f"writer {i}"))
            outcomes.append("saved")
        except Conflict:
            outcomes.append("conflict")
        except BaseException as exc:
            outcomes.append(repr(exc))

    threads = [threading.Thread(target=save, args=(i,)) for i in range(len(stores))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["conflict"] * 3 + ["saved"]
    assert len(RunStore(engine).get("same").cells) == 4


async def test_a_runner_run_is_stored_and_a_rerun_is_answered_from_the_store(
    engine: sa.Engine, tmp_path: Path
) -> None:
    suite = write_suite(tmp_path, CAPITALS)
    caller = FakeCaller()
    first = await run_suite(suite, caller, cache=StoreCache(engine))
    # A later process: a new cache object on the same store answers every cell.
    again = await run_suite(suite, caller, cache=StoreCache(engine))
    assert len(caller.calls) == len(first.cells) == 8
    assert all(c.cached for c in again.cells) and not any(c.cached for c in first.cells)
    assert [c.output for c in again.cells] == [c.output for c in first.cells]
    store = RunStore(engine)
    store.save(first)
    store.save(again)
    assert store.get(first.id) == first and store.get(again.id[:12]) == again
    assert [s.id for s in store.list()] == [again.id, first.id]
