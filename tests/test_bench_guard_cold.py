"""bench.guard_cold times the guard's rules with the caches flushed between calls: every call
must get a text no rule has seen, and the flush must happen before each timed call."""

from __future__ import annotations

import numpy as np
import pytest

from bench import guard_cold


def test_each_call_is_preceded_by_one_flush_and_gets_a_new_text() -> None:
    flush = np.zeros(4096, dtype=np.uint8)
    seen: list[tuple[str, int]] = []
    texts = guard_cold._texts(5)
    assert len(set(texts)) == 5  # a remembered (clean) text would cost only its digest

    guard_cold.time_part(lambda text: seen.append((text, int(flush[0]))), texts, flush)

    # One untimed warm-up call, then each text once, each after one more pass of the flush.
    assert seen == [(texts[0], 0)] + [(text, n) for n, text in enumerate(texts, start=1)]


def test_it_prints_warm_and_cold_figures_for_every_part(
    capsys: pytest.CaptureFixture[str],
) -> None:
    guard_cold.main(["--calls", "3", "--flush-mb", "1"])
    rows = capsys.readouterr().out.splitlines()[2:]
    assert [row.split(" | ")[0].strip("| ") for row in rows] == list(guard_cold.parts())
    for row in rows:
        warm, cold = (float(cell) for cell in row.strip("| ").split(" | ")[1:])
        assert warm > 0 and cold > 0
