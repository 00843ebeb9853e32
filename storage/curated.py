"""Curated answers: a mentor's or HR officer's answer rewritten in a general form (no names)
and published into the knowledge base. SQL is the truth; a job writes each published answer
as a Markdown document into the data dir's curated folder and indexes it (ingest writes,
knowledge reads), and removes it again when it is withdrawn."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger
from sqlmodel import Field, Session, SQLModel, col, select

from storage.clock import system_now


class CuratedAnswer(SQLModel, table=True):
    __tablename__ = "curated_answer"
    id: int | None = Field(default=None, primary_key=True)
    question: str  # the general question
    answer: str
    unit: str = ""  # the curator's unit, named in the document's title
    author_id: int = Field(sa_type=BigInteger)  # not telegram_id: the answer outlives /hapusdata
    source_question_id: int | None = None  # the mentoring question it came from, if any
    draft_id: int | None = Field(default=None, unique=True)
    published_at: datetime = Field(default_factory=system_now)
    updated_at: datetime = Field(default_factory=system_now)
    withdrawn_at: datetime | None = None


def publish(
    session: Session,
    *,
    question: str,
    answer: str,
    unit: str,
    author_id: int,
    source_question_id: int | None,
    draft_id: int | None,
    now: datetime,
    replaces: int | None = None,
) -> CuratedAnswer:
    """A new curated answer, or a new text for one (``replaces``); idempotent by draft."""
    found = None
    if draft_id is not None:
        found = session.exec(
            select(CuratedAnswer).where(CuratedAnswer.draft_id == draft_id)
        ).first()
    if found is not None:
        return found
    row = session.get(CuratedAnswer, replaces) if replaces else None
    if row is None:
        row = CuratedAnswer(
            author_id=author_id, unit=unit, published_at=now, question=question, answer=answer
        )
    row.question, row.answer, row.updated_at = question, answer, now
    row.source_question_id = row.source_question_id or source_question_id
    row.draft_id = draft_id
    session.add(row)
    session.flush()
    return row


def withdraw(session: Session, *, curated_id: int, now: datetime) -> CuratedAnswer | None:
    row = session.get(CuratedAnswer, curated_id)
    if row is None or row.withdrawn_at is not None:
        return None
    row.withdrawn_at = row.updated_at = now
    session.add(row)
    return row


def published(session: Session) -> list[CuratedAnswer]:
    query = select(CuratedAnswer).where(col(CuratedAnswer.withdrawn_at).is_(None))
    return list(session.exec(query.order_by(CuratedAnswer.id)))


def get_curated(session: Session, *, curated_id: int) -> CuratedAnswer | None:
    return session.get(CuratedAnswer, curated_id)
