from __future__ import annotations

import os
import uuid

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from knowledge.search.store import KnowledgeStore  # noqa: E402
from tests.fakes import HashEmbedder  # noqa: E402


@pytest.fixture
def embedder() -> HashEmbedder:
    return HashEmbedder()


@pytest.fixture
def store(tmp_path) -> KnowledgeStore:
    return KnowledgeStore(tmp_path / "data")


# -- PostgreSQL: one throwaway database per test session ---------------------------------------
PG_SERVER = os.environ.get("PANDU_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432")


def _pg_admin():
    from sqlalchemy import create_engine

    return create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")


def create_pg_database(prefix: str = "pandu_test") -> str:
    """A new, empty database on the local server; fails the test (never skips) when the
    server cannot be reached: scripts/test.sh starts it, and a silent skip would hide it."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = _pg_admin()
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is not reachable at {PG_SERVER} ({exc.__class__.__name__}): start it"
            " (bash scripts/test.sh does) or set PANDU_TEST_POSTGRES",
            pytrace=False,
        )
    finally:
        admin.dispose()
    return f"{PG_SERVER}/{name}"


def drop_pg_database(url: str) -> None:
    from sqlalchemy import text

    admin = _pg_admin()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def pg_session_database():
    """The session's database, migrated once and dropped at the end of the session."""
    from storage.db import create_tables, make_engine

    url = create_pg_database()
    engine = make_engine(url)
    create_tables(engine)
    engine.dispose()
    yield url
    drop_pg_database(url)


@pytest.fixture
def pg_database(pg_session_database):
    """The session's database with every table emptied (ids restarted) before the test."""
    from sqlalchemy import text
    from sqlmodel import SQLModel

    from storage.db import make_engine, register_tables

    register_tables()
    names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    engine = make_engine(pg_session_database)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()
    return pg_session_database


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """The query tests run on both stores: a SQLite file, and the session's PostgreSQL
    database (emptied)."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_database")
    return f"sqlite:///{tmp_path / 'pandu-test.db'}"


@pytest.fixture
def migrated_engine(database_url):
    """An engine on ``database_url`` with the newest schema, disposed after the test."""
    from storage.db import create_tables, make_engine

    engine = make_engine(database_url)
    create_tables(engine)
    yield engine
    engine.dispose()
