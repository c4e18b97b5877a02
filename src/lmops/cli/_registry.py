"""What ``lmops prompts`` and ``lmops experiments`` share: the open registry and how its errors
leave the command line.

Exit statuses follow ``lmops keys``: 1 when the store says no (an unknown prompt, label,
version or experiment; a change that breaks a rule, such as starting a stopped experiment),
2 for input the command cannot use (a prompt file, an option's value, a template that needs a
variable nobody gave), like Typer's own usage errors and the config's errors. Every message
names the file, line, field, option or argument at fault.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TypeVar

import sqlalchemy as sa

from lmops.cli.keys import fail, open_store
from lmops.prompts.experiment_store import ExperimentStore
from lmops.prompts.model import PromptRef
from lmops.prompts.store import PromptStore, UnusableVersion
from lmops.store.db import describe_error
from lmops.store.keys import Conflict

__all__ = ["AUTHOR", "Registry", "bad_input", "open_registry", "parse_ref", "version_ref"]

T = TypeVar("T")

# Who the store records as the author of versions pushed and labels moved from here.
AUTHOR = "cli"


def bad_input(message: str) -> NoReturn:
    """Print ``error: message`` on stderr and exit 2 (input the command cannot use)."""
    fail(message, 2)


@dataclass(frozen=True, slots=True)
class Registry:
    """The prompt and experiment stores of one command."""

    engine: sa.Engine
    prompts: PromptStore
    experiments: ExperimentStore

    def run(self, call: Callable[[], T], where: str | None = None) -> T:
        """``call()``; the store's refusals exit 1, invalid values 2, each message prefixed
        with ``where`` (the option or argument at fault) when given."""
        prefix = f"{where}: " if where else ""
        try:
            return call()
        except LookupError as exc:  # NotFound, or an experiment's unknown variant (KeyError)
            fail(f"{prefix}{_text(exc)}")
        except (Conflict, UnusableVersion) as exc:  # the store's say, not the input's fault
            fail(f"{prefix}{exc}")
        except ValueError as exc:
            bad_input(f"{prefix}{exc}")
        except sa.exc.SQLAlchemyError as exc:
            fail(f"store error: {describe_error(exc, self.engine)}")


def _text(exc: LookupError) -> str:
    # KeyError's str() quotes its message; the others' is the message itself.
    return str(exc.args[0]) if exc.args else str(exc)


@contextmanager
def open_registry(config_path: Path) -> Iterator[Registry]:
    """The config's store, migrated to the current schema (the database URL is all it reads
    from the config, so the gateway's other variables need not be set)."""
    with open_store(config_path) as store:
        engine = store.engine
        yield Registry(engine, PromptStore(engine), ExperimentStore(engine))


def parse_ref(text: str, where: str) -> PromptRef:
    """``NAME``, ``NAME@LABEL`` or ``NAME:VERSION``, or exit 2 naming ``where``."""
    try:
        return PromptRef.parse(text)
    except ValueError as exc:
        bad_input(f"{where}: {exc}")


def version_ref(name: str, text: str, where: str) -> PromptRef:
    """A version of ``name`` given as a number (``3``) or a label (``staging``, ``latest``)."""
    text = text.strip()
    if text.isdigit():
        return parse_ref(f"{name}:{text}", where)
    return parse_ref(f"{name}@{text}", where)
