"""Telegram misbehaving while the bot replies (the local Bot API stand-in over HTTP, the real
Application with its rate limiter): 429 with retry_after, gateway errors and slow answers;
every reply is delivered, and once."""

from __future__ import annotations

import pytest
from telegram import Update

from bot.app import build_application, build_services, close_app, open_app
from bot.settings import Settings
from tests.bot.conftest import Harness
from tests.support.botapi import BotApiStandIn
from tests.support.updates import message_update

TOKEN = "123456:FAULTS-test-token"
USERS = list(range(7001, 7011))


@pytest.fixture
async def live(tmp_path):
    """The Application talking HTTP to the stand-in, paced like production."""
    with BotApiStandIn(token=TOKEN) as server:
        for user in USERS:
            server.add_chat(user, "private")
        settings = Settings(
            data_dir=tmp_path / "data",
            knowledge_paths=[],
            telegram_bot_token=TOKEN,
            telegram_api_base_url=server.base_url,
            reminder_check_seconds=3600,
        )
        harness = Harness(tmp_path / "data")
        services = build_services(settings, harness.store, harness.embedder, clock=harness.clock)
        app = build_application(settings, services)
        await open_app(app, warm_up=False)
        try:
            yield server, app
        finally:
            await close_app(app)


async def handle(app, raws: list[dict]) -> None:
    dispatcher = app.bot_data["services"].dispatcher
    await dispatcher.receive([Update.de_json(raw, app.bot) for raw in raws])
    await dispatcher.drain()


def replies(server, user: int) -> list[str]:
    return [m.get("text", "") for m in server.messages(user)]


@pytest.mark.parametrize(
    ("fault", "kwargs"),
    [
        ("429 with retry_after", {"status": 429, "retry_after": 1, "times": 2}),
        ("gateway errors", {"status": 502, "times": 2}),
        ("server errors", {"status": 500, "times": 2}),
        ("slow answers", {"status": None, "delay": 3.0, "times": 2}),
    ],
)
async def test_every_reply_is_delivered_once(live, fault, kwargs):
    server, app = live
    server.fail_next("sendMessage", **kwargs)
    await handle(app, [message_update(100 + i, user, "/bantuan") for i, user in enumerate(USERS)])
    for user in USERS:
        got = replies(server, user)
        assert len(got) == 1 and "Yang bisa Pandu lakukan" in got[0], (fault, user, got)
