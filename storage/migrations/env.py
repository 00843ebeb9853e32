"""Alembic's environment: the models' metadata, and the connection storage.db.migrate hands
in (no URL in a config file: the settings decide the database)."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

from storage.db import register_tables

register_tables()
connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters by copying tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
