"""The eval runner against a fake Caller: rendering, retries, errors, the result cache,
cancellation, the concurrency bound; and a suite against the mock provider in-process."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from lmops.evals.calls import CallError, Completion
from lmops.evals.runner import MemoryCache, cache_key, run_suite
from lmops.evals.suite import Target
from lmops.prompts.model import PromptContent, PromptRef, PromptVersion
from tests.evals.runner_fakes import CAPITALS, CountingCache, FakeCaller, Sleeps, write_suite


async def test_every_cell_runs_rendered_and_scored(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CAPITALS)
    caller = FakeCaller()
    run = await run_suite(suite, caller, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    assert [c.key for c in run.cells] == [
        (p, t, i, 0)
        for p in ("Capital of {{ country }}?", "chat")
        for t in ("m1", "m2")
        for i in (0, 1)
    ]
    assert [c.status for c in run.cells] == ["passed", "failed"] * 4
    first, spain = run.cells[0], run.cells[1]
    assert first.output == "m1: Capital of France?" and first.prompt == "Capital of France?"
    assert [s.type for s in first.scores] == ["max-length", "icontains"]
    assert (first.latency_ms, first.prompt_tokens, first.cost_usd) == (12.5, 3, 0.001)
    assert [(s.type, s.passed) for s in spain.scores] == [
        ("max-length", True),
        ("contains", False),
        ("not-contains", False),
    ]
    chat = run.cells[4]
    assert json.loads(chat.prompt) == [
        {"role": "system", "content": "terse"},
        {"role": "user", "content": "France!"},
    ]
    # The prompt's config are request parameters; the target, not the prompt, names the model.
    assert caller.calls[4][2] == {"temperature": 0} and caller.calls[0][2] == {}
    assert len(caller.calls) == 8 and run.counts["failed"] == 4
    assert set(run.prompt_versions) == {"Capital of {{ country }}?", "chat"}
    assert all(len(v) == 64 for v in run.prompt_versions.values())  # content hashes
    assert run.options["targets"] == ["m1", "m2"] and not run.options["interrupted"]
    assert run.started_at == datetime(2026, 1, 1, tzinfo=UTC)


async def test_targets_repeat_and_concurrency_overrides(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CAPITALS)
    run = await run_suite(suite, FakeCaller(), targets=["m2"], repeat=2, concurrency=1)
    assert {c.target_id for c in run.cells} == {"m2"} and len(run.cells) == 2 * 2 * 2
    assert [c.repeat_index for c in run.cells[:4]] == [0, 1, 0, 1]
    with pytest.raises(ValueError, match=r"unknown target 'm3'.*m1, m2"):
        await run_suite(suite, FakeCaller(), targets=["m3"])


async def test_retryable_errors_are_retried_with_growing_backoff(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CAPITALS)
    sleeps = Sleeps()
    busy = CallError("429 rate limited", retryable=True, status=429)
    caller = FakeCaller(fail={1: busy, 2: busy})
    run = await run_suite(suite, caller, targets=["m1"], concurrency=1, sleep=sleeps)
    assert run.cells[0].status == "passed" and len(caller.calls) == 4 + 2
    assert len(sleeps.delays) == 2
    assert 0.25 <= sleeps.delays[0] <= 0.5 and 0.5 <= sleeps.delays[1] <= 1.0


async def test_errors_after_retries_and_final_errors_are_error_cells(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CAPITALS)
    sleeps = Sleeps()
    down = CallError("503 unavailable", retryable=True, status=503)
    bad = CallError("400 bad request", retryable=False, status=400)
    caller = FakeCaller(fail={1: down, 2: down, 3: down, 4: bad})
    run = await run_suite(suite, caller, targets=["m1"], concurrency=1, sleep=sleeps)
    first, second = run.cells[0], run.cells[1]
    assert first.status == "error" and first.output is None and first.scores == ()
    assert first.error == "503 unavailable (after 3 tries)"  # retries: 2
    assert second.status == "error" and second.error == "400 bad request"
    assert len(sleeps.delays) == 2 and run.counts == {
        "passed": 1,
        "failed": 1,
        "error": 2,
        "skipped": 0,
    }


async def test_a_caller_raising_something_else_is_an_error_cell(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CAPITALS)

    class Broken(FakeCaller):
        async def complete(self, *args: Any) -> Completion:
            answer = await super().complete(*args)
            if len(self.calls) == 2:
                raise KeyError("choices")
            return answer

    run = await run_suite(suite, Broken(), targets=["m1"], concurrency=1)
    assert [c.status for c in run.cells] == ["passed", "error", "passed", "failed"]
    assert run.cells[1].error == "caller failed: KeyError: 'choices'"


async def test_a_call_that_never_answers_times_out(tmp_path: Path) -> None:
    suite = write_suite(
        tmp_path,
        """
        prompts: ["hi"]
        targets: [slow]
        tests: [{vars: {}}, {vars: {}}]
        options: {timeout: 0.01, retries: 1, concurrency: 1}
        """,
    )

    class Hanging(FakeCaller):
        def __init__(self, answer_from: int) -> None:
            super().__init__()
            self.answer_from = answer_from

        async def complete(self, *args: Any) -> Completion:
            answer = await super().complete(*args)
            if len(self.calls) < self.answer_from:
                await asyncio.Event().wait()
            return answer

    run = await run_suite(suite, Hanging(answer_from=3), sleep=Sleeps())
    assert run.cells[0].status == "error"
    assert run.cells[0].error == "no answer within 0.01 s (after 2 tries)"
    assert run.cells[1].status == "passed"
    # A try that timed out is retried, and the cell goes on as if nothing had been cancelled.
    caller = Hanging(answer_from=2)
    run = await run_suite(suite, caller, sleep=Sleeps())
    assert [c.status for c in run.cells] == ["passed", "passed"] and len(caller.calls) == 3


async def test_cache_makes_a_rerun_free(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CAPITALS)
    cache = CountingCache()
    caller = FakeCaller()
    first = await run_suite(suite, caller, cache=cache)
    assert len(caller.calls) == 8 and not any(c.cached for c in first.cells)
    assert cache.gets == [8] and sum(cache.puts) == 8 and len(cache) == 8
    again = await run_suite(suite, caller, cache=cache, repeat=2)
    # One get_many for all 16 cells; the 8 of repeat 0 hit, repeat 1 calls.
    assert cache.gets[1:] == [16] and len(caller.calls) == 16
    assert [c.cached for c in again.cells[:2]] == [True, False]
    assert [c.output for c in again.cells] == [c.output for c in first.cells for _ in (0, 1)]
    assert [c.status for c in again.cells[::2]] == [c.status for c in first.cells]


async def test_a_changed_assertion_is_scored_again_from_the_cache(tmp_path: Path) -> None:
    cache = CountingCache()
    caller = FakeCaller()
    first = await run_suite(write_suite(tmp_path, CAPITALS), caller, cache=cache)
    assert first.cells[0].status == "passed"  # france, under 100 characters
    stricter = CAPITALS.replace("{type: max-length, value: 100}", "{type: max-length, value: 3}")
    again = await run_suite(write_suite(tmp_path, stricter), caller, cache=cache)
    assert len(caller.calls) == 8  # no new call: every answer came from the cache
    assert all(c.cached for c in again.cells)
    assert all(c.status == "failed" for c in again.cells)  # the new limit was applied


def test_cache_key_covers_what_changes_the_answer() -> None:
    t = Target("a", "m1")
    msgs = [{"role": "user", "content": "hi"}]
    key = cache_key(t, msgs, {"temperature": 0, "response_format": {"a": 1, "b": 2}}, 0)
    same = [
        cache_key(
            Target("renamed", "m1"),
            msgs,
            {"temperature": 0.0, "response_format": {"b": 2, "a": 1}},
            0,
        ),
        cache_key(
            Target("a", "m1", api_key="k"),
            msgs,
            {"temperature": 0, "response_format": {"a": 1, "b": 2}, "model": "x"},
            0,
        ),
    ]
    assert all(k == key for k in same)
    base = {"temperature": 0, "response_format": {"a": 1, "b": 2}}
    different = {
        cache_key(Target("a", "m2"), msgs, base, 0),
        cache_key(Target("a", "m1", gateway="http://g"), msgs, base, 0),
        cache_key(t, [{"role": "user", "content": "hi!"}], base, 0),
        cache_key(t, [{"role": "system", "content": "hi"}], base, 0),
        cache_key(t, msgs, {**base, "temperature": 0.5}, 0),
        cache_key(t, msgs, base, 1),
    }
    assert key not in different and len(different) == 6


async def test_render_errors_and_unresolved_refs_are_error_cells(tmp_path: Path) -> None:
    suite = write_suite(
        tmp_path,
        """
        prompts: ["{{ missing }} x", {ref: greet@production}, {ref: other:2}]
        targets: [m]
        tests: [{vars: {name: Ann}}]
        """,
    )
    content = PromptContent("text", template="Hello {{ name }}", config={"max_tokens": 5})
    version = PromptVersion(
        "greet", 3, content, ("name",), content.content_hash(), "", "cli", datetime.now(UTC)
    )

    def resolve(ref: PromptRef) -> PromptVersion:
        if ref.name == "greet":
            assert ref.label == "production"
            return version
        raise KeyError(f"no prompt {ref.name!r}")

    caller = FakeCaller()
    run = await run_suite(suite, caller, resolve_ref=resolve)
    missing, greet, other = run.cells
    assert missing.status == "error" and "missing variable 'missing'" in (missing.error or "")
    assert greet.status == "passed" and greet.output == "m: Hello Ann"
    assert other.status == "error" and "no prompt 'other'" in (other.error or "")
    assert caller.calls == [("m", [{"role": "user", "content": "Hello Ann"}], {"max_tokens": 5})]
    assert run.prompt_versions["greet@production"] == "greet:3"
    unresolved = await run_suite(suite, FakeCaller())
    assert "no prompt registry" in (unresolved.cells[1].error or "")


async def test_cancel_skips_the_rest_and_returns_the_partial_run(tmp_path: Path) -> None:
    suite = write_suite(tmp_path, CAPITALS)
    started = asyncio.Event()
    release = asyncio.Event()

    class Blocks(FakeCaller):
        async def complete(self, *args: Any) -> Completion:
            answer = await super().complete(*args)
            if len(self.calls) > 2:  # the first two answer, the next ones hang
                started.set()
                await release.wait()
            return answer

    cache = MemoryCache()
    task = asyncio.create_task(run_suite(suite, Blocks(), cache=cache, concurrency=2))
    await started.wait()
    task.cancel()
    run = await task
    assert [c.status for c in run.cells[:2]] == ["passed", "failed"]
    assert {c.status for c in run.cells[2:]} == {"skipped"} and len(run.cells) == 8
    assert "interrupted" in (run.cells[2].error or "") and run.options["interrupted"]
    assert len(cache) == 2  # the answers already paid for are kept


async def test_concurrency_bound_is_respected(tmp_path: Path) -> None:
    tests = "\n".join(f"  - vars: {{n: {i}}}" for i in range(30))
    suite = write_suite(tmp_path, f'prompts: ["{{{{ n }}}}"]\ntargets: [m]\ntests:\n{tests}\n')
    in_flight = peak = 0

    class Overlapping(FakeCaller):
        async def complete(self, *args: Any) -> Completion:
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)
            for _ in range(3):
                await asyncio.sleep(0)  # yield, so other workers can start their calls
            in_flight -= 1
            return await super().complete(*args)

    run = await run_suite(suite, Overlapping(), concurrency=4)
    assert peak == 4 and run.counts["passed"] == 30


MOCK_CONFIG = """
models:
  - name: echo
    provider: mock
    mock: {echo: true}
  - name: broken
    provider: mock
    mock: {error_rate: 1.0, error_status: 400, error_message: "no thanks"}
router:
  retries: {attempts: 0}
settings: {auth: none}
"""


async def test_suite_against_the_mock_provider_in_process(tmp_path: Path) -> None:
    from lmops.config import parse_config
    from lmops.evals.targets import InProcessCaller

    suite = write_suite(
        tmp_path,
        """
        prompts: ["Say {{ word }}"]
        targets: [echo, broken]
        defaultTest:
          assert: [{type: latency, value: 60000}, {type: cost, value: 0}]
        tests:
          - vars: {word: hello}
            assert: [{type: icontains, value: HELLO}]
          - vars: {word: bye}
            assert: [{type: regex, value: "^Say hello$"}]
        """,
    )
    caller = InProcessCaller(parse_config(MOCK_CONFIG, environ={}))
    cache = MemoryCache()
    try:
        run = await run_suite(suite, caller, cache=cache)
        again = await run_suite(suite, caller, cache=cache)
    finally:
        await caller.aclose()
    assert [(c.target_id, c.status) for c in run.cells] == [
        ("echo", "passed"),
        ("echo", "failed"),
        ("broken", "error"),
        ("broken", "error"),
    ]
    assert run.cells[0].output == "Say hello" and run.cells[0].cost_usd == 0.0
    assert "no thanks" in (run.cells[2].error or "")
    assert run.pass_rate == 0.25 and not run.ok
    # The answers were kept; the failed calls were not, so they are tried again.
    assert [c.cached for c in again.cells] == [True, True, False, False]
    assert [c.status for c in again.cells] == [c.status for c in run.cells]


def test_ctrl_c_under_run_interruptible_returns_the_partial_run(tmp_path: Path) -> None:
    import signal

    from lmops.evals.interrupt import run_interruptible

    suite = write_suite(tmp_path, CAPITALS)

    class Interrupts(FakeCaller):
        async def complete(self, *args: Any) -> Completion:
            answer = await super().complete(*args)
            if len(self.calls) == 3:  # as a person pressing Ctrl-C during the third call
                signal.raise_signal(signal.SIGINT)
                await asyncio.Event().wait()
            return answer

    run = run_interruptible(run_suite(suite, Interrupts(), concurrency=1))
    assert [c.status for c in run.cells[:3]] == ["passed", "failed", "skipped"]
    assert run.counts["skipped"] == 6 and run.options["interrupted"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
