"""Fine-tuning: data preparation (``lmops finetune prepare``)."""
