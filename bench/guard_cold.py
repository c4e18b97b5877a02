"""The guard's two rules on the benchmark's 1 KB request, with warm and with cold caches.

``lmops-guard`` costs the gateway's main thread two to three times what the same scans cost in
a loop (bench/README, "Issue 13, seventh session"): between two requests' scans, the event
loop, the load generator and the fake upstream run, and the scans find their tables (RE2's
DFA states, compiled regexes, the interpreter's own data) out of the caches. A loop keeps them
in L1 and L2 and so times the wrong thing. This times each part both ways: warm (one call
after another) and cold (a buffer larger than the last-level cache written between calls,
outside the timed call). The cold figure is the one a change to the scans should move.

    python -m bench.guard_cold
    python -m bench.guard_cold --calls 300 --flush-mb 64

The text is ``lmops-guard``'s user message as the load generator sends it (``LONG_PROMPT`` and
a nonce ``(<12 hex>-<n>)``), a new nonce for every call, as the rules see it: the system
prompt is remembered by digest after the first request and costs only that digest.
"""

from __future__ import annotations

import argparse
import statistics
import time
import uuid
from collections.abc import Callable

import numpy as np

from bench.pipeline import LONG_PROMPT
from lmops.config_guardrails import GuardrailRule
from lmops.guardrails import injection, pii_recognizers
from lmops.guardrails.normalise import normalise
from lmops.guardrails.rules import compile_rules

__all__ = ["main", "parts", "time_part"]


def parts() -> dict[str, Callable[[str], object]]:
    """The rules as the gateway runs them, and the pieces worth watching inside them."""
    pii_rule, injection_rule = compile_rules(
        [
            GuardrailRule(name="pii", check="pii", action="flag"),
            GuardrailRule(name="injection", check="injection", mode="fast", action="flag"),
        ],
        b"bench",
    )
    triggers = injection._TRIGGERS
    return {
        "both rules (Rule.scan)": lambda t: (pii_rule.scan(t), injection_rule.scan(t)),
        "pii rule": pii_rule.scan,
        "pii rule: its prefilter": pii_recognizers.recognizers_for,
        "injection rule (fast)": injection_rule.scan,
        "injection rule: its trigger scan (RE2)": lambda t: triggers.find(normalise(t).encode()),
    }


def time_part(run: Callable[[str], object], texts: list[str], flush: np.ndarray | None) -> float:
    """Median microseconds of ``run`` per text; ``flush``: written before every call."""
    run(texts[0])
    times = []
    for text in texts:
        if flush is not None:
            np.add(flush, 1, out=flush)
        started = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6


def _texts(count: int) -> list[str]:
    # A fresh nonce per call, as the load generator sends: no rule has seen the text before.
    return [f"{LONG_PROMPT} ({uuid.uuid4().hex[:12]}-{i})" for i in range(count)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=300, help="texts per figure")
    parser.add_argument("--flush-mb", type=int, default=64, help="more than the L3 cache")
    args = parser.parse_args(argv)
    flush = np.zeros(args.flush_mb << 20, dtype=np.uint8)
    print("| part | warm (us) | cold (us) |")
    print("| --- | ---: | ---: |")
    for name, run in parts().items():
        warm = time_part(run, _texts(args.calls), None)
        cold = time_part(run, _texts(args.calls), flush)
        print(f"| {name} | {warm:.1f} | {cold:.1f} |")


if __name__ == "__main__":
    main()
