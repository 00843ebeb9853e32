"""`pandu chat`: the real Application and handlers in the terminal, through the in-process
transport. Buttons are shown as numbered options; typing the number presses it."""

from __future__ import annotations

import html
import re
import sys
from typing import TextIO

from telegram import Update
from telegram.ext import Application

from bot.app import close_app, open_app
from bot.transport import LocalTelegram

CHAT_USER_ID = 10001
_TAG = re.compile(r"<[^>]+>")


class TerminalChat:
    def __init__(self, out: TextIO = sys.stdout) -> None:
        self.out = out
        self.transport = LocalTelegram(on_message=self.show)
        self.options: list[tuple[int, str]] = []  # (message_id, callback data) by number

    def show(self, message: dict, edited: bool) -> None:
        text = html.unescape(_TAG.sub("", message.get("text", "")))
        print(("(diperbarui) " if edited else "") + "Pandu: " + text, file=self.out)
        markup = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        if markup:
            self.options = []
            for row in markup:
                for btn in row:
                    self.options.append((message["message_id"], btn["callback_data"]))
                    print(f"  [{len(self.options)}] {btn['text']}", file=self.out)
        print(file=self.out, flush=True)

    def to_update(self, line: str) -> dict:
        line = line.strip()
        if line.isdigit() and 1 <= int(line) <= len(self.options):
            message_id, data = self.options[int(line) - 1]
            return self.transport.button_update(CHAT_USER_ID, message_id, data)
        return self.transport.text_update(CHAT_USER_ID, line)

    async def run(self, app: Application, lines: TextIO, interactive: bool) -> None:
        dispatcher = app.bot_data["services"].dispatcher
        await open_app(app, warm_up=False)
        try:
            if interactive:
                print(
                    "Pandu siap. Ketik pesan seperti di Telegram (/start, /bantuan, pertanyaan);"
                    " pilih tombol dengan mengetik nomornya. Ctrl+D untuk keluar.\n",
                    file=self.out,
                )
            while True:
                if interactive:
                    print("Anda: ", end="", file=self.out, flush=True)
                line = lines.readline()
                if not line:
                    break
                if not line.strip():
                    continue
                if not interactive:
                    print(f"Anda: {line.strip()}", file=self.out)
                await dispatcher.receive([Update.de_json(self.to_update(line), app.bot)])
                await dispatcher.drain()
        finally:
            await close_app(app)
