"""Where answers are computed. Answering is CPU work (embedding, ranking, composing); the
event loop must stay free for Telegram. Threads suffice for the terminal and tests; the bot
uses worker processes, so answers run on every core instead of sharing one interpreter lock."""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

from knowledge.answers import Answerer
from knowledge.outcome import Answer
from knowledge.search.searcher import RELOAD_EVERY

_WORKER: dict[str, Answerer] = {}  # in a worker process: its own answerers


class Answers:
    """Answers computed in this process, on a small thread pool."""

    def __init__(self, answerers: dict[str, Answerer], threads: int = 2) -> None:
        self.answerers = answerers
        self.executor: Executor = ThreadPoolExecutor(
            max_workers=max(1, threads), thread_name_prefix="knowledge"
        )

    async def answer(self, lang: str, text: str) -> Answer:
        answerer = self.answerers.get(lang) or self.answerers["id"]
        return await asyncio.get_running_loop().run_in_executor(
            self.executor, answerer.answer, text
        )

    async def warm_up(self) -> None:
        await self.answer("id", "pemanasan")

    def refresh(self) -> None:
        """The index changed here (curated answers): the next question sees it at once
        (worker processes notice a new version within their reload interval)."""
        for answerer in self.answerers.values():
            answerer.searcher.refresh(force=True)

    def settle(self) -> None:
        """After an ingest in this process (a thread, not the event loop): return once the
        next question is answered from the new index."""
        self.refresh()

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


class ProcessAnswers(Answers):
    """Answers computed in worker processes, each with its own searcher over the same index."""

    def __init__(self, settings_json: str, processes: int = 2) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process with threads
        self.answerers = {}
        self.executor = ProcessPoolExecutor(
            max_workers=max(1, processes),
            mp_context=context,
            initializer=_init_worker,
            initargs=(settings_json,),
        )

    async def answer(self, lang: str, text: str) -> Answer:
        return await asyncio.get_running_loop().run_in_executor(
            self.executor, _answer_in_worker, lang, text
        )

    def settle(self) -> None:
        """The worker processes look at the index version every RELOAD_EVERY seconds."""
        time.sleep(RELOAD_EVERY + 0.5)


def _init_worker(settings_json: str) -> None:
    import os

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from bot.services import build_embedder, open_store
    from bot.settings import Settings
    from knowledge.search import Searcher
    from storage.clock import SystemClock

    settings = Settings.model_validate_json(settings_json)
    searcher = Searcher(
        open_store(settings), build_embedder(settings), cache_size=settings.query_cache_size
    )
    clock = SystemClock(settings.timezone)
    _WORKER.update({lang: Answerer(searcher, lang=lang, clock=clock) for lang in ("id", "en")})


def _answer_in_worker(lang: str, text: str) -> Answer:
    return (_WORKER.get(lang) or _WORKER["id"]).answer(text)
