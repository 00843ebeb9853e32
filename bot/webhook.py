"""The webhook server: an update is stored in the inbox before Telegram gets its 200, and
only requests carrying the secret token (compared in constant time) are accepted."""

from __future__ import annotations

import hmac
import json
import logging
from http import HTTPStatus

import tornado.httpserver
import tornado.web
from telegram import Update
from telegram.ext import Application

from bot.inbox import Dispatcher

log = logging.getLogger(__name__)
MAX_BODY = 1024 * 1024  # an update is a few kB; anything near this is not Telegram


class TelegramWebhook(tornado.web.RequestHandler):
    def initialize(self, app: Application, dispatcher: Dispatcher, secret: str) -> None:
        self.app, self.dispatcher, self.secret = app, dispatcher, secret

    async def post(self) -> None:
        given = self.request.headers.get("X-Telegram-Bot-Api-Secret-Token") or ""
        if not hmac.compare_digest(given.encode(), self.secret.encode()):
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        if not self.request.headers.get("Content-Type", "").startswith("application/json"):
            raise tornado.web.HTTPError(HTTPStatus.FORBIDDEN)
        try:
            update = Update.de_json(json.loads(self.request.body), self.app.bot)
        except (ValueError, TypeError, KeyError):
            raise tornado.web.HTTPError(HTTPStatus.BAD_REQUEST) from None
        await self.dispatcher.receive([update])  # stored before the 200 below
        self.set_status(HTTPStatus.OK)

    def log_exception(self, typ, value, tb) -> None:  # no request lines with headers in logs
        if not isinstance(value, tornado.web.HTTPError):
            log.error("webhook request failed: %s", typ.__name__ if typ else value)


def start_webhook_server(
    app: Application, dispatcher: Dispatcher, secret: str, listen: str, port: int
) -> tornado.httpserver.HTTPServer:
    web = tornado.web.Application(
        [(r"/telegram", TelegramWebhook, {"app": app, "dispatcher": dispatcher, "secret": secret})],
        log_function=lambda handler: None,
    )
    server = tornado.httpserver.HTTPServer(web, max_body_size=MAX_BODY)
    server.listen(port, address=listen)
    return server
