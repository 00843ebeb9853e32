"""The knowledge index (SQL rows, Chroma vectors, BM25) and hybrid search over it."""

from knowledge.search.embeddings import Embedder, make_embedder
from knowledge.search.searcher import Hit, Searcher
from knowledge.search.store import (
    IngestBusy,
    KnowledgeStore,
    ModelMismatchError,
    VectorServerUnreachable,
)

__all__ = [
    "Embedder",
    "Hit",
    "IngestBusy",
    "KnowledgeStore",
    "ModelMismatchError",
    "Searcher",
    "VectorServerUnreachable",
    "make_embedder",
]
