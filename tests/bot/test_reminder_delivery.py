"""Reminder delivery: any number of processes on one database send each reminder once;
transient errors are retried, then left for later; a blocked user is marked; the terminal
chat sends only its own user's reminders."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlmodel import select

from bot.app import build_application, build_services, close_app, open_app
from bot.handlers.reminders import deliver_due
from bot.settings import Settings
from storage import people, reminders
from storage.clock import FixedClock
from storage.db import session_scope
from tests.bot.conftest import TODAY, Harness
from tests.support.botapi import BotApiStandIn

TOKEN = "123456:REMINDER-test-token"
USERS = list(range(9001, 9031))


def seed(engine, clock, users=USERS) -> None:
    """Consented users, each with one reminder already due."""
    with session_scope(engine) as session:
        for user in users:
            people.update_profile(
                session, telegram_id=user, now=clock.now(), consent_at=clock.now()
            )
            reminders.replace_pending(
                session, telegram_id=user, kind="draft", due_at=clock.now() - timedelta(hours=1)
            )
    with session_scope(engine) as session:  # a report draft, so the reminder still applies
        from storage import flows

        for user in users:
            flows.new_draft(
                session,
                chat_id=user,
                user_id=user,
                flow="report",
                step="training",
                data={},
                now=clock.now(),
            )


def rows(engine) -> list[reminders.Reminder]:
    with session_scope(engine) as session:
        return list(session.exec(select(reminders.Reminder)))


async def app_on(server: BotApiStandIn, tmp_path, clock: FixedClock):
    """The real Application talking HTTP to the stand-in (retries, errors as Telegram's)."""
    settings = Settings(
        data_dir=tmp_path / "data",
        knowledge_paths=[],
        telegram_bot_token=TOKEN,
        telegram_api_base_url=server.base_url,
        reminder_check_seconds=3600,
        rate_limit_per_second=0,
    )
    harness = Harness(tmp_path / "data", clock)
    services = build_services(settings, harness.store, harness.embedder, clock=clock)
    app = build_application(settings, services)
    await open_app(app, warm_up=False)
    return harness, app


async def test_two_bot_processes_send_every_due_reminder_exactly_once(tmp_path, database_url):
    first = Harness(tmp_path / "data", database_url=database_url)
    second = Harness(tmp_path / "data", database_url=database_url)
    await first.start()
    await second.start()  # its own engine on the same database file
    try:
        seed(first.store.engine, first.clock)
        counts = await asyncio.gather(
            *(deliver_due(h.app) for h in (first, second) for _ in range(3))
        )
        sent = [m["chat"]["id"] for h in (first, second) for m in h.transport.messages.values()]
        assert sum(counts) == len(USERS) and sorted(sent) == USERS
        assert {r.outcome for r in rows(first.store.engine)} == {"sent"}
    finally:
        await first.stop()
        await second.stop()


async def test_a_flaky_telegram_still_delivers_once_and_a_blocked_user_is_marked(tmp_path):
    clock = FixedClock(TODAY)
    with BotApiStandIn(token=TOKEN) as server:
        for user in USERS[:3]:
            server.add_chat(user, "private")
        harness, app = await app_on(server, tmp_path, clock)
        try:
            seed(harness.store.engine, clock, USERS[:3])
            server.fail_next("sendMessage", status=502, times=2)  # two gateway errors in a row
            server.block_user(USERS[2])
            assert await deliver_due(app) == 2
            delivered = [m["chat"]["id"] for u in USERS[:2] for m in server.messages(u)]
            assert sorted(delivered) == USERS[:2]  # each once, despite the retries
            outcome = {r.telegram_id: r.outcome for r in rows(harness.store.engine)}
            assert outcome == {USERS[0]: "sent", USERS[1]: "sent", USERS[2]: "blocked"}
            with session_scope(harness.store.engine) as session:
                assert people.get_profile(session, telegram_id=USERS[2]).blocked_at is not None
            assert await deliver_due(app) == 0
        finally:
            await close_app(app)


async def test_a_failure_beyond_the_retries_is_tried_again_later(tmp_path):
    clock = FixedClock(TODAY)
    with BotApiStandIn(token=TOKEN) as server:
        server.add_chat(USERS[0], "private")
        harness, app = await app_on(server, tmp_path, clock)
        try:
            seed(harness.store.engine, clock, USERS[:1])
            server.fail_next("sendMessage", status=502, times=3)  # every retry of this round
            assert await deliver_due(app) == 0
            [row] = rows(harness.store.engine)
            assert (row.sent_at, row.outcome, row.attempts) == (None, "", 1) and row.failure
            assert await deliver_due(app) == 0  # not before its retry time
            clock.advance(minutes=6)
            assert await deliver_due(app) == 1
            assert len(server.messages(USERS[0])) == 1
        finally:
            await close_app(app)


async def test_the_terminal_chat_sends_only_its_own_users_reminders(bot):
    seed(bot.store.engine, bot.clock, USERS[:2])
    services = bot.app.bot_data["services"]
    assert await deliver_due(bot.app, only_to=USERS[1]) == 1
    assert [m["chat"]["id"] for m in bot.transport.messages.values()] == [USERS[1]]
    assert {r.telegram_id for r in rows(services.engine) if r.sent_at is None} == {USERS[0]}
