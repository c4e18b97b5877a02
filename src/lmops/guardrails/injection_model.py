"""The injection classifier: hashed character and word n-grams into logistic regression.

Features, all taken on :func:`~lmops.guardrails.normalise.normalise`'d text: character 3- to
5-grams and word unigrams and bigrams, each hashed with ``zlib.crc32`` (stable across runs and
platforms) into ``2**18`` buckets, counts log-scaled and the row scaled to unit length. The
weights ship sparsely (non-zero buckets only) in ``data/injection_model.npz`` and are loaded
once, on first use. :mod:`lmops.guardrails.train_injection` trains them reproducibly.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import zlib
from dataclasses import dataclass
from importlib import resources

import numpy as np
import numpy.typing as npt

from lmops.guardrails.normalise import normalise

__all__ = ["BUCKETS", "Model", "features", "load_model", "predict_proba"]

BUCKETS = 2**18
_MAX_CHARS = 4096
_WORD = re.compile(r"\w+|[^\w\s]+")


@dataclass(frozen=True)
class Model:
    buckets: npt.NDArray[np.int32]
    weights: npt.NDArray[np.float32]
    bias: float

    @functools.cached_property
    def dense(self) -> npt.NDArray[np.float64]:
        """The weights as one array indexed by bucket (made once, on first use)."""
        out = np.zeros(BUCKETS, dtype=np.float64)
        out[self.buckets] = self.weights
        return out

    def predict_proba(self, text: str) -> float:
        """Probability in [0, 1] that *text* is a prompt injection, by this model."""
        idx, values = features(text)
        z = float(self.dense[idx] @ values) + self.bias
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


@functools.cache
def load_model() -> Model:
    """The shipped model, read once from the package data."""
    ref = resources.files("lmops.guardrails").joinpath("data/injection_model.npz")
    with ref.open("rb") as handle, np.load(handle) as data:
        return Model(
            buckets=data["buckets"].astype(np.int32),
            weights=data["weights"].astype(np.float32),
            bias=float(data["bias"][0]),
        )


def predict_proba(text: str) -> float:
    """Probability in [0, 1] that *text* is a prompt injection, by the shipped model."""
    return load_model().predict_proba(text)
