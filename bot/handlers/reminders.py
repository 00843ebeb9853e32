"""Reminders: a reflection report due N days after a training ends (a week before and on the
day, until it is submitted) and an unfinished report draft after 24 hours. They live in the
database and a repeating job sends what is due, so a restart neither loses nor repeats them."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session
from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application

from bot.context import PanduContext
from bot.handlers import curation, mentor_messages, supervisor
from bot.handlers.common import button, ids, keyboard, personal_data_allowed, send, with_retries
from bot.hr import digest
from bot.render import escape
from bot.settings import Settings
from bot.texts import texts
from knowledge.text.dates import format_date
from storage import flows, people, reminders
from storage import reports as report_rows
from storage.db import session_scope

log = logging.getLogger(__name__)
SEND_AT = time(2, 0, tzinfo=UTC)  # 09.00 WIB
RETRY_AFTER = timedelta(minutes=5)  # a transient failure: tried again later, then less often


def schedule_report(
    session: Session, *, telegram_id: int, training: str, ended: date, due_days: int, now: datetime
) -> None:
    """A training ended: remind a week before the report is due and on the due date."""
    due = datetime.combine(ended + timedelta(days=due_days), SEND_AT)
    for kind, when in (("report_soon", due - timedelta(days=7)), ("report_due", due)):
        if when > now:
            reminders.schedule(
                session, telegram_id=telegram_id, kind=kind, subject=training.lower(), due_at=when
            )


async def deliver_due(app: Application, *, only_to: int | None = None) -> int:
    """Send every due reminder once (whatever other processes do); returns how many were sent.
    ``only_to``: the terminal chat sends only its own user's reminders."""
    services = app.bot_data["services"]
    now = services.clock.now()
    _schedule_digests(services, now)
    with session_scope(services.engine) as session:
        mentor_messages.timeouts(session, settings=services.settings, now=now)
    with session_scope(services.engine) as session:
        candidates = reminders.due_ids(session, at=now, only_to=only_to)
    sent = 0
    for reminder_id in candidates:
        with session_scope(services.engine) as session:
            row = reminders.claim(session, reminder_id=reminder_id, at=now)
            work = None if row is None else (row.id, row.telegram_id, row.attempts)
            message = None if row is None else _message(session, row, services)
            if row is not None and message is None:
                reminders.finish(session, reminder_id=row.id, outcome="skipped")
        if work is not None and message is not None:
            sent += await _send(app, services, work, message)
    return sent


async def _send(
    app: Application, services, work: tuple[int, int, int], message: tuple[str, list]
) -> int:
    """Transient errors are retried here with backoff, then left for a later round; a user
    who blocked the bot is marked so; anything else is recorded as failed with its reason."""
    reminder_id, telegram_id, attempts = work
    outcome, failure = "failed", ""
    try:
        text, buttons = message
        await with_retries(
            app.bot.send_message,
            telegram_id,
            text,
            parse_mode="HTML",
            reply_markup=keyboard(buttons),
        )
        outcome = "sent"
    except Forbidden as exc:
        outcome, failure = "blocked", exc.message
    except (NetworkError, RetryAfter, TimedOut) as exc:
        failure = f"{exc.__class__.__name__}: {exc}"
        if attempts < reminders.MAX_ATTEMPTS and not isinstance(exc, BadRequest):
            outcome = ""
    except TelegramError as exc:
        failure = f"{exc.__class__.__name__}: {exc}"
    with session_scope(services.engine) as session:
        if outcome:
            reminders.finish(session, reminder_id=reminder_id, outcome=outcome, failure=failure)
        else:
            retry_at = services.clock.now() + RETRY_AFTER * 2 ** (attempts - 1)
            reminders.release(session, reminder_id=reminder_id, retry_at=retry_at, failure=failure)
        if outcome == "blocked":
            people.mark_blocked(session, telegram_id=telegram_id, at=services.clock.now())
    if outcome != "sent":
        log.warning("reminder %s not delivered (%s)", reminder_id, failure[:80])
    return int(outcome == "sent")


def _schedule_digests(services, now: datetime) -> None:
    """This week's HR digests; two processes scheduling at once: one insert wins."""
    try:
        with session_scope(services.engine) as session:
            digest.schedule(session, now=now, settings=services.settings)
    except IntegrityError:
        log.info("weekly digest already scheduled by another process")


def _message(session: Session, row: reminders.Reminder, services) -> tuple[str, list] | None:
    """The reminder's text and buttons, or None when it no longer applies (muted, done, draft
    gone, the role revoked). A supervisor's review and its verdict are not muted: they are
    someone else's work waiting."""
    profile = people.get_profile(session, telegram_id=row.telegram_id)
    if not people.consented(profile):
        return None
    t = texts(profile.language)
    if row.kind in mentor_messages.KINDS:
        return mentor_messages.message(session, row, t, services.codec)
    if row.kind in (supervisor.REVIEW, supervisor.VERDICT):
        text, buttons = (
            supervisor.review_message(session, row, t, services.codec)
            if row.kind == supervisor.REVIEW
            else (supervisor.verdict_message(session, row, t), [])
        )
        return (text, buttons) if text else None
    if profile.reminders_muted:
        return None
    text = _reminder_text(session, row, services.settings, t)
    return (text, []) if text else None


def _reminder_text(
    session: Session, row: reminders.Reminder, settings: Settings, t: dict
) -> str | None:
    if row.kind == digest.KIND:
        return digest.text(
            session, telegram_id=row.telegram_id, week=row.subject, settings=settings, t=t
        )
    if row.kind == "draft":
        has = flows.has_draft(session, user_id=row.telegram_id, flow="report")
        return t["reminder_draft"] if has else None
    submitted = report_rows.reports_of(session, telegram_id=row.telegram_id)
    if any(r.training.lower() == row.subject for r in submitted):
        return None
    due = row.due_at + timedelta(days=7) if row.kind == "report_soon" else row.due_at
    return t[f"reminder_{row.kind}"].format(
        training=escape(row.subject), due=format_date(due.date())
    )


async def job(context: PanduContext) -> None:
    await deliver_due(context.application, only_to=context.services.reminders_only_to)
    await curation.index_curated(context.services)


async def reminders_command(update: Update, context: PanduContext) -> None:
    """/pengingat: mute or unmute reminders."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not await personal_data_allowed(update, context, "reminders_need_consent"):
        return
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
    if not await personal_data_allowed(update, context, "reminders_need_consent"):
        return
    with session_scope(context.services.engine) as session:
        people.update_profile(
            session,
            telegram_id=user_id,
            now=context.services.clock.now(),
            reminders_muted=choice == "y",
        )
    await send(
        update, context.t(user_id)["reminders_muted" if choice == "y" else "reminders_unmuted"]
    )
