"""The one clock. Every "now" and "today" in Pandu comes from a Clock handed down from the
composition root, so tests fix the time and pass on any day they run.

It lives in the lowest layer (storage) so that bot, ingest, knowledge and storage can all
take it as an argument without importing upwards.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Jakarta"  # WIB: "today" for an ASN is a date in Indonesia, not in UTC


class Clock(Protocol):
    def now(self) -> datetime:
        """An aware datetime in UTC (what the database stores)."""

    def today(self) -> date:
        """The calendar date in the deployment's time zone."""


def system_now() -> datetime:
    """The machine's time; only clocks and column defaults (a row's creation stamp) read it."""
    return datetime.now(UTC)


class SystemClock:
    def __init__(self, timezone: str = DEFAULT_TIMEZONE) -> None:
        self.zone = ZoneInfo(timezone)

    def now(self) -> datetime:
        return system_now()

    def today(self) -> date:
        return self.now().astimezone(self.zone).date()


class FixedClock:
    """A clock that stands still until moved: tests, replays and `pandu ask --today`."""

    def __init__(self, at: datetime | date, timezone: str = DEFAULT_TIMEZONE) -> None:
        self.zone = ZoneInfo(timezone)
        if not isinstance(at, datetime):  # a date: 09.00 local time that day
            at = datetime(at.year, at.month, at.day, 9, tzinfo=self.zone)
        self.at = at.astimezone(UTC) if at.tzinfo else at.replace(tzinfo=UTC)

    def now(self) -> datetime:
        return self.at

    def today(self) -> date:
        return self.at.astimezone(self.zone).date()

    def advance(self, **delta: float) -> None:
        self.at += timedelta(**delta)

    def set(self, at: datetime | date) -> None:
        self.at = FixedClock(at, self.zone.key).at
