"""Experiment assignment and the shape rules every experiment obeys.

Assignment: BLAKE2b of the unit (the request's ``user``, else the ``x-lmops-user`` header, else
the request id) keyed by the experiment's salt, 8 bytes read as an unsigned big-endian integer
and divided by 2**64, gives a number ``u`` uniform in [0, 1). The variants, in their stored
order, own consecutive slices of [0, 1) proportional to their weights; the unit gets the variant
whose slice holds ``u``. The hash has no per-process seed (unlike Python's ``hash()``), so every
process and every restart assigns a unit alike; the same weights keep every unit where it was,
and a new salt reshuffles them all.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from lmops.prompts.model import (
    Experiment,
    PromptRef,
    TargetKind,
    Variant,
    check_label,
    check_name,
)
from lmops.store.records import CONTROL_CHARS

__all__ = [
    "MAX_SCORE",
    "assign",
    "check_experiment",
    "check_feedback",
    "check_references",
    "check_variant_prompt",
    "draw",
    "unit_of",
    "variant_ref",
    "variants_from_json",
]

MAX_SCORE = 5.0  # feedback scores are 0..1 or 1..5
_MAX_FEEDBACK_LABEL = 200
_MAX_COMMENT = 10_000
_MAX_REQUEST_ID = 64
_TWO_64 = float(2**64)
TARGET_KINDS: tuple[TargetKind, ...] = ("prompt", "model")


def draw(salt: str, unit: str) -> float:
    """The unit's position in [0, 1) under ``salt``."""
    digest = hashlib.blake2b(unit.encode(), key=salt.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") / _TWO_64


def assign(experiment: Experiment, unit: str) -> Variant:
    """The variant ``unit`` gets in ``experiment`` (whatever its status)."""
    return _pick(experiment.variants, draw(experiment.salt, unit))


def _pick(variants: Sequence[Variant], u: float) -> Variant:
    point = u * sum(v.weight for v in variants)
    total = 0.0
    for variant in variants:
        total += variant.weight
        if point < total:
            return variant
    # Rounding in the running sum can leave the very top of the range to no slice.
    return variants[-1]


def unit_of(user: str | None, header_user: str | None, request_id: str) -> str:
    """The assignment unit: the body's ``user``, else the ``x-lmops-user`` header, else the
    request id (empty strings count as absent)."""
    for unit in (user, header_user):
        if isinstance(unit, str) and unit:
            return unit
    return request_id


def check_variant_prompt(prompt: str, where: str = "prompt") -> str:
    """A variant's prompt reference: a version number (``"3"``), a label, or ``latest``."""
    if isinstance(prompt, str) and prompt.isascii() and prompt.isdigit():
        if len(prompt) > 9 or int(prompt) < 1:
            raise ValueError(f"{where}: invalid version {prompt!r}: use 1, 2, ...")
        return str(int(prompt))
    try:
        return check_label(prompt, settable=False)
    except ValueError as exc:
        raise ValueError(f"{where}: {exc} (or a version number)") from exc


def _check_variant(variant: Variant, index: int, target_kind: TargetKind) -> Variant:
    where = f"variants[{index}]"
    if not isinstance(variant, Variant):
        raise ValueError(f"{where}: must be a Variant, not {type(variant).__name__}")
    try:
        check_label(variant.name, settable=False)
    except ValueError as exc:
        raise ValueError(f"{where}.name: {exc}") from exc
    weight = variant.weight
    if isinstance(weight, bool) or not isinstance(weight, int | float):
        raise ValueError(f"{where}.weight: must be a number, not {type(weight).__name__}")
    if not math.isfinite(weight) or weight <= 0:
        raise ValueError(f"{where}.weight: must be a finite number > 0, not {weight!r}")
    prompt = variant.prompt
    if prompt is not None:
        if target_kind == "model":
            raise ValueError(f"{where}.prompt: a model experiment's variant sets only 'model'")
        prompt = check_variant_prompt(prompt, f"{where}.prompt")
    if variant.model is not None:
        _check_model(variant.model, f"{where}.model")
    elif target_kind == "model":
        raise ValueError(f"{where}.model: a model experiment's variant must set 'model'")
    elif prompt is None:
        raise ValueError(f"{where}: a prompt experiment's variant sets 'prompt', 'model' or both")
    return Variant(variant.name, float(weight), prompt, variant.model)


def _check_model(model: object, where: str) -> str:
    if not isinstance(model, str) or not model.strip() or len(model) > 200:
        raise ValueError(f"{where}: must be a model group name of 1 to 200 characters")
    if CONTROL_CHARS.search(model):
        raise ValueError(f"{where}: must not contain control characters")
    return model


def check_experiment(
    name: str,
    target_kind: TargetKind,
    target: str,
    variants: Sequence[Variant],
    control: str | None = None,
) -> tuple[tuple[Variant, ...], str]:
    """The variants (weights as floats, version numbers normalised) and the control's name of a
    well-formed experiment, else ValueError naming the field (``variants[1].weight``).

    Rules: at least two variants with unique names (label syntax); weights finite and > 0; the
    control is one of them (default: the first); a prompt experiment's variants set ``prompt``
    (a version number, a label or ``latest``) and/or ``model``, a model experiment's set
    ``model`` and no ``prompt``.
    """
    check_name(name, "experiment name")
    if target_kind not in TARGET_KINDS:
        raise ValueError(f"target_kind: must be 'prompt' or 'model', not {target_kind!r}")
    if target_kind == "prompt":
        try:
            check_name(target, "prompt name")
        except ValueError as exc:
            raise ValueError(f"target: {exc}") from exc
    else:
        _check_model(target, "target")
    if isinstance(variants, str | bytes) or len(variants) < 2:
        raise ValueError("variants: an experiment needs at least two variants")
    checked = tuple(_check_variant(v, i, target_kind) for i, v in enumerate(variants))
    seen: set[str] = set()
    for index, variant in enumerate(checked):
        if variant.name in seen:
            raise ValueError(f"variants[{index}].name: {variant.name!r} is used twice")
        seen.add(variant.name)
    if not math.isfinite(sum(v.weight for v in checked)):
        raise ValueError("variants: the weights must add up to a finite number")
    if control is None:
        control = checked[0].name
    elif control not in seen:
        known = ", ".join(v.name for v in checked)
        raise ValueError(f"control: {control!r} is not one of the variants ({known})")
    return checked, control


def variant_ref(target: str, prompt: str) -> PromptRef:
    """The reference a variant's ``prompt`` (a version number or a label) of ``target`` means."""
    if prompt.isdigit():
        return PromptRef(target, version=int(prompt))
    return PromptRef(target, label=prompt)


def check_references(
    target_kind: TargetKind,
    target: str,
    variants: Sequence[Variant],
    resolve: Callable[[PromptRef], object],
    known_model: Callable[[str], bool],
) -> None:
    """What an experiment names exists: its prompt (``resolve`` raises NotFound) with each
    variant's version or label, and every model group; else ValueError naming the field."""
    if target_kind == "model" and not known_model(target):
        raise ValueError(f"target: {target!r} is not a model group of this gateway")
    for i, variant in enumerate(variants):
        if variant.model is not None and not known_model(variant.model):
            raise ValueError(
                f"variants[{i}].model: {variant.model!r} is not a model group of this gateway"
            )
        if target_kind == "prompt":
            prompt = variant.prompt
            ref = PromptRef(target) if prompt is None else variant_ref(target, prompt)
            try:
                resolve(ref)
            except LookupError as exc:
                field = "target" if variant.prompt is None else f"variants[{i}].prompt"
                raise ValueError(f"{field}: {exc.args[0] if exc.args else exc}") from None


def variants_from_json(data: Any) -> list[Variant]:
    """Variants from JSON values (a list of objects with ``name``, ``weight``, and optional
    ``prompt`` and ``model``); ValueError naming the field. Shape rules are
    :func:`check_experiment`'s."""
    if not isinstance(data, list):
        raise ValueError("variants: must be a list of objects")
    out: list[Variant] = []
    for index, item in enumerate(data):
        where = f"variants[{index}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{where}: must be an object")
        unknown = sorted(set(item) - {"name", "weight", "prompt", "model"})
        if unknown:
            raise ValueError(f"{where}.{unknown[0]}: unknown field")
        for key in ("name", "weight"):
            if key not in item:
                raise ValueError(f"{where}.{key}: required")
        for key in ("name", "prompt", "model"):
            value = item.get(key)
            if value is not None and not isinstance(value, str):
                # A bare number is a natural way to write a version: take it as its text.
                if key == "prompt" and isinstance(value, int) and not isinstance(value, bool):
                    continue
                raise ValueError(f"{where}.{key}: must be a string")
        prompt = item.get("prompt")
        out.append(
            Variant(
                name=item["name"],
                weight=item["weight"],
                prompt=str(prompt) if prompt is not None else None,
                model=item.get("model"),
            )
        )
    return out


def check_feedback(request_id: Any, score: Any, label: Any, comment: Any) -> dict[str, Any]:
    """The columns of a feedback row (``request_id``, ``score``, ``label``, ``comment``), else
    ValueError naming the field: request_id 1 to 64 characters without control characters,
    score a finite number in [0, 5] (0..1 or 1..5 scales), label at most 200 characters,
    comment at most 10,000, and at least one of score, label and comment."""
    if not isinstance(request_id, str) or not 1 <= len(request_id) <= _MAX_REQUEST_ID:
        raise ValueError(f"request_id: must be a string of 1 to {_MAX_REQUEST_ID} characters")
    if CONTROL_CHARS.search(request_id):
        raise ValueError("request_id: must not contain control characters")
    if score is not None:
        if isinstance(score, bool) or not isinstance(score, int | float):
            raise ValueError(f"score: must be a number, not {type(score).__name__}")
        if not math.isfinite(score) or not 0 <= score <= MAX_SCORE:
            raise ValueError(f"score: must be between 0 and {MAX_SCORE:g}, not {score!r}")
        score = float(score)
    _check_text("label", label, _MAX_FEEDBACK_LABEL)
    if label is not None and CONTROL_CHARS.search(label):
        raise ValueError("label: must not contain control characters")
    _check_text("comment", comment, _MAX_COMMENT)
    if comment is not None and "\x00" in comment:  # PostgreSQL text cannot hold NUL
        raise ValueError("comment: must not contain NUL characters")
    if score is None and label is None and comment is None:
        raise ValueError("score: give at least one of score, label or comment")
    return {"request_id": request_id, "score": score, "label": label, "comment": comment}


def _check_text(field: str, value: str | None, limit: int) -> None:
    if value is not None and (not isinstance(value, str) or len(value) > limit):
        raise ValueError(f"{field}: must be a string of at most {limit} characters")
