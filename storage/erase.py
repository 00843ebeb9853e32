"""The right to erasure (UU PDP): every row about a person, in every table. Tables are found
from the metadata by the columns that name a person, so a new table is covered without
anyone remembering to add it here."""

from __future__ import annotations

from sqlalchemy import Table, delete, or_, select
from sqlmodel import Session, SQLModel

PERSON_COLUMNS = ("telegram_id", "user_id", "chat_id")
TRANSIENT = {"inbox_update"}  # updates not yet handled: removed as each is handled


def everything_about(session: Session, *, telegram_id: int) -> int:
    """Delete every row whose person columns hold this id; returns how many rows went."""
    from storage.db import register_tables

    register_tables()
    removed = 0
    for table in reversed(SQLModel.metadata.sorted_tables):  # rows that refer to others first
        if table.name in TRANSIENT:
            continue
        about = _about(table, telegram_id)
        if about is not None:
            removed += session.exec(delete(table).where(about)).rowcount or 0
    return removed


def _about(table: Table, telegram_id: int):
    """The rows of a table about the person: theirs by a person column, or rows that belong
    to such a row (a mentoring question's events); None when the table holds neither."""
    columns = [table.c[name] for name in PERSON_COLUMNS if name in table.c]
    if columns:
        return or_(*(c == telegram_id for c in columns))
    owned = []
    for key in table.foreign_keys:
        parent = key.column.table
        person = [parent.c[name] for name in PERSON_COLUMNS if name in parent.c]
        if person and parent.name not in TRANSIENT:
            rows = select(key.column).where(or_(*(c == telegram_id for c in person)))
            owned.append(key.parent.in_(rows))
    return or_(*owned) if owned else None
