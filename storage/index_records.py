"""Records of what is indexed: files (the manifest), their chunks, and index-wide facts.

The chunk table is the source of truth the search reads: the vector and lexical
indexes are derived from it, so a file is visible exactly when its rows are committed.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlmodel import Field, Session, SQLModel, col, delete, select

from storage.clock import system_now


class IndexedFileBase(SQLModel):
    path: str = Field(primary_key=True, description="absolute path of the file on disk")
    source: str = Field(index=True, description="path shown to users (inside the ingested folder)")
    content_hash: str = Field(index=True)
    doc_id: str = Field(index=True)
    title: str
    chunk_count: int = 0
    meta_json: str = "{}"


class IndexedFile(IndexedFileBase, table=True):
    __tablename__ = "indexed_file"
    indexed_at: datetime = Field(default_factory=system_now)

    @property
    def meta(self) -> dict[str, Any]:
        return json.loads(self.meta_json)


class ChunkBase(SQLModel):
    id: str = Field(primary_key=True)
    file_path: str = Field(index=True)
    source: str
    doc_id: str = Field(index=True)
    title: str
    section: str = ""
    position: int = 0
    text: str
    meta_json: str = "{}"


class ChunkRecord(ChunkBase, table=True):
    __tablename__ = "chunk"

    @property
    def meta(self) -> dict[str, Any]:
        return json.loads(self.meta_json)


class IndexMeta(SQLModel, table=True):
    __tablename__ = "index_meta"
    key: str = Field(primary_key=True)
    value: str


def get_meta(session: Session, *, key: str) -> str | None:
    row = session.get(IndexMeta, key)
    return row.value if row else None


def set_meta(session: Session, *, key: str, value: str) -> None:
    row = session.get(IndexMeta, key) or IndexMeta(key=key, value=value)
    row.value = value
    session.add(row)


def get_version(session: Session) -> int:
    """The index version: every commit that changes what is indexed moves it forward. Read
    from the database each time, not the session's cache: readers compare two readings."""
    value = session.exec(select(IndexMeta.value).where(IndexMeta.key == "version")).first()
    return int(value or 0)


def bump_version(session: Session) -> int:
    """Advance the index version, which readers compare to know they must reload."""
    version = get_version(session) + 1
    set_meta(session, key="version", value=str(version))
    return version


def list_files(session: Session) -> list[IndexedFile]:
    return list(session.exec(select(IndexedFile)))


def get_file(session: Session, *, path: str) -> IndexedFile | None:
    return session.get(IndexedFile, path)


def chunk_ids_for_file(session: Session, *, path: str) -> list[str]:
    return list(session.exec(select(ChunkRecord.id).where(ChunkRecord.file_path == path)))


def delete_file(session: Session, *, path: str) -> None:
    session.exec(delete(ChunkRecord).where(col(ChunkRecord.file_path) == path))
    row = session.get(IndexedFile, path)
    if row:
        session.delete(row)


def replace_file(session: Session, *, record: IndexedFile, chunks: list[ChunkRecord]) -> None:
    """Swap a file's rows for new ones inside the caller's transaction."""
    delete_file(session, path=record.path)
    session.flush()
    session.add(record)
    session.add_all(chunks)


def move_file(session: Session, *, old_path: str, new_path: str, source: str) -> None:
    """Record a rename: same content and chunks, new path."""
    old = session.get(IndexedFile, old_path)
    if old is None:
        return
    data = old.model_dump()
    session.delete(old)
    session.flush()
    data.update(path=new_path, source=source)
    session.add(IndexedFile(**data))
    for chunk in session.exec(select(ChunkRecord).where(ChunkRecord.file_path == old_path)):
        chunk.file_path, chunk.source = new_path, source
        session.add(chunk)


def all_chunks(session: Session) -> list[ChunkRecord]:
    return list(session.exec(select(ChunkRecord).order_by(ChunkRecord.id)))


def all_chunk_ids(session: Session) -> set[str]:
    return set(session.exec(select(ChunkRecord.id)))


def clear_index(session: Session) -> int:
    """Forget every file, chunk and index fact but the version, which moves on: a version seen
    before the clearing must never come back, or a running reader would keep its old index."""
    session.exec(delete(ChunkRecord))
    session.exec(delete(IndexedFile))
    session.exec(delete(IndexMeta).where(col(IndexMeta.key) != "version"))
    return bump_version(session)
