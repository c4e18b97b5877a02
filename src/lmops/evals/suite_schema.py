"""The schema of an eval suite file: pydantic models (``extra="forbid"``) that
:mod:`lmops.evals.suite` validates a file against and that docs/eval-suite.schema.json is
generated from (:func:`suite_json_schema`). See :mod:`lmops.evals.suite` for the format."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    field_validator,
    model_validator,
)

import lmops.evals.assertions
import lmops.evals.metrics  # registers the ROUGE metrics

# FieldError: an error a validator reports at a field below the one it checks.
from lmops.config import FieldError
from lmops.evals.score import METRICS
from lmops.prompts.files import MessageModel
from lmops.prompts.model import PromptRef

__all__ = [
    "AssertionModel",
    "DefaultTestModel",
    "GatewayTarget",
    "OptionsModel",
    "PromptModel",
    "SuiteModel",
    "TestModel",
    "resolve_type",
    "suite_json_schema",
]


def resolve_type(name: str) -> tuple[str, bool]:
    """The registered metric an assertion type names and whether it is negated; ValueError
    listing the known types."""
    if name in METRICS:
        return name, False
    if name.startswith("not-") and name[4:] in METRICS:
        return name[4:], True
    known = ", ".join(sorted(METRICS))
    raise ValueError(
        f"unknown assertion type {name!r} (a 'not-' prefix negates one); known: {known}"
    )


class AssertionModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    type: str = Field(description="a registered metric, or 'not-' + one (negated)")
    value: Any = None
    threshold: float | None = Field(
        default=None, ge=0, le=1, description="the score's value at least this passes"
    )
    weight: float = Field(default=1.0, ge=0)
    metric: str | None = Field(
        default=None, min_length=1, description="a name to report the score under"
    )

    @model_validator(mode="after")
    def _check(self) -> AssertionModel:
        try:
            name, _ = resolve_type(self.type)
        except ValueError as exc:
            raise FieldError(("type",), str(exc)) from None
        try:
            lmops.evals.assertions.check_value(name, self.value)
        except ValueError as exc:
            raise FieldError(("value",), str(exc)) from None
        return self


class PromptModel(BaseModel):
    """A prompt given as an object: exactly one of ``text``, ``messages``, ``file``, ``ref``."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(default=None, description="the name results show for this prompt")
    text: str | None = None
    messages: list[MessageModel] | None = Field(default=None, min_length=1)
    file: str | None = Field(default=None, description="a prompt file, relative to the suite")
    ref: str | None = Field(default=None, description="a registry reference: name@label, name:3")

    @model_validator(mode="after")
    def _one(self) -> PromptModel:
        given = [k for k in ("text", "messages", "file", "ref") if getattr(self, k) is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of text, messages, file or ref")
        if self.ref is not None:
            try:
                PromptRef.parse(self.ref)
            except ValueError as exc:
                raise FieldError(("ref",), str(exc)) from None
        return self


class GatewayTarget(BaseModel):
    """A running lmops gateway (its /v1 API) and the model group to call there."""

    model_config = ConfigDict(extra="forbid")
    gateway: str = Field(description="the gateway's base URL, http(s)://host:port")
    api_key: str | None = Field(default=None, description='a virtual key, e.g. "${LMOPS_KEY}"')
    model: str
    id: str | None = None

    @field_validator("gateway")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("a gateway URL starts with http:// or https://")
        parts = urlsplit(value)
        if parts.username is not None or parts.password is not None:
            # It would be stored with the run and printed as the target's name.
            raise ValueError('no credentials in a gateway URL: give api_key: "${VAR}"')
        if parts.query or parts.fragment:
            raise ValueError("a gateway URL has no query or fragment")
        return value.rstrip("/")


class DefaultTestModel(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    vars: dict[str, Any] = Field(default_factory=dict)
    assert_: list[AssertionModel] = Field(default_factory=list, alias="assert")


class TestModel(DefaultTestModel):
    description: str = ""


def _kind(value: Any) -> str:
    return "object" if isinstance(value, dict | BaseModel) else "str"


# A string or an object, told apart by the input's type so an error names one of them only.
_M = TypeVar("_M", bound=BaseModel)
_StrOr = Annotated[
    Annotated[str, Field(min_length=1), Tag("str")] | Annotated[_M, Tag("object")],
    Discriminator(_kind),
]


class OptionsModel(BaseModel):
    model_config = ConfigDict(extra="forbid")
    concurrency: int = Field(default=4, ge=1)
    repeat: int = Field(default=1, ge=1)
    timeout: float = Field(default=60.0, gt=0, description="seconds per call")
    retries: int = Field(default=3, ge=0, description="more tries of a call that failed")
    judge: _StrOr[GatewayTarget] | None = Field(
        default=None, description="the model llm-rubric, g-eval and the judged metrics ask"
    )
    embeddings: _StrOr[GatewayTarget] | None = Field(
        default=None,
        description="an embeddings model group for the semantic metrics (default: offline MiniLM)",
    )


class SuiteModel(BaseModel):
    """The fields of a suite file."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, title="lmops eval suite")
    description: str = ""
    prompts: list[_StrOr[PromptModel]] = Field(
        min_length=1, description="inline text, file://path, or {text|messages|file|ref}"
    )
    targets: list[_StrOr[GatewayTarget]] = Field(
        min_length=1, description="a model group of the config, or {gateway, api_key, model}"
    )

    @field_validator("targets")
    @classmethod
    def _groups(cls, value: list[str | GatewayTarget]) -> list[str | GatewayTarget]:
        for i, target in enumerate(value):
            if isinstance(target, str) and "://" in target:
                raise FieldError(
                    (i,),
                    "a target is a model group of the config, or a running lmops gateway as "
                    "{gateway: URL, api_key: ${VAR}, model: M}; not an upstream URL",
                )
        return value

    default_test: DefaultTestModel = Field(default_factory=DefaultTestModel, alias="defaultTest")
    tests: list[TestModel] = Field(default_factory=list)
    dataset: str | None = Field(default=None, description="a .csv or .jsonl file of tests")
    threshold: float = Field(default=1.0, ge=0, le=1, description="pass rate for exit code 0")
    options: OptionsModel = Field(default_factory=OptionsModel)

    @model_validator(mode="after")
    def _some_test(self) -> SuiteModel:
        if not self.tests and self.dataset is None:
            raise FieldError(("tests",), "a suite needs tests, a dataset, or both")
        return self


def suite_json_schema() -> dict[str, Any]:
    """The JSON Schema of a suite file (committed as docs/eval-suite.schema.json)."""
    return SuiteModel.model_json_schema(by_alias=True)
