"""`pandu run`: the Telegram bot by long polling, or behind a webhook with a secret token."""

from __future__ import annotations

import hmac
import logging
import secrets
from http import HTTPStatus

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.app import TOKEN_PATTERN, build_application, build_services
from bot.settings import Settings
from knowledge.embeddings import Embedder
from knowledge.index import KnowledgeStore

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


def _constant_time_secret_check() -> None:
    """PTB compares the webhook secret with ``!=``; compare it in constant time instead."""
    import tornado.web
    from telegram.ext._utils.webhookhandler import TelegramHandler

    def validate_post(self) -> None:
        if self.request.headers.get("Content-Type", None) != "application/json":
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        if self.secret_token is not None:
            given = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token") or ""
            if not hmac.compare_digest(given.encode(), self.secret_token.encode()):
                raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN, reason="wrong secret token")

    TelegramHandler._validate_post = validate_post


def run_bot(
    settings: Settings,
    store: KnowledgeStore,
    embedder: Embedder,
    *,
    webhook_url: str | None = None,
    listen: str = "127.0.0.1",
    port: int = 8443,
) -> None:
    check_token(settings)
    services = build_services(settings, store, embedder, processes=settings.knowledge_processes)
    application = build_application(settings, services)
    try:
        if webhook_url:
            _constant_time_secret_check()
            application.run_webhook(
                listen=listen,
                port=port,
                url_path="telegram",
                webhook_url=webhook_url.rstrip("/") + "/telegram",
                secret_token=secrets.token_urlsafe(32),
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            application.run_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1)
    except InvalidToken as exc:
        raise TokenProblem(
            "Telegram menolak TELEGRAM_BOT_TOKEN (token tidak valid atau dicabut)."
        ) from exc
    except (NetworkError, TelegramError) as exc:
        raise StartupProblem(f"Bot berhenti: Telegram menjawab '{exc.message}'.") from exc
