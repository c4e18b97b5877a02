"""A tiny Llama-shaped model with random weights and the test's own tokenizer, saved as a local
model folder: what ``base_model`` names in the training tests (nothing is downloaded)."""

from __future__ import annotations

from pathlib import Path

from tests.finetune.tokenizer import train_tokenizer


def tiny_model(folder: Path) -> Path:
    """The model folder (config, weights, tokenizer with its chat template)."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    train_tokenizer(folder)
    tokenizer = AutoTokenizer.from_pretrained(str(folder), local_files_only=True)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=256,
        # Wide initial weights: a LoRA of rank 8 on them can memorise a few sentences quickly.
        initializer_range=0.5,
        pad_token_id=tokenizer.convert_tokens_to_ids("<unk>"),
        eos_token_id=tokenizer.convert_tokens_to_ids("<|end|>"),
        bos_token_id=None,
    )
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(str(folder))
    return folder
