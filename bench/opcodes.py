"""Where a request's Python work goes: bytecodes per request, function by function.

    python -m bench.opcodes --targets lmops,lmops-full          # the second against the first
    python -m bench.opcodes --targets lmops-full,lmops-full-redis --top 60

Each target's app is built in this process and driven through its ASGI interface directly (no
HTTP server in between), against the fake upstream in a child process. After a warm-up,
``--requests`` requests run with a ``sys.settrace`` hook that counts every bytecode the event
loop's thread executes, per function. Counts repeat to within a few bytecodes per request, so
a change of 20 shows; they say nothing about C code (hashing, JSON, the HTTP parser), which
``bench.instructions`` counts. Tracing makes the run about thirty times slower.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import sys
import tempfile
from collections import Counter
from pathlib import Path
from types import CodeType, FrameType
from typing import Any

import orjson

from bench.pipeline import (
    BENCH_PROMPT,
    BENCH_SYSTEM,
    PIPELINES,
    REDIS_URL,
    RedisProbe,
    admin_requests,
    full_config,
    prompt_push,
)
from bench.targets import MASTER_KEY, free_port, lmops_config, spawn

__all__ = ["main"]


async def _call(app: Any, path: str, body: dict[str, Any], key: str) -> dict[str, Any]:
    raw = orjson.dumps(body)
    headers = [
        (b"authorization", f"Bearer {key}".encode()),
        (b"content-type", b"application/json"),
        (b"content-length", b"%d" % len(raw)),
    ]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "server": ("127.0.0.1", 8000),
        "client": ("127.0.0.1", 1234),
        "headers": headers,
    }
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": raw, "more_body": False}
        await asyncio.Event().wait()  # the client never hangs up
        raise AssertionError

    out: dict[str, Any] = {"body": b""}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            out["status"] = message["status"]
        else:
            out["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return out


async def _count(name: str, upstream_port: int, args: argparse.Namespace) -> Counter[str]:
    from lmops.config import load_config
    from lmops.gateway.app import create_app

    tmp = Path(tempfile.mkdtemp(prefix=f"lmops-opcodes-{name}-"))
    pipeline = PIPELINES.get(name)
    redis = None
    if pipeline is None:
        path = lmops_config(tmp, upstream_port, MASTER_KEY)
    else:
        if pipeline.redis:
            redis = RedisProbe(args.redis_url)
            state = (args.redis_url, redis.new_prefix())
        path = tmp / "lmops.yaml"
        path.write_text(
            full_config(
                tmp,
                upstream_port,
                MASTER_KEY,
                state if redis is not None else None,
                every_level=pipeline.every_level,
                cache=pipeline.cache,
            )
        )
    app = create_app(load_config(path))
    lifespan_in: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    lifespan_out: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await lifespan_in.put({"type": "lifespan.startup"})
    lifespan = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, lifespan_in.get,
            lifespan_out.put)
    )  # fmt: skip
    started = await lifespan_out.get()
    if started["type"] != "lifespan.startup.complete":
        raise RuntimeError(f"{name} did not start: {started}")
    key = MASTER_KEY
    if pipeline is not None and pipeline.key:
        for path, body in admin_requests(pipeline.every_level):
            made = await _call(app, path, body, MASTER_KEY)
        key = orjson.loads(made["body"])["key"]
    prompted = pipeline is not None and pipeline.prompt
    if prompted:
        await _call(app, "/admin/prompts", prompt_push(), MASTER_KEY)
    numbers = itertools.count()
    unique = pipeline is not None and not pipeline.hit

    async def worker(n: int) -> None:
        for _ in range(n):
            text = f"Say hello ({next(numbers) if unique else 0})"
            body: dict[str, Any] = {"model": "bench"}
            if prompted:  # the same two messages upstream, rendered from the registry
                body |= {"prompt_id": BENCH_PROMPT, "prompt_variables": {"question": text}}
            else:
                body["messages"] = [
                    {"role": "system", "content": BENCH_SYSTEM},
                    {"role": "user", "content": text},
                ]
            reply = await _call(app, "/v1/chat/completions", {**body, "max_tokens": 64}, key)
            if reply["status"] != 200:
                raise RuntimeError(f"{name}: status {reply['status']}: {reply['body'][:200]!r}")

    c = args.concurrency
    await asyncio.gather(*(worker(args.warmup // c) for _ in range(c)))
    counts: Counter[CodeType] = Counter()

    def trace(frame: FrameType, event: str, _: Any) -> Any:
        frame.f_trace_opcodes = True
        frame.f_trace_lines = False
        if event == "opcode":
            counts[frame.f_code] += 1
        return trace

    sys.settrace(trace)
    try:
        await asyncio.gather(*(worker(args.requests // c) for _ in range(c)))
    finally:
        sys.settrace(None)
    await lifespan_in.put({"type": "lifespan.shutdown"})
    await lifespan_out.get()
    await lifespan
    if redis is not None:
        redis.clear(state[1])
        redis.close()
    n = args.requests // c * c
    out: Counter[str] = Counter()
    for code, count in counts.items():
        where = code.co_filename.split("site-packages/")[-1].split("/src/")[-1]
        out[f"{where}:{code.co_firstlineno} {code.co_qualname}"] += count
    return Counter({k: v / n for k, v in out.items()})


def _report(first: str, a: Counter[str], second: str, b: Counter[str], top: int) -> str:
    total_a, total_b = sum(a.values()), sum(b.values())
    lines = [
        f"bytecodes per request: {first} {total_a:,.0f}, {second} {total_b:,.0f} "
        f"({total_b / total_a:.2f}x)",
        "",
        f"| function | {second} - {first} | {first} | {second} |",
        "| --- | ---: | ---: | ---: |",
    ]
    for name in sorted(set(a) | set(b), key=lambda k: a[k] - b[k])[:top]:
        lines.append(f"| `{name}` | {b[name] - a[name]:+,.1f} | {a[name]:,.1f} | {b[name]:,.1f} |")
    return "\n".join(lines)


async def _run(args: argparse.Namespace) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}/v1"
    with tempfile.TemporaryDirectory(prefix="lmops-opcodes-") as tmp:
        argv = [sys.executable, "-m", "bench.fake_upstream", "--port", str(port)]
        upstream = spawn("fake-upstream", argv, base, f"{base}/models", Path(tmp))
        try:
            first, second = args.targets
            a = await _count(first, port, args)
            b = await _count(second, port, args)
        finally:
            upstream.stop()
    print(_report(first, a, second, b, args.top))


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(
        prog="python -m bench.opcodes",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--targets", default="lmops,lmops-full", help="two: base,other")
    p.add_argument("--requests", type=int, default=1000)
    p.add_argument("--warmup", type=int, default=400)
    p.add_argument("--concurrency", type=int, default=8)
    p.add_argument("--top", type=int, default=40, help="functions listed, most added first")
    p.add_argument("--redis-url", default=REDIS_URL)
    args = p.parse_args(argv)
    args.targets = [t.strip() for t in args.targets.split(",")]
    known = {"lmops", *PIPELINES}
    if len(args.targets) != 2 or not set(args.targets) <= known:
        p.error(f"--targets takes two of {', '.join(sorted(known))}")
    import uvloop

    uvloop.run(_run(args))


if __name__ == "__main__":
    main()
