"""The update inbox: every update is written here before Telegram is told it arrived, and
removed once handled. Any number of bot processes share it: a process claims the oldest update
that heads its chat and that nobody holds (``FOR UPDATE SKIP LOCKED`` on PostgreSQL, a
conditional update everywhere), so each update is handled once and a chat's updates in order.
A chat that was just served goes to the back of the line (``turn``). What a process held when
it stopped is released when it starts again under the same worker name, or taken by another
process once its lease runs out."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import BigInteger, ColumnElement, delete, exists, func, or_, true, update
from sqlalchemy.orm import aliased
from sqlmodel import Field, Session, SQLModel, col, select

LEASE = timedelta(minutes=5)  # a claim older than this belongs to a process that died


class InboxUpdate(SQLModel, table=True):
    __tablename__ = "inbox_update"
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    chat_key: int = Field(sa_type=BigInteger, index=True)  # in update order within a chat
    payload_json: str
    received_at: datetime
    attempts: int = 0  # handlings started; an update that keeps killing the bot is given up
    turn: int = Field(default=0, sa_type=BigInteger, index=True)  # lower goes first
    claimed_by: str | None = None  # the worker handling it
    claimed_at: datetime | None = None


class HandledUpdate(SQLModel, table=True):
    """Ids only (no person): a webhook redelivery of a handled update is recognised."""

    __tablename__ = "handled_update"
    update_id: int = Field(sa_type=BigInteger, primary_key=True)
    handled_at: datetime = Field(index=True)


def store(session: Session, *, updates: list[tuple[int, int, str]], now: datetime) -> list[int]:
    """Write (update_id, chat_key, payload) rows; returns the ids that are new. Two processes
    given the same update (a redelivery to another worker) store it once."""
    ids = [u[0] for u in updates]
    if not ids:
        return []
    handled = set(
        session.exec(select(HandledUpdate.update_id).where(col(HandledUpdate.update_id).in_(ids)))
    )
    candidates = [u for u in updates if u[0] not in handled]
    if not candidates:
        return []
    turn = _last_turn(session) + 1
    rows = [
        {
            "update_id": update_id,
            "chat_key": chat_key,
            "payload_json": payload,
            "received_at": now,
            "attempts": 0,
            "turn": turn,
        }
        for update_id, chat_key, payload in candidates
    ]
    written = session.execute(
        _insert_new(session, InboxUpdate, rows).returning(col(InboxUpdate.update_id))
    )
    fresh = {r[0] for r in written}
    return [u[0] for u in candidates if u[0] in fresh]


def _insert_new(session: Session, model, rows: list[dict]):
    """INSERT ... ON CONFLICT (update_id) DO NOTHING, in the session's SQL dialect."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(model).values(rows).on_conflict_do_nothing(index_elements=["update_id"])


def _last_turn_query():
    return select(func.coalesce(func.max(InboxUpdate.turn), 0))


def _last_turn(session: Session) -> int:
    return session.exec(_last_turn_query()).one()


def pending(session: Session) -> list[InboxUpdate]:
    return list(session.exec(select(InboxUpdate).order_by(InboxUpdate.update_id)))


def claim(
    session: Session, *, worker: str, now: datetime, chat: int | None = None
) -> InboxUpdate | None:
    """Hold the next update to handle: the head of its chat (no earlier update of the chat is
    left), held by nobody (or by a process whose lease ran out), the chat longest waiting
    first (``chat``: that chat's only). Counts the attempt. None when there is nothing this
    worker may take. One statement (``UPDATE ... WHERE id = (SELECT ... FOR UPDATE SKIP
    LOCKED) RETURNING``): every worker looks for updates after each one it handles."""
    candidate, earlier = aliased(InboxUpdate), aliased(InboxUpdate)

    def free(row) -> ColumnElement[bool]:
        return or_(col(row.claimed_by).is_(None), col(row.claimed_at) < now - LEASE)

    head = ~exists().where(
        earlier.chat_key == candidate.chat_key, earlier.update_id < candidate.update_id
    )
    mine = true() if chat is None else col(candidate.chat_key) == chat
    oldest_waiting = (
        select(candidate.update_id)
        .where(free(candidate), head, mine)
        .order_by(col(candidate.turn), col(candidate.update_id))
        .limit(1)
        .with_for_update(skip_locked=True, of=candidate)
        .scalar_subquery()
    )
    taken = session.execute(
        update(InboxUpdate)
        .where(col(InboxUpdate.update_id) == oldest_waiting, free(InboxUpdate))
        .values(claimed_by=worker, claimed_at=now, attempts=InboxUpdate.attempts + 1)
        .returning(*InboxUpdate.__table__.columns)
        .execution_options(synchronize_session=False)
    ).first()  # None also when another process (SQLite has no row locks) was quicker
    return InboxUpdate.model_validate(dict(taken._mapping)) if taken is not None else None


def release(session: Session, *, worker: str) -> None:
    """What this worker held when it stopped (same name, a restart) may be taken again."""
    session.exec(
        update(InboxUpdate)
        .where(col(InboxUpdate.claimed_by) == worker)
        .values(claimed_by=None, claimed_at=None)
    )


def done(session: Session, *, update_id: int, now: datetime) -> bool:
    """Handled: gone from the inbox, its id remembered, and its chat to the back of the line.
    True when the chat has another update waiting (a worker should look for it now)."""
    gone = delete(InboxUpdate).where(col(InboxUpdate.update_id) == update_id)
    chat_key = session.execute(gone.returning(col(InboxUpdate.chat_key))).scalar_one_or_none()
    waiting = 0
    if chat_key is not None:  # one statement finds and removes it (RETURNING: SQLite 3.35+)
        waiting = session.exec(
            update(InboxUpdate)
            .where(col(InboxUpdate.chat_key) == chat_key)
            .values(turn=_last_turn_query().scalar_subquery() + 1)
            .execution_options(synchronize_session=False)
        ).rowcount
    session.execute(
        _insert_new(session, HandledUpdate, [{"update_id": update_id, "handled_at": now}])
    )
    return waiting > 0


def forget_handled(session: Session, *, now: datetime, keep: timedelta = timedelta(days=2)) -> None:
    """Telegram keeps an update for 24 hours: older ids cannot come back."""
    session.exec(delete(HandledUpdate).where(col(HandledUpdate.handled_at) < now - keep))
