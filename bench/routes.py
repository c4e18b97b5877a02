"""CPU per request of /v1/messages and /v1/responses against /v1/chat/completions, one gateway.

The same question is sent to one lmops process (the fake upstream behind it) in each API's own
shape, streamed and not, in many short alternating phases (order rotated); the gateway's CPU is
read from the kernel around every phase, and each route's phase is paired with the same round's
chat completions phase, so what moves the whole machine cancels out of the ratio.

    python -m bench.routes --phases 12
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import orjson

from bench.loadgen import Phase
from bench.phases import bootstrap_median, thread_seconds
from bench.run import LoadGen, _headers, chat_body, warm_up
from bench.targets import Server, free_port, spawn, start_target

__all__ = ["main"]


def _bodies(stream: bool) -> dict[str, tuple[str, bytes, str]]:
    """Route name -> (path, body, the last event of its stream), for one question."""
    chat: dict[str, Any] = orjson.loads(chat_body(stream))
    system, user = chat["messages"]
    messages: dict[str, Any] = {
        "model": chat["model"],
        "max_tokens": chat["max_tokens"],
        "system": system["content"],
        "messages": [user],
    }
    responses: dict[str, Any] = {
        "model": chat["model"],
        "max_output_tokens": chat["max_tokens"],
        "instructions": system["content"],
        "input": user["content"],
        "store": False,  # measured apart: the memory store costs a dict insert
    }
    if stream:
        messages["stream"] = responses["stream"] = True
    return {
        "chat": ("/chat/completions", orjson.dumps(chat), "data: [DONE]\n\n"),
        "messages": ("/messages", orjson.dumps(messages), '"type":"message_stop"'),
        "responses": ("/responses", orjson.dumps(responses), "event: response.completed"),
        "responses-stored": (
            "/responses",
            orjson.dumps({**responses, "store": True}),
            "event: response.completed",
        ),
    }


def _measure(loadgen: LoadGen, server: Server, phase: Phase) -> float:
    """One phase: the gateway's CPU milliseconds per request (every thread)."""
    main0, rest0 = thread_seconds(server.pid)
    result = loadgen.run(phase)
    main1, rest1 = thread_seconds(server.pid)
    if result.errors:
        raise RuntimeError(f"{phase.url}: {result.errors} errors, first: {result.first_error}")
    return (main1 + rest1 - main0 - rest0) * 1000 / result.n


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m bench.routes", description=__doc__.splitlines()[0])
    p.add_argument("--phases", type=int, default=12, help="rounds (one phase per route each)")
    p.add_argument("--requests", type=int, default=2000, help="requests per phase")
    p.add_argument("--streams", type=int, default=500, help="streams per phase")
    p.add_argument("--concurrency", type=int, default=32)
    p.add_argument("--warmup", type=int, default=1000)
    p.add_argument("--python", default=sys.executable)
    p.add_argument("--start-timeout", type=float, default=60.0)
    args = p.parse_args(argv)
    args.lmops_python = args.baseline = None
    with tempfile.TemporaryDirectory(prefix="lmops-routes-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        base = f"http://127.0.0.1:{port}/v1"
        argv_up = [args.python, "-m", "bench.fake_upstream", "--port", str(port)]
        upstream = spawn("fake-upstream", argv_up, base, f"{base}/models", tmp)
        server: Server | None = None
        loadgen: LoadGen | None = None
        try:
            server = start_target("lmops", args, tmp, upstream, None)
            loadgen = LoadGen(args.python)
            warm_up(loadgen, server, args)
            phases: dict[str, Phase] = {}
            for stream in (False, True):
                n = args.streams if stream else args.requests
                for route, (path, body, end) in _bodies(stream).items():
                    name = f"{route} {'stream' if stream else 'request'}"
                    phases[name] = Phase(
                        server.base_url + path,
                        n,
                        args.concurrency,
                        body.decode(),
                        stream=stream,
                        headers=_headers(server),
                        stream_end=end,
                    )
            for phase in phases.values():  # every route's own lazy work, before anything counts
                loadgen.run(Phase(**{**phase.__dict__, "n": max(1, args.warmup // 10)}))
            names = list(phases)
            rows: list[dict[str, float]] = []
            for i in range(args.phases):
                order = names[i % len(names) :] + names[: i % len(names)]
                rows.append({name: _measure(loadgen, server, phases[name]) for name in order})
                print(f"[{i + 1}/{args.phases}]", file=sys.stderr, flush=True)
        finally:
            if loadgen is not None:
                loadgen.close()
            if server is not None:
                server.stop()
            upstream.stop()
    print(f"{args.phases} rounds at c={args.concurrency}, one lmops process, shared CPUs")
    print("| route | CPU ms per request | / chat completions, paired: median (95%) | range |")
    print("| --- | ---: | ---: | ---: |")
    for name in names:
        kind = name.split()[1]
        reference = f"chat {kind}"
        ratios = [row[name] / row[reference] for row in rows]
        low, high = bootstrap_median(ratios)
        cpu = statistics.median(row[name] for row in rows)
        print(
            f"| {name} | {cpu:.3f} | {statistics.median(ratios):.3f} ({low:.3f}-{high:.3f}) "
            f"| {min(ratios):.2f}-{max(ratios):.2f} |"
        )


if __name__ == "__main__":
    main()
