"""PostgreSQL going away while the bot runs (a restart, as the bot sees it: every connection
cut and new ones refused for a while, on this test's own database only): a request in
flight gets a polite message, an update not yet stored is not acknowledged, one stored is
handled once the server is back, without restarting the bot."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError
from telegram import Update
from telegram.ext import MessageHandler, filters

from tests.bot.conftest import USER, Harness, text_of
from tests.conftest import PG_SERVER, create_pg_database, drop_pg_database


def database_away(name: str, away: bool) -> None:
    admin = create_engine(f"{PG_SERVER}/postgres", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(not away)}'))
        if away:
            connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
                {"n": name},
            )
    admin.dispose()


@pytest.fixture
async def bot_on_own_database(tmp_path, kb_folder):
    url = create_pg_database("pandu_fault")
    name = url.rsplit("/", 1)[1]
    bot = Harness(tmp_path / "data", database_url=url)
    bot.ingest(kb_folder)
    await bot.start()
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("/batal")
    yield bot, name
    database_away(name, False)
    await bot.stop()
    drop_pg_database(url)


def update(bot: Harness, words: str) -> Update:
    return Update.de_json(bot.transport.text_update(USER, words), bot.app.bot)


async def test_stored_updates_wait_for_the_server_and_unstored_ones_are_not_acknowledged(
    bot_on_own_database,
):
    bot, name = bot_on_own_database
    dispatcher = bot.app.bot_data["services"].dispatcher
    stored = update(bot, "/profil")
    before = len(bot.transport.sent_to(USER))
    await dispatcher.receive([stored])  # in the inbox; no worker has run yet
    database_away(name, True)
    with pytest.raises(OperationalError):  # not stored: the poller does not confirm it
        await dispatcher.receive([update(bot, "/bantuan")])
    await asyncio.sleep(2.5)  # the workers keep trying meanwhile
    assert len(bot.transport.sent_to(USER)) == before
    database_away(name, False)
    await dispatcher.drain()
    assert "Profil Anda" in text_of(bot.transport.sent_to(USER)[before:])
    resent = await bot.say("/bantuan")  # Telegram sends the unconfirmed update again
    assert "Yang bisa Pandu lakukan" in text_of(resent)
    assert bot.errors == []


async def test_a_request_in_flight_gets_a_polite_message_and_later_ones_succeed(
    bot_on_own_database,
):
    bot, name = bot_on_own_database

    async def cut(update, context):  # the server goes down while this update is handled
        database_away(name, True)

    bot.app.add_handler(MessageHandler(filters.Regex("^/profil$"), cut), group=-100)
    dispatcher = bot.app.bot_data["services"].dispatcher
    before = len(bot.transport.sent_to(USER))
    await dispatcher.receive([update(bot, "/profil")])
    for _ in range(100):
        if len(bot.transport.sent_to(USER)) > before:
            break
        await asyncio.sleep(0.05)
    [polite] = bot.transport.sent_to(USER)[before:]  # one apology, not one per handler
    assert "Pesan Anda tidak hilang" in polite["text"]
    database_away(name, False)
    await dispatcher.drain()
    assert "Yang bisa Pandu lakukan" in text_of(await bot.say("/bantuan"))
    assert bot.errors == []
