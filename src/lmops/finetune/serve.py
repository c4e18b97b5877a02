"""``lmops models serve``: an OpenAI-compatible server for a local transformers model and its
LoRA adapters, for the gateway (or any OpenAI client) to reach like any upstream.

- ``model`` picks what answers: the base model's name, ``BASE:ADAPTER`` or ``ADAPTER``.
- Requests that arrive together are answered together: one worker thread takes every request
  waiting (up to ``max_batch``) and decodes them as one batch, each row with its own adapter
  (PEFT's mixed-adapter batches), sampling settings, stop strings and token limit; a row that
  ends stops taking output while the others go on. Requests that arrive during a batch wait for
  the next one (static batching: at scale, vLLM's continuous batching is the engine to use, and
  :func:`vllm_command` writes its command line for the same model and adapters).
- Chat completions, streamed (server-sent events, usage in the last chunk when asked) or not;
  ``/v1/models``; ``/health``. Errors are OpenAI-shaped JSON.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import queue
import shlex
import threading
import time
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

__all__ = ["Engine", "ServeError", "create_serve_app", "parse_adapter", "vllm_command"]

_BASE = "__base__"  # PEFT's name for "no adapter" in a mixed batch
_DEFAULT_MAX_TOKENS = 512


class ServeError(ValueError):
    """A model or adapter that cannot be served; the message names it."""


def parse_adapter(text: str) -> tuple[str, Path]:
    """``NAME=PATH`` (or a bare PATH, named after its folder)."""
    name, sep, path = text.partition("=")
    if not sep:
        name, path = Path(text).name, text
    if not name or ":" in name:
        raise ServeError(f"--adapter {text!r}: give NAME=PATH (a name without ':')")
    return name, Path(path)


class _Part(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class _Message(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant"]
    content: str | list[_Part] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            if any(p.type != "text" for p in self.content):
                raise ValueError("only text content parts are supported")
            return "".join(p.text or "" for p in self.content)
        return self.content or ""


class _StreamOptions(BaseModel):
    include_usage: bool = False


class ChatRequest(BaseModel):
    """The chat-completion fields this server acts on; others that clients send are ignored,
    except what it cannot honour (tools, n > 1), which is refused."""

    model_config = ConfigDict(extra="allow")
    model: str
    messages: list[_Message] = Field(min_length=1)
    max_tokens: int | None = Field(None, ge=1)
    max_completion_tokens: int | None = Field(None, ge=1)
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    stop: str | list[str] | None = None
    seed: int | None = None
    n: int = Field(1, ge=1, le=1)
    stream: bool = False
    stream_options: _StreamOptions | None = None
    tools: list[Any] | None = Field(None, max_length=0)


@dataclass(eq=False)
class _Job:
    """One request in the worker: what it asked, and where its output goes."""

    prompt: list[int]
    adapter: str | None
    max_tokens: int
    temperature: float
    top_p: float
    stops: tuple[str, ...]
    seed: int | None
    loop: asyncio.AbstractEventLoop
    events: asyncio.Queue[tuple[str, Any]]
    tokens: list[int] = field(default_factory=list)
    sent: str = ""
    done: bool = False
    cancelled: bool = False

    def emit(self, kind: str, value: Any) -> None:
        self.loop.call_soon_threadsafe(self.events.put_nowait, (kind, value))

    def finish(self, reason: str) -> None:
        self.done = True
        usage = {
            "prompt_tokens": len(self.prompt),
            "completion_tokens": len(self.tokens),
            "total_tokens": len(self.prompt) + len(self.tokens),
        }
        self.emit("done", (reason, usage))


class Engine:
    """The model, its adapters and the worker thread that answers in batches."""

    def __init__(
        self,
        base: Path,
        adapters: Mapping[str, Path] | None = None,
        name: str | None = None,
        max_batch: int = 8,
        device: str | None = None,
        start: bool = True,
    ) -> None:
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.name = name or base.name
        self.base = base
        self.adapters = dict(adapters or {})
        self.max_batch = max_batch
        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        try:
            self.tokenizer: Any = AutoTokenizer.from_pretrained(str(base), local_files_only=True)
            dtype = torch.bfloat16 if self.device == "cuda" else torch.float32
            model: Any = AutoModelForCausalLM.from_pretrained(
                str(base), local_files_only=True, dtype=dtype
            )
        except (OSError, ValueError) as exc:
            raise ServeError(f"{base}: {exc}") from None
        if self.adapters:
            from peft import PeftModel

            items = list(self.adapters.items())
            try:
                model = PeftModel.from_pretrained(model, str(items[0][1]), adapter_name=items[0][0])
                for adapter, path in items[1:]:
                    model.load_adapter(str(path), adapter_name=adapter)
            except (OSError, ValueError) as exc:
                raise ServeError(f"adapter: {exc}") from None
        self.model = model.to(self.device).eval()
        self.context = int(getattr(model.config, "max_position_embeddings", 0) or 0) or None
        pad = self.tokenizer.pad_token_id
        self.pad_id = pad if pad is not None else (self.tokenizer.eos_token_id or 0)
        self.stop_ids = _stop_ids(self.tokenizer, model)
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self.batches: list[int] = []  # the size of each batch decoded (the newest 1000)
        self._thread = threading.Thread(target=self._work, name="lmops-serve", daemon=True)
        if start:
            self.start()

    def start(self) -> None:
        """Start answering (the constructor does, unless told not to)."""
        self._thread.start()

    @property
    def model_ids(self) -> list[str]:
        return [self.name, *(f"{self.name}:{a}" for a in self.adapters)]

    def adapter_for(self, model: str) -> str | None:
        """The adapter ``model`` asks for (None: the base model); KeyError when none."""
        if model == self.name:
            return None
        base, sep, adapter = model.partition(":")
        name = adapter if sep else base
        if (not sep or base == self.name) and name in self.adapters:
            return name
        raise KeyError(model)

    def close(self) -> None:
        """Answer what is queued, then stop."""
        self._queue.put(None)
        if self._thread.is_alive():
            self._thread.join(timeout=30)

    def submit(self, request: ChatRequest, adapter: str | None) -> _Job:
        """Queue a request; its events come on the job's queue. ValueError for a prompt that
        does not fit the model."""
        rows = [{"role": m.role if m.role != "developer" else "system", "content": m.text()}
                for m in request.messages]  # fmt: skip
        ids = self.tokenizer.apply_chat_template(rows, tokenize=True, add_generation_prompt=True)
        prompt = list(ids["input_ids"] if hasattr(ids, "keys") else ids)
        most = request.max_completion_tokens or request.max_tokens or _DEFAULT_MAX_TOKENS
        if self.context is not None:
            if len(prompt) >= self.context:
                raise ValueError(
                    f"the prompt is {len(prompt)} tokens; this model's context is {self.context}"
                )
            most = min(most, self.context - len(prompt))
        stops = (request.stop,) if isinstance(request.stop, str) else tuple(request.stop or ())
        job = _Job(prompt, adapter, most, request.temperature, request.top_p, stops,
                   request.seed, asyncio.get_running_loop(), asyncio.Queue())  # fmt: skip
        self._queue.put(job)
        return job

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            batch = [job]
            while len(batch) < self.max_batch:  # every request already waiting joins it
                try:
                    more = self._queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    self._queue.put(None)
                    break
                batch.append(more)
            live = [j for j in batch if not j.cancelled]
            self.batches = [*self.batches[-999:], len(live)]
            try:
                if live:
                    self._decode(live)
            except Exception as exc:  # one failed batch fails its requests, not the server
                for j in live:
                    if not j.done:
                        j.done = True
                        j.emit("error", f"{type(exc).__name__}: {exc}")

    def _decode(self, batch: list[_Job]) -> None:
        import torch

        width = max(len(j.prompt) for j in batch)
        ids = torch.tensor([[self.pad_id] * (width - len(j.prompt)) + j.prompt for j in batch])
        mask = torch.tensor([[0] * (width - len(j.prompt)) + [1] * len(j.prompt) for j in batch])
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        extra: dict[str, Any] = {}
        if self.adapters:
            extra["adapter_names"] = [j.adapter or _BASE for j in batch]
        generators = [_generator(j.seed) for j in batch]
        cache = None
        device = self.device
        with torch.inference_mode():
            for _ in range(max(j.max_tokens for j in batch)):
                out = self.model(
                    input_ids=ids.to(device),
                    attention_mask=mask.to(device),
                    position_ids=positions.to(device),
                    cache=cache,
                    use_cache=True,
                    **extra,
                )
                cache = out.cache
                logits = out.logits[:, -1, :].float().cpu()
                picked = []
                for row, job in enumerate(batch):
                    token = _pick(logits[row], job, generators[row])
                    picked.append(token)
                    if not job.done and not job.cancelled:
                        self._take(job, token)
                if all(j.done or j.cancelled for j in batch):
                    return
                ids = torch.tensor(picked)[:, None]
                mask = torch.cat([mask, torch.ones(len(batch), 1, dtype=mask.dtype)], dim=-1)
                positions = positions[:, -1:] + 1

    def _take(self, job: _Job, token: int) -> None:
        if token in self.stop_ids:
            job.finish("stop")
            return
        job.tokens.append(token)
        text = self.tokenizer.decode(job.tokens, skip_special_tokens=True)
        cut = _first_stop(text, job.stops, len(job.sent))
        if cut >= 0:
            if cut > len(job.sent):
                job.emit("delta", text[len(job.sent) : cut])
            job.sent = text[:cut]
            job.finish("stop")
            return
        # Hold back a character cut in half, and the start of what may be a stop string.
        ready = len(text.rstrip("\ufffd"))
        for s in job.stops:
            for k in range(min(len(s) - 1, ready), 0, -1):
                if text[:ready].endswith(s[:k]):
                    ready -= k
                    break
        if ready > len(job.sent):
            job.emit("delta", text[len(job.sent) : ready])
            job.sent = text[:ready]
        if len(job.tokens) >= job.max_tokens:
            if len(text) > len(job.sent) and not text.endswith("\ufffd"):
                job.emit("delta", text[len(job.sent) :])
                job.sent = text
            job.finish("length")


def _first_stop(text: str, stops: Sequence[str], sent: int) -> int:
    """Where the first stop string in ``text`` begins (-1: none), looking only where one could
    end after the ``sent`` characters already sent."""
    found = [i for s in stops if (i := text.find(s, max(0, sent - len(s) + 1))) >= 0]
    return min(found, default=-1)


def _stop_ids(tokenizer: Any, model: Any) -> frozenset[int]:
    ids: set[int] = set()
    for source in (tokenizer.eos_token_id, getattr(model.generation_config, "eos_token_id", None)):
        if isinstance(source, int):
            ids.add(source)
        elif isinstance(source, list):
            ids.update(source)
    return frozenset(ids)


def _generator(seed: int | None) -> Any:
    import torch

    generator = torch.Generator()
    if seed is not None:
        generator.manual_seed(seed)
    else:
        generator.seed()
    return generator


def _pick(logits: Any, job: _Job, generator: Any) -> int:
    import torch

    if job.temperature == 0:
        return int(logits.argmax())
    probs = torch.softmax(logits / job.temperature, dim=-1)
    if job.top_p < 1.0:
        ordered, order = probs.sort(descending=True)
        keep = ordered.cumsum(-1) - ordered < job.top_p  # the smallest set reaching top_p
        probs = torch.zeros_like(probs).scatter(0, order[keep], ordered[keep])
    return int(torch.multinomial(probs, 1, generator=generator))


def _error(status: int, message: str, kind: str, code: str | None = None,
           param: str | None = None) -> JSONResponse:  # fmt: skip
    body = {"error": {"message": message, "type": kind, "param": param, "code": code}}
    return JSONResponse(body, status_code=status)


def create_serve_app(engine: Engine, api_key: str | None = None) -> Starlette:
    """The HTTP app over ``engine``; with ``api_key``, every /v1 call must bear it."""

    def refused(request: Request) -> Response | None:
        if api_key is None:
            return None
        given = request.headers.get("authorization", "")
        if hmac.compare_digest(given.encode(), f"Bearer {api_key}".encode()):
            return None
        return _error(401, "missing or wrong API key", "authentication_error", "invalid_api_key")

    async def models(request: Request) -> Response:
        if (no := refused(request)) is not None:
            return no
        now = int(time.time())
        data = [{"id": m, "object": "model", "created": now, "owned_by": "lmops"}
                for m in engine.model_ids]  # fmt: skip
        return JSONResponse({"object": "list", "data": data})

    async def health(request: Request) -> Response:
        sizes = engine.batches
        return JSONResponse({"status": "ok", "models": engine.model_ids, "batches": len(sizes),
                             "largest_batch": max(sizes, default=0)})  # fmt: skip

    async def chat(request: Request) -> Response:
        if (no := refused(request)) is not None:
            return no
        try:
            body = orjson.loads(await request.body())
            parsed = ChatRequest.model_validate(body)
        except orjson.JSONDecodeError as exc:
            return _error(400, f"the body is not JSON: {exc}", "invalid_request_error")
        except ValidationError as exc:
            err = exc.errors()[0]
            param = ".".join(str(p) for p in err["loc"])
            return _error(400, f"{param}: {err['msg']}", "invalid_request_error", param=param)
        try:
            adapter = engine.adapter_for(parsed.model)
        except KeyError:
            known = ", ".join(engine.model_ids)
            return _error(404, f"model {parsed.model!r} is not served here (serving: {known})",
                          "invalid_request_error", "model_not_found", "model")  # fmt: skip
        try:
            job = engine.submit(parsed, adapter)
        except ValueError as exc:
            return _error(400, str(exc), "invalid_request_error", "context_length_exceeded",
                          "messages")  # fmt: skip
        answer_id = f"chatcmpl-{uuid.uuid4().hex}"
        created = int(time.time())
        if parsed.stream:
            usage = bool(parsed.stream_options and parsed.stream_options.include_usage)
            return StreamingResponse(
                _stream(job, answer_id, created, parsed.model, usage),
                media_type="text/event-stream",
            )
        text, reason, counts = await _collect(job)
        if reason == "error":
            return _error(500, text, "server_error")
        message = {"role": "assistant", "content": text}
        choice = {"index": 0, "message": message, "finish_reason": reason, "logprobs": None}
        return JSONResponse({
            "id": answer_id, "object": "chat.completion", "created": created,
            "model": parsed.model, "choices": [choice], "usage": counts,
        })  # fmt: skip

    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/models", models, methods=["GET"]),
            Route("/health", health, methods=["GET"]),
        ]
    )


async def _collect(job: _Job) -> tuple[str, str, dict[str, int]]:
    parts: list[str] = []
    try:
        while True:
            kind, value = await job.events.get()
            if kind == "delta":
                parts.append(value)
            elif kind == "done":
                return "".join(parts), value[0], value[1]
            else:
                return str(value), "error", {}
    finally:
        job.cancelled = True  # a client gone before the end frees its row


async def _stream(job: _Job, answer_id: str, created: int, model: str, usage: bool
                  ) -> AsyncIterator[bytes]:  # fmt: skip
    def chunk(choices: list[dict[str, Any]], counts: Any = None) -> bytes:
        body: dict[str, Any] = {"id": answer_id, "object": "chat.completion.chunk",
                                "created": created, "model": model, "choices": choices}  # fmt: skip
        if usage:  # null on every chunk but the last, as OpenAI sends it
            body["usage"] = counts
        return b"data: " + orjson.dumps(body) + b"\n\n"

    def choice(delta: dict[str, Any], reason: str | None = None) -> list[dict[str, Any]]:
        return [{"index": 0, "delta": delta, "finish_reason": reason, "logprobs": None}]

    try:
        yield chunk(choice({"role": "assistant", "content": ""}))
        while True:
            kind, value = await job.events.get()
            if kind == "delta":
                yield chunk(choice({"content": value}))
                continue
            if kind == "done":
                yield chunk(choice({}, value[0]))
                if usage:
                    yield chunk([], value[1])
            else:  # the stream has begun: the error goes in it, as OpenAI's do
                error = {"error": {"message": str(value), "type": "server_error"}}
                yield b"data: " + orjson.dumps(error) + b"\n\n"
            break
        yield b"data: [DONE]\n\n"
    finally:
        job.cancelled = True  # a client gone before the end frees its row


def vllm_command(base: str, adapters: Mapping[str, Path], name: str, port: int,
                 max_rank: int) -> str:  # fmt: skip
    """The ``vllm serve`` command line that serves the same model and adapters (with
    ``BASE:ADAPTER`` names as this server takes them)."""
    args = ["vllm", "serve", base, "--served-model-name", name, "--port", str(port)]
    if adapters:
        args += ["--enable-lora", "--max-lora-rank", str(max_rank), "--max-loras",
                 str(len(adapters)), "--lora-modules"]  # fmt: skip
        args += [f"{name}:{a}={p}" for a, p in adapters.items()]
    return shlex.join(args)


def adapter_rank(paths: Sequence[Path]) -> int:
    """The largest LoRA rank among the adapters (vLLM must be told it), 16 when none say."""
    ranks = []
    for path in paths:
        with contextlib.suppress(OSError, ValueError):
            ranks.append(int(orjson.loads((path / "adapter_config.json").read_bytes())["r"]))
    return max(ranks, default=16)
