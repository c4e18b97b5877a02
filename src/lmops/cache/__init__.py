"""The response cache: exact keys, in-memory and Redis stores, and the semantic cache.

The gateway decides when to look up and store; this package provides the pieces.
"""

from lmops.cache.backends import CacheBackend, CachedResponse, CacheError
from lmops.cache.embedders import (
    Embedder,
    EmbedderError,
    EmbedderUnavailable,
    MiniLMEmbedder,
    TextTooLong,
    Vector,
)
from lmops.cache.keys import (
    DEFAULTS,
    IGNORED_PARAMS,
    KEY_SCHEMA_VERSION,
    cache_key,
    is_deterministic,
    normalise_body,
)
from lmops.cache.memory import MemoryCache
from lmops.cache.redis import RedisCache
from lmops.cache.semantic import (
    MemorySemanticIndex,
    RedisSemanticIndex,
    SemanticIndex,
    semantic_partition,
    semantic_text,
)

__all__ = [
    "DEFAULTS",
    "IGNORED_PARAMS",
    "KEY_SCHEMA_VERSION",
    "CacheBackend",
    "CacheError",
    "CachedResponse",
    "Embedder",
    "EmbedderError",
    "EmbedderUnavailable",
    "MemoryCache",
    "MemorySemanticIndex",
    "MiniLMEmbedder",
    "RedisCache",
    "RedisSemanticIndex",
    "SemanticIndex",
    "TextTooLong",
    "Vector",
    "cache_key",
    "is_deterministic",
    "normalise_body",
    "semantic_partition",
    "semantic_text",
]
