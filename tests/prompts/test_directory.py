"""The gateway's in-memory prompt directory: resolution from memory, the periodic sync (writes
made elsewhere, such as by the CLI), news over Redis pub/sub, and sync failures."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from structlog.testing import capture_logs

from lmops.prompts.changes import ChangeChannel
from lmops.prompts.directory import PromptDirectory
from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.model import PromptContent, PromptRef, Variant
from lmops.prompts.store import LabelState, PromptChanges, PromptStore
from lmops.store.db import create_engine, migrate
from lmops.store.keys import NotFound
from tests.conftest_redis import redis_prefix, redis_url_or_skip

T0 = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = create_engine(f"sqlite:///{tmp_path}/prompts.db")
    migrate(engine)
    yield engine
    engine.dispose()


def text(template: str) -> PromptContent:
    return PromptContent("text", template=template)


async def eventually(check: Callable[[], bool], timeout: float, what: str) -> float:
    """Seconds until ``check()`` holds, polled every 5 ms; fails after ``timeout``."""
    start = time.monotonic()
    while not check():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.005)  # polling a condition, bounded by the deadline
    return time.monotonic() - start


async def test_resolution_and_rendering_come_from_memory(engine: sa.Engine) -> None:
    store = PromptStore(engine)
    store.push("p", text("one {{ x }}"), ("x",), author="cli", label="production")
    store.push("p", text("two {{ x }}"), ("x",), author="cli", label="staging")
    directory = PromptDirectory(store, ExperimentStore(engine), 30)
    await directory.start()
    try:
        assert directory.resolve(PromptRef("p")).version == 1
        assert directory.resolve(PromptRef("p", label="staging")).version == 2
        assert directory.resolve(PromptRef("p", label="latest")).version == 2
        version = directory.resolve(PromptRef("p", version=1))
        assert directory.compiled(version).render({"x": "y"}).text == "one y"
        assert directory.compiled(version) is directory.compiled(version)
        for ref, missing in [
            (PromptRef("q"), "'q'"),
            (PromptRef("p", label="canary"), "'canary'"),
            (PromptRef("p", version=7), "version 7"),
        ]:
            with pytest.raises(NotFound, match=missing):
                directory.resolve(ref)
        assert directory.labels("p") == {"production": 1, "staging": 2}
        assert (directory.names(), directory.latest("p")) == (["p"], 2)
    finally:
        await directory.stop()


async def test_writes_made_elsewhere_arrive_with_the_periodic_sync(engine: sa.Engine) -> None:
    store = PromptStore(engine)
    experiments = ExperimentStore(engine)
    store.push("p", text("one"), (), author="cli", label="production")
    directory = PromptDirectory(store, experiments, 0.05)
    await directory.start()
    try:
        store.push("p", text("two"), (), author="cli", label="production")  # the CLI, say
        await eventually(lambda: directory.resolve(PromptRef("p")).version == 2, 5, "the sync")
        variants = [Variant("a", 1, prompt="1"), Variant("b", 1, prompt="2")]
        experiments.create("e", "prompt", "p", variants, by="cli")
        experiments.set_status("e", "running")
        await eventually(lambda: directory.prompt_experiment("p") is not None, 5, "the start")
        experiments.set_status("e", "paused")
        await eventually(lambda: directory.prompt_experiment("p") is None, 5, "the pause")
        assert directory.model_targets == {}
    finally:
        await directory.stop()


async def test_an_older_label_never_replaces_a_newer_one(engine: sa.Engine) -> None:
    store = PromptStore(engine)
    store.push("p", text("one"), (), author="cli")
    store.push("p", text("two"), (), author="cli")
    directory = PromptDirectory(store, ExperimentStore(engine), 30)
    await directory.start()
    try:
        directory.apply(labels=[LabelState("p", "production", 2, T0 + timedelta(seconds=5))])
        directory.apply(labels=[LabelState("p", "production", 1, T0)])
        assert directory.resolve(PromptRef("p")).version == 2
    finally:
        await directory.stop()


async def test_a_whole_load_undoes_a_copy_stamped_later_than_the_store(
    engine: sa.Engine,
) -> None:
    """Newer copies win between syncs; a full load makes labels and experiments exactly what
    the store holds, so a copy stamped in the future (a writer's clock ahead) cannot stay."""
    store = PromptStore(engine)
    experiments = ExperimentStore(engine)
    store.push("p", text("one"), (), author="cli", label="production")
    store.push("p", text("two"), (), author="cli")
    experiments.create("e", "prompt", "p", [Variant("a", 1, "1"), Variant("b", 1, "2")], by="t")
    directory = PromptDirectory(store, experiments, 30)
    await directory.start()
    try:
        future = datetime.now(UTC) + timedelta(hours=1)
        directory.apply(labels=[LabelState("p", "production", 2, future)])
        running = directory.experiment("e")
        assert running is not None
        directory.apply(experiments=[replace(running, status="running", updated_at=future)])
        await directory.sync()
        assert directory.resolve(PromptRef("p")).version == 2  # a change poll keeps it
        assert directory.prompt_experiment("p") is not None
        await directory.sync(full=True)
        assert directory.resolve(PromptRef("p")).version == 1
        assert directory.prompt_experiment("p") is None
        experiment = directory.experiment("e")
        assert experiment is not None and experiment.status == "draft"
    finally:
        await directory.stop()


class _Failing:
    """A prompt source whose store is away while ``down`` is set."""

    def __init__(self, store: PromptStore) -> None:
        self.store = store
        self.down = False

    def changed_since(self, watermark: datetime | None) -> PromptChanges:
        if self.down:
            raise ConnectionError("database away")
        return self.store.changed_since(watermark)


async def test_sync_failures_are_logged_once_per_outage(engine: sa.Engine) -> None:
    source = _Failing(PromptStore(engine))
    directory = PromptDirectory(source, ExperimentStore(engine), 0.01)
    await directory.start()
    try:
        with capture_logs() as logs:
            source.down = True
            start = directory.syncs
            await asyncio.sleep(0.2)  # a stretch of failing syncs, every 10 ms
            assert directory.syncs == start
            source.down = False
            await eventually(lambda: directory.syncs > start, 5, "a sync after the outage")
        events = [e["event"] for e in logs]
        assert events.count("prompt_sync_failed") == 1
        assert events.count("prompt_sync_recovered") == 1
    finally:
        await directory.stop()


@pytest.mark.redis
async def test_news_on_redis_makes_another_directory_sync_at_once(engine: sa.Engine) -> None:
    url = redis_url_or_skip()
    store = PromptStore(engine)
    store.push("p", text("one"), (), author="cli", label="production")
    with redis_prefix(url) as prefix:
        channel = f"{prefix}prompts:changed"
        # The periodic sync every 30 s: only the news can bring the change in time.
        writer = PromptDirectory(
            store, ExperimentStore(engine), 30, channel=ChangeChannel(url, channel)
        )
        reader = PromptDirectory(
            store, ExperimentStore(engine), 30, channel=ChangeChannel(url, channel)
        )
        await writer.start()
        await reader.start()
        try:
            before = reader.syncs
            # The listener syncs once when it has subscribed: then it is listening.
            await eventually(lambda: reader.syncs > before, 5, "the reader to subscribe")
            result = store.push("p", text("two"), (), author="master", label="production")
            assert result.moved is not None
            await writer.written([result.version], [result.moved])
            took = await eventually(
                lambda: reader.resolve(PromptRef("p")).version == 2, 1, "the news"
            )
            assert took < 1
        finally:
            await writer.stop()
            await reader.stop()
