"""The ``python`` assertion: a scoring function from a file the suite names, run in-process.

``value: "checks.py:is_polite"`` (a path relative to the suite's folder, ``file://`` allowed as
in promptfoo; without ``:name`` the function is ``get_assert``, promptfoo's default). The
function is called as ``fn(output, context)``, ``context`` being a dict with ``vars``,
``prompt``, ``reference``, ``latency_ms`` and ``cost_usd``, and returns:

* a bool: value 1.0 or 0.0, passed as returned;
* a number in 0..1: the value; it passes when above 0 (promptfoo's rule), or at a threshold;
* a dict ``{"pass": bool, "score": number in 0..1, "reason": str}``: at least one of ``pass``
  and ``score``; a missing ``score`` is 1.0 or 0.0 by ``pass``, a missing ``pass`` is
  ``score > 0``. Other keys are ignored.

Anything else (None, NaN, a number outside 0..1, a string), a function that raises, and a file
that cannot be loaded (missing, a syntax error, an import that fails, no such function) is a
:class:`~lmops.evals.score.ScoreError`: ERROR, counted apart from failures. The value's shape is
checked when the suite loads (:func:`parse_target`); the file itself only when the assertion
first runs, since a load-time check sees the value but not the suite's folder.

This is the user's own code with the runner's privileges: it is trusted as the suite file is.
A file is loaded once per process and again when it changes (path, size and mtime are the
cache key); it runs on the runner's worker thread, so a function must be thread-safe.
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import sys
import threading
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Final

from lmops.evals.score import Score, ScoreError, metric

__all__ = ["DEFAULT_FUNCTION", "load_function", "parse_target", "python_assertion", "to_score"]

DEFAULT_FUNCTION: Final = "get_assert"
_FILE: Final = "file://"
_load_lock = threading.Lock()


def parse_target(value: Any) -> tuple[str, str]:
    """``(file, function)`` from ``"path.py:function"`` (or ``"path.py"``); ValueError naming
    what is wrong."""
    if not isinstance(value, str) or not value.strip():
        raise ValueError('python needs a value "file.py:function"')
    target = value.strip().removeprefix(_FILE)
    file, sep, name = target.rpartition(":")
    if not sep or not file.endswith(".py"):
        file, name = target, DEFAULT_FUNCTION
    if not file.endswith(".py"):
        raise ValueError(f'python needs a .py file, "file.py:function"; got {value!r}')
    if not name.isidentifier():
        raise ValueError(f"python: {name!r} is not a function name")
    return file, name


@lru_cache(maxsize=64)
def _load_module(path: str, _size: int, _mtime_ns: int) -> ModuleType:
    # A name of its own per file, registered while it runs so that dataclasses and pickling in
    # it can find their module; each version of the file replaces the last.
    name = "lmops_python_assertion_" + hashlib.sha256(path.encode()).hexdigest()[:16]
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ScoreError(f"python: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except SyntaxError as exc:
        sys.modules.pop(name, None)
        raise ScoreError(f"python: {path}:{exc.lineno}: syntax error: {exc.msg}") from None
    except Exception as exc:
        sys.modules.pop(name, None)
        raise ScoreError(f"python: loading {path} raised {type(exc).__name__}: {exc}") from exc
    return module


def load_function(path: Path, name: str) -> Callable[..., Any]:
    """Function ``name`` of the Python file at ``path``, loaded once per version of the file;
    ScoreError when the file cannot be read or run, or has no such function."""
    try:
        stat = path.stat()
    except OSError as exc:
        raise ScoreError(f"python: cannot read {path}: {exc.strerror}") from None
    if not path.is_file():
        raise ScoreError(f"python: {path} is not a file")
    # One load at a time: the user's module runs once even when many cells start together.
    with _load_lock:
        module = _load_module(str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    fn = getattr(module, name, None)
    if not callable(fn):
        defined = sorted(
            n for n, v in vars(module).items() if callable(v) and not n.startswith("_")
        )
        raise ScoreError(f"python: {path} has no function {name!r}; it defines {defined}")
    return fn  # type: ignore[no-any-return]


def _fraction(got: Any, what: str) -> float:
    if isinstance(got, bool) or not isinstance(got, int | float):
        raise ScoreError(f"{what} must be a number in 0..1, not {type(got).__name__}")
    if not math.isfinite(got) or not 0.0 <= got <= 1.0:
        raise ScoreError(f"{what} must be a number in 0..1, not {got!r}")
    return float(got)


def to_score(result: Any, where: str) -> Score:
    """The Score a user's function's ``result`` stands for (module doc); ScoreError, naming
    ``where``, for anything else."""
    if hasattr(result, "item") and not isinstance(result, Mapping):
        result = result.item()  # a numpy scalar
    if isinstance(result, bool):
        return Score(float(result), result, f"{where} returned {result}")
    if isinstance(result, int | float):
        value = _fraction(result, f"{where}'s score")
        return Score(value, value > 0.0, f"{where} returned {value:g}")
    if isinstance(result, Mapping):
        passed, score, reason = result.get("pass"), result.get("score"), result.get("reason")
        if passed is None and score is None:
            raise ScoreError(f'{where} returned a dict without "pass" or "score"')
        if passed is not None and not isinstance(passed, bool):
            raise ScoreError(f'{where}\'s "pass" must be true or false, not {passed!r}')
        value = float(bool(passed)) if score is None else _fraction(score, f"{where}'s score")
        verdict = value > 0.0 if passed is None else passed
        text = reason if isinstance(reason, str) and reason else f"{where} scored {value:g}"
        return Score(value, verdict, text)
    raise ScoreError(
        f"{where} returned {type(result).__name__}; return a bool, a number in 0..1 "
        'or {"pass", "score", "reason"}'
    )


@metric("python", slow=True, check=parse_target)
def python_assertion(
    output: str,
    *,
    value: Any = None,
    base_dir: str | Path | None = None,
    vars: Mapping[str, Any] | None = None,
    prompt: str | None = None,
    reference: str | None = None,
    latency_ms: float | None = None,
    cost_usd: float | None = None,
    **_: Any,
) -> Score:
    """Score ``output`` with the user's function named by ``value`` (module doc)."""
    try:
        file, name = parse_target(value)
    except ValueError as exc:
        raise ScoreError(str(exc)) from None
    path = Path(base_dir or ".") / file
    fn = load_function(path, name)
    context = {
        "vars": dict(vars or {}),
        "prompt": prompt,
        "reference": reference,
        "latency_ms": latency_ms,
        "cost_usd": cost_usd,
    }
    where = f"{file}:{name}"
    try:
        result = fn(output, context)
    except Exception as exc:
        raise ScoreError(f"python: {where} raised {type(exc).__name__}: {exc}") from exc
    return to_score(result, where)
