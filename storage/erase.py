"""The right to erasure (UU PDP): every row about a person, in every table. Tables are found
from the metadata by the columns that name a person, so a new table is covered without
anyone remembering to add it here."""

from __future__ import annotations

from sqlalchemy import delete, or_
from sqlmodel import Session, SQLModel

PERSON_COLUMNS = ("telegram_id", "user_id", "chat_id")
TRANSIENT = {"inbox_update"}  # updates not yet handled: removed as each is handled


def everything_about(session: Session, *, telegram_id: int) -> int:
    """Delete every row whose person columns hold this id; returns how many rows went."""
    from storage.db import register_tables

    register_tables()
    removed = 0
    for table in reversed(SQLModel.metadata.sorted_tables):
        columns = [table.c[name] for name in PERSON_COLUMNS if name in table.c]
        if not columns or table.name in TRANSIENT:
            continue
        result = session.exec(delete(table).where(or_(*(c == telegram_id for c in columns))))
        removed += result.rowcount or 0
    return removed
