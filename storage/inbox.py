"""The update inbox: every update is written here before Telegram is told it arrived, and
removed in the transaction that records it as handled. What is left at start-up was being
handled, or waiting, when the process stopped; it is handled first."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import BigInteger, delete, insert, update
from sqlmodel import Field, Session, SQLModel, col, select


class InboxUpdate(SQLModel, table=True):
    __tablename__ = "inbox_update"
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    chat_key: int = Field(sa_type=BigInteger, index=True)  # in update order within a chat
    payload_json: str
    received_at: datetime
    attempts: int = 0  # handlings started; an update that keeps killing the bot is given up


class HandledUpdate(SQLModel, table=True):
    """Ids only (no person): a webhook redelivery of a handled update is recognised."""

    __tablename__ = "handled_update"
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    handled_at: datetime = Field(index=True)


def store(session: Session, *, updates: list[tuple[int, int, str]], now: datetime) -> list[int]:
    """Write (update_id, chat_key, payload) rows; returns the ids that are new."""
    ids = [u[0] for u in updates]
    if not ids:
        return []
    known = set(
        session.exec(select(InboxUpdate.update_id).where(col(InboxUpdate.update_id).in_(ids)))
    ) | set(
        session.exec(select(HandledUpdate.update_id).where(col(HandledUpdate.update_id).in_(ids)))
    )
    fresh = [u for u in updates if u[0] not in known]
    for update_id, chat_key, payload in fresh:
        session.add(
            InboxUpdate(
                update_id=update_id, chat_key=chat_key, payload_json=payload, received_at=now
            )
        )
    return [u[0] for u in fresh]


def pending(session: Session) -> list[InboxUpdate]:
    return list(session.exec(select(InboxUpdate).order_by(InboxUpdate.update_id)))


def started(session: Session, *, update_id: int) -> None:
    session.exec(
        update(InboxUpdate)
        .where(col(InboxUpdate.update_id) == update_id)
        .values(attempts=InboxUpdate.attempts + 1)
    )


def done(session: Session, *, update_id: int, now: datetime) -> None:
    session.exec(delete(InboxUpdate).where(col(InboxUpdate.update_id) == update_id))
    exists = session.get(HandledUpdate, update_id)
    if exists is None:
        session.exec(insert(HandledUpdate).values(update_id=update_id, handled_at=now))


def forget_handled(session: Session, *, now: datetime, keep: timedelta = timedelta(days=2)) -> None:
    """Telegram keeps an update for 24 hours: older ids cannot come back."""
    session.exec(delete(HandledUpdate).where(col(HandledUpdate.handled_at) < now - keep))
