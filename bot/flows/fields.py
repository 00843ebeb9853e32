"""Parsers that several flows share: short texts with bounds, dates, JP amounts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from bot.flows.engine import Ctx, Invalid
from bot.render import escape
from knowledge import jp
from knowledge.jp import parse_duration
from knowledge.text.dates import parse_date
from storage import learning

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_RANGE = re.compile(r"\s*(?:-|–|s\.?d\.?|sampai|hingga)\s*")


def text(name: str, low: int = 3, high: int = 1000) -> Callable[[str, Ctx, dict], dict]:
    def parse(value: str, ctx: Ctx, data: dict) -> dict:
        # only what can be seen counts toward the minimum: a name of zero-width characters
        # would be stored and shown as nothing
        if sum(unicodedata.category(c)[0] not in "CZ" for c in value) < low:
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


def training_jp(value: str, high: float = 1000) -> float | None:
    """A classroom training's JP: written directly, or hours at 45 minutes per JP."""
    duration = _duration(value)
    found = jp.convert(duration, "pelatihan klasikal") if duration else None
    return found.jp if found and 0 < found.jp <= high else None


def _duration(value: str) -> jp.Duration | None:
    return parse_duration(value if not _NUMBER.fullmatch(value) else f"{value} jp")


def jp_amount(value: str, ctx: Ctx, data: dict, high: float = 1000) -> dict:
    """JP written directly ("4", "4 JP") or a duration converted for the activity's form by
    the conversion table, its cap counting what the same row already earned that day or
    month. A cap used up gives 0 JP, recorded and explained."""
    form, when = data["form"], date.fromisoformat(data["date"])
    duration = _duration(value)
    rule = jp.rule_for(form)
    already = _already(ctx, rule, when) if rule and rule.cap else 0.0
    found = jp.convert(duration, form, already=already) if duration else None
    if found is None:
        if rule is None:
            raise Invalid("jp_bad_amount")
        raise Invalid("jp_bad_unit", unit=rule.unit, rule=escape(rule.describe()))
    if found.jp > high or (found.jp <= 0 and found.limit is None):
        raise Invalid("jp_bad_amount")
    return {
        "jp": found.jp,
        "duration": value,
        "jp_raw": found.uncapped,
        "jp_limit": found.limit,
        "jp_already": already,
    }


def _already(ctx: Ctx, rule: jp.Rule, when: date) -> float:
    """JP the row earned on that day, or in that month, before this entry."""
    start, end = rule.cap_window(when)
    return learning.jp_between(
        ctx.session, telegram_id=ctx.user_id, forms=rule.forms, start=start, end=end
    )


def show_jp(data: dict, t: dict) -> str:
    """The JP and the rule that gave it: written directly, 45 minutes per JP, or a table row
    (and the limit that cut it)."""
    amount, duration = f"{data['jp']:g}", escape(data.get("duration", ""))
    parsed = parse_duration(duration) if duration else None
    rule = jp.rule_for(data.get("form", ""))
    if parsed is None or parsed.unit == "jp":
        return t["jp_how_direct"].format(jp=amount)
    if rule is None:
        return t["jp_how_minutes"].format(jp=amount, duration=duration)
    text = t["jp_how_table"].format(jp=amount, duration=duration, rule=escape(rule.describe()))
    if data.get("jp_limit") == "cap":
        text += " " + t["jp_how_cap"].format(
            raw=f"{data['jp_raw']:g}", already=f"{data['jp_already']:g}"
        )
    elif data.get("jp_limit") == "day":
        text += " " + t["jp_how_day"].format(raw=f"{data['jp_raw']:g}")
    return text


def show_date(value: str) -> str:
    from knowledge.text.dates import format_date

    return format_date(date.fromisoformat(value))
