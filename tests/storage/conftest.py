import uuid

import pytest
from sqlalchemy import create_engine, text

from tests.bot.conftest import kb_folder  # noqa: F401  (the test knowledge base, a fixture)

SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432"


@pytest.fixture
def pg_url():
    """A fresh database on the local server, dropped afterwards."""
    admin = create_engine(f"{SERVER}/postgres", isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            name = f"pandu_{uuid.uuid4().hex[:12]}"
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL not reachable on 127.0.0.1:5432 ({exc.__class__.__name__})")
    yield f"{SERVER}/{name}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin.dispose()
