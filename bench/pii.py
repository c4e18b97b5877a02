"""PII detector speed: MB/s on benign prose and on entity-dense text, and us per 1 KB prompt.

Benign prose is chat-like English with the numbers ordinary text has (times, counts, versions,
dates) and no entities; entity-dense text is the labelled cases of tests/data/pii_cases.jsonl
joined (about one entity every 60 characters). One core, one process; medians of ``--repeat``
timed runs after one warm-up.

    python -m bench.pii
    python -m bench.pii --mb 2 --repeat 9
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from lmops.guardrails.pii import detect

__all__ = ["benign_text", "dense_text", "main"]

_CASES = Path(__file__).parents[1] / "tests" / "data" / "pii_cases.jsonl"
_SENTENCES = (
    "Can you help me rewrite this paragraph so it sounds more friendly?",
    "The meeting starts at 10:30 and should take about 45 minutes.",
    "I tried version 2.3.1 of the library but the import still fails.",
    "Summarise the attached report in three bullet points for the team.",
    "We shipped 1,250 units in March, up 12% from February.",
    "What is the difference between a list and a tuple in Python?",
    "Please translate the following sentence into French: the train is late.",
    "My daughter is 7 and loves dinosaurs; suggest a birthday theme.",
    "Explain why the loss goes up after epoch 20 when the learning rate is 0.001.",
    "Write a short poem about autumn leaves and a quiet street.",
    "The budget for Q3 is about 40k, and we have spent roughly half of it.",
    "Ignore the warning about the deprecated flag; it is harmless here.",
    "Draft a polite reply declining the invitation for 14 June.",
    "How many grams of flour do I need for 12 pancakes?",
)


def benign_text(size: int, rng: random.Random) -> str:
    """About ``size`` characters of entity-free, chat-like prose."""
    parts: list[str] = []
    total = 0
    while total < size:
        sentence = rng.choice(_SENTENCES)
        parts.append(sentence)
        total += len(sentence) + 1
    return " ".join(parts)[:size]


def dense_text(size: int) -> str:
    """About ``size`` characters of the labelled cases, entities included, joined by newlines."""
    texts = [json.loads(line)["text"] for line in _CASES.read_text(encoding="utf-8").splitlines()]
    out = "\n".join(texts)
    while len(out) < size:
        out += "\n" + out
    return out[:size]


def _median_seconds(run: Callable[[], object], repeat: int) -> float:
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=1.0, help="text size per run, in MB")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    size = int(args.mb * 1_000_000)
    benign, dense = benign_text(size, random.Random(13)), dense_text(size)
    # Chunks of a prompt's size, so the per-call cost is in the figure.
    for name, text in (("benign prose", benign), ("entity-dense", dense)):
        chunks = [text[i : i + 1000] for i in range(0, len(text), 1000)]
        seconds = _median_seconds(lambda c=chunks: [detect(x) for x in c], args.repeat)
        found = sum(len(detect(x)) for x in chunks)
        print(f"{name:<13} {len(text) / seconds / 1e6:7.1f} MB/s  ({found} findings)")
    prompts = [benign[i : i + 1000] for i in range(0, 200_000, 1000)]
    seconds = _median_seconds(lambda: [detect(p) for p in prompts], args.repeat)
    print(f"1 KB benign prompt: {seconds / len(prompts) * 1e6:.1f} us per call")
    one = dense[:1000]
    seconds = _median_seconds(lambda: [detect(one) for _ in range(200)], args.repeat)
    print(f"1 KB dense prompt:  {seconds / 200 * 1e6:.1f} us per call")


if __name__ == "__main__":
    main()
