"""The SQL store on PostgreSQL (the local server the test command starts): the same tables,
and the claims that make several bot processes safe, under real concurrent connections."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from sqlmodel import select

from storage import flows, inbox, people, reminders
from storage.clock import FixedClock
from storage.db import create_tables, make_engine, session_scope
from storage.erase import everything_about
from tests.bot.conftest import TODAY


def test_every_table_and_a_flow_round_trip(pg_url):
    engine = make_engine(pg_url)
    create_tables(engine)
    create_tables(engine)  # idempotent
    clock = FixedClock(TODAY)
    with session_scope(engine) as session:
        people.update_profile(session, telegram_id=5, now=clock.now(), consent_at=clock.now())
        draft = flows.new_draft(
            session,
            chat_id=5,
            user_id=5,
            flow="report",
            step="jp",
            data={"training": "Workshop"},
            now=clock.now(),
        )
        flows.pointer(session, chat_id=5, user_id=5).set_stack(["report"])
        inbox.store(session, updates=[(1, 5, json.dumps({"update_id": 1}))], now=clock.now())
        draft_id = draft.id
    with session_scope(engine) as session:
        assert flows.draft_by_id(session, draft_id=draft_id, user_id=5).data == {
            "training": "Workshop"
        }
        assert flows.draft_by_id(session, draft_id=draft_id, user_id=6) is None
        inbox.done(session, update_id=1, now=clock.now())
        assert everything_about(session, telegram_id=5) >= 3
    with session_scope(engine) as session:
        assert flows.get_pointer(session, chat_id=5, user_id=5) is None
        assert inbox.pending(session) == []
    engine.dispose()


def test_concurrent_claims_take_each_reminder_once(pg_url):
    setup = make_engine(pg_url)
    create_tables(setup)
    clock = FixedClock(TODAY)
    with session_scope(setup) as session:
        for user in range(200):
            reminders.replace_pending(
                session, telegram_id=user, kind="draft", due_at=clock.now() - timedelta(hours=1)
            )
    claimed: list[int] = []
    lock = threading.Lock()

    def worker() -> None:
        engine = make_engine(pg_url)  # its own connections, as another process would have
        with session_scope(engine) as session:
            ids = reminders.due_ids(session, at=clock.now(), limit=500)
        for reminder_id in ids:
            with session_scope(engine) as session:
                row = reminders.claim(session, reminder_id=reminder_id, at=clock.now())
                if row is not None:
                    with lock:
                        claimed.append(row.telegram_id)
        engine.dispose()

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(claimed) == list(range(200))
    setup.dispose()


async def test_the_bot_on_postgresql_reports_and_erases(pg_url, tmp_path, kb_folder):
    from tests.bot.conftest import USER, Harness, text_of
    from tests.bot.test_privacy import rows_mentioning, use_everything
    from tests.bot.test_report import fill_until_review

    bot = Harness(tmp_path / "data", database_url=pg_url)
    bot.ingest(kb_folder)
    await bot.start()
    try:
        await use_everything(bot)
        await bot.say("/batal")
        await fill_until_review(bot)
        assert "LAP-2026-" in text_of(await bot.press("Kirim"))
        await bot.say("/hapusdata")
        await bot.press("Ya, hapus")
        assert rows_mentioning(bot, USER) == []
    finally:
        await bot.stop()
        bot.store.engine.dispose()
    assert bot.errors == []


def test_erasure_takes_rows_that_belong_to_the_persons_rows(pg_url):
    """A mentoring question's events refer to it by a foreign key: PostgreSQL refuses to
    delete the question first, so erasure must take the events with it."""
    from storage import mentoring

    engine = make_engine(pg_url)
    create_tables(engine)
    now = FixedClock(TODAY).now()
    with session_scope(engine) as session:
        question = mentoring.ask(
            session,
            telegram_id=5,
            unit_kerja="",
            topic="lainnya",
            text="Bagaimana ...?",
            anonymous=True,
            draft_id=None,
            now=now,
        )
        mentoring.assign(session, question=question, mentor_id=None, now=now)
    with session_scope(engine) as session:
        assert everything_about(session, telegram_id=5) == 3  # the question and its 2 events
    with session_scope(engine) as session:
        assert session.exec(select(mentoring.MentorEvent)).all() == []


def test_a_plain_postgresql_url_works_as_given(pg_url):
    plain = pg_url.replace("postgresql+psycopg://", "postgresql://")
    engine = make_engine(plain)
    create_tables(engine)
    with session_scope(engine) as session:
        people.update_profile(session, telegram_id=7, now=FixedClock(TODAY).now(), name="Ani")
    with session_scope(make_engine(plain.replace("postgresql://", "postgres://"))) as session:
        assert people.get_profile(session, telegram_id=7).name == "Ani"


def test_one_ingest_at_a_time_per_database_whatever_the_data_dir(pg_url, tmp_path):
    """Two bot workers with data dirs of their own share one index on PostgreSQL: the second
    ingest is told the index is busy instead of sweeping the first one's work."""
    from knowledge.search import IngestBusy, KnowledgeStore

    first = KnowledgeStore(tmp_path / "a", make_engine(pg_url))
    second = KnowledgeStore(tmp_path / "b", make_engine(pg_url))
    with first.writing(), pytest.raises(IngestBusy), second.writing():
        raise AssertionError("two ingests held the index at once")
    with second.writing():  # free again once the first is done
        pass
    first.engine.dispose()
    second.engine.dispose()
