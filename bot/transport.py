"""An in-process Telegram: a BaseRequest that answers Bot API calls locally and plays the
user side, so the real Application and handlers run with no network (`pandu chat`, tests)."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Callable
from typing import Any

from telegram.request import BaseRequest, RequestData

BOT_USER = {
    "id": 999000,
    "is_bot": True,
    "first_name": "Pandu",
    "username": "pandu_lokal_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


class LocalTelegram(BaseRequest):
    def __init__(self, on_message: Callable[[dict, bool], None] | None = None) -> None:
        self.on_message = on_message or (lambda message, edited: None)
        self.calls: list[tuple[str, dict]] = []
        self.messages: dict[int, dict] = {}  # message_id -> current bot message
        self.files: dict[int, tuple[str, bytes]] = {}  # message_id -> a sent file's name, bytes
        self.chats: dict[int, dict] = {}
        self._message_ids = itertools.count(1)
        self._update_ids = itertools.count(int(time.time() * 1000))  # unique across runs

    # -- BaseRequest ---------------------------------------------------------------------------
    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout=None,
        write_timeout=None,
        connect_timeout=None,
        pool_timeout=None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = _params(request_data)
        self.calls.append((name, params))
        if request_data is not None and request_data.contains_files:
            params["_files"] = {k: v for k, v in request_data.multipart_data.items()}
        handler = getattr(self, f"_api_{name}", None)
        if handler is None:
            return 200, json.dumps({"ok": True, "result": True}).encode()
        return 200, json.dumps({"ok": True, "result": handler(params)}).encode()

    # -- Bot API methods -----------------------------------------------------------------------
    def _api_getMe(self, params: dict) -> dict:
        return BOT_USER

    def _api_getUpdates(self, params: dict) -> list:
        return []

    def _api_sendMessage(self, params: dict) -> dict:
        return self._store(params, {"text": params.get("text", "")})

    def _api_sendDocument(self, params: dict) -> dict:
        return self._store_file(params, "document")

    def _api_sendPhoto(self, params: dict) -> dict:
        return self._store_file(params, "photo")

    def _store_file(self, params: dict, kind: str) -> dict:
        """A sent file: its bytes kept (`files`), its name and caption on the message."""
        name, data = next(iter(params.get("_files", {}).values()), ("file", b""))[:2]
        data = data if isinstance(data, bytes) else data.read()
        meta = {"file_id": f"local-{kind}", "file_unique_id": "local", "file_size": len(data)}
        body = {"caption": params.get("caption", "")}
        if kind == "photo":
            body["photo"] = [{**meta, "width": 1, "height": 1}]
        else:
            body["document"] = {**meta, "file_name": name}
        message = self._store(params, body)
        self.files[message["message_id"]] = (name, data)
        return message

    def _api_editMessageText(self, params: dict) -> dict:
        message = self.messages[int(params["message_id"])]
        message["text"] = params.get("text", "")
        message["reply_markup"] = params.get("reply_markup")
        self.on_message(message, True)
        return message

    def _api_editMessageReplyMarkup(self, params: dict) -> dict:
        message = self.messages[int(params["message_id"])]
        message["reply_markup"] = params.get("reply_markup")
        return message

    def _store(self, params: dict, body: dict) -> dict:
        chat_id = int(params["chat_id"])
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "from": BOT_USER,
            "chat": self.chats.get(chat_id, {"id": chat_id, "type": "private"}),
            **body,
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        self.messages[message["message_id"]] = message
        self.on_message(message, False)
        return message

    # -- the user side ---------------------------------------------------------------------------
    def user(self, user_id: int, first_name: str = "Pengguna") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "id"}

    def text_update(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        reply_to: int | None = None,
    ) -> dict:
        chat = {"id": chat_id or user_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = "Grup Uji"
        self.chats[chat["id"]] = chat
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": self.user(user_id),
            "text": text,
        }
        if text.startswith("/"):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
            ]
        if reply_to is not None:
            message["reply_to_message"] = self.messages[reply_to]
        return {"update_id": next(self._update_ids), "message": message}

    def media_update(self, user_id: int, kind: str) -> dict:
        update = self.text_update(user_id, "")
        message = update["message"]
        del message["text"]
        samples = {
            "sticker": {
                "file_id": "s",
                "file_unique_id": "s",
                "width": 512,
                "height": 512,
                "is_animated": False,
                "is_video": False,
                "type": "regular",
                "emoji": "👍",
            },
            "photo": [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}],
            "voice": {"file_id": "v", "file_unique_id": "v", "duration": 2},
            "location": {"latitude": -6.2, "longitude": 106.8},
            "document": {"file_id": "d", "file_unique_id": "d", "file_name": "laporan.pdf"},
        }
        message[kind] = samples[kind]
        return update

    def button_update(self, user_id: int, message_id: int, data: str) -> dict:
        message = self.messages[message_id]
        return {
            "update_id": next(self._update_ids),
            "callback_query": {
                "id": str(next(self._update_ids)),
                "from": self.user(user_id),
                "chat_instance": "local",
                "message": message,
                "data": data,
            },
        }

    def edited_update(self, user_id: int, message_id: int, text: str) -> dict:
        update = self.text_update(user_id, text)
        message = update.pop("message")
        message["message_id"], message["edit_date"] = message_id, int(time.time())
        update["edited_message"] = message
        return update

    def sent_to(self, chat_id: int) -> list[dict]:
        return [
            m
            for m in self.messages.values()
            if m["chat"]["id"] == chat_id and m.get("from") == BOT_USER
        ]


def _params(request_data: RequestData | None) -> dict:
    if request_data is None:
        return {}
    out = {}
    for key, value in request_data.json_parameters.items():
        try:
            out[key] = json.loads(value)
        except (TypeError, ValueError):
            out[key] = value
    return out
