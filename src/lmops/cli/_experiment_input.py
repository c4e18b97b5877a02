"""What ``lmops experiments create`` reads: ``--variant`` specs, or an experiment file.

A variant spec is ``NAME:prompt=REF,model=GROUP,weight=W`` (any of the three keys, weight 1 by
default); REF is a version number or a label of the experiment's prompt. An experiment file
(YAML) holds the same as the options::

    prompt: support-reply        # or  model: chat-small
    control: current             # default: the first variant
    description: shorter answers
    variants:
      - {name: current, prompt: production, weight: 50}
      - {name: short, prompt: 3, model: chat-large, weight: 50}

Errors name the option, or the file, line and field, and exit 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from lmops.cli._registry import bad_input
from lmops.prompts.model import PromptRef, TargetKind, Variant
from lmops.yaml_lines import DuplicateKey, YamlProblem, read_yaml
from lmops.yaml_lines import where as key_where

__all__ = ["VARIANT_HELP", "Draft", "draft_from_file", "draft_from_options", "parse_variant"]

VARIANT_HELP = (
    "A variant, NAME:prompt=REF,model=GROUP,weight=W (repeat for each; REF is a version "
    "number or a label of the prompt; weight 1 when not given)."
)

_KEYS = ("prompt", "model", "weight")


@dataclass(frozen=True, slots=True)
class Draft:
    """An experiment to create; ``where`` says, per variant, where it was given (for errors)."""

    target_kind: TargetKind
    target: str
    variants: tuple[Variant, ...]
    control: str | None
    description: str
    source: str  # the option or file the experiment came from
    where: tuple[str, ...]


def parse_variant(spec: str, target: str | None = None) -> Variant:
    """``NAME:prompt=REF,model=GROUP,weight=W``, or exit 2 naming ``--variant``."""
    name, sep, rest = spec.partition(":")
    name = name.strip()
    if not name or not sep or not rest.strip():
        bad_input(f"--variant: {spec!r} is not NAME:prompt=REF,model=GROUP,weight=W")
    values: dict[str, str] = {}
    for part in rest.split(","):
        key, eq, value = part.partition("=")
        key = key.strip()
        if not eq or key not in _KEYS or not value.strip():
            bad_input(
                f"--variant {name}: {part.strip()!r} is not prompt=REF, model=GROUP or weight=W"
            )
        if key in values:
            bad_input(f"--variant {name}: {key} given twice")
        values[key] = value.strip()
    try:
        weight = float(values.get("weight", "1"))
    except ValueError:
        bad_input(f"--variant {name}: weight {values['weight']!r} is not a number")
    prompt = values.get("prompt")
    if prompt is not None and target is not None:
        prompt = _prompt_ref(prompt, target, f"--variant {name}")
    return Variant(name, weight, prompt=prompt, model=values.get("model"))


def _prompt_ref(text: str, target: str, where: str) -> str:
    """A variant's prompt as the store keeps it (a number or a label); ``name@label`` and
    ``name:3`` are accepted when ``name`` is the experiment's prompt."""
    if "@" not in text and ":" not in text:
        return text
    try:
        ref = PromptRef.parse(text)
    except ValueError as exc:
        bad_input(f"{where}: {exc}")
    if ref.name != target:
        bad_input(f"{where}: {text!r} is not a version of the experiment's prompt {target!r}")
    return str(ref.version) if ref.version is not None else str(ref.label)


def draft_from_options(
    prompt: str | None,
    model: str | None,
    variants: Sequence[str],
    control: str | None,
    description: str | None,
) -> Draft:
    if (prompt is None) == (model is None):
        bad_input("--prompt, --model: give one of them (the prompt or model group to split)")
    if not variants:
        bad_input("--variant: give two or more variants (or --file)")
    kind: TargetKind = "prompt" if prompt is not None else "model"
    target = prompt if prompt is not None else model
    assert target is not None  # one of the two, checked above
    parsed = tuple(parse_variant(spec, target if kind == "prompt" else None) for spec in variants)
    where = tuple(f"--variant {v.name}" for v in parsed)
    return Draft(kind, target, parsed, control, description or "", "--variant", where)


class _VariantFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    prompt: str | None = None
    model: str | None = None
    weight: float = 1.0

    @field_validator("prompt", mode="before")
    @classmethod
    def _number_as_text(cls, value: object) -> object:
        # ``prompt: 3`` in YAML is a version number, which the store keeps as text.
        return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


class _ExperimentFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str | None = None
    prompt: str | None = None
    model: str | None = None
    control: str | None = None
    description: str = ""
    variants: list[_VariantFile]


def draft_from_file(path: Path, name: str) -> Draft:
    """An experiment file (see the module's docstring); its ``name``, if any, must be NAME."""
    try:
        raw, lines = read_yaml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        bad_input(f"--file: {path}: {exc.strerror or exc}")
    except DuplicateKey as exc:
        bad_input(f"{path}:{exc.line}: {exc}")
    except YamlProblem as exc:
        bad_input(f"{path}: {exc}")

    def where(*at: str | int) -> str:
        return key_where(str(path), lines, at)

    try:
        spec = _ExperimentFile.model_validate(raw if raw is not None else {})
    except ValidationError as exc:
        err = exc.errors()[0]
        message = "unknown field" if err["type"] == "extra_forbidden" else err["msg"]
        bad_input(f"{where(*err['loc'])}: {message}")
    if spec.name is not None and spec.name != name:
        bad_input(f"{where('name')}: {spec.name!r} is not the NAME given ({name!r})")
    if (spec.prompt is None) == (spec.model is None):
        bad_input(f"{where()}: give one of 'prompt' and 'model' (what the experiment splits)")
    kind: TargetKind = "prompt" if spec.prompt is not None else "model"
    target = spec.prompt if spec.prompt is not None else spec.model
    assert target is not None  # one of the two, checked above
    variants = []
    for i, v in enumerate(spec.variants):
        prompt = v.prompt
        if prompt is not None and kind == "prompt":
            prompt = _prompt_ref(prompt, target, where("variants", i, "prompt"))
        variants.append(Variant(v.name, v.weight, prompt=prompt, model=v.model))
    places = tuple(where("variants", i) for i in range(len(variants)))
    return Draft(kind, target, tuple(variants), spec.control, spec.description, str(path), places)
