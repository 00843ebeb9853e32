"""Updates are stored before Telegram is told they arrived, then handled in order per chat,
by as many bot processes as share the database.

python-telegram-bot confirms a batch with its next getUpdates call, and a webhook's 200 goes
out when the update is queued: an update being handled when the process dies would be gone.
Here the poller (or the webhook server) writes each update to the inbox table first, and
only then asks for the next batch (or answers 200). Workers claim updates from the table
(storage.inbox.claim): one chat's next update only once its previous one is done, chats in
turn (a chat just served goes to the back of the line, so one busy chat cannot hold the
workers), whichever process received it. At start-up what this worker held when it stopped
is released and handled first.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from telegram import Update
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.ext import Application

from storage import inbox
from storage.clock import Clock
from storage.db import session_scope

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3  # an update whose handling killed the process this often is given up
IDLE_LOOK_SECONDS = 1.0  # how often an idle worker looks for updates another process stored


def chat_key(update: Update) -> int:
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return 0


class Dispatcher:
    """``workers`` handling tasks in this process; ``name`` identifies the process among the
    ones sharing the inbox and must stay the same across its restarts (its claims are
    released at start). ``only_chat``: the terminal chat takes its own updates only, never a
    Telegram user's from a database it shares with a running bot."""

    def __init__(
        self,
        app: Application,
        engine: Engine,
        clock: Clock,
        workers: int = 8,
        name: str = "local",
        only_chat: int | None = None,
    ) -> None:
        self.app, self.engine, self.clock = app, engine, clock
        self.workers, self.name, self.only_chat = workers, name, only_chat
        self._hints: asyncio.Queue[None] = asyncio.Queue()  # one hint, one look at the inbox
        self._tasks: list[asyncio.Task] = []
        self._busy = 0
        self._stopping = False
        self._idle = asyncio.Event()

    async def start(self) -> None:
        """Take back what this worker held when it stopped; it is handled first."""
        with session_scope(self.engine) as session:
            inbox.forget_handled(session, now=self.clock.now())
            inbox.release(session, worker=self.name)
        self._idle.clear()
        self._tasks = [asyncio.create_task(self._work()) for _ in range(self.workers)]
        self._tasks.append(asyncio.create_task(self._look_now_and_then()))
        self._hint(self.workers)

    async def stop(self, grace: float = 5.0) -> None:
        """Updates being handled get ``grace`` seconds to finish; the rest stay in the inbox."""
        self._stopping = True
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace
        while self._busy and loop.time() < deadline:
            await asyncio.sleep(0.02)
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        self._stopping = False

    async def receive(self, updates: list[Update]) -> list[Update]:
        """Store, then wake a worker; returns the updates that were new. Telegram may be told
        they arrived once this returns."""
        rows = [
            (u.update_id, chat_key(u), json.dumps(u.to_dict(), ensure_ascii=False)) for u in updates
        ]
        with session_scope(self.engine) as session:
            fresh = set(inbox.store(session, updates=rows, now=self.clock.now()))
        if fresh:
            self._idle.clear()
            self._hint(len(fresh))
        return [u for u in updates if u.update_id in fresh]

    async def drain(self) -> None:
        """Wait until nothing is left that this process could handle (terminal chat, tests)."""
        await self._idle.wait()

    def _hint(self, count: int = 1) -> None:
        for _ in range(count):
            self._hints.put_nowait(None)

    async def _look_now_and_then(self) -> None:
        """Another process may have stored an update whose chat this one just finished."""
        while True:
            await asyncio.sleep(IDLE_LOOK_SECONDS)
            if self._hints.empty():
                self._hint()

    async def _work(self) -> None:
        while True:
            await self._hints.get()
            if self._stopping:
                return
            try:
                row = self._claim()
            except SQLAlchemyError as exc:  # the database restarting: look again shortly
                log.warning("inbox not reachable (%s); trying again", exc.__class__.__name__)
                await asyncio.sleep(1.0)
                self._hint()
                continue
            if row is None:
                if not self._busy and self._hints.empty():
                    self._idle.set()
                continue
            self._hint()  # there may be more to take
            self._busy += 1
            try:
                if row.attempts > MAX_ATTEMPTS:
                    log.error("update %s given up after %d attempts", row.update_id, row.attempts - 1)
                else:
                    await self._handle(Update.de_json(json.loads(row.payload_json), self.app.bot))
                more = await self._finish(row.update_id)
            finally:
                self._busy -= 1
            if more:  # the chat's next update was waiting behind this one
                self._hint()

    def _claim(self) -> inbox.InboxUpdate | None:
        with session_scope(self.engine) as session:
            return inbox.claim(
                session, worker=self.name, now=self.clock.now(), chat=self.only_chat
            )

    async def _handle(self, update: Update) -> None:
        try:
            await self.app.process_update(update)  # handler errors go to the error handlers
        except asyncio.CancelledError:
            raise  # shutting down: the row stays and is handled at the next start
        except Exception:  # noqa: BLE001  (never let one update stop the worker)
            log.exception("update %s could not be processed", update.update_id)

    async def _finish(self, update_id: int) -> bool:
        """Mark it handled, waiting out a database that is briefly away (until stopped: then
        the row stays held by this worker and is taken back at its next start). True when the
        chat has another update waiting."""
        delay = 0.5
        while True:
            try:
                with session_scope(self.engine) as session:
                    return inbox.done(session, update_id=update_id, now=self.clock.now())
            except SQLAlchemyError as exc:
                log.warning("update %s handled, not yet marked (%s)", update_id, exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)


async def poll(app: Application, dispatcher: Dispatcher, stop: asyncio.Event) -> None:
    """Long polling that confirms a batch (the next offset) only after it is stored."""
    offset: int | None = None
    delay = 1.0
    while not stop.is_set():
        try:
            batch = await app.bot.get_updates(
                offset=offset, timeout=30, allowed_updates=Update.ALL_TYPES
            )
        except RetryAfter as exc:
            wait = exc.retry_after
            await _sleep(stop, wait if isinstance(wait, int | float) else wait.total_seconds())
            continue
        except (TimedOut, NetworkError) as exc:
            log.warning("getUpdates failed (%s); retrying", exc.__class__.__name__)
            await _sleep(stop, delay)
            delay = min(delay * 2, 30.0)
            continue
        if batch:
            try:
                await dispatcher.receive(list(batch))
            except Exception:  # noqa: BLE001  (the database is busy or gone: not confirmed)
                log.exception("updates could not be stored; asking for them again")
                await _sleep(stop, delay)
                delay = min(delay * 2, 30.0)
                continue
            offset = batch[-1].update_id + 1
        delay = 1.0


async def _sleep(stop: asyncio.Event, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(stop.wait(), timeout=seconds)
