"""A real Application with the in-process transport: tests send real updates through it
and assert the messages sent, the keyboards and the rows stored."""

from __future__ import annotations

from datetime import date

import pytest
from telegram import Update

from bot.app import build_application, build_services, close_app, open_app
from bot.callbacks import MAX_BYTES
from bot.settings import Settings
from bot.transport import LocalTelegram
from ingest.pipeline import Ingestor
from knowledge.search.store import KnowledgeStore
from storage.clock import FixedClock
from storage.db import make_engine
from tests.fakes import HashEmbedder
from tests.knowledge.conftest import write_kb

USER = 4242
ADMIN = 9001  # an admin (PANDU_ADMIN_IDS) in the fixtures that have one
TODAY = date(2026, 11, 29)  # the knowledge fixtures' catalog is dated around it


class Harness:
    def __init__(
        self,
        data_dir,
        clock: FixedClock | None = None,
        database_url: str | None = None,
        admin_ids: tuple[int, ...] = (),
    ):
        self.clock = clock or FixedClock(TODAY)
        self.database_url = database_url
        self.settings = Settings(
            data_dir=data_dir,
            knowledge_paths=[],
            reminder_check_seconds=3600,
            admin_ids=list(admin_ids),
        )
        engine = make_engine(database_url) if database_url else None
        self.store = KnowledgeStore(data_dir, engine)
        self.embedder = HashEmbedder()
        self.transport = LocalTelegram()
        self.errors: list[BaseException] = []
        self.app = None

    def ingest(self, folder) -> None:
        Ingestor(self.store, self.embedder, progress=False).run([folder])

    async def start(self) -> Harness:
        services = build_services(self.settings, self.store, self.embedder, clock=self.clock)
        self.app = build_application(
            self.settings, services, request=self.transport, rate_limit=False
        )

        async def collect(update, context):
            self.errors.append(context.error)

        self.app.add_error_handler(collect)
        await open_app(self.app, warm_up=False)
        return self

    async def stop(self) -> None:
        await close_app(self.app)
        self.store.engine.dispose()  # PostgreSQL: give the connections back to the server

    async def feed(self, raw: dict) -> list[dict]:
        """Process one update; return the bot messages it produced (sent or edited)."""
        before = {
            m["message_id"]: (m.get("text"), str(m.get("reply_markup")))
            for m in self.transport.messages.values()
        }
        dispatcher = self.app.bot_data["services"].dispatcher
        await dispatcher.receive([Update.de_json(raw, self.app.bot)])
        await dispatcher.drain()
        out = [
            m
            for m in self.transport.messages.values()
            if before.get(m["message_id"]) != (m.get("text"), str(m.get("reply_markup")))
        ]
        for message in out:
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
                for btn in row:
                    assert len(btn["callback_data"].encode()) <= MAX_BYTES
        return out

    async def say(self, text: str, user: int = USER, **kw) -> list[dict]:
        return await self.feed(self.transport.text_update(user, text, **kw))

    async def press(self, label: str, user: int = USER, chat_id: int | None = None) -> list[dict]:
        message_id, data = self.button(label, chat_id or user)
        return await self.feed(self.transport.button_update(user, message_id, data))

    def button(self, label: str, chat_id: int = USER) -> tuple[int, str]:
        for message in reversed(self.transport.sent_to(chat_id)):
            for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
                for btn in row:
                    if label in btn["text"]:
                        return message["message_id"], btn["callback_data"]
        raise AssertionError(f"no button {label!r}")

    def calls(self, method: str) -> list[dict]:
        return [p for name, p in self.transport.calls if name == method]


@pytest.fixture
def kb_folder(tmp_path):
    return write_kb(tmp_path / "kb")


@pytest.fixture
async def bot(tmp_path, kb_folder, database_url):
    """The bot on SQLite and on PostgreSQL (each test runs on both)."""
    harness = Harness(tmp_path / "data", database_url=database_url)
    harness.ingest(kb_folder)
    await harness.start()
    yield harness
    await harness.stop()
    assert harness.errors == [], harness.errors


@pytest.fixture
async def staffed(tmp_path, kb_folder, database_url):
    """The bot with an admin (HR and mentoring tests), on SQLite and on PostgreSQL."""
    harness = Harness(tmp_path / "data", database_url=database_url, admin_ids=(ADMIN,))
    harness.ingest(kb_folder)
    await harness.start()
    yield harness
    await harness.stop()
    assert harness.errors == [], harness.errors


def text_of(messages: list[dict]) -> str:
    return "\n".join(m.get("text", "") for m in messages)
