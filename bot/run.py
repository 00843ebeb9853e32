"""`pandu run`: the Telegram bot by long polling, or behind a webhook with a secret token."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import signal
import socket
from pathlib import Path

from telegram import Update
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    TelegramError,
    TimedOut,
)

from bot.app import TOKEN_PATTERN, build_application, build_services, close_app, open_app
from bot.inbox import poll
from bot.indexing import StartupIndexing
from bot.settings import Settings
from bot.webhook import start_webhook_server
from knowledge.search import Embedder, KnowledgeStore

log = logging.getLogger(__name__)


class StartupProblem(Exception):
    """Telegram refused something at start-up (a webhook URL, say): a clear message, exit 1."""


class TokenProblem(Exception):
    """A missing or malformed TELEGRAM_BOT_TOKEN (exit code 2, no traceback)."""


def check_token(settings: Settings) -> str:
    token = (
        settings.telegram_bot_token.get_secret_value().strip()
        if settings.telegram_bot_token
        else ""
    )
    if not token:
        raise TokenProblem(
            "TELEGRAM_BOT_TOKEN belum diatur. Isi dengan token dari @BotFather, atau jalankan 'pandu chat' untuk mencoba tanpa Telegram."
        )
    if not TOKEN_PATTERN.match(token):
        raise TokenProblem(
            "TELEGRAM_BOT_TOKEN tidak berbentuk token bot (angka:huruf-angka, dari @BotFather). Periksa lagi nilainya."
        )
    return token


def run_bot(
    settings: Settings,
    store: KnowledgeStore,
    embedder: Embedder,
    *,
    index_paths: list[Path] | None = None,
    webhook_url: str | None = None,
    listen: str = "127.0.0.1",
    port: int = 8443,
) -> None:
    token = check_token(settings)
    services = build_services(settings, store, embedder, processes=settings.knowledge_processes)
    worker = settings.worker_name or f"{socket.gethostname()}:{port if webhook_url else 'poll'}"
    application = build_application(settings, services, worker=worker)
    secret = webhook_secret(settings, token)
    if index_paths is not None:  # indexed while the bot already answers (bot.indexing)
        services.indexing = StartupIndexing(
            settings, embedder, index_paths, on_done=services.answers.settle
        )
    try:
        asyncio.run(_serve(application, webhook_url, listen, port, secret))
    except InvalidToken as exc:
        raise TokenProblem(
            "Telegram menolak TELEGRAM_BOT_TOKEN (token tidak valid atau dicabut)."
        ) from exc
    except (NetworkError, TelegramError) as exc:
        raise StartupProblem(f"Bot berhenti: Telegram menjawab '{exc.message}'.") from exc


def webhook_secret(settings: Settings, token: str) -> str:
    """The same for every worker behind one URL (each one sets the webhook at start): the
    configured one, or one derived from the bot token that does not reveal it."""
    if settings.webhook_secret is not None:
        return settings.webhook_secret.get_secret_value()
    return hmac.new(token.encode(), b"pandu webhook secret", hashlib.sha256).hexdigest()


async def _serve(app, webhook_url: str | None, listen: str, port: int, secret: str) -> None:
    """Until SIGINT or SIGTERM: the inbox fed by long polling or by the webhook server."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await _connect(app)
    await open_app(app)  # the model is warm before the first update is taken
    indexing = app.bot_data["services"].indexing
    if indexing is not None:
        indexing.start()
    dispatcher = app.bot_data["services"].dispatcher
    server = None
    try:
        if webhook_url:
            server = start_webhook_server(app, dispatcher, secret, listen, port)
            await app.bot.set_webhook(
                webhook_url.rstrip("/") + "/telegram",
                secret_token=secret,
                allowed_updates=Update.ALL_TYPES,
            )
            await stop.wait()
        else:
            await app.bot.delete_webhook()
            poller = asyncio.create_task(poll(app, dispatcher, stop))
            await asyncio.wait(
                [poller, asyncio.create_task(stop.wait())], return_when="FIRST_COMPLETED"
            )
            poller.cancel()  # a batch fetched but not stored is not confirmed: it comes again
            await asyncio.gather(poller, return_exceptions=True)
            if poller.done() and not poller.cancelled() and poller.exception():
                raise poller.exception()
    finally:
        if server is not None:
            server.stop()
        if indexing is not None:  # not under a batch being embedded: the process exits next
            await asyncio.to_thread(indexing.stop)
        await close_app(app)


async def _connect(app) -> None:
    """getMe until Telegram answers: a network still coming up is waited for, a bad token not."""
    delay = 1.0
    while True:
        try:
            await app.bot.get_me()
            return
        except (InvalidToken, BadRequest, Forbidden):
            raise
        except (NetworkError, TimedOut) as exc:
            log.warning("Telegram not reachable yet (%s); retrying", exc.__class__.__name__)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)
