"""What every handler receives: a typed context exposing the services (no string keys)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from telegram.ext import CallbackContext, ExtBot

from bot.callbacks import CallbackCodec
from bot.texts import texts
from storage import people
from storage.clock import Clock
from storage.db import session_scope

if TYPE_CHECKING:
    import asyncio

    from sqlalchemy.engine import Engine

    from bot.answering import Answers
    from bot.inbox import Dispatcher
    from bot.indexing import StartupIndexing
    from bot.settings import Settings
    from ingest.pipeline import Ingestor


@dataclass
class Services:
    settings: Settings
    engine: Engine
    answers: Answers  # where answers are computed (threads here, or worker processes)
    codec: CallbackCodec
    clock: Clock
    bot_username: str = ""
    catalog_queries: dict[int, str] = field(default_factory=dict)  # last /pelatihan words
    languages: dict[int, str] = field(default_factory=dict)  # of users who did not consent
    reminders_only_to: int | None = None  # `pandu chat`: its own terminal user only
    dispatcher: Dispatcher | None = None  # set by the composition root with the Application
    warming: asyncio.Task | None = None  # the task loading the model at start-up
    ingestor: Ingestor | None = None  # indexes curated answers (the model loads on first use)
    indexing: StartupIndexing | None = None  # `pandu run`: the knowledge base filling up


class PanduContext(CallbackContext[ExtBot, dict, dict, dict]):
    @property
    def services(self) -> Services:
        return self.application.bot_data["services"]

    def lang(self, user_id: int | None) -> str:
        """The user's language; looked up once per handler call."""
        if user_id is None:
            return "id"
        cache = self.__dict__.setdefault("_langs", {})
        if user_id not in cache:
            with session_scope(self.services.engine) as session:
                profile = people.get_profile(session, telegram_id=user_id)
                fallback = self.services.languages.get(user_id, "id")
                cache[user_id] = profile.language if profile else fallback
        return cache[user_id]

    def t(self, user_id: int | None) -> dict[str, str]:
        return texts(self.lang(user_id))
