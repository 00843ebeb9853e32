"""The folders an agency gave to `pandu ingest`, kept in the database: every bot process and
ingest on that database keeps the same knowledge base indexed, whatever its data dir."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, Session, SQLModel, func, select

from storage.clock import system_now


class KnowledgeRoot(SQLModel, table=True):
    __tablename__ = "knowledge_root"
    path: str = Field(primary_key=True, description="absolute path of the folder or file")
    position: int = Field(description="order in which it was first given")
    added_at: datetime = Field(default_factory=system_now)


def list_paths(session: Session) -> list[str]:
    rows = session.exec(select(KnowledgeRoot).order_by(KnowledgeRoot.position)).all()
    return [row.path for row in rows]


def add_paths(session: Session, *, paths: list[str]) -> None:
    """Add the ones not known yet, after the known ones, in the order given."""
    known = set(list_paths(session))
    last = session.exec(select(func.max(KnowledgeRoot.position))).one() or 0
    for path in paths:
        if path not in known:
            known.add(path)
            last += 1
            session.add(KnowledgeRoot(path=path, position=last))
