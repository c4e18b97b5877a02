"""The SDK's prompt object: one version (or a fallback), rendered locally in the same sandbox as
the gateway, and turned into the OpenAI SDK's ``chat.completions.create`` arguments."""

from __future__ import annotations

import copy
import logging
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from lmops.prompts.model import ChatMessage, PromptContent, PromptType
from lmops.prompts.templates import CompiledPrompt, compile_prompt

__all__ = ["Fallback", "HasContent", "Prompt", "fallback_prompt", "prompt_from_json"]

log = logging.getLogger("lmops.client")


class Prompt:
    """One prompt version: its content, config and labels, rendered locally.

    ``version`` is None for a fallback (``is_fallback`` True). The template is compiled once,
    on first render, and reused.
    """

    __slots__ = (
        "_compiled",
        "content",
        "content_hash",
        "is_fallback",
        "labels",
        "name",
        "variables",
        "version",
    )

    def __init__(
        self,
        name: str,
        content: PromptContent,
        *,
        version: int | None = None,
        variables: Sequence[str] | None = None,
        labels: Sequence[str] = (),
        is_fallback: bool = False,
    ) -> None:
        self.name = name
        self.content = content
        self.version = version
        self._compiled: CompiledPrompt | None = None
        if variables is None:  # a prompt made here (a fallback): compiled now, checked now
            self._compiled = compile_prompt(content)
            variables = self._compiled.variables
        self.variables: tuple[str, ...] = tuple(variables)
        self.labels: tuple[str, ...] = tuple(labels)
        self.content_hash = content.content_hash()
        self.is_fallback = is_fallback

    @property
    def type(self) -> PromptType:
        return self.content.type

    @property
    def config(self) -> dict[str, Any]:
        """The version's request parameters (a copy: changing it changes no cached prompt)."""
        return copy.deepcopy(dict(self.content.config))

    def __repr__(self) -> str:
        what = "fallback" if self.is_fallback else f"version={self.version}"
        return f"Prompt({self.name!r}, {what}, type={self.type!r})"

    def render(
        self, variables: Mapping[str, Any] | None = None, /, **kwargs: Any
    ) -> list[dict[str, str]] | str:
        """The messages (chat) or text (text) with ``variables`` (a mapping and/or keywords)
        filled in. A missing variable raises ``MissingVariable`` naming it."""
        compiled = self._compiled
        if compiled is None:
            # Two threads may both compile on a first render: harmless, the result is the same.
            compiled = self._compiled = compile_prompt(self.content)
        rendered = compiled.render({**(variables or {}), **kwargs})
        if rendered.unused:
            log.debug("prompt %s: unused variables %s", self.name, ", ".join(rendered.unused))
        if rendered.messages is not None:
            return rendered.messages
        assert rendered.text is not None  # a text prompt renders text
        return rendered.text

    def to_openai(
        self, variables: Mapping[str, Any] | None = None, /, **kwargs: Any
    ) -> dict[str, Any]:
        """Keyword arguments for ``openai_client.chat.completions.create(**...)``: the config
        (``model``, ``temperature``, ``response_format``, ``tools``, ...) and the rendered
        ``messages`` (a text prompt becomes one user message). Without a ``model`` in the config,
        pass one yourself: ``create(model=..., **prompt.to_openai(...))``."""
        rendered = self.render(variables, **kwargs)
        messages = (
            [{"role": "user", "content": rendered}] if isinstance(rendered, str) else rendered
        )
        out: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for name, value in self.config.items():
            if name in _OPENAI_PARAMETERS:
                out[name] = value
            elif name not in _NOT_SENT:
                extra[name] = value  # top_k and the like: sent as they are, in the body
        out["messages"] = messages
        if extra:
            out["extra_body"] = extra
        return out


# The keyword arguments of the OpenAI SDK's chat.completions.create (openai 1.x); any other
# config key goes in extra_body, which the SDK merges into the request body.
_OPENAI_PARAMETERS = frozenset(
    {
        "audio", "frequency_penalty", "function_call", "functions", "logit_bias", "logprobs",
        "max_completion_tokens", "max_tokens", "metadata", "modalities", "model", "n",
        "parallel_tool_calls", "prediction", "presence_penalty", "reasoning_effort",
        "response_format", "seed", "service_tier", "stop", "store", "stream_options",
        "temperature", "tool_choice", "tools", "top_logprobs", "top_p", "user", "verbosity",
        "web_search_options",
    }
)  # fmt: skip
# The caller's to choose per call, or the gateway's own fields: never taken from a config.
_NOT_SENT = frozenset({"messages", "stream", "prompt_id", "prompt_variables"})


class HasContent(Protocol):
    """Anything with a prompt content: a :class:`Prompt`, a ``PromptFile``."""

    @property
    def content(self) -> PromptContent: ...


# A fallback: a Prompt, a PromptContent, an object with a PromptContent ``content`` (a
# PromptFile), a mapping like a prompt file's (``type``, ``template`` or ``messages``,
# ``config``), a text template (str), or chat messages (a list of ``{"role", "content"}``).
Fallback = HasContent | PromptContent | str | Mapping[str, Any] | Sequence[Mapping[str, str]]


def fallback_prompt(name: str, fallback: Fallback) -> Prompt:
    """``fallback`` (see :data:`Fallback`) as a Prompt marked ``is_fallback``; ValueError (or
    the templates' TemplateError) if it is none of those."""
    try:
        content = _fallback_content(fallback)
    except (KeyError, TypeError, ValueError) as e:
        raise ValueError(
            "a fallback is a Prompt, a PromptContent, a PromptFile, a mapping with 'type' and "
            f"'template' or 'messages', a text template (str) or a list of messages: {e}"
        ) from None
    return Prompt(name, content, is_fallback=True)


def _fallback_content(fallback: Fallback) -> PromptContent:
    if isinstance(fallback, PromptContent):
        return fallback
    content = getattr(fallback, "content", None)
    if isinstance(content, PromptContent):
        return content
    if isinstance(fallback, str):
        return PromptContent(type="text", template=fallback)
    if isinstance(fallback, Mapping):
        return _content_from_json(fallback)
    if not isinstance(fallback, Sequence):
        raise TypeError(f"got {type(fallback).__name__}")
    entries: Sequence[Any] = fallback  # each a mapping, checked by the indexing below
    messages = tuple(ChatMessage(m["role"], m["content"]) for m in entries)
    return PromptContent(type="chat", messages=messages)


def _content_from_json(body: Mapping[str, Any]) -> PromptContent:
    messages = body.get("messages")
    return PromptContent(
        type=body["type"],
        template=body.get("template"),
        messages=None
        if messages is None
        else tuple(ChatMessage(m["role"], m["content"]) for m in messages),
        config=dict(body.get("config") or {}),
    )


def prompt_from_json(body: Any) -> Prompt:
    """A Prompt from a ``GET /v1/prompts/{name}`` answer; ValueError if it is not one."""
    try:
        return Prompt(
            body["name"],
            _content_from_json(body),
            version=int(body["version"]),
            variables=[str(v) for v in body["variables"]],
            labels=[str(label) for label in body["labels"]],
        )
    except (KeyError, TypeError, ValueError) as e:
        raise ValueError(f"not a prompt: {e!r}") from None
