"""The eval suite file: what to run (prompts x targets x tests) and how to judge it.

A suite is YAML in promptfoo's shape::

    description: capital cities
    prompts:
      - "Answer in one word: {{ question }}"      # inline text template
      - file://prompts/capital.yaml               # a prompt file (lmops.prompts.files)
      - {ref: capital@production}                 # a registry reference: name, name@label, name:3
      - {id: chatty, messages: [{role: user, content: "{{ question }}"}]}
    targets:
      - mock                                      # a model group of the config
      - {gateway: "http://localhost:4000", api_key: "${LMOPS_KEY}", model: gpt-4o-mini}
    defaultTest:
      vars: {style: terse}
      assert: [{type: max-length, value: 200}]
    tests:
      - description: France
        vars: {question: "Capital of France?"}
        assert:
          - {type: icontains, value: paris}
          - {type: not-regex, value: "(?i)sorry", weight: 2, metric: polite}
    dataset: cases.jsonl                          # CSV or JSONL rows become tests too
    threshold: 0.9                                # pass rate for exit code 0 (default 1.0)
    options:
      concurrency: 8
      repeat: 1
      timeout: 60                                 # seconds per call
      retries: 3                                  # more tries of a call that failed
      judge: mock                                 # for llm-rubric, g-eval, judged metrics
      embeddings: embed                           # semantic metrics (default: offline MiniLM)

A plain string prompt is an inline template unless it starts with ``file://``; a registry
reference is written ``{ref: ...}`` (a bare ``name`` string would read as text). A target never
holds an upstream URL or provider key: it is a model group of the config, or a running lmops
gateway. An assertion's ``type`` is a registered metric (``lmops.evals.score.METRICS``), looked
up as written first (``not-contains`` is its own assertion), else as ``not-`` + a registered one
(negation). Values are checked at load (a regex that does not compile is refused).

``${VAR}`` (and ``${VAR:-default}``) in the suite's strings read the environment, as in
lmops.yaml; relative paths are resolved against the suite file's folder. Every error is a
:class:`SuiteError` naming the file, line and field: ``suite.yaml:12: tests.0.assert.1.type: ...``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from pydantic import ValidationError
from pydantic_core import ErrorDetails

# lmops._config_file needs lmops.config loaded before it (see its docstring).
from lmops import config as _config  # noqa: F401
from lmops._config_file import _ENV_REF, _Missing, _resolve
from lmops.config import FieldError
from lmops.evals.assertions.python import parse_target
from lmops.evals.datasets import DatasetError, read_dataset
from lmops.evals.score import JUDGED, METRICS
from lmops.evals.suite_schema import (
    AssertionModel,
    GatewayTarget,
    PromptModel,
    SuiteModel,
    resolve_type,
    suite_json_schema,
)
from lmops.prompts.files import PromptFileError, load_prompt_file
from lmops.prompts.model import ChatMessage, PromptContent, PromptRef
from lmops.prompts.templates import TemplateError, compile_prompt
from lmops.yaml_lines import YamlProblem, read_yaml, where

__all__ = [
    "Assertion",
    "Case",
    "Suite",
    "SuiteError",
    "SuiteModel",
    "SuitePrompt",
    "SuiteTest",
    "Target",
    "expand",
    "load_suite",
    "resolve_type",
    "suite_json_schema",
]

_Path = tuple[str | int, ...]
_FILE: Final = "file://"


class SuiteError(ValueError):
    """A suite that cannot be used: ``path:line: field: problem`` (one per line)."""


@dataclass(frozen=True, slots=True)
class Assertion:
    type: str  # as written
    metric_name: str  # the registered metric
    negate: bool
    value: Any = None
    threshold: float | None = None
    weight: float = 1.0
    metric: str | None = None


@dataclass(frozen=True, slots=True)
class SuitePrompt:
    """A prompt: ``content`` (inline or from ``path``), or ``ref`` to look up in the registry."""

    id: str
    content: PromptContent | None = None
    ref: PromptRef | None = None
    path: Path | None = None


@dataclass(frozen=True, slots=True)
class Target:
    """A model group: in-process from the config (``gateway`` None) or on a running gateway."""

    id: str
    model: str
    gateway: str | None = None
    api_key: str | None = field(default=None, repr=False)  # never in a traceback or log
    # What stands behind an in-process model group (its deployments, hashed), set by the
    # caller's owner: part of the result cache's key, so an edited group is not answered from
    # the old one's cache (see lmops.evals.targets.fingerprinted).
    fingerprint: str = ""


@dataclass(frozen=True, slots=True)
class SuiteTest:
    description: str
    vars: Mapping[str, Any]
    asserts: tuple[Assertion, ...]


@dataclass(frozen=True, slots=True)
class Suite:
    path: Path
    description: str
    prompts: tuple[SuitePrompt, ...]
    targets: tuple[Target, ...]
    default_test: SuiteTest
    tests: tuple[SuiteTest, ...]  # the file's tests, then the dataset's rows
    threshold: float
    concurrency: int
    repeat: int
    timeout: float
    retries: int = 3
    judge: Target | None = None  # the judge model (options.judge)
    embeddings: Target | None = None  # an embeddings model group; None: offline MiniLM
    source_hash: str = ""  # sha256 of the suite file and its dataset, hex


@dataclass(frozen=True, slots=True)
class Case:
    """One cell: a prompt on a target for a test (``defaultTest`` already merged in)."""

    prompt: SuitePrompt
    target: Target
    test: SuiteTest
    test_index: int

    @property
    def vars(self) -> Mapping[str, Any]:
        return self.test.vars

    @property
    def asserts(self) -> tuple[Assertion, ...]:
        return self.test.asserts


def load_suite(path: str | Path, environ: Mapping[str, str] | None = None) -> Suite:
    """Read, resolve and check a suite file; :class:`SuiteError` naming file, line and field."""
    path = Path(path)
    source = str(path)
    raw, lines = _yaml(path)
    _literal_keys(raw, source, lines)
    missing: list[_Missing] = []
    resolved = _resolve(raw, os.environ if environ is None else environ, (), missing)
    if missing:
        at = where(source, lines, missing[0].path)
        raise SuiteError(f"{at}: environment variable {missing[0].var} is not set")
    try:
        model = SuiteModel.model_validate(resolved)
    except ValidationError as exc:
        raise SuiteError(_describe(exc.errors(), source, lines)) from None
    base = path.parent
    prompts = tuple(_prompt(p, i, base, source, lines) for i, p in enumerate(model.prompts))
    targets = tuple(_target(t) for t in model.targets)
    _unique([p.id for p in prompts], "prompts", source, lines)
    _unique([t.id for t in targets], "targets", source, lines)
    tests = [_test(t.description, t.vars, t.assert_) for t in model.tests]
    if model.dataset is not None:
        tests.extend(_dataset(base / model.dataset, source, lines))
    if not tests:  # tests: [] and a dataset without rows: a run would have no cells
        raise SuiteError(f"{where(source, lines, ('dataset',))}: the dataset has no rows")
    _check_asserts(model, tests, base, source, lines)
    return Suite(
        path=path,
        description=model.description,
        prompts=prompts,
        targets=targets,
        default_test=_test("", model.default_test.vars, model.default_test.assert_),
        tests=tuple(tests),
        threshold=model.threshold,
        concurrency=model.options.concurrency,
        repeat=model.options.repeat,
        timeout=model.options.timeout,
        retries=model.options.retries,
        judge=None if model.options.judge is None else _target(model.options.judge),
        embeddings=None if model.options.embeddings is None else _target(model.options.embeddings),
        source_hash=_source_hash(path, None if model.dataset is None else base / model.dataset),
    )


def expand(suite: Suite) -> list[Case]:
    """Every prompt x target x test, prompts outermost; each test's vars over defaultTest's,
    defaultTest's assertions before the test's own."""
    default = suite.default_test
    merged = [
        SuiteTest(
            t.description,
            MappingProxyType({**default.vars, **t.vars}),
            (*default.asserts, *t.asserts),
        )
        for t in suite.tests
    ]
    return [
        Case(prompt, target, test, i)
        for prompt in suite.prompts
        for target in suite.targets
        for i, test in enumerate(merged)
    ]


def _source_hash(path: Path, dataset: Path | None) -> str:
    digest = hashlib.sha256(path.read_bytes())
    if dataset is not None:
        digest.update(b"\0")
        digest.update(dataset.read_bytes())
    return digest.hexdigest()


def _yaml(path: Path) -> tuple[dict[str, Any], dict[_Path, int]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise SuiteError(f"{path}: cannot read suite file: {why}") from None
    try:
        raw, lines = read_yaml(text)
    except YamlProblem as exc:
        line = "" if exc.line is None else f"{exc.line}:"
        raise SuiteError(f"{path}:{line} {exc.problem}") from None
    if not isinstance(raw, dict):
        raise SuiteError(f"{path}:1: expected a mapping of suite fields")
    return raw, lines


def _literal_keys(raw: dict[str, Any], source: str, lines: dict[_Path, int]) -> None:
    """A gateway key is read from the environment, never written in a suite (which is
    committed): ``api_key: "${LMOPS_KEY}"``."""
    targets = raw.get("targets")
    options = raw.get("options")
    places: list[tuple[_Path, Any]] = [
        (("targets", i), t) for i, t in enumerate(targets if isinstance(targets, list) else [])
    ]
    if isinstance(options, dict):
        places += [(("options", k), options.get(k)) for k in ("judge", "embeddings")]
    for place, target in places:
        key = target.get("api_key") if isinstance(target, dict) else None
        if isinstance(key, str) and not _ENV_REF.fullmatch(key.strip()):
            at = where(source, lines, (*place, "api_key"))
            raise SuiteError(f'{at}: write the key as a "${{VAR}}" reference, not in the file')


def _describe(errors: list[ErrorDetails], source: str, lines: dict[_Path, int]) -> str:
    parts = []
    for err in errors:
        loc = err["loc"]
        # A union member's name in the location ("str", "PromptModel") is not a field.
        loc = tuple(p for p in loc if p not in ("str", "object"))
        msg = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        error = err.get("ctx", {}).get("error")
        if isinstance(error, ValueError):
            msg = str(error)
        extra = error.path if isinstance(error, FieldError) else ()
        part = f"{where(source, lines, (*loc, *extra))}: {msg}"
        if part not in parts:
            parts.append(part)
    return "\n".join(parts)


def _prompt(
    given: str | PromptModel, i: int, base: Path, source: str, lines: dict[_Path, int]
) -> SuitePrompt:
    field: _Path = ("prompts", i)
    if isinstance(given, str):
        given = (
            PromptModel(file=given[len(_FILE) :])
            if given.startswith(_FILE)
            else PromptModel(text=given)
        )
    else:
        field = (*field, "file" if given.file is not None else "text" if given.text else "messages")
    if given.ref is not None:
        ref = PromptRef.parse(given.ref)
        return SuitePrompt(given.id or str(ref), ref=ref)
    if given.file is not None:
        file = base / given.file
        try:
            loaded = load_prompt_file(file)
        except PromptFileError as exc:
            raise SuiteError(f"{where(source, lines, field)}: {exc}") from None
        return SuitePrompt(given.id or given.file, content=loaded.content, path=file)
    if given.text is not None:
        content = PromptContent("text", template=given.text)
    else:
        messages = tuple(ChatMessage(m.role, m.content) for m in given.messages or ())
        content = PromptContent("chat", messages=messages)
    try:
        compile_prompt(content)
    except TemplateError as exc:
        raise SuiteError(f"{where(source, lines, field)}: {exc}") from None
    label = given.id or (given.text if given.text is not None else f"prompt {i + 1}")
    return SuitePrompt(label, content=content)


def _target(given: str | GatewayTarget) -> Target:
    if isinstance(given, str):
        return Target(given, given)
    name = given.id or f"{given.model}@{given.gateway}"
    return Target(name, given.model, given.gateway, given.api_key)


def _check_asserts(
    model: SuiteModel,
    tests: list[SuiteTest],
    base: Path,
    source: str,
    lines: dict[_Path, int],
) -> None:
    """What needs more than the assertion itself, checked at load: a judge-asking assertion
    (llm-rubric, g-eval, a grounding metric in ``mode: judge``) needs ``options.judge``; a
    ``python`` assertion's file must exist (it is imported when the cell runs)."""
    default = _test("", {}, model.default_test.assert_)
    listed: list[tuple[_Path, SuiteTest]] = [(("defaultTest",), default)]
    for i, test in enumerate(tests):
        listed.append((("tests", i) if i < len(model.tests) else ("dataset",), test))
    for place, test in listed:
        for j, a in enumerate(test.asserts):
            at = place if place == ("dataset",) else (*place, "assert", j)
            judged = a.metric_name in JUDGED or (
                isinstance(a.value, Mapping) and a.value.get("mode") == "judge"
            )
            if judged and model.options.judge is None:
                where_ = where(source, lines, at)
                raise SuiteError(f"{where_}: {a.type} asks a judge model: set options.judge")
            if a.metric_name == "python":
                file = base / parse_target(a.value)[0]
                if not file.is_file():
                    raise SuiteError(f"{where(source, lines, at)}: python: no such file: {file}")


def _unique(ids: list[str], field: str, source: str, lines: dict[_Path, int]) -> None:
    for i, name in enumerate(ids):
        if name in ids[:i]:
            at = where(source, lines, (field, i))
            raise SuiteError(f"{at}: {name!r} is listed twice (give one an id)")


def _assertion(a: AssertionModel) -> Assertion:
    name, negate = resolve_type(a.type)
    return Assertion(a.type, name, negate, a.value, a.threshold, a.weight, a.metric)


def _test(description: str, vars: dict[str, Any], asserts: list[AssertionModel]) -> SuiteTest:
    return SuiteTest(
        description, MappingProxyType(dict(vars)), tuple(_assertion(a) for a in asserts)
    )


def _dataset(path: Path, source: str, lines: dict[_Path, int]) -> list[SuiteTest]:
    if not path.is_file():
        raise SuiteError(f"{where(source, lines, ('dataset',))}: no such file: {path}")
    try:
        rows = read_dataset(path, frozenset(METRICS))
    except DatasetError as exc:
        raise SuiteError(f"{where(source, lines, ('dataset',))}: {exc}") from None
    tests = []
    for row in rows:
        asserts = []
        for column, spec in row.asserts:
            try:
                asserts.append(AssertionModel.model_validate(spec))
            except ValidationError as exc:
                err = exc.errors()[0]
                error = err.get("ctx", {}).get("error")
                msg = str(error) if isinstance(error, ValueError) else err["msg"]
                raise SuiteError(
                    f"{where(source, lines, ('dataset',))}: {path}:{row.line}: {column}: {msg}"
                ) from None
        tests.append(_test(row.description, row.vars, asserts))
    return tests
