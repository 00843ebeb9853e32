"""Alembic: the migrations build exactly what the models declare, on SQLite and PostgreSQL,
and a data dir made before migrations existed is brought to the baseline and stamped once."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

from storage.db import (
    alembic_config,
    create_tables,
    current_revision,
    make_engine,
    register_tables,
)


def head() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path):
    if request.param == "postgresql":
        return request.getfixturevalue("pg_url")
    return f"sqlite:///{tmp_path / 'm.db'}"


def differences(engine) -> list:
    register_tables()
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return compare_metadata(context, SQLModel.metadata)


def test_the_migrations_and_the_models_agree(url):
    engine = make_engine(url)
    create_tables(engine)
    create_tables(engine)  # idempotent
    assert differences(engine) == []
    assert current_revision(engine) == head()


def test_a_data_dir_from_before_migrations_is_baselined_once(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    register_tables()
    SQLModel.metadata.create_all(engine)  # as an older Pandu left it ...
    with engine.begin() as connection:
        connection.execute(text('ALTER TABLE "training" DROP COLUMN "sisa_kuota"'))
        connection.execute(text('DROP TABLE "mentor_event"'))
        connection.execute(
            text("INSERT INTO unit (name, aliases, created_at) VALUES ('A', '', '2026-01-01')")
        )
    create_tables(engine)
    assert "sisa_kuota" in {c["name"] for c in inspect(engine).get_columns("training")}
    assert "mentor_event" in inspect(engine).get_table_names()
    assert differences(engine) == [] and current_revision(engine) is not None
    with engine.connect() as connection:  # the data stayed
        assert connection.execute(text("SELECT name FROM unit")).scalar_one() == "A"


def test_workers_starting_together_migrate_a_new_database_once(pg_url):
    """Two processes' first start on one new PostgreSQL database: one migrates, the other
    waits and finds the schema current."""
    import threading

    from storage.db import current_revision

    errors: list[BaseException] = []

    def start() -> None:
        engine = make_engine(pg_url)
        try:
            create_tables(engine)
        except BaseException as exc:  # noqa: BLE001  (collected for the assertion)
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    engine = make_engine(pg_url)
    assert current_revision(engine) == head() and differences(engine) == []
    engine.dispose()
