"""Guided conversations in the database: one draft per user and flow, and apart from the
drafts, a pointer per chat and user to the flows in progress (innermost last) with the last
update it answered, so a side step never deletes a draft and a replayed update is recognised.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, select

from storage.clock import system_now


class FlowDraft(SQLModel, table=True):
    """The answers of one guided conversation so far and the step it is at."""

    __tablename__ = "flow_draft"
    # ids are never reused (SQLite would reuse a deleted highest id): an ending is found by it
    __table_args__ = (
        UniqueConstraint("chat_id", "user_id", "flow"),
        {"sqlite_autoincrement": True},
    )
    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_type=BigInteger)
    user_id: int = Field(sa_type=BigInteger, index=True)
    flow: str
    step: str
    editing: bool = False  # a field chosen from the review: back to the review after it
    data_json: str = "{}"
    created_at: datetime = Field(default_factory=system_now)
    updated_at: datetime = Field(default_factory=system_now)

    @property
    def data(self) -> dict[str, Any]:
        return json.loads(self.data_json)

    def store(self, data: dict[str, Any], *, now: datetime) -> None:
        self.data_json = json.dumps(data, ensure_ascii=False, default=str)
        self.updated_at = now


class FlowPointer(SQLModel, table=True):
    """Which flows a chat is in (a stack: a side step sits on top of what it interrupted) and
    what the last update handled by a flow answered, to send again if that update comes back."""

    __tablename__ = "flow_pointer"
    chat_id: int = Field(sa_type=BigInteger, primary_key=True)
    user_id: int = Field(sa_type=BigInteger, primary_key=True)
    stack_json: str = "[]"
    last_update_id: int | None = Field(default=None, sa_type=BigInteger)
    last_reply_json: str = "[]"
    updated_at: datetime = Field(default_factory=system_now)

    @property
    def stack(self) -> list[str]:
        return json.loads(self.stack_json)

    @property
    def active(self) -> str | None:
        stack = self.stack
        return stack[-1] if stack else None

    def set_stack(self, stack: list[str]) -> None:
        self.stack_json = json.dumps(stack)


def get_pointer(session: Session, *, chat_id: int, user_id: int) -> FlowPointer | None:
    return session.get(FlowPointer, (chat_id, user_id))


def pointer(session: Session, *, chat_id: int, user_id: int) -> FlowPointer:
    row = session.get(FlowPointer, (chat_id, user_id))
    if row is None:
        row = FlowPointer(chat_id=chat_id, user_id=user_id)
        session.add(row)
    return row


def get_draft(session: Session, *, chat_id: int, user_id: int, flow: str) -> FlowDraft | None:
    return session.exec(
        select(FlowDraft).where(
            FlowDraft.chat_id == chat_id, FlowDraft.user_id == user_id, FlowDraft.flow == flow
        )
    ).first()


def draft_by_id(session: Session, *, draft_id: int, user_id: int) -> FlowDraft | None:
    """Only the user's own draft: a forwarded or forged button reaches nobody else's."""
    row = session.get(FlowDraft, draft_id)
    return row if row is not None and row.user_id == user_id else None


def new_draft(
    session: Session, *, chat_id: int, user_id: int, flow: str, step: str, data: dict, now
) -> FlowDraft:
    row = FlowDraft(chat_id=chat_id, user_id=user_id, flow=flow, step=step, created_at=now)
    row.store(data, now=now)
    session.add(row)
    session.flush()  # its id goes into the buttons
    return row


def has_draft(session: Session, *, user_id: int, flow: str) -> bool:
    return (
        session.exec(
            select(FlowDraft.id).where(FlowDraft.user_id == user_id, FlowDraft.flow == flow)
        ).first()
        is not None
    )
