from tests.finetune.training import dataset, tiny_base, trained

__all__ = ["dataset", "tiny_base", "trained"]
