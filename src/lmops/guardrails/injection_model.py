"""The injection classifier: hashed character and word n-grams into a one-hidden-layer network.

Features, all taken on :func:`~lmops.guardrails.normalise.normalise`'d text: character 3- to
5-grams and word unigrams and bigrams, each hashed with ``zlib.crc32`` (stable across runs and
platforms) into ``2**18`` buckets, counts log-scaled and the row scaled to unit length. The
network: the buckets seen in training (a row of hidden weights each), ``HIDDEN`` ReLU units,
one logistic output. Scoring a text gathers the rows of its buckets: a few hundred
microseconds per KB on top of the hashing. The weights ship in ``data/injection_model.npz``
(float16) and are loaded once, on first use. :mod:`lmops.guardrails.train_injection` trains
them reproducibly.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import zlib
from dataclasses import dataclass
from importlib import resources
from typing import IO

import numpy as np
import numpy.typing as npt

from lmops.guardrails.normalise import normalise

__all__ = [
    "BUCKETS",
    "HIDDEN",
    "Model",
    "features",
    "load_model",
    "predict_proba",
    "read_model",
]

BUCKETS = 2**18
HIDDEN = 32
_MAX_CHARS = 4096
_WORD = re.compile(r"\w+|[^\w\s]+")


@dataclass(frozen=True)
class Model:
    buckets: npt.NDArray[np.int32]  # sorted: the feature buckets the network has a row for
    hidden: npt.NDArray[np.float32]  # (len(buckets), H): each bucket's weights into the layer
    hidden_bias: npt.NDArray[np.float32]  # (H,)
    output: npt.NDArray[np.float32]  # (H,)
    bias: float

    @functools.cached_property
    def _rows(self) -> npt.NDArray[np.int32]:
        """Bucket -> row of ``hidden`` (-1: a bucket training never saw), made on first use."""
        rows = np.full(BUCKETS, -1, dtype=np.int32)
        rows[self.buckets] = np.arange(len(self.buckets), dtype=np.int32)
        return rows

    def predict_proba(self, text: str) -> float:
        """Probability in [0, 1] that *text* is a prompt injection, by this model."""
        idx, values = features(text)
        rows = self._rows[idx]
        known = rows >= 0
        layer = values[known] @ self.hidden[rows[known]] + self.hidden_bias
        z = float(np.maximum(layer, 0.0) @ self.output) + self.bias
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))


def features(text: str) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Return the hashed feature buckets of *text* and their values (unit L2 norm)."""
    canon = normalise(text[:_MAX_CHARS])
    crc = zlib.crc32
    keys: list[int] = []
    padded = f" {canon} ".encode()
    for size in (3, 4, 5):
        seed = crc(b"c%d" % size)
        keys.extend(crc(padded[i : i + size], seed) for i in range(len(padded) - size + 1))
    words = [w.encode() for w in _WORD.findall(canon)]
    seed = crc(b"w1")
    keys.extend(crc(w, seed) for w in words)
    seed = crc(b"w2")
    keys.extend(crc(a + b" " + b, seed) for a, b in itertools.pairwise(words))
    if not keys:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    idx, counts = np.unique(np.array(keys, dtype=np.int64) % BUCKETS, return_counts=True)
    values = np.log1p(counts.astype(np.float64))
    return idx, values / math.sqrt(float(values @ values))


def read_model(source: IO[bytes]) -> Model:
    """A model as :mod:`lmops.guardrails.train_injection` writes it (an ``.npz`` file)."""
    with np.load(source) as data:
        return Model(
            buckets=data["buckets"].astype(np.int32),
            hidden=data["hidden"].astype(np.float32),
            hidden_bias=data["hidden_bias"].astype(np.float32),
            output=data["output"].astype(np.float32),
            bias=float(data["bias"][0]),
        )


@functools.cache
def load_model() -> Model:
    """The shipped model, read once from the package data."""
    ref = resources.files("lmops.guardrails").joinpath("data/injection_model.npz")
    with ref.open("rb") as handle:
        return read_model(handle)


def predict_proba(text: str) -> float:
    """Probability in [0, 1] that *text* is a prompt injection, by the shipped model."""
    return load_model().predict_proba(text)
