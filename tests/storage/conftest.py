import pytest

from tests.bot.conftest import kb_folder  # noqa: F401  (the test knowledge base, a fixture)
from tests.conftest import create_pg_database, drop_pg_database


@pytest.fixture
def pg_url():
    """An empty database of its own (migration and whole-schema tests), dropped afterwards."""
    url = create_pg_database("pandu_empty")
    yield url
    drop_pg_database(url)
