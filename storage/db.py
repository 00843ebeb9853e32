"""Engine and session helpers: the one place that knows how to reach the SQL store."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic.config import Config
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, create_engine


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets WAL and a busy timeout so a bot and an ingest can share it.
    A plain ``postgresql://`` (or ``postgres://``) URL uses the installed driver, psycopg 3."""
    url = _with_driver(url)
    is_sqlite = url.startswith("sqlite")
    connect_args = {"check_same_thread": False, "timeout": 30} if is_sqlite else {}
    # a server restarted under the pool: a dead connection is noticed and replaced before
    # use, instead of failing the next request
    engine = create_engine(url, connect_args=connect_args, pool_pre_ping=not is_sqlite)
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _with_driver(url: str) -> str:
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url.removeprefix(plain)
    return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")  # a step the user was prompted for survives power loss
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
        knowledge_roots,
        learning,
        mentoring,
        people,
        reminders,
        reports,
        roles,
        units,
    )


def create_tables(engine: Engine) -> None:
    """Bring the database to the newest schema (idempotent): Alembic's migrations."""
    migrate(engine)


MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"  # the schema as the last Pandu without Alembic left it
MIGRATE_LOCK = 0x70616E6464  # an advisory lock key: one migration at a time per database


def alembic_config(connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def migrate(engine: Engine, *, revision: str = "head") -> None:
    """Upgrade to ``revision``. A data dir made before Pandu used Alembic (tables, no
    alembic_version) is first brought to the baseline the old way, then stamped, once."""
    from alembic import command
    from sqlalchemy import inspect, text

    register_tables()
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":  # workers starting together migrate once
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATE_LOCK})
        present = set(inspect(connection).get_table_names())
        config = alembic_config(connection)
        if present and "alembic_version" not in present:
            _legacy_to_baseline(connection, present)
            command.stamp(config, BASELINE)
        command.upgrade(config, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


LEGACY_TABLES = ("ptb_data", "flow_state")  # PTB's persisted dicts; the one-row-per-user flows


def _legacy_to_baseline(connection, present: set[str]) -> None:
    """Pre-Alembic data dirs differ by the columns and tables added since they were made:
    create what is missing as the baseline has it, carry the old flow rows over, drop PTB's
    tables. Runs once per data dir; every later change is a migration."""
    from sqlalchemy import inspect, literal, text

    SQLModel.metadata.create_all(connection)
    inspector = inspect(connection)
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in present:
            continue
        have = {c["name"] for c in inspector.get_columns(table.name)}
        for column in table.columns:
            if column.name in have:
                continue
            kind = column.type.compile(dialect=connection.dialect)
            default = (
                column.default.arg
                if column.default is not None and column.default.is_scalar
                else None
            )
            value = (
                ""
                if default is None
                else " DEFAULT "
                + str(
                    literal(default).compile(
                        dialect=connection.dialect, compile_kwargs={"literal_binds": True}
                    )
                )
            )
            connection.execute(
                text(f'ALTER TABLE "{table.name}" ADD COLUMN "{column.name}" {kind}{value}')
            )
    if "flow_state" in present:
        _carry_over_drafts(connection)
    for name in LEGACY_TABLES:
        if name in present:
            connection.execute(text(f'DROP TABLE "{name}"'))


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
