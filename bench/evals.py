"""Eval runner overhead: CPU per cell of :func:`lmops.evals.runner.run_suite` at concurrency 32.

One suite of ``--cells`` tests (one prompt, one target), each cell scored by five deterministic
assertions (``max-length`` and ``latency`` from defaultTest, ``icontains``, ``regex``,
``not-contains``), run against:

* ``mock``: the mock provider (``echo``) through :class:`lmops.evals.targets.InProcessCaller`,
  the gateway's own router and provider in this process, no network;
* ``mock alone``: the same caller called once per cell by 32 workers with no runner: the
  provider's share, so ``mock`` minus it is the runner's;
* ``null``: a caller that answers at once with a fixed text: the runner alone.

Each with the result cache off (``--no-cache``), cold (a fresh :class:`MemoryCache`: one
prefetch that misses, every answer written), and warm (every answer from the cache, no call).
CPU is ``time.process_time()`` (all threads: the cache's reads and writes run on worker
threads) over the run, the suite loaded before; medians of ``--repeat`` runs after one warm-up,
all the rows' runs interleaved and their order rotated per repeat, so the machine's drift hits
each row alike.

    python -m bench.evals
    python -m bench.evals --cells 5000 --repeat 9
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import tempfile
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from lmops.config import parse_config
from lmops.evals.calls import Caller, Completion, Message
from lmops.evals.runner import MemoryCache, run_suite
from lmops.evals.suite import Suite, Target, load_suite
from lmops.evals.targets import InProcessCaller

__all__ = ["main"]

CONCURRENCY = 32
ALONE = ("mock alone (no runner)", "-")
_CONFIG = """
models:
  - name: mock
    provider: mock
    mock: {echo: true}
router:
  retries: {attempts: 0}
settings: {auth: none}
"""
_PROMPT = "Answer in one sentence: what is the capital of {{ country }}? (case {{ n }})"
_SUITE_HEAD = f"""
prompts: ["{_PROMPT}"]
targets: [mock]
defaultTest:
  assert: [{{type: max-length, value: 500}}, {{type: latency, value: 60000}}]
options: {{concurrency: 32}}
tests:
"""
_TEST = (
    "  - vars: {{country: Country{n}, n: {n}}}\n"
    "    assert: [{{type: icontains, value: country{n}}}, {{type: regex, value: '^Answer.*\\d+'}},"
    " {{type: not-contains, value: [sorry, cannot]}}]\n"
)

Runner = Callable[[], Awaitable[None]]


class NullCaller:
    """Answers at once: what is left is the runner's own work."""

    async def complete(
        self, target: Target, messages: Sequence[Message], params: Mapping[str, Any]
    ) -> Completion:
        return Completion(str(messages[-1]["content"]), 0.05, 10, 10, 0.0)

    async def embed(self, target: Target, texts: Sequence[str]) -> list[list[float]]:
        return [[1.0] for _ in texts]

    async def aclose(self) -> None:
        return None


def _suite(folder: Path, cells: int) -> Suite:
    path = folder / "suite.yaml"
    path.write_text(_SUITE_HEAD + "".join(_TEST.format(n=i) for i in range(cells)))
    return load_suite(path, environ={})


async def _timed(run: Runner) -> tuple[float, float]:
    gc.collect()  # each run starts from the same heap, not with the last one's garbage
    cpu, wall = time.process_time(), time.perf_counter()
    await run()
    return time.process_time() - cpu, time.perf_counter() - wall


def _alone(caller: Caller, suite: Suite) -> Runner:
    """The caller called once per cell by 32 workers, the messages a run sends, no runner."""
    target = suite.targets[0]
    texts = [
        _PROMPT.replace("{{ country }}", f"Country{n}").replace("{{ n }}", str(n))
        for n in range(len(suite.tests))
    ]
    messages = [[{"role": "user", "content": text}] for text in texts]

    async def run() -> None:
        order = iter(messages)

        async def work() -> None:
            for each in order:
                await caller.complete(target, each, {})

        await asyncio.gather(*(work() for _ in range(CONCURRENCY)))

    return run


def _modes(suite: Suite, caller: Caller, warm_cache: MemoryCache) -> dict[str, Runner]:
    async def none() -> None:
        await run_suite(suite, caller, concurrency=CONCURRENCY)

    async def cold() -> None:
        await run_suite(suite, caller, cache=MemoryCache(), concurrency=CONCURRENCY)

    async def warm() -> None:
        run = await run_suite(suite, caller, cache=warm_cache, concurrency=CONCURRENCY)
        assert all(c.cached for c in run.cells)

    return {"no cache": none, "cache cold": cold, "cache warm": warm}


Times = dict[tuple[str, str], list[tuple[float, float]]]  # (caller, cache) -> (CPU, wall) per run


async def _measure(suite: Suite, repeat: int) -> Times:
    mock = InProcessCaller(parse_config(_CONFIG, environ={}))
    try:
        runs: dict[tuple[str, str], Runner] = {ALONE: _alone(mock, suite)}
        for name, caller in (("null", NullCaller()), ("mock", mock)):
            warm_cache = MemoryCache()
            first = await run_suite(suite, caller, cache=warm_cache, concurrency=CONCURRENCY)
            assert first.counts["passed"] == len(first.cells), first.counts
            for mode, fn in _modes(suite, caller, warm_cache).items():
                runs[name, mode] = fn
        for fn in runs.values():
            await fn()  # warm-up
        times: Times = {k: [] for k in runs}
        order = list(runs)
        for i in range(repeat):  # interleaved, the order rotated: drift hits all rows alike
            for key in order[i % len(order) :] + order[: i % len(order)]:
                times[key].append(await _timed(runs[key]))
        return times
    finally:
        await mock.aclose()


def _report(cells: int, repeat: int, times: Times) -> None:
    ms = 1000 / cells  # seconds per run -> ms per cell
    cpu = {k: statistics.median(t[0] for t in v) * ms for k, v in times.items()}
    print(f"{cells} cells x 5 assertions, concurrency {CONCURRENCY}, medians of {repeat} runs")
    print("| caller | cache | CPU ms / cell (range) | runner's share, ms / cell | cells/s |")
    print("| --- | --- | ---: | ---: | ---: |")
    for (name, mode), t in times.items():
        low, high = min(x[0] for x in t) * ms, max(x[0] for x in t) * ms
        if (name, mode) == ALONE:
            share = "-"
        elif name == "mock" and mode != "cache warm":  # a warm run never calls the mock
            share = f"{cpu[name, mode] - cpu[ALONE]:.3f}"
        else:
            share = f"{cpu[name, mode]:.3f}"
        rate = cells / statistics.median(x[1] for x in t)
        print(
            f"| {name} | {mode} | {cpu[name, mode]:.3f} ({low:.3f}-{high:.3f}) | {share} | "
            f"{rate:,.0f} |"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cells", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        suite = _suite(Path(folder), args.cells)
    _report(args.cells, args.repeat, asyncio.run(_measure(suite, args.repeat)))


if __name__ == "__main__":
    main()
