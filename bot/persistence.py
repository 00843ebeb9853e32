"""python-telegram-bot persistence in the SQL database (our own class on SQLModel).

PTB flushes persistence on a timer; Pandu's update processor flushes after every update
instead, so what a handler changed is on disk before the next update of that chat.
"""

from __future__ import annotations

from copy import deepcopy
from typing import Any

from sqlalchemy.engine import Engine
from telegram.ext import BasePersistence, PersistenceInput

from storage import botstate
from storage.db import session_scope

_NO_INTERVAL = 10**9  # effectively never: flushes are driven by the update processor


class SqlPersistence(BasePersistence[dict, dict, dict]):
    def __init__(self, engine: Engine) -> None:
        super().__init__(
            store_data=PersistenceInput(
                bot_data=False, chat_data=False, user_data=True, callback_data=False
            ),
            update_interval=_NO_INTERVAL,
        )
        self.engine = engine
        self._saved: dict[tuple[str, str], Any] = {}  # last written value, to skip no-op writes

    def _load(self, kind: str) -> dict[str, Any]:
        with session_scope(self.engine) as session:
            return botstate.load_ptb(session, kind=kind)

    def _save(self, kind: str, key: object, value: Any) -> None:
        if self._saved.get((kind, str(key))) == value:
            return
        self._saved[(kind, str(key))] = deepcopy(value)
        with session_scope(self.engine) as session:
            botstate.save_ptb(session, kind=kind, key=str(key), value=value)

    def _drop(self, kind: str, key: object) -> None:
        self._saved.pop((kind, str(key)), None)
        with session_scope(self.engine) as session:
            botstate.drop_ptb(session, kind=kind, key=str(key))

    async def get_user_data(self) -> dict[int, dict]:
        return {int(k): v for k, v in self._load("user").items()}

    async def get_chat_data(self) -> dict[int, dict]:
        return {int(k): v for k, v in self._load("chat").items()}

    async def get_bot_data(self) -> dict:
        return {}

    async def get_callback_data(self) -> None:
        return None

    async def get_conversations(self, name: str) -> dict:
        raw = self._load(f"conv:{name}")
        return {tuple(int(p) for p in k.split(",")): v for k, v in raw.items()}

    async def update_conversation(
        self, name: str, key: tuple[int | str, ...], new_state: object | None
    ) -> None:
        if new_state is None:
            self._drop(f"conv:{name}", ",".join(map(str, key)))
        else:
            self._save(f"conv:{name}", ",".join(map(str, key)), new_state)

    async def update_user_data(self, user_id: int, data: dict) -> None:
        self._save("user", user_id, deepcopy(data))

    async def update_chat_data(self, chat_id: int, data: dict) -> None:
        self._save("chat", chat_id, deepcopy(data))

    async def update_bot_data(self, data: dict) -> None:
        return None

    async def update_callback_data(self, data: object) -> None:
        return None

    async def drop_user_data(self, user_id: int) -> None:
        self._drop("user", user_id)

    async def drop_chat_data(self, chat_id: int) -> None:
        self._drop("chat", chat_id)

    async def refresh_user_data(self, user_id: int, user_data: dict) -> None:
        return None

    async def refresh_chat_data(self, chat_id: int, chat_data: dict) -> None:
        return None

    async def refresh_bot_data(self, bot_data: dict) -> None:
        return None

    async def flush(self) -> None:
        return None
