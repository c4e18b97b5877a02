"""The ``guardrails:`` section of ``lmops.yaml``: rules, where they apply, and the stream policy.

A rule is one check (``pii``, ``injection``, ``banned_terms`` or ``json_schema``) at one stage
(``input``: the request's messages before the provider call; ``output``: the answer) with one
action (``block``, ``redact`` or ``flag``). It applies everywhere unless narrowed to model
groups, teams or keys.
"""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

__all__ = [
    "PII_ENTITIES",
    "GuardrailRule",
    "GuardrailSettings",
    "StreamPolicy",
]

# Presidio's names; PERSON and LOCATION only when an offline NER model is installed.
Entity = Literal[
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IBAN_CODE",
    "IP_ADDRESS",
    "SECRET",
    "PERSON",
    "LOCATION",
]
PII_ENTITIES: tuple[str, ...] = get_args(Entity)
Role = Literal["system", "developer", "user", "assistant", "tool", "function"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GuardrailRule(_Model):
    name: str = Field(
        pattern=r"^[A-Za-z0-9_.-]{1,64}$",
        description="unique; what the block error, the header, the log and metrics name",
    )
    check: Literal["pii", "injection", "banned_terms", "json_schema"]
    stage: Literal["input", "output"] = "input"
    action: Literal["block", "redact", "flag"] = "block"
    redaction: Literal["placeholder", "type", "mask", "hash"] | None = Field(
        None,
        description="redact's form: placeholder (input only: the upstream sees <EMAIL_ADDRESS_1>"
        " and the client's answer gets the value back), type (<EMAIL_ADDRESS>), mask, or hash"
        " (salted); default placeholder on input, type on output",
    )
    entities: list[Entity] | None = Field(
        None, description="pii: the entity types to look for (default: all but PERSON, LOCATION)"
    )
    roles: list[Role] | None = Field(
        None,
        description="input: the chat roles whose messages are checked (default: injection"
        " user and tool; other checks every role)",
    )
    mode: Literal["fast", "full", "judge"] = Field(
        "full",
        description="injection: fast (heuristics, < 1 ms), full (heuristics and the bundled"
        " classifier), judge (full, then the judge model group for what full lets through)",
    )
    threshold: float = Field(0.5, gt=0, le=1, description="injection: score for a hit")
    judge: str | None = Field(None, description="injection mode judge: the model group to ask")
    terms: list[str] = Field(
        default_factory=list, description="banned_terms: words or phrases (case-insensitive)"
    )
    models: list[str] | None = Field(None, description="model groups it applies to (default all)")
    teams: list[str] | None = Field(None, description="team ids or names (default all)")
    keys: list[str] | None = Field(None, description="virtual key ids or names (default all)")

    @model_validator(mode="after")
    def _consistent(self) -> GuardrailRule:
        if self.action == "redact" and self.check in ("injection", "json_schema"):
            raise ValueError(f"action redact does not apply to {self.check} (block or flag)")
        if self.redaction is not None and self.action != "redact":
            raise ValueError("redaction is only for action: redact")
        if self.redaction == "placeholder" and self.stage == "output":
            raise ValueError("placeholder redaction is for the input stage")
        if self.check == "json_schema" and self.stage != "output":
            raise ValueError("json_schema checks the answer: stage output")
        if self.check == "banned_terms" and not any(t.strip() for t in self.terms):
            raise ValueError("banned_terms needs terms")
        if self.terms and self.check != "banned_terms":
            raise ValueError("terms are for check banned_terms")
        if self.entities is not None and self.check != "pii":
            raise ValueError("entities are for check pii")
        if self.mode == "judge" and self.judge is None:
            raise ValueError("mode judge needs judge: a model group")
        if self.judge is not None and (self.check != "injection" or self.mode != "judge"):
            raise ValueError("judge is for check injection with mode judge")
        if self.roles is not None and self.stage != "input":
            raise ValueError("roles are for the input stage")
        if self.mode == "judge" and self.stage != "input":
            raise ValueError("mode judge is for the input stage")
        if self.check != "injection" and (
            "mode" in self.model_fields_set or "threshold" in self.model_fields_set
        ):
            raise ValueError("mode and threshold are for check injection")
        for name in ("entities", "roles", "models", "teams", "keys"):
            if getattr(self, name) == []:
                raise ValueError(f"{name} is empty: leave it out to mean every one")
        return self


class StreamPolicy(_Model):
    policy: Literal["buffer", "window"] = Field(
        "buffer",
        description="output rules on streams: buffer (check the whole answer, then send it; a"
        " block is a 400) or window (send as checked, window by window; a block cuts the stream"
        " with an SSE error event)",
    )
    window_chars: int = Field(400, ge=32, description="window: characters checked at a time")


class GuardrailSettings(_Model):
    rules: list[GuardrailRule] = Field(default_factory=list)
    stream: StreamPolicy = StreamPolicy()
    salt: SecretStr | None = Field(
        None, description="redaction hash's key (default: a random one per process)"
    )

    @model_validator(mode="after")
    def _unique_names(self) -> GuardrailSettings:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.name in seen:
                raise ValueError(f"two rules are named {rule.name!r}")
            seen.add(rule.name)
        return self
