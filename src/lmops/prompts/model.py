"""The prompt registry's and experiments' records: what the store keeps and every part shares.

A prompt has a name and immutable versions 1, 2, 3, ...; a version is its content (a text or a
chat template and a config of request parameters) plus who pushed it, when and why. Labels
point at one version each and move; ``latest`` is always the newest version and is never set.

A reference names one version: ``name:3`` (that version), ``name@staging`` (where the label
points), or a bare ``name`` (the ``production`` label, or the newest version when there is none).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

import orjson

__all__ = [
    "CONTENT_ROLES",
    "DEFAULT_LABEL",
    "LATEST",
    "ChatMessage",
    "Experiment",
    "ExperimentStatus",
    "Feedback",
    "LabelMove",
    "PromptContent",
    "PromptRef",
    "PromptSummary",
    "PromptType",
    "PromptVersion",
    "TargetKind",
    "Variant",
    "check_label",
    "check_name",
]

PromptType = Literal["text", "chat"]
TargetKind = Literal["prompt", "model"]
ExperimentStatus = Literal["draft", "running", "paused", "stopped"]

DEFAULT_LABEL = "production"
LATEST = "latest"
# The roles a chat template's message may have (those of the chat completions API that carry
# text written in advance).
CONTENT_ROLES = ("system", "developer", "user", "assistant")

# Names and labels travel in references (``name@label``, ``name:3``), URLs and file names.
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,199}")
_LABEL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def check_name(name: str, what: str = "prompt name") -> str:
    """``name`` if it is a valid prompt (or experiment) name, else ValueError saying why."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ValueError(
            f"invalid {what} {name!r}: use 1 to 200 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    return name


def check_label(label: str, *, settable: bool = True) -> str:
    """``label`` if valid; ``latest`` is refused when ``settable`` (it cannot be moved)."""
    if not isinstance(label, str) or not _LABEL.fullmatch(label):
        raise ValueError(
            f"invalid label {label!r}: use 1 to 64 letters, digits, '.', '_' or '-', "
            "starting with a letter or digit"
        )
    if settable and label == LATEST:
        raise ValueError("'latest' always means the newest version and cannot be set")
    return label


@dataclass(frozen=True, slots=True)
class PromptRef:
    """One version of a prompt, by number, by label, or by default (``production``, else
    ``latest``). At most one of ``label`` and ``version`` is set."""

    name: str
    label: str | None = None
    version: int | None = None

    @classmethod
    def parse(cls, text: str) -> PromptRef:
        """``name``, ``name@label`` or ``name:version``; ValueError naming what is wrong."""
        if not isinstance(text, str):
            raise ValueError(f"a prompt reference must be a string, not {type(text).__name__}")
        if "@" in text:
            name, _, label = text.partition("@")
            return cls(check_name(name), label=check_label(label, settable=False))
        if ":" in text:
            name, _, number = text.partition(":")
            if not number.isdigit() or int(number) < 1 or len(number) > 9:
                raise ValueError(f"invalid prompt version {number!r} in {text!r}: use 1, 2, ...")
            return cls(check_name(name), version=int(number))
        return cls(check_name(text))

    def __str__(self) -> str:
        if self.version is not None:
            return f"{self.name}:{self.version}"
        if self.label is not None:
            return f"{self.name}@{self.label}"
        return self.name


@dataclass(frozen=True, slots=True)
class ChatMessage:
    """One message of a chat template; ``content`` is itself a template."""

    role: str
    content: str


@dataclass(frozen=True, slots=True)
class PromptContent:
    """What a version renders: a text template or chat messages, and a config of request
    parameters (model, temperature, max_tokens, response_format, tools, ...). Two contents with
    the same ``content_hash`` are the same version."""

    type: PromptType
    template: str | None = None  # type "text"
    messages: tuple[ChatMessage, ...] | None = None  # type "chat"
    config: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.type == "text" and (self.template is None or self.messages is not None):
            raise ValueError("a text prompt has a 'template' and no 'messages'")
        if self.type == "chat" and (self.messages is None or self.template is not None):
            raise ValueError("a chat prompt has 'messages' and no 'template'")

    def to_json(self) -> dict[str, Any]:
        """The content as JSON values: ``type``, ``template`` or ``messages``, ``config``."""
        out: dict[str, Any] = {"type": self.type}
        if self.template is not None:
            out["template"] = self.template
        if self.messages is not None:
            out["messages"] = [{"role": m.role, "content": m.content} for m in self.messages]
        out["config"] = dict(self.config)
        return out

    def content_hash(self) -> str:
        """SHA-256 of the canonical JSON of :meth:`to_json` (keys sorted)."""
        try:
            canonical = orjson.dumps(self.to_json(), option=orjson.OPT_SORT_KEYS)
        except orjson.JSONEncodeError as exc:
            # The gateway writes request bodies with orjson: what it cannot write (an integer
            # beyond 64 bits, say) could never be sent, so it is not a prompt either.
            raise ValueError(f"config: not JSON the gateway can send ({exc})") from None
        return hashlib.sha256(canonical).hexdigest()


@dataclass(frozen=True, slots=True)
class PromptVersion:
    name: str
    version: int
    content: PromptContent
    variables: tuple[str, ...]  # the template's variables, sorted, extracted at push
    content_hash: str
    message: str  # the commit message ("" when none)
    author: str  # a key id, "master" or "cli"
    created_at: datetime

    @property
    def ref(self) -> str:
        return f"{self.name}:{self.version}"


@dataclass(frozen=True, slots=True)
class LabelMove:
    """One move of a label (``from_version`` None: the label was new)."""

    name: str
    label: str
    from_version: int | None
    to_version: int
    moved_by: str
    moved_at: datetime


@dataclass(frozen=True, slots=True)
class PromptSummary:
    """A prompt in a listing: its newest version and where its labels point."""

    name: str
    latest: int
    labels: Mapping[str, int]
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Variant:
    """One arm of an experiment. ``prompt`` is a version number (``"3"``) or a label of the
    experiment's prompt; ``model`` a model group that replaces the request's. A prompt
    experiment's variant sets ``prompt``, ``model`` or both; a model experiment's sets ``model``.
    """

    name: str
    weight: float
    prompt: str | None = None
    model: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "weight": self.weight,
            "prompt": self.prompt,
            "model": self.model,
        }


@dataclass(frozen=True, slots=True)
class Experiment:
    """A split of one prompt's (or one model group's) traffic between weighted variants.

    Assignment is a keyed hash of ``salt`` and the unit (the request's ``user``, else the
    ``x-lmops-user`` header, else the request id): stable across processes and restarts, and
    sticky while the weights are unchanged. Only a ``running`` experiment assigns.
    """

    id: str
    name: str
    target_kind: TargetKind
    target: str  # a prompt name or a model group
    variants: tuple[Variant, ...]
    control: str  # the variant the others are compared with
    salt: str
    status: ExperimentStatus
    description: str
    created_by: str
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None = None
    stopped_at: datetime | None = None

    def variant(self, name: str) -> Variant:
        for variant in self.variants:
            if variant.name == name:
                return variant
        known = ", ".join(v.name for v in self.variants)
        raise KeyError(f"experiment {self.name!r} has no variant {name!r} (it has {known})")


@dataclass(frozen=True, slots=True)
class Feedback:
    """An outcome reported for one request: a score (0..1 or 1..5), a label, a comment."""

    id: str
    request_id: str
    score: float | None
    label: str | None
    comment: str | None
    key_id: str | None
    created_at: datetime
