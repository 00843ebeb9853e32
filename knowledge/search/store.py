"""The one store factory: ingest writes through it, search reads through it.

Layout under the data dir: ``pandu.db`` (SQL: manifest, chunks, catalog), ``chroma/``
(vectors, unless a Chroma server keeps them: ``chroma_url``), ``lexical/`` (BM25: one folder
per saved version and ``CURRENT``, the pointer to the live one) and two lock files:
``ingest.lock`` (one ingest at a time) and ``lexical.lock`` (one BM25 saver at a time). SQL is
the source of truth; the two indexes are derived from it and a reader ignores any vector whose
chunk row is not committed.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import shutil
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from knowledge.search.bm25 import LexicalIndex
from knowledge.text.tokens import TOKENIZER_VERSION
from storage import index_records as records
from storage.db import create_tables, make_engine, session_scope

log = logging.getLogger(__name__)
COLLECTION = "pandu_chunks"  # the collection of an embedded store (its own chroma/ folder)
SERVER_COLLECTION_KEY = "vector_collection"  # index_meta: this index's collection on a server
SERVER_API = "/api/v2"
SERVER_CHECK_SECONDS = 5.0
POINTER = "CURRENT"  # names the live BM25 folder; replaced atomically, never edited in place
SNAPSHOT_TRIES = 10


class ModelMismatchError(Exception):
    """The index was embedded with another model; mixing vectors would make search meaningless."""

    def __init__(self, indexed: str, wanted: str) -> None:
        self.indexed, self.wanted = indexed, wanted
        super().__init__(
            f"Indeks dibuat dengan model embedding '{indexed}', tetapi model yang dipilih "
            f"sekarang '{wanted}'. Bangun ulang indeks dengan: pandu ingest --rebuild "
            f"(atau kembalikan PANDU_EMBEDDING_MODEL ke '{indexed}')."
        )


INGEST_LOCK_KEY = 0x70616E6475  # 'pandu': one ingest at a time per PostgreSQL database


class IngestBusy(Exception):
    """Another ingest holds this data dir: two would sweep and overwrite each other's work."""

    def __init__(self) -> None:
        super().__init__("Ingest lain sedang berjalan di data dir ini; coba lagi setelah selesai.")


class VectorServerUnreachable(Exception):
    """The Chroma server named by ``chroma_url`` does not answer (down, wrong address, or not
    a Chroma server)."""

    def __init__(self, url: str, reason: str = "") -> None:
        self.url, self.reason = url, reason
        detail = f" ({reason})" if reason else ""
        super().__init__(
            f"Server vektor Chroma di {url} tidak dapat dihubungi{detail}. Pastikan server "
            f"berjalan (chroma run --path FOLDER --host HOST --port PORT) dan alamatnya benar "
            f"di PANDU_CHROMA_URL, atau kosongkan PANDU_CHROMA_URL untuk memakai indeks lokal."
        )


def server_address(url: str) -> tuple[str, int, bool]:
    """``(host, port, ssl)`` for chromadb.HttpClient from ``http(s)://host[:port][/path]``. The
    host is passed as the whole base URL (Chroma then takes scheme, port and path from it, and
    an IPv6 address keeps its brackets)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"PANDU_CHROMA_URL tidak valid: {url!r}; contoh yang benar: http://127.0.0.1:8000"
        )
    try:
        port = parts.port or (443 if parts.scheme == "https" else 8000)
    except ValueError as exc:  # a port that is not a number or out of range
        raise ValueError(f"PANDU_CHROMA_URL tidak valid: {url!r} ({exc})") from None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    base = f"{parts.scheme}://{host}:{port}{parts.path.rstrip('/')}"
    return base, port, parts.scheme == "https"


def _connection_failure(exc: BaseException) -> str | None:
    """What went wrong on the way to a server (httpx's transport error, also when chromadb
    re-raised it as a ValueError), or None for any other error."""
    import httpx

    for error in (exc, exc.__context__):
        if isinstance(error, httpx.TransportError):
            return type(error).__name__
    return None


def default_database_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'pandu.db'}"


@contextmanager
def file_lock(path: Path, *, wait: bool) -> Iterator[bool]:
    """An exclusive flock on ``path``; yields whether it is held (``wait=False`` does not wait).
    The kernel releases it when the process dies, so a crash never leaves a stale lock."""
    fd = os.open(path, os.O_RDONLY | os.O_CREAT, 0o666)  # flock needs no write access
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True
    finally:
        os.close(fd)  # closing the descriptor releases the lock


class _VectorUse:
    """Who is using a Chroma path (or server) in this process: queries and writes in flight, a
    reopen under way, and how many times it was reopened or reset (a store whose collection is
    older opens it again). For a path it also holds the one Chroma client of the path in this
    process: Chroma shares one system per path anyway, and a reopen has to close every client
    on the path for that system to stop and the next client to read the files afresh."""

    _paths: dict[str, _VectorUse] = {}
    _paths_lock = threading.Lock()

    def __init__(self) -> None:
        self.cond = threading.Condition()
        self.users = 0
        self.reopening = False
        self.generation = 0
        self.client = None  # embedded: the path's Chroma client (guarded by cond)

    @classmethod
    def for_path(cls, path: str) -> _VectorUse:
        with cls._paths_lock:
            return cls._paths.setdefault(path, cls())


def _lexical_texts(chunks: list[records.ChunkRecord]) -> list[str]:
    return [f"{c.title}\n{c.section}\n{c.text}" for c in chunks]


class KnowledgeStore:
    """SQL, BM25 and vectors of one index. Vectors live in an embedded Chroma under
    ``data_dir/chroma``, or, with ``chroma_url`` (``http://host:port``, optionally a path),
    on a Chroma server: every process then sees every writer's vectors as soon as they are
    written, and an index (its SQL database) keeps its own collection on the server, so two
    data dirs on one server never interfere. An unreachable server raises
    VectorServerUnreachable at first use."""

    def __init__(
        self, data_dir: Path, engine: Engine | None = None, *, chroma_url: str | None = None
    ) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.engine = engine or make_engine(default_database_url(self.data_dir))
        create_tables(self.engine)
        self.lexical_dir = self.data_dir / "lexical"
        self.chroma_url = chroma_url.strip().rstrip("/") if chroma_url else None
        self._server = server_address(self.chroma_url) if self.chroma_url else None
        self._collection = None
        self._client = None  # server mode: this store's own HTTP client
        self._reached = False  # server mode: the server has answered this store once
        self._count: int | None = None  # cached for queries; any write forgets it
        self._chroma_path = str(self.data_dir / "chroma")
        self._shared = _VectorUse.for_path(self.chroma_url or self._chroma_path)
        self._generation = self._shared.generation
        self._writing = False

    # -- the writer --------------------------------------------------------------------------
    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the data dir's ingest lock for a whole ingest, or raise IngestBusy at once:
        a second ingest (any process) would sweep the first one's uncommitted vectors. On
        PostgreSQL the index is shared by processes with data dirs of their own (several bot
        workers): the lock is also the database's (an advisory lock)."""
        with (
            file_lock(self.data_dir / "ingest.lock", wait=False) as held,
            self._shared_lock() as shared,
        ):
            if not (held and shared):
                raise IngestBusy()
            self._writing = True
            try:
                yield
            finally:
                self._writing = False

    @contextmanager
    def _shared_lock(self) -> Iterator[bool]:
        if self.engine.dialect.name != "postgresql":
            yield True
            return
        from sqlalchemy import text

        with self.engine.connect() as connection:  # the lock lives as long as this session
            taken = connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": INGEST_LOCK_KEY}
            ).scalar()
            try:
                yield bool(taken)
            finally:
                if taken:
                    connection.execute(
                        text("SELECT pg_advisory_unlock(:key)"), {"key": INGEST_LOCK_KEY}
                    )

    def _require_writing(self, what: str) -> None:
        if not self._writing:
            raise RuntimeError(f"{what} needs the ingest lock: run it inside store.writing()")

    # -- vectors ---------------------------------------------------------------------------
    @contextmanager
    def _vectors(self) -> Iterator:
        """The collection, for one query or write. Chroma shares one client system per path
        in a process and a reopen stops it, so every use on that path counts itself in: a
        reopen waits for the uses in flight and holds new ones back until it is done. On a
        server, a connection failure is raised as VectorServerUnreachable."""
        shared = self._shared
        with shared.cond:
            shared.cond.wait_for(lambda: not shared.reopening)
            if self._generation != shared.generation:  # reopened (or reset) by another store
                self._collection = None
                self._count, self._generation = None, shared.generation
            if self._collection is None:
                with self._reaching_server():
                    self._collection = self._open_collection()
            collection = self._collection
            shared.users += 1
        try:
            with self._reaching_server():
                yield collection
        finally:
            with shared.cond:
                shared.users -= 1
                shared.cond.notify_all()

    def _chroma_client(self):
        """The Chroma client (opened on first use; called with the path's lock held)."""
        os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        if self.chroma_url is None:
            if self._shared.client is None:
                self._shared.client = chromadb.PersistentClient(
                    path=self._chroma_path,
                    settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True),
                )
            return self._shared.client
        if self._client is None:
            self._check_server()
            host, port, ssl = self._server
            self._client = chromadb.HttpClient(
                host=host, port=port, ssl=ssl, settings=ChromaSettings(anonymized_telemetry=False)
            )
        return self._client

    @contextmanager
    def _reaching_server(self) -> Iterator[None]:
        """A failed connection to the Chroma server, raised as VectorServerUnreachable."""
        try:
            yield
        except VectorServerUnreachable:
            raise
        except Exception as exc:
            failure = self.chroma_url and _connection_failure(exc)
            if failure:
                raise VectorServerUnreachable(self.chroma_url, failure) from exc
            raise

    def _check_server(self) -> None:
        """Chroma's HTTP client waits without a time limit; its heartbeat, asked first with
        one, turns a wrong or silent address into a clear error instead of a hang."""
        import httpx

        base = self._server[0]
        api = base if base.endswith(SERVER_API) else base + SERVER_API
        try:
            reply = httpx.get(f"{api}/heartbeat", timeout=SERVER_CHECK_SECONDS)
        except httpx.HTTPError as exc:
            raise VectorServerUnreachable(self.chroma_url, type(exc).__name__) from exc
        if reply.status_code != 200 or "nanosecond heartbeat" not in reply.text:
            reason = f"HTTP {reply.status_code}: bukan server Chroma 1.x"
            raise VectorServerUnreachable(self.chroma_url, reason)

    def _open_collection(self):
        collection = self._chroma_client().get_or_create_collection(
            self._collection_name(),
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
        )
        self._reached = True
        return collection

    def _collection_name(self) -> str:
        """An embedded store has its own folder, so one fixed name. On a server the name is
        this index's own, kept in its SQL database (made by whoever opens it first; a rebuild
        forgets it with the rest of the index, so the rebuilt index gets a new collection)."""
        if self.chroma_url is None:
            return COLLECTION
        with session_scope(self.engine) as session:
            name = records.get_meta(session, key=SERVER_COLLECTION_KEY)
        if name:
            return name
        try:
            with session_scope(self.engine) as session:
                name = records.get_meta(session, key=SERVER_COLLECTION_KEY)
                if not name:
                    name = f"pandu-{uuid.uuid4().hex}"
                    records.set_meta(session, key=SERVER_COLLECTION_KEY, value=name)
        except IntegrityError:  # another process named it at the same moment: theirs counts
            with session_scope(self.engine) as session:
                name = records.get_meta(session, key=SERVER_COLLECTION_KEY)
        return name

    def open_vectors(self) -> None:
        """Open the vector collection now (at start-up): a Chroma server that cannot be
        reached raises VectorServerUnreachable here rather than at the first question."""
        with self._vectors():
            pass

    @property
    def collection(self):
        """The collection for a direct look (tests, tools); the store's own uses are guarded."""
        with self._vectors() as collection:
            return collection

    def upsert_vectors(self, ids: list[str], vectors: np.ndarray, metadatas: list[dict]) -> None:
        self._count = None
        with self._vectors() as collection:
            for start in range(0, len(ids), 2000):
                end = start + 2000
                collection.upsert(
                    ids=ids[start:end],
                    embeddings=vectors[start:end],
                    metadatas=metadatas[start:end],
                )

    def delete_vectors(self, ids: list[str]) -> None:
        self._count = None
        with self._vectors() as collection:
            for start in range(0, len(ids), 2000):
                collection.delete(ids=ids[start : start + 2000])

    def vector_metadata(self, ids: list[str]) -> tuple[list[str], list[dict]]:
        with self._vectors() as collection:
            found = collection.get(ids=ids, include=["metadatas"])
        return found["ids"], found["metadatas"]

    def update_vector_metadata(self, ids: list[str], metadatas: list[dict]) -> None:
        if ids:
            with self._vectors() as collection:
                collection.update(ids=ids, metadatas=metadatas)

    def forget_cached(self) -> None:
        """Another process may have written: count again before the next query."""
        self._count = None

    def reopen_vectors(self, *, unless_reopened_since: int | None = None) -> None:
        """See another process's writes. Chroma's embedded client keeps its HNSW index in
        memory and a second process's inserts stay invisible to it, so the client is closed
        (Chroma's public ``close()``: the path's system stops with its last client, and this
        store keeps the only one of the path in this process) and the next use opens it
        afresh, once no query or write (any thread, any store on this path) is using it.
        On a server every writer's vectors are visible already: the collection is only
        looked up again (a rebuild in another process replaced it)."""
        shared = self._shared
        if self.chroma_url is not None:
            with shared.cond:
                if unless_reopened_since in (None, shared.generation):
                    shared.generation += 1
            return
        with shared.cond:
            shared.cond.wait_for(lambda: not shared.reopening)
            if unless_reopened_since not in (None, shared.generation):
                return  # another thread reopened it meanwhile
            shared.reopening = True
            shared.cond.wait_for(lambda: shared.users == 0)
            client, shared.client = shared.client, None
        try:
            if client is not None:
                client.close()
        finally:
            with shared.cond:
                shared.generation += 1
                shared.reopening = False
                shared.cond.notify_all()

    def dense_search(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """Nearest chunks. Another process's ingest can change the collection under this
        client (Chroma: "Error finding id", or the collection gone after a rebuild): the client
        is reopened and the query tried once more; if that fails too, this one question is
        answered without vectors rather than not at all. So is a question while a Chroma
        server that answered before is away; one never reached raises VectorServerUnreachable."""
        from chromadb.errors import ChromaError

        for attempt in (1, 2):
            generation = self._shared.generation
            try:
                with self._vectors() as collection:
                    return self._query(collection, vector, k)
            except VectorServerUnreachable as exc:
                if not self._reached:
                    raise
                log.warning("%s; BM25 only", exc)
                return []
            except ChromaError as exc:
                if attempt == 2:
                    log.warning("vector query failed after reopening (%s); BM25 only", exc)
                    return []
                log.info("vector query failed (%s); reopening the vector store", exc)
            self.reopen_vectors(unless_reopened_since=generation)
        return []

    def similarities(self, vector: np.ndarray | None, ids: list[str]) -> dict[str, float]:
        """The cosine of these chunks' stored vectors with ``vector`` (a table the dense search
        did not return in its depth); {} when there is nothing to read or the store cannot say
        (another process rebuilding it, a server away: unlike a search, not retried, as the
        table then keeps the cosine 0 every passage without one has)."""
        if vector is None or not ids:
            return {}
        from chromadb.errors import ChromaError

        try:
            with self._vectors() as collection:
                found = collection.get(ids=ids, include=["embeddings"])
        except (ChromaError, VectorServerUnreachable) as exc:
            log.info("vectors of %d passages not read (%s)", len(ids), exc)
            return {}
        query = np.asarray(vector, dtype=float)
        norm = float(np.linalg.norm(query)) or 1.0
        out = {}
        for chunk_id, embedding in zip(found["ids"], found["embeddings"], strict=True):
            stored = np.asarray(embedding, dtype=float)
            out[chunk_id] = float(stored @ query) / ((float(np.linalg.norm(stored)) or 1.0) * norm)
        return out

    def _query(self, collection, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        count = self._count if self._count is not None else collection.count()
        self._count = count
        if count == 0:
            return []
        result = collection.query(
            query_embeddings=[vector], n_results=min(k, count), include=["distances"]
        )
        return [
            (i, 1.0 - float(d))
            for i, d in zip(result["ids"][0], result["distances"][0], strict=True)
        ]

    def reconcile(self) -> int:
        """Drop vectors with no committed chunk (left by a crash between the two writes). Only
        the ingest lock holder may: anyone else could sweep a running ingest's vectors."""
        self._require_writing("sweeping vectors")
        with session_scope(self.engine) as session:
            known = records.all_chunk_ids(session)
        with self._vectors() as collection:
            stray = [i for i in collection.get(include=[])["ids"] if i not in known]
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
            return records.get_version(session)

    def snapshot(self) -> tuple[int, list[records.ChunkRecord], list[records.IndexedFile]]:
        """The committed chunks and files with the version they belong to. Every ingest commit
        moves the version, so reading it before and after tells whether one came in between
        (then read again); should ingest keep committing, the older version is returned, so
        the reader reloads at its next check."""
        for _ in range(SNAPSHOT_TRIES):
            with session_scope(self.engine) as session:
                version = records.get_version(session)
                chunks = records.all_chunks(session)
                files = records.list_files(session)
                if records.get_version(session) == version:
                    break
        return version, chunks, files

    def rebuild_lexical(self) -> LexicalIndex:
        """BM25 over the committed chunks, saved (waiting for any other saver to finish)."""
        version, chunks, _ = self.snapshot()
        index = LexicalIndex.build([c.id for c in chunks], _lexical_texts(chunks), version)
        self.save_lexical(index, wait=True)
        return index

    def load_lexical(
        self, *, version: int | None = None, chunks: list[records.ChunkRecord] | None = None
    ) -> LexicalIndex:
        """BM25 for ``version`` and its ``chunks`` (default: the committed ones): the saved
        copy when it is that version, otherwise built from those chunks. What is built is saved
        for the next reader if it is still the committed version (not while an ingest is
        moving it on) and nobody else is saving right now."""
        if version is None or chunks is None:
            version, chunks, _ = self.snapshot()
        saved = self.saved_lexical()
        if saved is not None and saved.version == version:
            return saved
        index = LexicalIndex.build([c.id for c in chunks], _lexical_texts(chunks), version)
        if self.version() == version:
            self.save_lexical(index, wait=False)
        return index

    def lexical_version(self) -> int | None:
        """The version the live BM25 folder was built from (None: none, or another tokenizer)."""
        pointer = self._lexical_pointer()
        if pointer is None or pointer.get("tokenizer") != TOKENIZER_VERSION:
            return None
        return int(pointer["version"])

    def saved_lexical(self) -> LexicalIndex | None:
        """The live saved BM25 index. A saver removes the folder it replaced, maybe while it is
        being read: then the pointer has moved and the read is retried on the new folder."""
        pointer = self._lexical_pointer()
        for _ in range(5):
            if pointer is None:
                return None
            index = LexicalIndex.load(self.lexical_dir / pointer["dir"])
            if index is not None:
                return index
            again = self._lexical_pointer()
            if again == pointer:  # unreadable and not replaced: rebuild
                return None
            pointer = again
        return None

    def save_lexical(self, index: LexicalIndex, *, wait: bool) -> bool:
        """Write a BM25 version into a folder with a unique name, then replace the pointer
        (atomic), so a reader finds the old version or the new, never none or half of one.
        Savers take turns, so removing replaced folders never hits one being written; a newer
        saved version is never replaced by an older one. False if not saved."""
        self.lexical_dir.mkdir(parents=True, exist_ok=True)
        with file_lock(self.data_dir / "lexical.lock", wait=wait) as held:
            if not held:
                return False
            live = self.lexical_version()
            if live is not None and live > index.version:
                return False
            unique = uuid.uuid4().hex[:12]  # mkdir and "x" refuse an existing name
            folder = self.lexical_dir / f"v{index.version}-{unique}"
            folder.mkdir()
            index.save(folder)
            pointer = {"dir": folder.name, "version": index.version, "tokenizer": TOKENIZER_VERSION}
            tmp = self.lexical_dir / f".{POINTER}-{unique}"
            with tmp.open("x") as out:
                json.dump(pointer, out)
            os.replace(tmp, self.lexical_dir / POINTER)
            self._remove_lexical_except(folder.name)
        return True

    def _lexical_pointer(self) -> dict | None:
        try:
            pointer = json.loads((self.lexical_dir / POINTER).read_text())
        except (OSError, ValueError):
            return None
        return pointer if isinstance(pointer, dict) and "dir" in pointer else None

    def _remove_lexical_except(self, live: str) -> None:
        """Replaced versions, and what older Pandu versions left (files in ``lexical/``,
        ``lexical.tmp``, ``lexical.old``); called under the saver lock."""
        legacy = [self.data_dir / "lexical.tmp", self.data_dir / "lexical.old"]
        for entry in [*self.lexical_dir.iterdir(), *legacy]:
            if entry.name in (POINTER, live):
                continue
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)

    # -- whole index ---------------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything indexed (for --rebuild): SQL rows, vectors and BM25. The version
        moves on, never back, so a running searcher notices and reopens its vector client."""
        from sqlmodel import delete

        from storage.catalog import Training

        self._require_writing("reset")
        with self._vectors() as collection:  # the index's collection, named before SQL forgets it
            doomed = collection.name
        with session_scope(self.engine) as session:
            records.clear_index(session)
            session.exec(delete(Training))
        with self._vectors():
            self._chroma_client().delete_collection(doomed)
        shared = self._shared
        with shared.cond:  # every store on this path lets go of the deleted collection
            shared.generation += 1
        self.rebuild_lexical()  # an empty BM25 at the new version
