"""Updates are stored before Telegram is told they arrived, then handled in order per chat.

python-telegram-bot confirms a batch with its next getUpdates call, and a webhook's 200 goes
out when the update is queued: an update being handled when the process dies would be gone.
Here the poller (or the webhook server) writes each update to the inbox table first, and
only then asks for the next batch (or answers 200). The dispatcher hands one update of a
chat at a time to the Application, chats in turn (a chat with a backlog goes to the back of
the line after each update, so one busy chat cannot hold the workers), and removes the row
once handled. At start-up the rows left over are handled first.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections import deque

from sqlalchemy.engine import Engine
from telegram import Update
from telegram.error import NetworkError, RetryAfter, TimedOut
from telegram.ext import Application

from storage import inbox
from storage.clock import Clock
from storage.db import session_scope

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3  # an update whose handling killed the process this often is given up


def chat_key(update: Update) -> int:
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return 0


class Dispatcher:
    def __init__(self, app: Application, engine: Engine, clock: Clock, workers: int = 8) -> None:
        self.app, self.engine, self.clock = app, engine, clock
        self.workers = workers
        self._queues: dict[int, deque[Update]] = {}
        self._ready: asyncio.Queue[int] = asyncio.Queue()
        self._tasks: list[asyncio.Task] = []
        self._queued: set[int] = set()  # ids waiting or being handled in this process
        self._busy = 0
        self._stopping = False
        self._outstanding = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def start(self) -> None:
        """Handle what the last run left, in order, before anything new."""
        with session_scope(self.engine) as session:
            inbox.forget_handled(session, now=self.clock.now())
            left = [(r.update_id, r.payload_json, r.attempts) for r in inbox.pending(session)]
        for update_id, payload, attempts in left:
            if attempts >= MAX_ATTEMPTS:
                log.error("update %s given up after %d attempts", update_id, attempts)
                self._done(update_id)
                continue
            self._enqueue(Update.de_json(json.loads(payload), self.app.bot))
        self._tasks = [asyncio.create_task(self._work()) for _ in range(self.workers)]

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
        """Store, then queue; returns the updates that were new. Telegram may be told they
        arrived once this returns."""
        rows = [
            (u.update_id, chat_key(u), json.dumps(u.to_dict(), ensure_ascii=False)) for u in updates
        ]
        with session_scope(self.engine) as session:
            fresh = set(inbox.store(session, updates=rows, now=self.clock.now()))
        new = [u for u in updates if u.update_id in fresh]
        for update in new:
            self._enqueue(update)
        return new

    async def drain(self) -> None:
        """Wait until every queued update is handled (the terminal chat and tests)."""
        await self._idle.wait()

    def _enqueue(self, update: Update) -> None:
        if update.update_id in self._queued:
            return
        self._queued.add(update.update_id)
        key = chat_key(update)
        self._outstanding += 1
        self._idle.clear()
        if key in self._queues:
            self._queues[key].append(update)
        else:
            self._queues[key] = deque([update])
            self._ready.put_nowait(key)

    async def _work(self) -> None:
        while True:
            key = await self._ready.get()
            if self._stopping:
                self._ready.put_nowait(key)
                return
            queue = self._queues[key]
            update = queue.popleft()
            self._busy += 1
            try:
                await self._handle(update)
            finally:
                self._busy -= 1
                if queue:
                    self._ready.put_nowait(key)  # behind the other chats waiting
                else:
                    del self._queues[key]
                self._queued.discard(update.update_id)
                self._outstanding -= 1
                if not self._outstanding:
                    self._idle.set()

    async def _handle(self, update: Update) -> None:
        with session_scope(self.engine) as session:
            inbox.started(session, update_id=update.update_id)
        try:
            await self.app.process_update(update)  # handler errors go to the error handlers
        except asyncio.CancelledError:
            raise  # shutting down: the row stays and is handled at the next start
        except Exception:  # noqa: BLE001  (never let one update stop the worker)
            log.exception("update %s could not be processed", update.update_id)
        self._done(update.update_id)

    def _done(self, update_id: int) -> None:
        with session_scope(self.engine) as session:
            inbox.done(session, update_id=update_id, now=self.clock.now())


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
