"""Reminders kept in the database: a restart loses none, and any number of bot processes send
each one once. A reminder is claimed by a conditional update (only while ``sent_at`` is
NULL, checked by the row count), so two processes can never both take it."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import BigInteger, UniqueConstraint, update
from sqlmodel import Field, Session, SQLModel, col, delete, select

from storage.clock import system_now

DRAFT_AFTER = timedelta(hours=24)  # an unfinished draft is mentioned once, a day later
MAX_ATTEMPTS = 5


class Reminder(SQLModel, table=True):
    __tablename__ = "reminder"
    __table_args__ = (UniqueConstraint("telegram_id", "kind", "subject", "due_at"),)
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_type=BigInteger, index=True)
    kind: str  # report_soon | report_due | draft
    subject: str = ""  # the training the report is about
    due_at: datetime = Field(index=True)
    sent_at: datetime | None = None  # taken for sending (by one process, once)
    attempts: int = 0
    next_try_at: datetime | None = None  # after a transient failure: not before this
    outcome: str = ""  # "" until done: sent | skipped | blocked | failed
    failure: str = ""  # why the last attempt failed
    created_at: datetime = Field(default_factory=system_now)


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


def due_ids(
    session: Session, *, at: datetime, only_to: int | None = None, limit: int = 100
) -> list[int]:
    """Due and unclaimed; ``only_to``: one person's only."""
    query = (
        select(Reminder.id)
        .where(col(Reminder.sent_at).is_(None), col(Reminder.due_at) <= at)
        .where(col(Reminder.next_try_at).is_(None) | (col(Reminder.next_try_at) <= at))
        .order_by(Reminder.due_at)
        .limit(limit)
    )
    if only_to is not None:
        query = query.where(col(Reminder.telegram_id) == only_to)
    return list(session.exec(query))


def claim(session: Session, *, reminder_id: int, at: datetime) -> Reminder | None:
    """Take one reminder for sending; None when another process took it first."""
    result = session.exec(
        update(Reminder)
        .where(col(Reminder.id) == reminder_id, col(Reminder.sent_at).is_(None))
        .values(sent_at=at, attempts=Reminder.attempts + 1)
    )
    if result.rowcount != 1:
        return None
    return session.get(Reminder, reminder_id)


def finish(session: Session, *, reminder_id: int, outcome: str, failure: str = "") -> None:
    session.exec(
        update(Reminder)
        .where(col(Reminder.id) == reminder_id)
        .values(outcome=outcome, failure=failure[:300])
    )


def release(session: Session, *, reminder_id: int, retry_at: datetime, failure: str) -> None:
    """A transient failure: claimable again from ``retry_at`` (by any process)."""
    session.exec(
        update(Reminder)
        .where(col(Reminder.id) == reminder_id)
        .values(sent_at=None, next_try_at=retry_at, failure=failure[:300])
    )


def cancel_for_subject(session: Session, *, telegram_id: int, kind: str, subject: str) -> None:
    session.exec(
        delete(Reminder).where(
            col(Reminder.telegram_id) == telegram_id,
            col(Reminder.kind) == kind,
            col(Reminder.subject) == subject,
            col(Reminder.sent_at).is_(None),
        )
    )
