"""A review queue's rubric: the fields a reviewer fills in for each item, and their checks.

A field is a numeric scale (``min`` to ``max`` by ``step``, with labels for some values), a
category (one of a list), a boolean, or free text. A field is required unless it says not
(free text is optional unless it says so). :meth:`Rubric.check` turns what a reviewer sent into
the values stored, or raises :class:`ScoreError` naming the field at fault.

A queue's :class:`CaptureRule` objects say which production requests it takes
(:mod:`lmops.review.capture` applies them).
"""

from __future__ import annotations

import hashlib
import math
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

if TYPE_CHECKING:
    from lmops.store.request_batch import RequestRecord

__all__ = [
    "BooleanField",
    "CaptureRule",
    "CategoryField",
    "NumericField",
    "Rubric",
    "ScoreError",
    "TextField",
]

_Name = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]


class ScoreError(ValueError):
    """A review that does not fit its queue's rubric (the message names the field)."""


class _Field(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: _Name
    description: str = ""
    required: bool = True


class NumericField(_Field):
    kind: Literal["numeric"]
    min: float = 1
    max: float = 5
    step: float = Field(1, gt=0)
    labels: dict[float, str] = Field(
        default_factory=dict, description="a label for some values, by value: {1: wrong}"
    )

    @model_validator(mode="after")
    def _scale(self) -> NumericField:
        if self.max <= self.min:
            raise ValueError(f"field {self.name!r}: max must be above min")
        for value in self.labels:
            if not self.on_scale(value):
                raise ValueError(f"field {self.name!r}: labelled value {value:g} is off the scale")
        return self

    def on_scale(self, value: float) -> bool:
        steps = (value - self.min) / self.step
        return self.min <= value <= self.max and math.isclose(steps, round(steps), abs_tol=1e-9)

    def values(self) -> list[float]:
        """Every value on the scale, lowest first."""
        count = round((self.max - self.min) / self.step)
        return [self.min + i * self.step for i in range(count + 1)]


class CategoryField(_Field):
    kind: Literal["category"]
    categories: list[str] = Field(min_length=2)

    @field_validator("categories")
    @classmethod
    def _distinct(cls, categories: list[str]) -> list[str]:
        if len(set(categories)) != len(categories):
            raise ValueError("categories must be distinct")
        return categories


class BooleanField(_Field):
    kind: Literal["boolean"]


class TextField(_Field):
    kind: Literal["text"]
    required: bool = False


AnyField = Annotated[
    NumericField | CategoryField | BooleanField | TextField, Field(discriminator="kind")
]


class Rubric(BaseModel):
    """The fields of a queue, in the order reviewers see them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    fields: list[AnyField] = Field(min_length=1)

    @field_validator("fields")
    @classmethod
    def _unique(cls, fields: list[AnyField]) -> list[AnyField]:
        names = [f.name for f in fields]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"field names must be unique: {', '.join(twice)}")
        return fields

    def field(self, name: str) -> AnyField:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def check(self, scores: dict[str, Any]) -> dict[str, Any]:
        """The stored form of a reviewer's ``scores``: numbers as floats, nothing unknown."""
        unknown = sorted(set(scores) - {f.name for f in self.fields})
        if unknown:
            raise ScoreError(f"no such field in the rubric: {', '.join(unknown)}")
        checked: dict[str, Any] = {}
        for f in self.fields:
            value = scores.get(f.name)
            if value is None or value == "":
                if f.required:
                    raise ScoreError(f"field {f.name!r} is required")
                continue
            checked[f.name] = _check(f, value)
        return checked


def _check(f: AnyField, value: Any) -> Any:
    if isinstance(f, NumericField):
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            raise ScoreError(f"field {f.name!r}: {value!r} is no number")
        try:
            number = float(value)
        except ValueError:
            raise ScoreError(f"field {f.name!r}: {value!r} is no number") from None
        if not f.on_scale(number):
            raise ScoreError(
                f"field {f.name!r}: {number:g} is off the scale {f.min:g}-{f.max:g} by {f.step:g}"
            )
        return number
    if isinstance(f, CategoryField):
        if value not in f.categories:
            raise ScoreError(f"field {f.name!r}: {value!r} is not one of {', '.join(f.categories)}")
        return value
    if isinstance(f, BooleanField):
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "yes", "1", "false", "no", "0"):
            return value.lower() in ("true", "yes", "1")
        raise ScoreError(f"field {f.name!r}: {value!r} is not true or false")
    if not isinstance(value, str):
        raise ScoreError(f"field {f.name!r}: free text must be a string")
    return value


class CaptureRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    only: Literal["any", "errors", "guardrail_flags", "negative_feedback"] = Field(
        "any", description="which logged requests the rule matches"
    )
    sample: float = Field(1.0, gt=0, le=1, description="the share of matching requests taken")
    models: list[str] | None = Field(None, description="only these model groups")
    prompts: list[str] | None = Field(None, description="only requests rendered from these")
    feedback_below: float = Field(0.5, description="negative_feedback: scores under this")

    def takes(self, queue: str, record: RequestRecord) -> bool:
        """Whether ``record`` (as logged) goes to ``queue`` under this rule."""
        if self.only == "negative_feedback":
            return False  # decided when the feedback comes
        if self.only == "errors" and record.status_code < 400:
            return False
        if self.only == "guardrail_flags" and not record.guardrails:
            return False
        return self._narrowed(record) and _sampled(queue, record.id, self.sample)

    def takes_feedback(self, queue: str, record: RequestRecord, score: float) -> bool:
        """Whether a feedback ``score`` on ``record`` sends it to ``queue`` under this rule."""
        if self.only != "negative_feedback" or score >= self.feedback_below:
            return False
        return self._narrowed(record) and _sampled(queue, record.id, self.sample)

    def _narrowed(self, record: RequestRecord) -> bool:
        if self.models is not None and record.model_group not in self.models:
            return False
        return self.prompts is None or record.prompt_name in self.prompts


def _sampled(queue: str, request_id: str, share: float) -> bool:
    if share >= 1:
        return True
    digest = hashlib.blake2b(f"{queue}\0{request_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") < share * 2**64
