"""The update inbox: stored before confirmed, handled in order per chat, chats taking turns,
left-overs handled first at start, a redelivered update handled once."""

from __future__ import annotations

import asyncio
import json

from sqlmodel import select
from telegram import Bot, Update

from bot.inbox import Dispatcher
from storage import inbox
from storage.clock import FixedClock
from storage.db import create_tables, make_engine, session_scope
from tests.bot.conftest import TODAY, USER, Harness, text_of


class FakeApplication:
    """What the dispatcher needs of an Application: a bot to decode with, process_update."""

    def __init__(self, gate: dict[int, asyncio.Event] | None = None) -> None:
        self.bot = Bot("123:fake")
        self.handled: list[tuple[int, str]] = []
        self.gate = gate or {}

    async def process_update(self, update: Update) -> None:
        chat = update.effective_chat.id
        if chat in self.gate:
            await self.gate[chat].wait()
        self.handled.append((chat, update.effective_message.text))


DECODER = Bot("123:fake")  # one: a Bot builds its HTTP clients (TLS contexts) when made


def text(update_id: int, chat: int, words: str) -> Update:
    raw = {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": {"id": chat, "type": "private"},
            "from": {"id": chat, "is_bot": False, "first_name": "U"},
            "text": words,
        },
    }
    return Update.de_json(raw, DECODER)


def engine_in(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'inbox.db'}")
    create_tables(engine)
    return engine


async def test_a_busy_chat_does_not_stall_the_others(tmp_path):
    gate = {1: asyncio.Event()}
    app = FakeApplication(gate)
    dispatcher = Dispatcher(app, engine_in(tmp_path), FixedClock(TODAY), workers=2)
    await dispatcher.start()
    try:
        await dispatcher.receive([text(100 + i, 1, f"a{i}") for i in range(30)])
        await dispatcher.receive([text(200, 2, "b0"), text(201, 3, "c0")])
        for _ in range(50):
            if len(app.handled) == 2:
                break
            await asyncio.sleep(0.01)
        assert sorted(app.handled) == [(2, "b0"), (3, "c0")]  # chat 1 waits alone
        gate[1].set()
        await dispatcher.drain()
        assert [t for c, t in app.handled if c == 1] == [f"a{i}" for i in range(30)]  # in order
    finally:
        await dispatcher.stop()


async def test_chats_take_turns(tmp_path):
    app = FakeApplication()
    dispatcher = Dispatcher(app, engine_in(tmp_path), FixedClock(TODAY), workers=1)
    await dispatcher.receive([text(100 + i, 1, f"a{i}") for i in range(5)])
    await dispatcher.receive([text(200 + i, 2, f"b{i}") for i in range(5)])
    await dispatcher.start()
    try:
        await dispatcher.drain()
    finally:
        await dispatcher.stop()
    chats = [c for c, _ in app.handled]
    assert chats == [1, 2, 1, 2, 1, 2, 1, 2, 1, 2]  # the flood of chat 1 did not go first


async def test_rows_are_stored_before_handling_and_gone_after(tmp_path):
    engine = engine_in(tmp_path)
    app = FakeApplication()
    dispatcher = Dispatcher(app, engine, FixedClock(TODAY))
    new = await dispatcher.receive([text(7, 1, "x"), text(8, 1, "y")])
    assert [u.update_id for u in new] == [7, 8]
    with session_scope(engine) as session:  # stored, nothing handled yet
        assert [r.update_id for r in inbox.pending(session)] == [7, 8]
    again = await dispatcher.receive([text(7, 1, "x")])  # redelivered while waiting
    assert again == []
    await dispatcher.start()
    await dispatcher.drain()
    await dispatcher.stop()
    assert app.handled == [(1, "x"), (1, "y")]
    assert await dispatcher.receive([text(8, 1, "y")]) == []  # redelivered after handling
    with session_scope(engine) as session:
        assert inbox.pending(session) == []
        assert {r.update_id for r in session.exec(select(inbox.HandledUpdate))} == {7, 8}


async def test_an_update_that_keeps_killing_the_bot_is_given_up(tmp_path):
    engine = engine_in(tmp_path)
    with session_scope(engine) as session:
        inbox.store(
            session,
            updates=[(5, 1, json.dumps(text(5, 1, "boom").to_dict()))],
            now=FixedClock(TODAY).now(),
        )
    for _ in range(3):  # three processes took it and died handling it
        with session_scope(engine) as session:
            assert inbox.claim(session, worker="w", now=FixedClock(TODAY).now()).update_id == 5
            inbox.release(session, worker="w")
    app = FakeApplication()
    dispatcher = Dispatcher(app, engine, FixedClock(TODAY))
    await dispatcher.start()
    await dispatcher.drain()
    await dispatcher.stop()
    assert app.handled == []
    with session_scope(engine) as session:
        assert inbox.pending(session) == []


async def test_updates_left_by_a_dead_process_are_handled_first_at_start(
    tmp_path, kb_folder, database_url
):
    first = Harness(tmp_path / "data", database_url=database_url)
    first.ingest(kb_folder)
    await first.start()
    await first.say("/start")
    await first.press("Setuju")
    await first.stop()
    # the process stored two messages, then died before handling them
    waiting = [
        first.transport.text_update(USER, "Budi Santoso"),
        first.transport.text_update(USER, "198001012005011002"),
    ]
    with session_scope(first.store.engine) as session:
        inbox.store(
            session,
            updates=[(u["update_id"], USER, json.dumps(u)) for u in waiting],
            now=first.clock.now(),
        )
    second = Harness(tmp_path / "data", database_url=database_url)
    second.transport = first.transport
    await second.start()
    try:
        await second.app.bot_data["services"].dispatcher.drain()
        replies = text_of(second.transport.sent_to(USER)[-2:])
        assert "NIP" in replies and "Unit kerja" in replies
        with session_scope(second.store.engine) as session:
            assert inbox.pending(session) == []
    finally:
        await second.stop()
    assert first.errors == second.errors == []


async def test_two_workers_share_the_inbox_once_each_and_in_order_per_chat(database_url):
    """Two processes' dispatchers (their own engines) on one database, updates of 20 chats
    given to them in turn, as a load balancer would: each handled once, each chat in order."""
    import random

    handled: list[tuple[int, str]] = []

    class Slow(FakeApplication):
        async def process_update(self, update: Update) -> None:
            await asyncio.sleep(random.random() / 200)  # handlers take a while, unevenly
            handled.append((update.effective_chat.id, update.effective_message.text))

    engines = [make_engine(database_url) for _ in range(2)]
    create_tables(engines[0])
    workers = [
        Dispatcher(Slow(), engine, FixedClock(TODAY), workers=4, name=f"w{i}")
        for i, engine in enumerate(engines)
    ]
    try:
        for worker in workers:
            await worker.start()
        sent = [text(1000 + n, 1 + n % 20, f"m{n}") for n in range(160)]
        for n, update in enumerate(sent):
            await workers[n % 2].receive([update])
            if n % 7 == 0:
                await asyncio.sleep(0)
        await workers[1].receive(sent[10:20])  # a redelivery to the other worker: ignored
        for _ in range(500):
            with session_scope(engines[0]) as session:
                if not inbox.pending(session):
                    break
            await asyncio.sleep(0.02)
        assert sorted(handled) == sorted((u.effective_chat.id, u.message.text) for u in sent)
        for chat in range(1, 21):
            got = [int(t[1:]) for c, t in handled if c == chat]
            assert got == sorted(got) and len(got) == 8, chat
    finally:
        for worker in workers:
            await worker.stop()
        for engine in engines:
            engine.dispose()
