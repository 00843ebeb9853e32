"""Telegram updates as Telegram would post them to a webhook, for tests and benchmarks that
talk to the bot directly (the stand-in queues its own for long polling)."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request


def message_update(update_id: int, chat: int, text: str) -> dict:
    """A private message; a leading /word is marked as a command, as Telegram marks it."""
    message = {
        "message_id": update_id,
        "date": int(time.time()),
        "chat": {"id": chat, "type": "private"},
        "from": {"id": chat, "is_bot": False, "first_name": "Uji"},
        "text": text,
    }
    if text.startswith("/"):
        length = len(text.split()[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"update_id": update_id, "message": message}


def post_update(url: str, secret: str, update: dict, tries: int = 300) -> int:
    """POST to a webhook server (``url`` ends in /telegram); the HTTP status. A server still
    starting (connection refused) is tried again."""
    request = urllib.request.Request(
        url,
        data=json.dumps(update).encode(),
        method="POST",
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
    )
    for _ in range(tries):
        try:
            return urllib.request.urlopen(request, timeout=30).status
        except urllib.error.HTTPError as exc:
            return exc.code
        except urllib.error.URLError:
            time.sleep(0.1)
    raise AssertionError(f"webhook server at {url} never listened")
