"""The one store factory: ingest writes through it, search reads through it.

Layout under the data dir: ``pandu.db`` (SQL: manifest, chunks, catalog), ``chroma/``
(vectors) and ``lexical/`` (BM25). SQL is the source of truth; the two indexes are
derived from it and a reader ignores any vector whose chunk row is not committed.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import numpy as np
from sqlalchemy.engine import Engine

from knowledge.lexical import LexicalIndex
from storage import index_records as records
from storage.db import create_tables, make_engine, session_scope

log = logging.getLogger(__name__)
COLLECTION = "pandu_chunks"


class ModelMismatchError(Exception):
    """The index was embedded with another model; mixing vectors would make search meaningless."""

    def __init__(self, indexed: str, wanted: str) -> None:
        self.indexed, self.wanted = indexed, wanted
        super().__init__(
            f"Indeks dibuat dengan model embedding '{indexed}', tetapi model yang dipilih "
            f"sekarang '{wanted}'. Bangun ulang indeks dengan: pandu ingest --rebuild "
            f"(atau kembalikan PANDU_EMBEDDING_MODEL ke '{indexed}')."
        )


def default_database_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'pandu.db'}"


class KnowledgeStore:
    def __init__(self, data_dir: Path, engine: Engine | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.engine = engine or make_engine(default_database_url(self.data_dir))
        create_tables(self.engine)
        self.lexical_dir = self.data_dir / "lexical"
        self._collection = None
        self._client = None
        self._count: int | None = None  # cached for queries; any write forgets it

    # -- vectors ---------------------------------------------------------------------------
    @property
    def collection(self):
        if self._collection is None:
            os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            if self._client is None:
                self._client = chromadb.PersistentClient(
                    path=str(self.data_dir / "chroma"),
                    settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True),
                )
            self._collection = self._client.get_or_create_collection(
                COLLECTION, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
            )
        return self._collection

    def upsert_vectors(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict]) -> None:
        self._count = None
        for start in range(0, len(ids), 2000):
            end = start + 2000
            self.collection.upsert(
                ids=ids[start:end], embeddings=vectors[start:end], metadatas=metadatas[start:end]
            )

    def delete_vectors(self, ids: list[str]) -> None:
        self._count = None
        for start in range(0, len(ids), 2000):
            self.collection.delete(ids=ids[start : start + 2000])

    def update_vector_metadata(self, ids: list[str], metadatas: list[dict]) -> None:
        if ids:
            self.collection.update(ids=ids, metadatas=metadatas)

    def forget_cached(self) -> None:
        """Another process may have written: count again before the next query."""
        self._count = None

    def reopen_vectors(self) -> None:
        """See another process's writes. Chroma's client keeps its HNSW index in memory and a
        second process's inserts stay invisible to it, so the client is opened afresh."""
        from chromadb.api.client import SharedSystemClient

        identifier = str(self.data_dir / "chroma")
        system = SharedSystemClient._identifier_to_system.pop(identifier, None)
        SharedSystemClient._identifier_to_refcount.pop(identifier, None)
        if system is not None:
            system.stop()
        self._client = self._collection = None
        self._count = None

    def dense_search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        count = self._count if self._count is not None else self.collection.count()
        self._count = count
        if count == 0:
            return []
        result = self.collection.query(
            query_embeddings=[vector], n_results=min(k, count), include=["distances"]
        )
        return [
            (i, 1.0 - float(d))
            for i, d in zip(result["ids"][0], result["distances"][0], strict=True)
        ]

    def reconcile(self) -> int:
        """Drop vectors with no committed chunk (left by a crash between the two writes)."""
        with session_scope(self.engine) as session:
            known = records.all_chunk_ids(session)
        stray = [i for i in self.collection.get(include=[])["ids"] if i not in known]
        self.delete_vectors(stray)
        return len(stray)

    # -- model --------------------------------------------------------------------------------
    def indexed_model(self) -> str | None:
        with session_scope(self.engine) as session:
            return records.get_meta(session, key="embedding_model")

    def check_model(self, name: str) -> None:
        indexed = self.indexed_model()
        if indexed is not None and indexed != name:
            raise ModelMismatchError(indexed, name)

    # -- lexical ------------------------------------------------------------------------------
    def version(self) -> int:
        with session_scope(self.engine) as session:
            return int(records.get_meta(session, key="version") or 0)

    def rebuild_lexical(self) -> LexicalIndex:
        with session_scope(self.engine) as session:
            version = int(records.get_meta(session, key="version") or 0)
            chunks = records.all_chunks(session)
        index = LexicalIndex.build(
            [c.id for c in chunks], [f"{c.title}\n{c.section}\n{c.text}" for c in chunks], version
        )
        index.save(self.lexical_dir)
        return index

    def load_lexical(self) -> LexicalIndex:
        """The saved BM25 index, rebuilt when it lags behind the committed chunks."""
        index = LexicalIndex.load(self.lexical_dir)
        if index is None or index.version != self.version():
            index = self.rebuild_lexical()
        return index

    # -- whole index ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything indexed (for --rebuild): SQL rows, vectors and the BM25 folder."""
        from sqlmodel import delete

        from storage.catalog import Training

        with session_scope(self.engine) as session:
            records.clear_index(session)
            session.exec(delete(Training))
        self.collection  # noqa: B018  (make sure the client exists)
        try:
            self._client.delete_collection(COLLECTION)
        except Exception:  # noqa: BLE001  (absent already)
            log.debug("no collection to delete")
        self._collection = None
        self._count = None
        shutil.rmtree(self.lexical_dir, ignore_errors=True)
