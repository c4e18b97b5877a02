"""bench.phases: CPU read per thread from the kernel, the bootstrap interval, and a short run
that reports every target and every paired ratio."""

from __future__ import annotations

import os
import statistics
import threading
import time

import pytest

from bench import phases


def _spin(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_cpu_is_read_apart_for_the_main_thread_and_the_others() -> None:
    main0, rest0 = phases.thread_seconds(os.getpid())
    worker = threading.Thread(target=_spin, args=(0.3,))
    worker.start()
    worker.join()
    main1, rest1 = phases.thread_seconds(os.getpid())
    _spin(0.3)
    main2, rest2 = phases.thread_seconds(os.getpid())
    # Clock ticks: 10 ms at the usual 100 Hz.
    assert rest1 - rest0 >= 0.25 and main1 - main0 < 0.1
    assert main2 - main1 >= 0.25 and rest2 - rest1 < 0.1


def test_the_bootstrap_interval_holds_the_median_and_narrows_with_more_data() -> None:
    few = [1.0, 1.4, 0.9, 1.2, 1.1, 1.3]
    low, high = phases.bootstrap_median(few)
    assert low <= statistics.median(few) <= high
    many_low, many_high = phases.bootstrap_median(few * 10)
    assert low <= many_low <= many_high <= high and many_high - many_low < high - low


def test_a_short_run_reports_each_target_and_the_paired_ratio(
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = ["--targets", "lmops-1k,lmops-guard", "--phases", "2", "--requests", "200"]
    phases.main([*argv, "--warmup", "50", "--concurrency", "8"])
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "2 phases of 200 requests at c=8, shared CPUs"
    rows = {line.split(" | ")[0].strip("| "): line for line in out if line.startswith("| lmops")}
    assert set(rows) == {"lmops-1k", "lmops-guard", "lmops-guard / lmops-1k"}
    cpu = float(rows["lmops-guard"].split(" | ")[1].split()[0])
    assert cpu > 0
