"""The prompts and experiments a gateway serves from: an in-memory snapshot of the store.

The request path resolves a prompt reference and finds a running experiment with dictionary
lookups, never a database round trip. The snapshot is loaded at start and kept fresh by a
background task that asks the stores for what changed since its last look (one indexed query
each, in a worker thread) every ``interval`` seconds, and at once when told that something
changed: by a write through this process (:meth:`PromptDirectory.apply`, then
:meth:`PromptDirectory.changed`), or by another replica through a :class:`ChangeChannel`. The
periodic sync is the backstop: it brings writes made by the CLI, and news lost while Redis was
away. A full reload now and then bounds what a writer's skewed clock could hide from the
change poll.

Versions are immutable, so a version once loaded never changes; labels and experiments carry
the time of their last change, and an older copy never replaces a newer one.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

import structlog

from lmops.prompts.changes import ChangeChannel
from lmops.prompts.model import (
    DEFAULT_LABEL,
    LATEST,
    Experiment,
    LabelMove,
    PromptRef,
    PromptVersion,
)
from lmops.prompts.store import LabelState, PromptChanges
from lmops.prompts.templates import CompiledPrompt, TemplateCache
from lmops.store.keys import NotFound

__all__ = ["ExperimentSource", "PromptDirectory", "PromptSource"]

log = structlog.get_logger("lmops.prompts")

_FULL_SYNC_EVERY = 60.0  # seconds


class PromptSource(Protocol):
    """What the directory reads prompts from (``lmops.prompts.store.PromptStore``)."""

    def changed_since(self, watermark: datetime | None) -> PromptChanges: ...


class ExperimentSource(Protocol):
    """What the directory reads experiments from (``ExperimentStore``)."""

    def changed_since(self, watermark: datetime | None) -> tuple[list[Experiment], datetime]: ...


@dataclass(slots=True)
class _Prompt:
    versions: dict[int, PromptVersion] = field(default_factory=dict)
    latest: int = 0
    labels: dict[str, LabelState] = field(default_factory=dict)
    updated_at: datetime | None = None


class PromptDirectory:
    """Prompt versions, labels and experiments, as of the last sync (or write here)."""

    def __init__(
        self,
        prompts: PromptSource,
        experiments: ExperimentSource,
        interval: float,
        *,
        channel: ChangeChannel | None = None,
        cache_size: int = 1024,
    ) -> None:
        self._prompt_source = prompts
        self._experiment_source = experiments
        self._interval = interval
        self._channel = channel
        self._templates = TemplateCache(cache_size)
        self._prompts: dict[str, _Prompt] = {}
        self._experiments: dict[str, Experiment] = {}
        # Running experiments by what they split: read on the request path.
        self._by_prompt: dict[str, Experiment] = {}
        self._by_model: dict[str, Experiment] = {}
        self._prompt_mark: datetime | None = None
        self._experiment_mark: datetime | None = None
        self._wake = asyncio.Event()
        self._tasks: list[asyncio.Task[None]] = []
        self.syncs = 0  # completed syncs (tests and metrics read it)
        self._failing = False  # the first load failed: its warning is given

    # -- the request path ------------------------------------------------------------------

    def resolve(self, ref: PromptRef) -> PromptVersion:
        """The version ``ref`` names; NotFound naming the prompt, label or version."""
        prompt = self._prompts.get(ref.name)
        if prompt is None:
            raise NotFound(f"prompt {ref.name!r} does not exist")
        if ref.version is not None:
            number = ref.version
        elif ref.label is None:
            state = prompt.labels.get(DEFAULT_LABEL)
            number = state.version if state is not None else prompt.latest
        elif ref.label == LATEST:
            number = prompt.latest
        else:
            state = prompt.labels.get(ref.label)
            if state is None:
                raise NotFound(f"prompt {ref.name!r} has no label {ref.label!r}")
            number = state.version
        version = prompt.versions.get(number)
        if version is None:
            raise NotFound(f"prompt {ref.name!r} has no version {number}")
        return version

    def compiled(self, version: PromptVersion) -> CompiledPrompt:
        """The version's compiled templates (compiled once, then cached)."""
        return self._templates.get(version)

    def prompt_experiment(self, name: str) -> Experiment | None:
        """The running experiment that splits prompt ``name``'s traffic, if any."""
        return self._by_prompt.get(name)

    def model_experiment(self, group: str) -> Experiment | None:
        """The running experiment that splits model group ``group``'s traffic, if any."""
        return self._by_model.get(group)

    @property
    def model_targets(self) -> Mapping[str, Experiment]:
        """Running model experiments by model group (a cheap ``in`` for every request)."""
        return self._by_model

    # -- reads for the API -----------------------------------------------------------------

    def names(self) -> list[str]:
        return sorted(self._prompts)

    def labels(self, name: str) -> dict[str, int]:
        """Where the prompt's labels point (``latest`` not included); {} if unknown."""
        prompt = self._prompts.get(name)
        if prompt is None:
            return {}
        return {label: state.version for label, state in sorted(prompt.labels.items())}

    def latest(self, name: str) -> int | None:
        prompt = self._prompts.get(name)
        return prompt.latest if prompt is not None else None

    def updated_at(self, name: str) -> datetime | None:
        prompt = self._prompts.get(name)
        return prompt.updated_at if prompt is not None else None

    def experiment(self, name: str) -> Experiment | None:
        return self._experiments.get(name)

    # -- keeping it fresh ------------------------------------------------------------------

    def apply(
        self,
        versions: Iterable[PromptVersion] = (),
        labels: Iterable[LabelState] = (),
        experiments: Iterable[Experiment] = (),
    ) -> None:
        """Take newer records: from a sync, or from a write through this process."""
        for version in versions:
            prompt = self._prompts.setdefault(version.name, _Prompt())
            prompt.versions[version.version] = version
            prompt.latest = max(prompt.latest, version.version)
            prompt.updated_at = _later(prompt.updated_at, version.created_at)
        for state in labels:
            prompt = self._prompts.setdefault(state.name, _Prompt())
            old = prompt.labels.get(state.label)
            if old is not None and old.updated_at > state.updated_at:
                continue  # an older copy than the one already applied
            prompt.labels[state.label] = state
            prompt.updated_at = _later(prompt.updated_at, state.updated_at)
        touched = False
        for experiment in experiments:
            old_experiment = self._experiments.get(experiment.name)
            if old_experiment is not None and old_experiment.updated_at > experiment.updated_at:
                continue
            self._experiments[experiment.name] = experiment
            touched = True
        if touched:
            self._index_experiments()

    def _replace(
        self,
        versions: Iterable[PromptVersion],
        labels: Iterable[LabelState],
        experiments: Iterable[Experiment],
    ) -> None:
        """A whole load: labels and experiments become exactly what the store holds. Newer
        copies win in :meth:`apply`, so a copy stamped later than the store's row (a writer's
        clock ahead, a write that waited for a lock) would otherwise stay until a restart."""
        self.apply(versions)
        fresh: dict[str, dict[str, LabelState]] = {}
        for state in labels:
            fresh.setdefault(state.name, {})[state.label] = state
        for name, prompt in self._prompts.items():
            prompt.labels = fresh.pop(name, {})
            for state in prompt.labels.values():
                prompt.updated_at = _later(prompt.updated_at, state.updated_at)
        for name, states in fresh.items():  # labels of versions that were not loaded
            self._prompts.setdefault(name, _Prompt()).labels = states
        self._experiments = {experiment.name: experiment for experiment in experiments}
        self._index_experiments()

    def _index_experiments(self) -> None:
        by_prompt: dict[str, Experiment] = {}
        by_model: dict[str, Experiment] = {}
        for experiment in self._experiments.values():
            if experiment.status != "running":
                continue
            index = by_prompt if experiment.target_kind == "prompt" else by_model
            index[experiment.target] = experiment
        # Swapped whole: a request never sees an index half rebuilt.
        self._by_prompt, self._by_model = by_prompt, by_model

    async def sync(self, *, full: bool = False) -> None:
        """Load what changed since the last sync (everything the first time, or if ``full``)."""
        prompt_mark = None if full else self._prompt_mark
        experiment_mark = None if full else self._experiment_mark
        changes, (experiments, experiment_watermark) = await asyncio.to_thread(
            self._fetch, prompt_mark, experiment_mark
        )
        if prompt_mark is None and experiment_mark is None:
            self._replace(changes.versions, changes.labels, experiments)
        else:
            self.apply(changes.versions, changes.labels, experiments)
        self._prompt_mark = _later(self._prompt_mark, changes.watermark)
        self._experiment_mark = _later(self._experiment_mark, experiment_watermark)
        self.syncs += 1

    def _fetch(
        self, prompt_mark: datetime | None, experiment_mark: datetime | None
    ) -> tuple[PromptChanges, tuple[list[Experiment], datetime]]:
        return (
            self._prompt_source.changed_since(prompt_mark),
            self._experiment_source.changed_since(experiment_mark),
        )

    def wake(self) -> None:
        """Sync now rather than at the next interval (news from another replica)."""
        self._wake.set()

    async def written(
        self,
        versions: Iterable[PromptVersion] = (),
        moves: Iterable[LabelMove | None] = (),
        experiments: Iterable[Experiment] = (),
    ) -> None:
        """A write through this process (the admin API, the dashboard): take it here at once,
        and tell the other replicas. A move of None (a label already there) changes nothing."""
        labels = [LabelState(m.name, m.label, m.to_version, m.moved_at) for m in moves if m]
        self.apply(versions, labels, experiments)
        if self._channel is not None:
            await self._channel.publish()

    async def start(self) -> None:
        """Load everything, then keep it fresh (and listen for news, with a channel).

        A store that cannot be read now does not stop the start (the gateway serves inline
        messages without it): the background sync keeps trying and loads it when it can."""
        try:
            await self.sync()
        except Exception as exc:
            log.warning("prompt_sync_failed", error=type(exc).__name__, detail=str(exc))
            self._failing = True
        self._tasks.append(asyncio.create_task(self._run(), name="lmops-prompt-sync"))
        if self._channel is not None:
            listener = self._channel.listen(self.wake)
            self._tasks.append(asyncio.create_task(listener, name="lmops-prompt-changes"))

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks.clear()
        if self._channel is not None:
            await self._channel.close()

    async def _run(self) -> None:
        failing = self._failing
        next_full = time.monotonic() + _FULL_SYNC_EVERY
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._interval)
            # Cleared before the sync: news that comes during it asks for another one.
            self._wake.clear()
            try:
                full = time.monotonic() >= next_full
                await self.sync(full=full)
                if full:
                    next_full = time.monotonic() + _FULL_SYNC_EVERY
            except Exception as exc:
                if not failing:  # once per outage, not every interval
                    log.warning("prompt_sync_failed", error=type(exc).__name__, detail=str(exc))
                failing = True
            else:
                if failing:
                    log.info("prompt_sync_recovered")
                failing = False


def _later(a: datetime | None, b: datetime) -> datetime:
    return b if a is None or b > a else a
