"""Reminders: a reflection report due N days after a training ends (a week before and on the
day, until it is submitted) and an unfinished report draft after 24 hours. They live in the
database and a repeating job sends what is due, so a restart neither loses nor repeats them."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.context import PanduContext
from bot.handlers.common import button, ids, keyboard, send
from bot.render import escape
from bot.texts import texts
from knowledge.dates import format_date
from storage import botstate, people, reminders
from storage import reports as report_rows
from storage.db import session_scope

log = logging.getLogger(__name__)
SEND_AT = time(2, 0, tzinfo=UTC)  # 09.00 WIB
DRAFT_AFTER = timedelta(hours=24)


def schedule_report(
    engine, *, telegram_id: int, training: str, ended: date, due_days: int, now: datetime
) -> None:
    """A training ended: remind a week before the report is due and on the due date."""
    due = datetime.combine(ended + timedelta(days=due_days), SEND_AT)
    with session_scope(engine) as session:
        for kind, when in (("report_soon", due - timedelta(days=7)), ("report_due", due)):
            if when > now:
                reminders.schedule(
                    session,
                    telegram_id=telegram_id,
                    kind=kind,
                    subject=training.lower(),
                    due_at=when,
                )


def draft_touched(engine, *, telegram_id: int, active: bool, now: datetime) -> None:
    """A draft step was stored (one reminder 24 h later) or the draft ended (none)."""
    with session_scope(engine) as session:
        reminders.replace_pending(
            session,
            telegram_id=telegram_id,
            kind="draft",
            due_at=now + DRAFT_AFTER if active else None,
        )


def report_submitted(engine, *, telegram_id: int, training: str) -> None:
    with session_scope(engine) as session:
        for kind in ("report_soon", "report_due"):
            reminders.cancel_for_subject(
                session, telegram_id=telegram_id, kind=kind, subject=training.lower()
            )


async def deliver_due(app: Application) -> int:
    """Send every due reminder once; returns how many were sent."""
    services = app.bot_data["services"]
    with session_scope(services.engine) as session:
        due = reminders.claim_due(session, at=services.clock.now())
        work = [(r.telegram_id, r.kind, r.subject, r.due_at) for r in due]
    sent = 0
    for telegram_id, kind, subject, due_at in work:
        text = _message(services.engine, telegram_id, kind, subject, due_at)
        if text is None:
            continue
        try:
            await app.bot.send_message(telegram_id, text, parse_mode="HTML")
            sent += 1
        except TelegramError as exc:  # blocked bot, deleted chat: nothing to retry
            log.warning("reminder not delivered: %s", exc.__class__.__name__)
    return sent


def _message(engine, telegram_id: int, kind: str, subject: str, due_at: datetime) -> str | None:
    """The reminder's text, or None when it no longer applies (muted, done, draft gone)."""
    with session_scope(engine) as session:
        profile = people.get_profile(session, telegram_id=telegram_id)
        if profile is None or profile.reminders_muted:
            return None
        t = texts(profile.language)
        if kind == "draft":
            draft = botstate.get_flow(session, chat_id=telegram_id, user_id=telegram_id)
            return t["reminder_draft"] if draft is not None and draft.flow == "report" else None
        submitted = report_rows.reports_of(session, telegram_id=telegram_id)
    if any(r.training.lower() == subject for r in submitted):
        return None
    due = due_at + timedelta(days=7) if kind == "report_soon" else due_at
    return t[f"reminder_{kind}"].format(training=escape(subject), due=format_date(due.date()))


async def job(context: PanduContext) -> None:
    await deliver_due(context.application)


async def reminders_command(update: Update, context: PanduContext) -> None:
    """/pengingat: mute or unmute reminders."""
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        profile = people.get_profile(session, telegram_id=user_id)
        muted = bool(profile and profile.reminders_muted)
    choice = (
        button(context, t["btn_unmute"], "rm", "n")
        if muted
        else button(context, t["btn_mute"], "rm", "y")
    )
    await send(update, t["reminders_off"] if muted else t["reminders_on"], keyboard([[choice]]))


async def mute_chosen(update: Update, context: PanduContext, choice: str) -> None:
    _, user_id = ids(update)
    if choice not in ("y", "n"):
        await send(update, context.t(user_id)["stale_button"])
        return
    with session_scope(context.services.engine) as session:
        people.update_profile(session, telegram_id=user_id, reminders_muted=choice == "y")
    await send(
        update, context.t(user_id)["reminders_muted" if choice == "y" else "reminders_unmuted"]
    )
