"""Composition of the non-Telegram services from settings (used by the CLI and the bot)."""

from __future__ import annotations

import logging
from pathlib import Path

from bot.settings import Settings
from knowledge.search import Embedder, KnowledgeStore, make_embedder
from storage.db import make_engine


class RedactSecret(logging.Filter):
    """Second line of defence: any log line that still contains the token shows it masked."""

    def __init__(self, secret: str) -> None:
        super().__init__()
        self.secret = secret

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if self.secret in message:
            record.msg, record.args = message.replace(self.secret, "[TOKEN]"), None
        return True


def configure_logging(level: str, *, secret: str | None = None) -> None:
    """Our log level, but never httpx/httpcore request lines: they carry the bot token in the URL."""
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for noisy in ("httpx", "httpcore", "chromadb", "sentence_transformers", "urllib3", "bm25s"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    if secret:
        for handler in logging.getLogger().handlers:
            handler.addFilter(RedactSecret(secret))


def check_writable(data_dir: Path) -> None:
    """Raise OSError unless ``data_dir`` is a folder that takes data: an empty file fits on a
    full disk, so a little is written and flushed to disk."""
    import os
    import tempfile

    data_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile(dir=data_dir) as probe:
        probe.write(b"\0" * 65536)
        probe.flush()
        os.fsync(probe.fileno())


def open_store(settings: Settings) -> KnowledgeStore:
    """The index: SQL rows in the configured database, vectors in the data dir or on the Chroma
    server of PANDU_CHROMA_URL (shared by every bot process and ingest)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return KnowledgeStore(
        settings.data_dir, make_engine(settings.sql_url()), chroma_url=settings.chroma_url
    )


def build_embedder(settings: Settings) -> Embedder:
    return make_embedder(settings.embedding_model)
