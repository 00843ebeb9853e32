"""Telegram misbehaving while the bot replies (the local Bot API stand-in over HTTP, the real
Application with its rate limiter): 429 with retry_after, gateway errors and slow answers;
every reply is delivered, and once."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from telegram import Update
from telegram.error import NetworkError, TimedOut
from telegram.request import HTTPXRequest

from bot.app import build_application, build_services, close_app, open_app
from bot.handlers.common import may_have_arrived
from bot.settings import Settings
from tests.bot.conftest import Harness
from tests.support.botapi import BotApiStandIn
from tests.support.updates import message_update

TOKEN = "123456:FAULTS-test-token"
USERS = list(range(7001, 7011))


@pytest.fixture
async def live(tmp_path, request):
    """The Application talking HTTP to the stand-in, paced like production (a test may ask
    for a client that gives up waiting sooner, through ``request.param``)."""
    read_timeout = getattr(request, "param", None)
    client = None if read_timeout is None else HTTPXRequest(64, read_timeout=read_timeout)
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
        app = build_application(settings, services, request=client)
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


@pytest.mark.parametrize("live", [1.0], indirect=True)
async def test_a_reply_whose_answer_times_out_is_not_sent_twice(live):
    """Telegram carried the message out but its answer came after the client gave up: there
    is no idempotency key, so sending it again would show it twice; it is left as sent."""
    server, app = live
    server.fail_next("sendMessage", status=None, delay=2.5, times=2)
    await handle(app, [message_update(200 + i, user, "/bantuan") for i, user in enumerate(USERS)])
    server.wait_until(lambda: all(server.messages(u) for u in USERS), timeout=20, what="replies")
    await asyncio.sleep(3.0)  # a second copy, or an apology, would have arrived by now
    for user in USERS:
        got = replies(server, user)
        assert len(got) == 1 and "Yang bisa Pandu lakukan" in got[0], (user, got)


def _raised(error: Exception, cause: Exception) -> Exception:
    try:
        raise error from cause
    except Exception as exc:  # noqa: BLE001  (the exception as PTB hands it on)
        return exc


def test_only_a_request_sent_whole_and_left_unanswered_may_have_arrived():
    """PTB raises TimedOut / NetworkError from httpx's error: a read that timed out or broke
    off followed a request Telegram got; the rest never reached it (or it said no)."""
    request = httpx.Request("POST", "https://api.telegram.org/bot/sendMessage")
    assert may_have_arrived(_raised(TimedOut(), httpx.ReadTimeout("t", request=request)))
    assert may_have_arrived(_raised(NetworkError("x"), httpx.RemoteProtocolError("gone")))
    assert not may_have_arrived(_raised(TimedOut(), httpx.PoolTimeout("pool")))
    assert not may_have_arrived(_raised(TimedOut(), httpx.ConnectTimeout("c")))
    assert not may_have_arrived(_raised(TimedOut(), httpx.WriteTimeout("w")))
    assert not may_have_arrived(_raised(NetworkError("x"), httpx.ConnectError("refused")))
    assert not may_have_arrived(NetworkError("Bad Gateway"))
