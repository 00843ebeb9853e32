"""The SQL store: an older data dir gains the columns added since."""

from sqlalchemy import text

from storage import people
from storage.db import create_tables, make_engine, session_scope


def test_older_database_gets_new_columns(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as connection:  # the profile table as an earlier version made it
        connection.execute(
            text(
                "CREATE TABLE profile (telegram_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL DEFAULT '', language VARCHAR NOT NULL DEFAULT 'id')"
            )
        )
        connection.execute(text("INSERT INTO profile (telegram_id, name) VALUES (1, 'Sari')"))
    create_tables(engine)
    with session_scope(engine) as session:
        profile = people.get_profile(session, telegram_id=1)
        assert profile.name == "Sari" and profile.reminders_muted is False
