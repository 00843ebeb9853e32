"""Composition of the non-Telegram services from settings (used by the CLI and the bot)."""

from __future__ import annotations

import logging

from bot.settings import Settings
from knowledge.embeddings import Embedder, make_embedder
from knowledge.index import KnowledgeStore
from storage.db import make_engine


def configure_logging(level: str) -> None:
    """Our log level, but never httpx/httpcore request lines: they carry the bot token in the URL."""
    logging.basicConfig(
        level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    for noisy in ("httpx", "httpcore", "chromadb", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def open_store(settings: Settings) -> KnowledgeStore:
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    return KnowledgeStore(settings.data_dir, make_engine(settings.sql_url()))


def build_embedder(settings: Settings) -> Embedder:
    return make_embedder(settings.embedding_model)
