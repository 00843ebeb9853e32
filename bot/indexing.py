"""The knowledge base brought up to date while the bot already serves.

A first `pandu run` on a new data dir used to index everything before it polled (the first
reply to /start came 45 s after start). Now the bot answers at once from what is indexed,
says in each answer that indexing is still running, and the indexing thread logs its
progress; the searcher picks up each committed file within its reload interval.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bot.services import open_store
from bot.settings import Settings
from knowledge.search import Embedder

log = logging.getLogger("pandu.indexing")
log.setLevel(logging.INFO)  # its progress lines show even when the rest logs warnings only
PROGRESS_EVERY = 10.0  # seconds between progress lines
STOP_WAIT = 120.0  # seconds a stopping bot waits for the batch being embedded


class StartupIndexing:
    """One background run of the incremental ingest over ``paths`` (then the prune of what
    is no longer configured), with its own store on the data dir, as another process would
    have; ``running`` is set while it works. ``on_done`` (the answers' refresh) runs before
    the "done" line, so a question after it sees the whole index at once."""

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder,
        paths: list[Path],
        on_done: Callable[[], None] = lambda: None,
    ) -> None:
        self.settings, self.embedder, self.paths = settings, embedder, paths
        self.on_done = on_done
        self.running = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_line = 0.0
        self._files = self._chunks = 0
        self._began = time.monotonic()

    def start(self) -> None:
        self.running.set()
        self._thread = threading.Thread(target=self._run, name="pandu-indexing", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = STOP_WAIT) -> None:
        """The bot is stopping: the batch being embedded finishes and is written, the rest
        is indexed at the next start (the process must not exit under a running batch)."""
        self._stopping.set()
        self.wait(timeout)

    def wait(self, timeout: float | None = None) -> bool:
        if self._thread is not None:
            self._thread.join(timeout)
        return not self.running.is_set()

    def _run(self) -> None:
        from ingest.pipeline import Ingestor, IngestStopped
        from knowledge.search import IngestBusy, ModelMismatchError

        started = time.perf_counter()
        self._began = time.monotonic()
        log.info("indexing the knowledge base in the background: %s", _names(self.paths))
        try:
            ingestor = Ingestor(
                open_store(self.settings),
                self.embedder,
                progress=False,
                on_file_done=self._file_done,
                should_stop=self._stopping.is_set,
            )
            report = ingestor.run(self.paths)
            report.outcomes += ingestor.prune(self.paths).outcomes
            self.on_done()
        except IngestStopped:
            log.info("indexing stopped with the bot; the rest is indexed at the next start")
        except IngestBusy:
            log.info("another process is indexing this data dir; its work is seen as it commits")
        except ModelMismatchError as exc:
            log.error("%s", exc)
        except Exception:  # noqa: BLE001  (the bot keeps answering from the index it has)
            log.exception("indexing failed; answers come from what was indexed before")
        else:
            log.info(
                "indexing done in %.0f s: %d files added, %d changed, %d removed, %d failed;"
                " %d chunks embedded",
                time.perf_counter() - started,
                report.count("added"),
                report.count("updated"),
                report.count("removed"),
                report.count("failed"),
                report.chunks_embedded,
            )
        finally:
            self.running.clear()

    def _file_done(self, outcome) -> None:
        """A progress line at most every PROGRESS_EVERY seconds (and after the first file)."""
        self._files += 1
        self._chunks += outcome.chunks if outcome.status in ("added", "updated") else 0
        now = time.monotonic()
        if self._files > 1 and now - self._last_line < PROGRESS_EVERY:
            return
        self._last_line = now
        rate = self._chunks / max(now - self._began, 1e-9)
        log.info(
            "indexing: %d files done, %d chunks embedded, %.1f chunks/s",
            self._files,
            self._chunks,
            rate,
        )


def _names(paths: list[Path]) -> str:
    return ", ".join(str(p) for p in paths) or "(nothing configured)"
