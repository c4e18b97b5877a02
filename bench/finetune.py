"""Training throughput with and without packing: real (unpadded) tokens per second of
``lmops finetune train`` on a small Llama-shaped model on CPU, the two alternated round by
round, with the median and range of the paired ratios.

    python -m bench.finetune [--rounds 5] [--steps 12] [--hidden 256] [--layers 4]

The data is chat examples of mixed length (a few words to a few hundred tokens, as real
support transcripts are), built from the test tokenizer's words; each run trains a fresh
LoRA (r=16 on q,k,v,o) from the same random model for the same number of optimizer steps.
Without packing a batch pads every row to its longest; with it a row holds several examples.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
from pathlib import Path

from lmops.finetune.config import TrainConfig
from lmops.finetune.train import Training
from tests.finetune.tokenizer import CORPUS, train_tokenizer


def _model(folder: Path, hidden: int, layers: int) -> Path:
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    train_tokenizer(folder)
    tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    config = LlamaConfig(
        vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=hidden * 4,
        num_hidden_layers=layers, num_attention_heads=max(1, hidden // 64),
        num_key_value_heads=max(1, hidden // 128), max_position_embeddings=1024,
        pad_token_id=tokenizer.pad_token_id, eos_token_id=tokenizer.eos_token_id,
    )  # fmt: skip
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(str(folder))
    return folder


def _data(folder: Path, examples: int, seed: int) -> Path:
    words = " ".join(CORPUS[:3]).split()
    rng = random.Random(seed)

    def text(n: int) -> str:
        return " ".join(rng.choice(words) for _ in range(n))

    rows = []
    for _ in range(examples):
        # Most examples short, some long: a log-uniform length from 4 to 300 words.
        question, answer = int(4 * 75 ** rng.random()), int(4 * 75 ** rng.random())
        messages = [{"role": "user", "content": text(question)},
                    {"role": "assistant", "content": text(answer)}]  # fmt: skip
        rows.append(json.dumps({"messages": messages}) + "\n")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "train.jsonl").write_text("".join(rows))
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--steps", type=int, default=12)
    parser.add_argument("--hidden", type=int, default=256)
    parser.add_argument("--layers", type=int, default=4)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--max-length", type=int, default=1024)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        base = _model(root / "model", args.hidden, args.layers)
        data = _data(root / "data", 2000, seed=1)
        rates: dict[bool, list[float]] = {True: [], False: []}
        for round_ in range(args.rounds):
            for packing in (True, False) if round_ % 2 == 0 else (False, True):
                config = TrainConfig(
                    base_model=str(base), dataset=data, output_dir=root / f"out-{round_}-{packing}",
                    max_steps=args.steps, batch_size=args.batch, max_length=args.max_length,
                    packing=packing, logging_steps=args.steps, save_steps=10_000,
                    lora={"r": 16, "alpha": 32, "dropout": 0.0},
                )  # fmt: skip
                result = Training(config).run()
                rates[packing].append(result.tokens_per_s)
                print(f"round {round_} packing={packing}: {result.tokens:,} tokens, "
                      f"{result.tokens_per_s:,.0f} tokens/s")  # fmt: skip
    ratios = sorted(p / u for p, u in zip(rates[True], rates[False], strict=True))
    print(f"\npacked   median {statistics.median(rates[True]):,.0f} tokens/s")
    print(f"unpacked median {statistics.median(rates[False]):,.0f} tokens/s")
    print(f"packed / unpacked: median {statistics.median(ratios):.2f} "
          f"(range {ratios[0]:.2f}-{ratios[-1]:.2f}, {len(ratios)} rounds)")  # fmt: skip


if __name__ == "__main__":
    main()
