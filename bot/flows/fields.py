"""Parsers that several flows share: short texts with bounds, dates, JP amounts."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.flows.engine import Ctx, Invalid
from knowledge.jp import parse_duration, to_jp
from knowledge.text.dates import parse_date

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_RANGE = re.compile(r"\s*(?:-|–|s\.?d\.?|sampai|hingga)\s*")


def text(name: str, low: int = 3, high: int = 1000) -> Callable[[str, Ctx, dict], dict]:
    def parse(value: str, ctx: Ctx, data: dict) -> dict:
        if len(value) < low:
            raise Invalid("too_short")
        if len(value) > high:
            raise Invalid("too_long", max=high)
        return {name: value}

    return parse


def past_date(name: str, bad: str, years_back: int = 5) -> Callable[[str, Ctx, dict], dict]:
    """A day that has happened ("hari ini" included), not older than a few years."""

    def parse(value: str, ctx: Ctx, data: dict) -> dict:
        today = ctx.today
        when = today if value.lower() in ("hari ini", "today") else parse_date(value)
        if when is None or when > today or when.year < today.year - years_back:
            raise Invalid(bad)
        return {name: when.isoformat()}

    return parse


def future_date(name: str, bad: str) -> Callable[[str, Ctx, dict], dict]:
    def parse(value: str, ctx: Ctx, data: dict) -> dict:
        when = parse_date(value)
        if when is None or when < ctx.today:
            raise Invalid(bad)
        return {name: when.isoformat()}

    return parse


def date_range(value: str, ctx: Ctx, data: dict) -> dict:
    """ "12/03/2027 - 14/03/2027": both days in the past, the end not before the start."""
    parts = _RANGE.split(value, maxsplit=1)
    start, end = parse_date(parts[0]), parse_date(parts[-1])
    if start is None or end is None or end < start or end > ctx.today:
        raise Invalid("report_bad_dates")
    return {"start_date": start.isoformat(), "end_date": end.isoformat()}


def jp_amount(value: str, form: str, high: float = 1000) -> float | None:
    """JP written directly ("4", "4 JP") or a duration converted for the activity's form."""
    duration = parse_duration(value if not _NUMBER.fullmatch(value) else f"{value} jp")
    jp = to_jp(duration, form) if duration else None
    return jp if jp and 0 < jp <= high else None


def show_date(value: str) -> str:
    from knowledge.text.dates import format_date

    return format_date(date.fromisoformat(value))
