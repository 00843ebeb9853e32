"""Alembic migrations of the SQL store (run by storage.db.migrate; `pandu db upgrade`)."""
