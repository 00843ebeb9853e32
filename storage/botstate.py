"""Bot state that must survive a restart: the step each chat is at, PTB's own data, and
the update ids already handled (Telegram redelivers unconfirmed updates)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Field, Session, SQLModel, col, delete, select


def _now() -> datetime:
    return datetime.now(UTC)


class FlowState(SQLModel, table=True):
    """Where a user is in a guided conversation; written before the next prompt is sent."""

    __tablename__ = "flow_state"
    chat_id: int = Field(primary_key=True)
    user_id: int = Field(primary_key=True)
    flow: str
    step: str
    data_json: str = "{}"
    updated_at: datetime = Field(default_factory=_now)

    @property
    def data(self) -> dict[str, Any]:
        return json.loads(self.data_json)


class PtbData(SQLModel, table=True):
    """python-telegram-bot's persisted dicts (user/chat/bot data, conversations)."""

    __tablename__ = "ptb_data"
    kind: str = Field(primary_key=True)
    key: str = Field(primary_key=True)
    value_json: str


class ProcessedUpdate(SQLModel, table=True):
    __tablename__ = "processed_update"
    update_id: int = Field(primary_key=True)
    processed_at: datetime = Field(default_factory=_now, index=True)


def get_flow(session: Session, *, chat_id: int, user_id: int) -> FlowState | None:
    return session.get(FlowState, (chat_id, user_id))


def set_flow(
    session: Session, *, chat_id: int, user_id: int, flow: str, step: str, data: dict
) -> None:
    row = session.get(FlowState, (chat_id, user_id)) or FlowState(
        chat_id=chat_id, user_id=user_id, flow=flow, step=step
    )
    row.flow, row.step, row.updated_at = flow, step, _now()
    row.data_json = json.dumps(data, ensure_ascii=False, default=str)
    session.add(row)


def clear_flow(session: Session, *, chat_id: int, user_id: int) -> bool:
    row = session.get(FlowState, (chat_id, user_id))
    if row is None:
        return False
    session.delete(row)
    return True


def clear_flows_of(session: Session, *, user_id: int) -> None:
    session.exec(delete(FlowState).where(col(FlowState.user_id) == user_id))


def was_processed(session: Session, *, update_id: int) -> bool:
    return session.get(ProcessedUpdate, update_id) is not None


def mark_processed(session: Session, *, update_id: int) -> None:
    if session.get(ProcessedUpdate, update_id) is None:
        session.add(ProcessedUpdate(update_id=update_id))


def mark_processed_fast(connection, *, update_id: int) -> None:
    """The same as mark_processed, in one Core statement (this runs for every update)."""
    table = ProcessedUpdate.__table__
    connection.execute(
        table.insert()
        .prefix_with("OR IGNORE", dialect="sqlite")
        .values(update_id=update_id, processed_at=_now())
    )


def highest_processed(session: Session) -> int:
    from sqlalchemy import func

    return session.exec(select(func.max(ProcessedUpdate.update_id))).one() or -1


def forget_old_updates(session: Session, *, older_than: timedelta = timedelta(days=2)) -> None:
    """Telegram keeps updates for 24 h; ids older than that cannot come back."""
    session.exec(
        delete(ProcessedUpdate).where(col(ProcessedUpdate.processed_at) < _now() - older_than)
    )


def load_ptb(session: Session, *, kind: str) -> dict[str, Any]:
    return {
        row.key: json.loads(row.value_json)
        for row in session.exec(select(PtbData).where(PtbData.kind == kind))
    }


def save_ptb(session: Session, *, kind: str, key: str, value: Any) -> None:
    row = session.get(PtbData, (kind, key)) or PtbData(kind=kind, key=key, value_json="null")
    row.value_json = json.dumps(value, ensure_ascii=False, default=str)
    session.add(row)


def drop_ptb(session: Session, *, kind: str, key: str) -> None:
    row = session.get(PtbData, (kind, key))
    if row is not None:
        session.delete(row)
