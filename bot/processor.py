"""Updates of one chat in order, different chats concurrently; each update handled once.

Telegram redelivers updates that were not confirmed (after a crash, for example), so ids
already handled are remembered in the database and skipped. After each update, PTB's
persistence is flushed, so a restart finds what the handler stored.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any

from sqlalchemy.engine import Engine
from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor

from storage import botstate
from storage.db import session_scope

log = logging.getLogger(__name__)


class PerChatProcessor(BaseUpdateProcessor):
    def __init__(self, engine: Engine, max_concurrent_updates: int = 64) -> None:
        super().__init__(max_concurrent_updates)
        self.engine = engine
        self.application: Application | None = None
        self._locks: dict[int, asyncio.Lock] = {}
        self._waiting: dict[int, int] = {}
        self._highest = -1  # a lower bound until initialize() reads the real one

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        if update_id is not None and self._seen(update_id):
            log.info("update %s already handled; skipped", update_id)
            coroutine.close()  # type: ignore[attr-defined]
            return
        key = _chat_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._waiting[key] = self._waiting.get(key, 0) + 1
        try:
            async with lock:
                await coroutine
                if self.application is not None and self.application.persistence is not None:
                    await self.application.update_persistence()
                if update_id is not None:
                    self._mark(update_id)
        finally:
            self._waiting[key] -= 1
            if not self._waiting[key]:
                self._locks.pop(key, None)
                self._waiting.pop(key, None)

    def _seen(self, update_id: int) -> bool:
        """Telegram's ids grow: an id above every id handled so far is new without asking SQL."""
        if update_id > self._highest:
            return False
        with session_scope(self.engine) as session:
            return botstate.was_processed(session, update_id=update_id)

    def _mark(self, update_id: int) -> None:
        with self.engine.begin() as connection:
            botstate.mark_processed_fast(connection, update_id=update_id)
        self._highest = max(self._highest, update_id)

    async def initialize(self) -> None:
        with session_scope(self.engine) as session:
            botstate.forget_old_updates(session)
            self._highest = botstate.highest_processed(session)

    async def shutdown(self) -> None:
        return None


def _chat_key(update: object) -> int:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return 0
