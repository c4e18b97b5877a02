from tests.finetune.training import dataset, tiny_base

__all__ = ["dataset", "tiny_base"]
