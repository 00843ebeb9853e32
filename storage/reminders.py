"""Reminders kept in the database: a restart loses none, and each is sent at most once."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, Session, SQLModel, col, delete, select


def now() -> datetime:
    return datetime.now(UTC)


class Reminder(SQLModel, table=True):
    __tablename__ = "reminder"
    __table_args__ = (UniqueConstraint("telegram_id", "kind", "subject", "due_at"),)
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(index=True)
    kind: str  # report_due | draft
    subject: str = ""  # the training the report is about
    due_at: datetime = Field(index=True)
    sent_at: datetime | None = None
    created_at: datetime = Field(default_factory=now)


def schedule(
    session: Session, *, telegram_id: int, kind: str, subject: str, due_at: datetime
) -> None:
    """Add a reminder unless the same one exists."""
    exists = session.exec(
        select(Reminder).where(
            Reminder.telegram_id == telegram_id,
            Reminder.kind == kind,
            Reminder.subject == subject,
            Reminder.due_at == due_at,
        )
    ).first()
    if exists is None:
        session.add(Reminder(telegram_id=telegram_id, kind=kind, subject=subject, due_at=due_at))


def replace_pending(
    session: Session, *, telegram_id: int, kind: str, due_at: datetime | None
) -> None:
    """Keep at most one unsent reminder of a kind (a draft's): moved, or removed with None."""
    session.exec(
        delete(Reminder).where(
            col(Reminder.telegram_id) == telegram_id,
            col(Reminder.kind) == kind,
            col(Reminder.sent_at).is_(None),
        )
    )
    if due_at is not None:
        session.add(Reminder(telegram_id=telegram_id, kind=kind, due_at=due_at))


def claim_due(session: Session, *, at: datetime, limit: int = 100) -> list[Reminder]:
    """Due reminders, marked sent in the caller's transaction before anything is sent:
    a crash can then lose a reminder but never send one twice."""
    rows = list(
        session.exec(
            select(Reminder)
            .where(col(Reminder.sent_at).is_(None), col(Reminder.due_at) <= at)
            .limit(limit)
        )
    )
    for row in rows:
        row.sent_at = at
        session.add(row)
    return rows


def cancel_for_subject(session: Session, *, telegram_id: int, kind: str, subject: str) -> None:
    session.exec(
        delete(Reminder).where(
            col(Reminder.telegram_id) == telegram_id,
            col(Reminder.kind) == kind,
            col(Reminder.subject) == subject,
            col(Reminder.sent_at).is_(None),
        )
    )


def delete_reminders_of(session: Session, *, telegram_id: int) -> None:
    session.exec(delete(Reminder).where(col(Reminder.telegram_id) == telegram_id))
