"""Engine and session helpers: the one place that knows how to reach the SQL store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL and a busy timeout so a bot and an ingest can share it."""
    is_sqlite = url.startswith("sqlite")
    connect_args = {"check_same_thread": False, "timeout": 30} if is_sqlite else {}
    engine = create_engine(url, connect_args=connect_args)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def register_tables() -> None:
    """Import every model module, so the metadata knows every table."""
    from storage import (  # noqa: F401
        catalog,
        curated,
        evaluations,
        flows,
        inbox,
        index_records,
        learning,
        mentoring,
        people,
        reminders,
        reports,
        roles,
        units,
    )


def create_tables(engine: Engine) -> None:
    """Create every table the models declare (idempotent)."""
    register_tables()
    SQLModel.metadata.create_all(engine)
    _add_missing_columns(engine)
    _drop_legacy(engine)


LEGACY_TABLES = ("ptb_data", "flow_state")  # PTB's persisted dicts; the one-row-per-user flows


def _drop_legacy(engine: Engine) -> None:
    """Older data dirs: PTB's persistence kept a row for everyone who wrote, consent or not,
    and the single flow row per user is replaced by drafts per flow."""
    from sqlalchemy import inspect, text

    present = set(inspect(engine).get_table_names())
    with engine.begin() as connection:
        if "flow_state" in present:
            _carry_over_drafts(connection)
        for name in LEGACY_TABLES:
            if name in present:
                connection.execute(text(f'DROP TABLE "{name}"'))


def _add_missing_columns(engine: Engine) -> None:
    """A data dir made by an older Pandu gets the columns added since (SQLite cannot alter more;
    new columns are added nullable, with their scalar default when they have one)."""
    from sqlalchemy import inspect, text

    inspector = inspect(engine)
    with engine.begin() as connection:
        for table in SQLModel.metadata.sorted_tables:
            if not inspector.has_table(table.name):
                continue
            present = {c["name"] for c in inspector.get_columns(table.name)}
            for column in table.columns:
                if column.name in present:
                    continue
                kind = column.type.compile(dialect=engine.dialect)
                default = (
                    column.default.arg
                    if column.default is not None and column.default.is_scalar
                    else None
                )
                literal = (
                    ""
                    if default is None
                    else f" DEFAULT {int(default) if isinstance(default, bool) else repr(default)}"
                )
                connection.execute(
                    text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}{literal}')
                )


def _carry_over_drafts(connection) -> None:
    """Unfinished reports and log entries in the old one-row-per-user table become drafts of
    the same flows (their answers have the same names); other half-done steps are dropped."""
    from sqlalchemy import text

    renamed = {"confirm": "review"}
    rows = connection.execute(
        text("SELECT chat_id, user_id, flow, step, data_json FROM flow_state")
    ).fetchall()
    for chat_id, user_id, flow, step, data_json in rows:
        if flow not in ("report", "jp"):
            continue
        connection.execute(
            text(
                "INSERT INTO flow_draft (chat_id, user_id, flow, step, editing, data_json,"
                " created_at, updated_at) VALUES (:c, :u, :f, :s, :e, :d,"
                " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {
                "c": chat_id,
                "u": user_id,
                "f": flow,
                "s": renamed.get(step, step),
                "e": False,
                "d": data_json,
            },
        )
        connection.execute(
            text(
                "INSERT INTO flow_pointer (chat_id, user_id, stack_json, last_reply_json,"
                " updated_at) VALUES (:c, :u, :s, '[]', CURRENT_TIMESTAMP)"
            ),
            {"c": chat_id, "u": user_id, "s": f'["{flow}"]'},
        )


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed on success, rolled back on any exception."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
