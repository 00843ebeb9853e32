"""A value read from the whole index (every table file's total rows, every sentence equating
two units), read again only when the index version changes: another process may add documents
while the bot runs. One reader builds it; the others wait and share it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
_UNREAD = object()


class PerIndexVersion(Generic[T]):
    def __init__(self, searcher, read: Callable[[], T]) -> None:
        self.searcher = searcher
        self._read = read
        self._value: tuple[object, T | None] = (_UNREAD, None)  # no index version is _UNREAD
        self._lock = threading.Lock()

    def get(self) -> T:
        version = self.searcher.version
        value = self._value
        if value[0] != version:
            with self._lock:
                value = self._value
                if value[0] != version:
                    value = self._value = (version, self._read())
        return value[1]
