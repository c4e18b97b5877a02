"""``lmops eval run`` and ``lmops eval init``: run a suite; write a starter suite.

``run`` exits 0 when the run's pass rate is at or above the suite's threshold (and, with
``--baseline``, nothing regressed), 1 when under it, 2 on a usage or suite error. Errored and
skipped cells count against the pass rate and are shown apart from failures.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Annotated, Literal

import sqlalchemy as sa
import typer
from rich.console import Console

from lmops.cache.embedders import EmbedderUnavailable
from lmops.cli.eval_compare import print_comparison
from lmops.cli.keys import fail, open_store
from lmops.config import Config, ConfigError, load_models
from lmops.evals.caching import Refreshing
from lmops.evals.calls import ResultCache
from lmops.evals.compare import CompareError, compare_runs
from lmops.evals.interrupt import run_interruptible
from lmops.evals.progress import progress_for
from lmops.evals.reports import print_summary, write_html, write_json, write_junit
from lmops.evals.results import RunResult
from lmops.evals.runner import run_suite
from lmops.evals.store import RunStore, StoreCache
from lmops.evals.suite import Suite, SuiteError, load_suite, suite_json_schema
from lmops.evals.targets import TargetCaller, fingerprinted
from lmops.prompts.store import PromptStore
from lmops.review.files import eval_items
from lmops.review.store import NotFound, ReviewStore
from lmops.store.db import describe_error

__all__ = ["init", "run", "schema"]

_DEFAULT_CONFIG = Path("lmops.yaml")


def run(
    suite_path: Annotated[Path, typer.Argument(metavar="SUITE", help="The suite file (YAML).")],
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            envvar="LMOPS_CONFIG",
            help="lmops.yaml: the model groups targets name, and the store runs are kept in "
            "[default: ./lmops.yaml when it exists].",
            show_default=False,
        ),
    ] = None,
    target: Annotated[
        list[str] | None,
        typer.Option("--target", "-t", help="Run only this target (its id); repeatable."),
    ] = None,
    concurrency: Annotated[
        int | None, typer.Option(min=1, help="Cells in flight at once [default: the suite's].")
    ] = None,
    repeat: Annotated[
        int | None, typer.Option(min=1, help="Run each cell N times [default: the suite's].")
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", help="Call every model again; its answers replace the cached ones."
        ),
    ] = False,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Do not keep this run in the store.")
    ] = False,
    json_file: Annotated[
        Path | None, typer.Option("--json", help="Write the run as JSON to this file.")
    ] = None,
    junit_file: Annotated[
        Path | None, typer.Option("--junit", help="Write JUnit XML (one test case per cell).")
    ] = None,
    html_file: Annotated[
        Path | None, typer.Option("--html", help="Write a self-contained HTML report.")
    ] = None,
    baseline: Annotated[
        str | None,
        typer.Option(help="A stored run to compare this one with; a regression exits 1."),
    ] = None,
    review: Annotated[
        str | None,
        typer.Option(
            "--review",
            metavar="QUEUE",
            help="Send the failed and errored cells to this review queue (lmops review).",
        ),
    ] = None,
    review_all: Annotated[
        bool,
        typer.Option("--review-all", help="With --review: send every cell, not only failures."),
    ] = False,
) -> None:
    """Run every prompt x target x test of SUITE and report; the run is stored."""
    suite = _suite(suite_path)
    config_path = config if config is not None else _DEFAULT_CONFIG
    has_config = config is not None or _DEFAULT_CONFIG.is_file()
    unknown = sorted(set(target or ()) - {t.id for t in suite.targets})
    if unknown:
        known = ", ".join(t.id for t in suite.targets)
        fail(f"--target: no target {unknown[0]!r} in {suite_path} (it has: {known})", 2)
    chosen = [t for t in suite.targets if not target or t.id in target]
    called = [*chosen, *(t for t in (suite.judge, suite.embeddings) if t is not None)]
    in_process = [t.id for t in called if t.gateway is None]
    if not has_config:
        if in_process:
            fail(
                f"{suite_path}: {in_process[0]!r} is a model group: give the config that "
                "defines it (--config lmops.yaml)",
                2,
            )
        if _has_refs(suite):
            fail(
                f"{suite_path}: registry prompts are read from the config's store: give --config", 2
            )
        if baseline is not None:
            fail("--baseline: runs are kept in the config's store: give --config", 2)
        if review is not None:
            fail("--review: review queues are kept in the config's store: give --config", 2)
        no_store = True  # nowhere to keep it: the run is reported, not stored
    config_obj = _models(config_path) if in_process else None
    caller = TargetCaller(config_obj)
    try:
        caller.check(called)
    except ValueError as exc:
        fail(f"{suite_path}: {exc}", 2)
    settings = _Settings(
        targets=target or None,
        concurrency=concurrency,
        repeat=repeat,
        cache="refresh" if no_cache else "use",
        store=not no_store,
    )
    with ExitStack() as stack:
        engine = stack.enter_context(_store(config_path)) if has_config else None
        base = _baseline(engine, baseline)
        queue = _review_queue(engine, review)
        prompts = PromptStore(engine) if engine is not None else None
        if prompts is not None:
            _check_refs(suite, prompts)
        result = _run(fingerprinted(suite, config_obj), caller, engine, prompts, settings)
        out = Console()
        print_summary(result, out)
        _write_reports(result, json_file, junit_file, html_file)  # before the store: CI gets them
        if engine is not None and settings.store:
            _save(engine, result)
            out.print(f"run {result.id} stored: lmops eval show {result.id}", soft_wrap=True)
        if engine is not None and queue is not None:
            _send_to_review(engine, queue, result, review_all, out)
        regressed = base is not None and _compare(base, result, out)
    raise typer.Exit(0 if result.ok and not regressed else 1)


@dataclass(frozen=True, slots=True)
class _Settings:
    targets: list[str] | None
    concurrency: int | None
    repeat: int | None
    cache: Literal["use", "refresh"]
    store: bool


def _run(
    suite: Suite,
    caller: TargetCaller,
    engine: sa.Engine | None,
    prompts: PromptStore | None,
    s: _Settings,
) -> RunResult:
    cache: ResultCache | None = None
    if engine is not None:
        cache = StoreCache(engine) if s.cache == "use" else Refreshing(StoreCache(engine))

    async def main() -> RunResult:
        try:
            return await run_suite(
                suite,
                caller,
                cache=cache,
                resolve_ref=None if prompts is None else prompts.get,
                targets=s.targets,
                concurrency=s.concurrency,
                repeat=s.repeat,
                progress=progress_for(),
            )
        finally:
            await caller.aclose()

    return run_interruptible(main())


@contextmanager
def _store(config_path: Path) -> Iterator[sa.Engine]:
    """The config's store, migrated; one that cannot be opened exits 2 (1 is a verdict)."""
    try:
        with open_store(config_path) as store:
            yield store.engine
    except typer.Exit as exc:
        raise typer.Exit(2 if exc.exit_code == 1 else exc.exit_code) from None


def _baseline(engine: sa.Engine | None, run_id: str | None) -> RunResult | None:
    """The ``--baseline`` run, read before the run is paid for."""
    if run_id is None or engine is None:
        return None
    try:
        return RunStore(engine).get(run_id)
    except KeyError as exc:
        fail(f"--baseline: {exc.args[0] if exc.args else exc}", 2)
    except sa.exc.SQLAlchemyError as exc:
        fail(f"--baseline: cannot read the eval runs: {describe_error(exc, engine)}", 2)


def _review_queue(engine: sa.Engine | None, name: str | None) -> str | None:
    """The ``--review`` queue, checked before the run is paid for."""
    if name is None or engine is None:
        return None
    try:
        ReviewStore(engine).queue(name)
    except NotFound as exc:
        fail(f"--review: {exc} (lmops review create)", 2)
    except sa.exc.SQLAlchemyError as exc:
        fail(f"--review: cannot read the review queues: {describe_error(exc, engine)}", 2)
    return name


def _send_to_review(
    engine: sa.Engine, queue: str, result: RunResult, every_cell: bool, out: Console
) -> None:
    try:
        added, _ = ReviewStore(engine).add_items(queue, eval_items(result, every_cell=every_cell))
    except sa.exc.SQLAlchemyError as exc:
        fail(f"the cells were not sent to review: {describe_error(exc, engine)}", 2)
    out.print(f"{added} cells sent to review queue {queue}: lmops review items {queue}")


def _check_refs(suite: Suite, prompts: PromptStore) -> None:
    """A registry prompt that does not resolve is a usage error, found before any call."""
    for prompt in suite.prompts:
        if prompt.ref is None:
            continue
        try:
            prompts.get(prompt.ref)
        except LookupError as exc:
            fail(f"{suite.path}: prompt {prompt.id!r}: {exc.args[0] if exc.args else exc}", 2)


def _save(engine: sa.Engine, run: RunResult) -> None:
    try:
        RunStore(engine).save(run)
    except sa.exc.SQLAlchemyError as exc:
        fail(f"the run was reported but not stored: {describe_error(exc, engine)}", 2)


def _models(path: Path) -> Config:
    """The config's model groups (its master key and other settings need not be set)."""
    try:
        return load_models(path)
    except ConfigError as exc:
        fail(str(exc), 2)


def _has_refs(suite: Suite) -> bool:
    return any(p.ref is not None for p in suite.prompts)


def _write_reports(
    run: RunResult, json_file: Path | None, junit_file: Path | None, html_file: Path | None
) -> None:
    for option, path, write in (
        ("--json", json_file, write_json),
        ("--junit", junit_file, write_junit),
        ("--html", html_file, write_html),
    ):
        if path is None:
            continue
        try:
            write(run, path)
        except OSError as exc:
            fail(f"{option} {path}: cannot write: {exc.strerror or exc}", 2)


def _compare(base: RunResult, run: RunResult, out: Console) -> bool:
    """Print the comparison with the ``--baseline`` run; True on a regression."""
    try:
        comparison = compare_runs(base, run)
    except (CompareError, EmbedderUnavailable) as exc:
        fail(f"--baseline: {exc}", 2)
    print_comparison(comparison, out, baseline=base, new=run)
    return comparison.regression


def init(
    path: Annotated[
        Path, typer.Argument(help="Where to write the suite.", show_default=True)
    ] = Path("suite.yaml"),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented example suite that runs as written against a config's mock model."""
    if path.exists() and not force:
        fail(f"{path} exists (--force overwrites it)", 2)
    text = files("lmops.evals").joinpath("templates/suite.yaml").read_text(encoding="utf-8")
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"{path}: cannot write: {exc.strerror}", 2)
    typer.echo(f"wrote {path}; run it with: lmops eval run {path} --config lmops.yaml")


def schema() -> None:
    """Print the JSON Schema of an eval suite file (for editors; generated from its models)."""
    typer.echo(json.dumps(suite_json_schema(), indent=2))


def _suite(path: Path) -> Suite:
    try:
        return load_suite(path)
    except SuiteError as exc:
        fail(str(exc), 2)
