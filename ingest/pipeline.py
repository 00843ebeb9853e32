"""Incremental, per-file atomic indexing of files and folders into the knowledge store.

A file's chunk ids derive from its content hash, so an unchanged file is recognised without
re-embedding and a renamed one is moved, not duplicated. Vectors are written first and the
SQL rows last in one transaction: that commit is the moment the file becomes visible.
One ingest runs at a time per data dir (``KnowledgeStore.writing``); another raises
``IngestBusy`` at once.

The files of a root are read and split first; their chunks are then embedded in batches of
``batch_size`` texts gathered across files (a knowledge base is mostly small files), and each
file is written, in order, once all its vectors are there. A crash loses at most the batch in
flight, never part of a file; a batch that fails is embedded again file by file, so only the
file that cannot be embedded fails.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from tqdm import tqdm

from ingest.document import DOC_META_KEYS, LoadedDocument, LoaderError
from ingest.loaders import is_supported, load_file
from ingest.splitter import ChunkDraft, embedding_text, split_document
from knowledge.search import Embedder, KnowledgeStore
from knowledge.text.articles import cited_numbers
from storage import catalog
from storage import index_records as records
from storage.db import session_scope

log = logging.getLogger(__name__)
CHUNK_META_KEYS = tuple(k for k in DOC_META_KEYS if k not in ("id", "title", "tags"))


@dataclass
class Outcome:
    source: str
    status: str  # added | updated | renamed | unchanged | removed | skipped | failed
    reason: str = ""
    chunks: int = 0


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)
    chunks_embedded: int = 0
    embed_seconds: float = 0.0

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def exit_code(self) -> int:
        """0 unless there was something to index and none of it could be."""
        indexed = sum(
            self.count(s) for s in ("added", "updated", "renamed", "unchanged", "removed")
        )
        return 1 if indexed == 0 and self.count("failed") > 0 else 0


@dataclass
class _Candidate:
    path: Path
    key: str
    source: str
    data: bytes
    digest: str


@dataclass
class _Reading:
    """A file read and split, waiting for its vectors."""

    cand: _Candidate
    doc: LoadedDocument
    drafts: list[ChunkDraft]
    texts: list[str]
    existing: bool
    vectors: np.ndarray | None = None


# How files are read (loaders, splitter). Bump it when a change reads the same bytes
# differently: the digest changes with it, so an upgraded Pandu re-reads every file once
# instead of keeping the old reading of unchanged files.
# 2: non-catalog CSVs read as tables; 3: PDF sections and tables, DOCX/HTML table headers;
# 4: HTML whitespace inside a block is not a line break; 5: plain-text sections;
# 7: titles from a letter's subject or the title block below a letterhead;
# 8: a table cut across chunks repeats its header in each; 9: a PDF table cell wrapped
# onto a line of its own in the first column continues its row; 10: a document's own number
# and the numbers of the rules it revokes; 11: numbers that open with the issuer's code
# ("SE-02/SU/KP.02/2026"), PDF table rows set apart by blank lines with their wrapped lines,
# a PDF table going on over a page break without its header; 12: PDF table cells centred on
# their row's line, and a row's name running into the next column; 13: numbered PDF tables
# whose numbers are centred on their rows (ingest/pdf_centred.py), a header repeated on the
# next page dropped; 14: a letter's own number written "Nomor    : 800.1/0598/..."; 15: a
# training table with columns the catalog has no field for is read row by row; 16: ruled
# PDF tables read from their rules (ingest/pdf_tables.py); 17: a word broken where a narrow
# ruled column ends read as one word ("PLM-" / "06"); 18: a figure broken so read whole
# ("0811-4790-112" / "3"), a DOCX header merged over two rows read as one; 19: HTML glossaries
# (<dl>) read "- term: description", an FAQ's folded question (<summary>) heads its answer,
# nested list items on lines of their own; 20: e-mail quote marks dropped from plain text, a
# slide deck's page titles in its PDF's section names; 21 (this session's first try) and 22:
# an HTML page read in one walk in document order with the text written straight into its
# <div>s (also when its <head> is never closed, a thousand <div>s deep or wrapped in an
# ASP.NET <form>), a Telegram chat export message by message, record cards (a two-column
# table per record, an HTML table of <th> labels) read as one record, HTML spanned cells
# repeated, a title row spanning a table read as its caption, form controls dropped, <pre>
# fenced; 23: a PDF page set in two columns of running text read column by column; an HTML
# form's drop-down choices and legends, a table's <caption>, its <tfoot> last, and a page's
# <header> holding its <h1> read; 24: a workbook header's first row merged over more
# sub-columns than its other labels ("JP per bulan" over Jan ... Sep) read as its first row;
# 25: a rule's own number from a title block in capitals, "dinyatakan tidak berlaku" replaces;
# 26: a PDF's table of contents left out, wrapped list items and signature blocks no headings;
# 27: a PDF glossary's term over its indented definition read "term: definition"
# 28: a decree's parts (Menimbang, Mengingat, Memperhatikan, MEMUTUSKAN) each a section; colons
# between a label and its value no cells; a short PDF's "... Halaman N" footer and a 3-page
# letter's header from page 2 dropped; justified lines are text, not table rows; "Pasal I"
# 29: a PDF column running on below the other read to its end before the other column
# 30: an amendment ("PERUBAHAN ATAS ... NOMOR 5 TAHUN 2023") revokes what it amends, and the
# articles it changes ("Ketentuan Pasal 6 diubah") are known: the others stay in force
# 31: a decree's decision numbered past ten ("KEDUA BELAS : ...") a decision line
# 32: "X, yang mencabut Y" revokes Y, not X
# 33: justified newsletter columns read down, not as a table; the rules a document cites by
# number kept in its meta ("cites"), read once here instead of at every index load
# 34: a slide's or word processor's bullet ("▪", "●", "➢") read as "•", a list item
# 35: a CSV's title line above its header and remark below its rows its note; its delimiter
# the one splitting most records alike ("Hari, tanggal" in a semicolon file)
# 36: a CSV's title and remarks as notes whatever their width ("Rekap JP 2028;;;"), its
# delimiter the one giving the header and most rows one count; slide bullets read after the
# ruled tables (whose cells keep them) are found
# 37: a legal basis citing "Nomor 1 Tahun 2030 tentang Perubahan atas ... Nomor 2 Tahun 2029"
# revokes nothing (only a document amending under its own number or title does)
# 38: a bulletin's short last column beside a long first one read down, not across
READING_VERSION = b"pandu-reading-38\n"


def reading_digest(data: bytes) -> str:
    return hashlib.sha256(READING_VERSION + data).hexdigest()


def _with_cites(meta: dict, drafts: list[ChunkDraft]) -> dict:
    """The rules the document names by number, for the searcher to tell a handbook written on a
    replaced rule (knowledge/search/searcher.py, _mark_followers)."""
    cites = set().union(*(cited_numbers(d.text) for d in drafts))
    return {**meta, "cites": sorted(cites)} if cites else meta


def _doc_id(meta: dict, path: Path) -> str:
    return str(meta.get("id") or re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-") or "dok")


class IngestStopped(Exception):
    """The run was asked to stop; what it wrote is kept, the rest waits for the next run."""


class Ingestor:
    def __init__(
        self,
        store: KnowledgeStore,
        embedder: Embedder,
        *,
        progress: bool | None = None,
        on_file_done: Callable[[Outcome], None] | None = None,
        batch_size: int | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        """``batch_size``: texts per embedding call, gathered across files (None: the
        embedder's ``batch_size``; 0: one call per file, the way ingest worked before).
        ``should_stop`` is asked before each batch: True ends the run with IngestStopped,
        every file written so far kept (a bot shutting down while it indexes)."""
        self.store = store
        self.embedder = embedder
        self.progress = progress
        self.on_file_done = on_file_done or (lambda outcome: None)
        self.should_stop = should_stop
        self.batch_size = embedder.batch_size if batch_size is None else batch_size

    def run(self, paths: list[Path], *, rebuild: bool = False) -> IngestReport:
        """Index ``paths``; raises IngestBusy (before touching anything) while another ingest
        holds this data dir, and ModelMismatchError for an index of another model."""
        with self.store.writing():
            if rebuild:
                self.store.reset()
            self.store.check_model(self.embedder.name)
            self.store.reconcile()
            report = IngestReport()
            changed = False
            for root in paths:
                changed |= self._ingest_root(Path(root), report)
            if changed or self.store.lexical_version() != self.store.version():
                self.store.rebuild_lexical()
        return report

    def prune(self, keep: list[Path]) -> IngestReport:
        """Remove from the index every file outside the folders (or files) to keep: a root
        no longer configured (the sample catalog once the agency has its own) leaves the
        index and the catalog."""
        kept = [Path(p).resolve() for p in keep]
        report = IngestReport()
        with self.store.writing():
            with session_scope(self.store.engine) as session:
                indexed = [(f.path, f.source) for f in records.list_files(session)]
            gone = [(k, s) for k, s in indexed if not any(_inside(Path(k), root) for root in kept)]
            for key, source in gone:
                self._remove(key)
                self._emit(report, Outcome(source, "removed", "bukan bagian basis pengetahuan"))
            if gone:
                self.store.rebuild_lexical()
        return report

    # -- discovery -------------------------------------------------------------------------
    def _ingest_root(self, root: Path, report: IngestReport) -> bool:
        root_abs = root.resolve()
        if root_abs.is_dir():
            files = sorted(
                p
                for p in root_abs.rglob("*")
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(root_abs).parts)
            )
            base = root_abs
        else:
            files = [root_abs] if root_abs.exists() else []
            base = root_abs.parent
            if not files and not self._indexed(str(root_abs)):
                self._emit(
                    report, Outcome(str(root), "failed", "berkas atau folder tidak ditemukan")
                )
                return False
        candidates, changed = [], False
        for path in files:
            source = path.relative_to(base).as_posix() if root_abs.is_dir() else str(root)
            if not is_supported(path):
                self._emit(
                    report,
                    Outcome(
                        source,
                        "skipped",
                        f"format {path.suffix or '(tanpa ekstensi)'} tidak didukung",
                    ),
                )
                continue
            data = path.read_bytes()
            candidates.append(_Candidate(path, str(path), source, data, reading_digest(data)))
        present = {c.key for c in candidates}
        missing = self._missing_under(root_abs, present, files)
        renamed = self._apply_renames(candidates, missing, report)
        changed |= bool(renamed)
        todo = [c for c in candidates if c.key not in renamed]
        readings: list[_Reading] = []
        for cand in tqdm(todo, desc="Membaca", unit="berkas", disable=self._quiet, leave=False):
            reading, moved = self._read(cand, readings, report)
            changed |= moved
            if reading is not None:
                readings.append(reading)
        changed |= self._embed_and_write(readings, report)
        for key, entry in missing.items():
            self._remove(key)
            self._emit(report, Outcome(entry.source, "removed", "berkas sudah tidak ada"))
            changed = True
        return changed

    def _indexed(self, key: str) -> records.IndexedFile | None:
        with session_scope(self.store.engine) as session:
            return records.get_file(session, path=key)

    def _missing_under(
        self, root: Path, present: set[str], files: list[Path]
    ) -> dict[str, records.IndexedFile]:
        with session_scope(self.store.engine) as session:
            entries = records.list_files(session)
        if root.is_dir():
            prefix = str(root) + "/"
            return {
                e.path: e for e in entries if e.path.startswith(prefix) and e.path not in present
            }
        return {e.path: e for e in entries if e.path == str(root) and not files}

    def _apply_renames(
        self, candidates: list[_Candidate], missing: dict, report: IngestReport
    ) -> set[str]:
        """Move index entries whose file reappears under another name; return the new keys."""
        by_hash = {entry.content_hash: key for key, entry in missing.items()}
        renamed: set[str] = set()
        for cand in candidates:
            old_key = by_hash.get(cand.digest)
            if old_key is None or self._indexed(cand.key):
                continue
            entry = missing.pop(old_key)
            del by_hash[cand.digest]
            self._move(entry, cand)
            self._emit(
                report, Outcome(cand.source, "renamed", f"dari {entry.source}", entry.chunk_count)
            )
            renamed.add(cand.key)
        return renamed

    @property
    def _quiet(self) -> bool | None:
        return None if self.progress is None else not self.progress  # None: only on a terminal

    # -- one file ----------------------------------------------------------------------------
    def _read(
        self, cand: _Candidate, readings: list[_Reading], report: IngestReport
    ) -> tuple[_Reading | None, bool]:
        """What a file needs: nothing (unchanged, a copy, empty, unreadable: reported here) or
        its chunks embedded (the reading returned). The flag: the index changed already."""
        existing = self._indexed(cand.key)
        if existing and existing.content_hash == cand.digest:
            if existing.source != cand.source:
                self._move(existing, cand)
            self._emit(report, Outcome(cand.source, "unchanged", chunks=existing.chunk_count))
            return None, existing.source != cand.source
        twin = self._twin(cand) or next(
            (r.cand for r in readings if r.cand.digest == cand.digest), None
        )
        if twin is not None:
            self._emit(report, Outcome(cand.source, "skipped", f"isinya sama dengan {twin.source}"))
            return None, False
        if not cand.data.strip():
            if existing:
                self._remove(cand.key)
                self._emit(report, Outcome(cand.source, "removed", "berkas kosong"))
                return None, True
            self._emit(report, Outcome(cand.source, "skipped", "berkas kosong"))
            return None, False
        try:
            doc = load_file(cand.path, cand.data)
            drafts = split_document(doc)
            if not drafts:
                raise LoaderError("tidak ada teks yang dapat diindeks")
        except LoaderError as exc:
            reason = str(exc) + ("; versi lama tetap dipakai" if existing else "")
            self._emit(report, Outcome(cand.source, "failed", reason))
            return None, False
        except Exception as exc:  # one bad file must never stop the others
            self._unexpected(cand, exc, report)
            return None, False
        texts = [embedding_text(doc.title, d.section, d.text) for d in drafts]
        return _Reading(cand, doc, drafts, texts, existing is not None), False

    def _embed_and_write(self, readings: list[_Reading], report: IngestReport) -> bool:
        """Embed the readings' chunks in batches across files and write each file, in order, as
        soon as its vectors are complete; progress counts chunks (rate and time left)."""
        changed = False
        with tqdm(
            total=sum(len(r.texts) for r in readings),
            desc="Mengindeks",
            unit="potongan",
            disable=self._quiet,
        ) as bar:
            for group in self._groups(readings):
                if self.should_stop():
                    raise IngestStopped
                self._embed_group(group, report, bar)
                for reading in group:
                    if reading.vectors is not None:
                        changed |= self._write_reading(reading, report)
                        reading.vectors = None  # written: the memory goes back
        return changed

    def _groups(self, readings: list[_Reading]) -> list[list[_Reading]]:
        """Consecutive files with at least ``batch_size`` chunks together (one file a group
        when ``batch_size`` is 0)."""
        groups: list[list[_Reading]] = []
        group: list[_Reading] = []
        chunks = 0
        for reading in readings:
            group.append(reading)
            chunks += len(reading.texts)
            if chunks >= max(self.batch_size, 1):
                groups.append(group)
                group, chunks = [], 0
        if group:
            groups.append(group)
        return groups

    def _embed_group(self, group: list[_Reading], report: IngestReport, bar: tqdm) -> None:
        """Set each reading's vectors; a file that cannot be embedded is reported failed and
        keeps no vectors (the others of its batch are embedded again, one file at a time)."""
        texts = [t for r in group for t in r.texts]
        size = self.batch_size if self.batch_size > 0 else len(texts)
        parts: list[np.ndarray] = []
        try:
            for start in range(0, len(texts), size):
                parts.append(self._embed(texts[start : start + size], report))
                bar.update(len(parts[-1]))
        except Exception as exc:
            done = sum(len(p) for p in parts)
            report.chunks_embedded -= done  # counted again for the files that get vectors
            if len(group) > 1:
                log.warning("satu batch gagal di-embed, diulang per berkas: %s", exc)
            offset = 0
            for reading in group:
                failure: Exception | None = exc if len(group) == 1 else None
                if failure is None:
                    try:
                        reading.vectors = self._embed(reading.texts, report)
                    except Exception as again:
                        failure = again
                if failure is not None:
                    self._unexpected(reading.cand, failure, report)
                shown = min(len(reading.texts), max(0, done - offset))  # already on the bar
                bar.update(len(reading.texts) - shown)
                offset += len(reading.texts)
            return
        vectors = np.concatenate(parts) if len(parts) > 1 else parts[0]
        offset = 0
        for reading in group:
            reading.vectors = vectors[offset : offset + len(reading.texts)]
            offset += len(reading.texts)

    def _embed(self, texts: list[str], report: IngestReport) -> np.ndarray:
        started = time.perf_counter()
        vectors = np.asarray(self.embedder.encode_documents(texts), dtype=np.float32)
        report.embed_seconds += time.perf_counter() - started
        if len(vectors) != len(texts):
            raise ValueError(f"{len(vectors)} vektor untuk {len(texts)} potongan")
        report.chunks_embedded += len(texts)
        return vectors

    def _write_reading(self, reading: _Reading, report: IngestReport) -> bool:
        cand = reading.cand
        try:
            count = self._write(cand, reading.doc, reading.drafts, reading.vectors)
        except Exception as exc:  # one bad file must never stop the others
            self._unexpected(cand, exc, report)
            return False
        status = "updated" if reading.existing else "added"
        self._emit(report, Outcome(cand.source, status, chunks=count))
        return True

    def _unexpected(self, cand: _Candidate, exc: BaseException, report: IngestReport) -> None:
        log.error("gagal mengindeks %s", cand.source, exc_info=exc)
        self._emit(
            report,
            Outcome(cand.source, "failed", f"galat tak terduga: {exc.__class__.__name__}: {exc}"),
        )

    def _twin(self, cand: _Candidate) -> records.IndexedFile | None:
        with session_scope(self.store.engine) as session:
            for entry in records.list_files(session):
                if (
                    entry.content_hash == cand.digest
                    and entry.path != cand.key
                    and Path(entry.path).exists()
                ):
                    return entry
        return None

    def _write(
        self, cand: _Candidate, doc: LoadedDocument, drafts: list[ChunkDraft], vectors: np.ndarray
    ) -> int:
        doc_id = _doc_id(doc.meta, cand.path)
        ids = [f"{cand.digest[:16]}-{d.position:04d}" for d in drafts]
        shared = {k: doc.meta[k] for k in CHUNK_META_KEYS if k in doc.meta}
        self.store.upsert_vectors(
            ids, vectors, [self._vector_meta(cand, doc_id, d) for d in drafts]
        )
        chunks = [
            records.ChunkRecord(
                id=i,
                file_path=cand.key,
                source=cand.source,
                doc_id=doc_id,
                title=doc.title,
                section=d.section,
                position=d.position,
                text=d.text,
                meta_json=json.dumps({**shared, **d.meta}, ensure_ascii=False, default=str),
            )
            for i, d in zip(ids, drafts, strict=True)
        ]
        record = records.IndexedFile(
            path=cand.key,
            source=cand.source,
            content_hash=cand.digest,
            doc_id=doc_id,
            title=doc.title,
            chunk_count=len(chunks),
            meta_json=json.dumps(_with_cites(doc.meta, drafts), ensure_ascii=False, default=str),
        )
        with session_scope(self.store.engine) as session:
            old_ids = set(records.chunk_ids_for_file(session, path=cand.key))
            records.replace_file(session, record=record, chunks=chunks)
            if doc.trainings:
                catalog.replace_catalog(
                    session,
                    source_path=cand.key,
                    rows=doc.trainings,
                    sample=bool(doc.meta.get("sample")),
                )
            else:
                catalog.delete_catalog(session, source_path=cand.key)
            if records.get_meta(session, key="embedding_model") is None:
                records.set_meta(session, key="embedding_model", value=self.embedder.name)
            records.bump_version(session)
        self.store.delete_vectors(sorted(old_ids - set(ids)))
        return len(chunks)

    @staticmethod
    def _vector_meta(cand: _Candidate, doc_id: str, draft: ChunkDraft) -> dict:
        return {"source": cand.source, "doc_id": doc_id, "section": draft.section[:500]}

    def _move(self, entry: records.IndexedFile, cand: _Candidate) -> None:
        with session_scope(self.store.engine) as session:
            ids = records.chunk_ids_for_file(session, path=entry.path)
            records.move_file(session, old_path=entry.path, new_path=cand.key, source=cand.source)
            catalog.move_catalog(session, old_path=entry.path, new_path=cand.key)
            records.bump_version(session)
        found, metas = self.store.vector_metadata(ids)
        self.store.update_vector_metadata(found, [{**m, "source": cand.source} for m in metas])

    def _remove(self, key: str) -> None:
        with session_scope(self.store.engine) as session:
            ids = records.chunk_ids_for_file(session, path=key)
            records.delete_file(session, path=key)
            catalog.delete_catalog(session, source_path=key)
            records.bump_version(session)
        self.store.delete_vectors(ids)

    def _emit(self, report: IngestReport, outcome: Outcome) -> None:
        report.outcomes.append(outcome)
        self.on_file_done(outcome)


def _inside(path: Path, root: Path) -> bool:
    return path == root or root in path.parents
