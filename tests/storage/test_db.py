"""The SQL store: an older data dir gains the columns added since."""

from sqlalchemy import text

from storage import flows, people
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


def test_an_older_data_dir_keeps_its_report_drafts_and_loses_ptb_rows(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    with engine.begin() as connection:  # the tables an earlier version made
        connection.execute(
            text("CREATE TABLE ptb_data (kind VARCHAR, key VARCHAR, value_json VARCHAR)")
        )
        connection.execute(text("INSERT INTO ptb_data VALUES ('user', '77', '{}')"))
        connection.execute(
            text(
                "CREATE TABLE flow_state (chat_id INTEGER, user_id INTEGER, flow VARCHAR,"
                " step VARCHAR, data_json VARCHAR, updated_at DATETIME)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO flow_state VALUES (5, 5, 'report', 'jp',"
                ' \'{"training": "Workshop SPBE"}\', CURRENT_TIMESTAMP),'
                " (6, 6, 'onboarding', 'nip', '{}', CURRENT_TIMESTAMP)"
            )
        )
    create_tables(engine)
    create_tables(engine)  # idempotent
    with session_scope(engine) as session:
        draft = flows.get_draft(session, chat_id=5, user_id=5, flow="report")
        assert (draft.step, draft.data) == ("jp", {"training": "Workshop SPBE"})
        assert flows.get_pointer(session, chat_id=5, user_id=5).active == "report"
        assert flows.get_pointer(session, chat_id=6, user_id=6) is None
    with engine.connect() as connection:
        tables = {r[0] for r in connection.execute(text("SELECT name FROM sqlite_master"))}
    assert not {"ptb_data", "flow_state"} & tables
