"""Semantic metrics on the offline all-MiniLM-L6-v2 model the semantic cache uses.

* :func:`semantic_similarity` (``similar``, ``semantic-similarity``): the cosine of the two texts'
  sentence embeddings, clipped at 0 (``max(0, cos)``) so the value is in 0..1; passes at
  :data:`SIMILAR_PASS` unless ``threshold`` says otherwise. :func:`similarity_many` scores many
  pairs with one batched encoding of the distinct texts (1.6-2x one call per pair on 2 CPUs).
* :func:`bert_score` (``bert-score``): BERTScore-style greedy matching on the same model's
  contextual token embeddings ([CLS] and [SEP] dropped, each token L2-normalised). Precision is
  the mean, over the prediction's tokens, of the best cosine with any reference token; recall is
  the same from the reference's side; the value is their harmonic mean (F1). No idf weighting and
  no baseline rescaling (unlike the ``bert-score`` package's defaults for reported numbers), so
  values for unrelated English text are well above 0; compare them with each other, not with
  published BERTScores. :func:`bert_score_many` encodes many pairs' tokens in
  batches. Text beyond the model's 256-token window is truncated by the model.

The model is loaded once per process, on first use, by
:func:`lmops.cache.embedders.load_minilm` (importing torch takes seconds), so importing this
module imports numpy only. Both metrics take ``embedder=``: any :class:`TextEncoder`, e.g. fixed
vectors in tests or another model.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any, Final, Protocol

import numpy as np
import numpy.typing as npt

from lmops.evals.assertions.similarity import reference_text
from lmops.evals.score import Score, metric

__all__ = [
    "BERT_SCORE_PASS",
    "SIMILAR_PASS",
    "MiniLMEncoder",
    "TextEncoder",
    "bert_prf",
    "bert_score",
    "bert_score_many",
    "default_encoder",
    "semantic_similarity",
    "similarity_many",
]

SIMILAR_PASS: Final = 0.75  # as promptfoo's `similar`; a close paraphrase scores about 0.74-0.9
BERT_SCORE_PASS: Final = 0.8  # likewise bert_score's F1
BATCH_SIZE: Final = 16  # fastest on CPU in bench.embeddings: larger batches slow long texts

Matrix = npt.NDArray[np.float32]


class TextEncoder(Protocol):
    """What the semantic metrics need of a model."""

    def sentences(self, texts: Sequence[str]) -> Matrix:
        """One embedding per text, shape ``(len(texts), dim)``; need not be normalised."""
        ...

    def tokens(self, texts: Sequence[str]) -> list[Matrix]:
        """Per text, its content tokens' embeddings ``(n_tokens, dim)``, special tokens
        ([CLS], [SEP], padding) already left out; need not be normalised."""
        ...


class MiniLMEncoder:
    """:class:`TextEncoder` over a loaded ``SentenceTransformer`` (the MiniLM model by default)."""

    def __init__(self, model: Any) -> None:
        self.model = model

    def sentences(self, texts: Sequence[str]) -> Matrix:
        out = self.model.encode(
            list(texts),
            batch_size=BATCH_SIZE,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)

    def tokens(self, texts: Sequence[str]) -> list[Matrix]:
        # sentence-transformers trims padding from each text's token embeddings, so each keeps
        # [CLS] first and [SEP] last: drop those two.
        out = self.model.encode(
            list(texts),
            batch_size=BATCH_SIZE,
            output_value="token_embeddings",
            convert_to_numpy=False,
            show_progress_bar=False,
        )
        return [np.asarray(t.float().cpu().numpy(), dtype=np.float32)[1:-1] for t in out]


_lock = threading.Lock()
_default: MiniLMEncoder | None = None


def default_encoder() -> MiniLMEncoder:
    """The process-wide MiniLM encoder, loaded on the first call (thread-safe); raises
    ``lmops.cache.embedders.EmbedderUnavailable`` when the ``semantic`` extra is missing."""
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                from lmops.cache.embedders import load_minilm  # torch: only when needed

                _default = MiniLMEncoder(load_minilm("cpu"))
    return _default


def _unit(rows: Matrix) -> Matrix:
    norms = np.linalg.norm(rows, axis=-1, keepdims=True)
    return np.asarray(rows / np.where(norms == 0.0, 1.0, norms), dtype=np.float32)


def _similarity_score(cos: float, threshold: float) -> Score:
    value = min(1.0, max(0.0, cos))
    return Score(value, value >= threshold, f"cosine similarity {cos:.3f}")


def _empty(prediction: str, reference: str) -> Score | None:
    missing = [
        n for n, t in (("prediction", prediction), ("reference", reference)) if not t.strip()
    ]
    if missing:
        return Score(None, False, f"nothing to compare: empty {' and '.join(missing)}")
    return None


@metric("semantic-similarity", slow=True)
@metric("similar", slow=True)
def semantic_similarity(
    prediction: str,
    reference: str | None = None,
    *,
    value: Any = None,
    embedder: TextEncoder | None = None,
    threshold: float = SIMILAR_PASS,
    **_: Any,
) -> Score:
    """``max(0, cosine)`` of the sentence embeddings; passes at ``threshold`` (default
    :data:`SIMILAR_PASS`). The reference is ``reference`` or else ``value``, as for the other
    reference metrics. An empty (or blank) text gives value None and says so."""
    ref = reference_text("similar", reference, value)
    return similarity_many([(prediction, ref)], embedder=embedder, threshold=threshold)[0]


def similarity_many(
    pairs: Iterable[tuple[str, str]],
    *,
    embedder: TextEncoder | None = None,
    threshold: float = SIMILAR_PASS,
) -> list[Score]:
    """:func:`semantic_similarity` of each ``(prediction, reference)`` pair, encoding each
    distinct non-empty text once, in batches."""
    pairs = list(pairs)
    texts = list(dict.fromkeys(t for pair in pairs for t in pair if t.strip()))
    if not texts:
        return [_empty(p, r) or Score(None, False) for p, r in pairs]
    enc = embedder if embedder is not None else default_encoder()
    vectors = _unit(np.asarray(enc.sentences(texts), dtype=np.float32))
    row = {t: i for i, t in enumerate(texts)}
    scores: list[Score] = []
    for p, r in pairs:
        empty = _empty(p, r)
        if empty is not None:
            scores.append(empty)
            continue
        cos = float(vectors[row[p]] @ vectors[row[r]])
        scores.append(_similarity_score(cos, threshold))
    return scores


def greedy_prf(pred_tokens: Matrix, ref_tokens: Matrix) -> tuple[float, float, float]:
    """Greedy matching of two token-embedding matrices: (precision, recall, F1)."""
    sims = _unit(pred_tokens) @ _unit(ref_tokens).T  # (n_pred, n_ref) cosines
    precision = float(sims.max(axis=1).mean())
    recall = float(sims.max(axis=0).mean())
    f1 = 0.0 if precision + recall <= 0.0 else 2 * precision * recall / (precision + recall)
    return precision, recall, f1


def bert_prf(
    prediction: str, reference: str, *, embedder: TextEncoder | None = None
) -> tuple[float, float, float] | None:
    """BERTScore (precision, recall, F1) of the pair; None when either has no tokens."""
    if not prediction.strip() or not reference.strip():
        return None
    enc = embedder if embedder is not None else default_encoder()
    pred, ref = enc.tokens([prediction, reference])
    if len(pred) == 0 or len(ref) == 0:
        return None
    return greedy_prf(np.asarray(pred, np.float32), np.asarray(ref, np.float32))


@metric("bert-score", slow=True)
def bert_score(
    prediction: str,
    reference: str | None = None,
    *,
    value: Any = None,
    embedder: TextEncoder | None = None,
    threshold: float = BERT_SCORE_PASS,
    **_: Any,
) -> Score:
    """BERTScore-style F1 (greedy token matching, no idf, no rescaling: see the module doc);
    passes at ``threshold`` (default :data:`BERT_SCORE_PASS`)."""
    ref = reference_text("bert-score", reference, value)
    empty = _empty(prediction, ref)
    if empty is not None:
        return empty
    prf = bert_prf(prediction, ref, embedder=embedder)
    if prf is None:
        return Score(None, False, "nothing to compare: no tokens")
    return _bert_score(prf, threshold)


def bert_score_many(
    pairs: Iterable[tuple[str, str]],
    *,
    embedder: TextEncoder | None = None,
    threshold: float = BERT_SCORE_PASS,
) -> list[Score]:
    """:func:`bert_score` of each ``(prediction, reference)`` pair, encoding each distinct
    non-empty text's tokens once, in batches."""
    pairs = list(pairs)
    texts = list(dict.fromkeys(t for pair in pairs for t in pair if t.strip()))
    tokens: dict[str, Matrix] = {}
    if texts:
        enc = embedder if embedder is not None else default_encoder()
        tokens = dict(zip(texts, enc.tokens(texts), strict=True))
    scores: list[Score] = []
    for p, r in pairs:
        empty = _empty(p, r)
        if empty is not None:
            scores.append(empty)
        elif len(tokens[p]) == 0 or len(tokens[r]) == 0:
            scores.append(Score(None, False, "nothing to compare: no tokens"))
        else:
            scores.append(_bert_score(greedy_prf(tokens[p], tokens[r]), threshold))
    return scores


def _bert_score(prf: tuple[float, float, float], threshold: float) -> Score:
    p, r, f1 = prf
    f1 = min(1.0, max(0.0, f1))
    return Score(f1, f1 >= threshold, f"BERTScore P {p:.3f} R {r:.3f} F1 {f1:.3f}")
