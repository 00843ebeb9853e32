"""The weekly digest: every HR officer gets the previous week's summary of their units, at
PANDU_DIGEST_WEEKDAY / PANDU_DIGEST_TIME local time (Monday 08.00 by default). It is a row in
the reminder table (kind ``hr_digest``, subject the week's Monday), so it is sent once by
whichever process claims it, survives restarts, and is muted with the other reminders."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from bot.hr import summary as hr_summary
from bot.hr.access import hr_access
from bot.settings import Settings
from storage import reminders, roles
from storage.summary import Scope, records, summarise

KIND = "hr_digest"


def last_slot(now: datetime, settings: Settings) -> datetime:
    """The latest digest moment not after now (an aware UTC datetime)."""
    zone = ZoneInfo(settings.timezone)
    local = now.astimezone(zone)
    at = time.fromisoformat(settings.digest_time)
    day = local.date() - timedelta(days=(local.weekday() - settings.digest_weekday) % 7)
    slot = datetime.combine(day, at, zone)
    if slot > local:
        slot -= timedelta(days=7)
    return slot.astimezone(now.tzinfo)


def schedule(session: Session, *, now: datetime, settings: Settings) -> None:
    """This week's digest for every officer who held a unit before its moment (idempotent)."""
    slot = last_slot(now, settings)
    week = (slot.astimezone(ZoneInfo(settings.timezone)).date() - timedelta(days=7)).isoformat()
    for grant in roles.active_grants(session):
        if grant.role == "hr" and grant.created_at <= slot:
            reminders.schedule(
                session, telegram_id=grant.telegram_id, kind=KIND, subject=week, due_at=slot
            )


def text(
    session: Session, *, telegram_id: int, week: str, settings: Settings, t: dict
) -> str | None:
    """The week's summary for the units the officer holds now; None when they hold none."""
    access = hr_access(session, admin_ids=settings.admin_ids, user_id=telegram_id)
    if access is None or not access.units:
        return None
    start = date.fromisoformat(week)
    scope = Scope(access.units, start, start + timedelta(days=6), ZoneInfo(settings.timezone))
    figures = summarise(
        records(session, scope=scope),
        scope=scope,
        today=start + timedelta(days=7),
        due_days=settings.report_due_days,
        min_group=settings.hr_min_group,
    )
    body = hr_summary.render(figures, scope, t, settings.hr_min_group)
    return t["hr_digest_intro"] + "\n\n" + body
