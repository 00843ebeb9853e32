"""Small helpers every feature uses: replying in HTML within Telegram's limits, buttons,
and the caller's identity and consent."""

from __future__ import annotations

import asyncio
import functools
import logging

import httpx
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, NetworkError

from bot.context import PanduContext
from bot.render import split_message
from storage import people
from storage.db import session_scope

log = logging.getLogger(__name__)
Row = list[tuple[str, str]]  # (label, callback data)


def keyboard(rows: list[Row]) -> InlineKeyboardMarkup | None:
    rows = [r for r in rows if r]
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in r] for r in rows]
    )


def button(context: PanduContext, label: str, kind: str, *args: object) -> tuple[str, str]:
    return label, context.services.codec.encode(kind, *args)


async def send(
    update: Update, html_text: str, markup: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Send HTML in as many messages as the 4096-character limit needs; buttons on the last."""
    chat = update.effective_chat
    if chat is None:
        return None
    parts = split_message(html_text)
    sent = None
    for i, part in enumerate(parts):
        sent = await with_retries(
            chat.send_message,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=markup if i == len(parts) - 1 else None,
            disable_web_page_preview=True,
        )
    return sent


async def with_retries(call, *args, attempts: int = 3, **kwargs):
    """A request Telegram did not get (no connection, a 5xx) is retried with backoff and
    logged; a 429 is paced by the rate limiter; a bad request is not retried; one Telegram
    may have carried out is not sent again (None): see ``may_have_arrived``."""
    for attempt in range(1, attempts + 1):
        try:
            return await call(*args, **kwargs)
        except NetworkError as exc:
            if may_have_arrived(exc):
                log.warning("Telegram did not confirm a message (%s): not sent again", cause(exc))
                return None
            if isinstance(exc, BadRequest) or attempt == attempts:
                raise
            log.warning("Telegram call failed (%s), retry %d", exc.__class__.__name__, attempt)
            await asyncio.sleep(0.5 * 2 ** (attempt - 1))
    return None


SENT_UNANSWERED = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)


def may_have_arrived(exc: BaseException) -> bool:
    """The request was sent whole and its answer timed out or broke off: Telegram may have
    delivered it, and the Bot API has no idempotency key, so a resend could show it twice.
    Not connecting, a pool or write timeout, or an error status mean it was not carried out."""
    return isinstance(exc, NetworkError) and isinstance(exc.__cause__, SENT_UNANSWERED)


def cause(exc: BaseException) -> str:
    return (exc.__cause__ or exc).__class__.__name__


async def edit_or_send(
    update: Update, html_text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Replace the message a button was on (menus), or send a new one."""
    query = update.callback_query
    if query is not None and query.message is not None and len(html_text) <= 4096:
        await query.edit_message_text(
            html_text, parse_mode=ParseMode.HTML, reply_markup=markup, disable_web_page_preview=True
        )
    else:
        await send(update, html_text, markup)


def ids(update: Update) -> tuple[int, int]:
    chat = update.effective_chat
    user = update.effective_user
    user_id = user.id if user else 0
    return (chat.id if chat else user_id), user_id


def is_private(update: Update) -> bool:
    return update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE


def profile_of(context: PanduContext, user_id: int) -> people.Profile | None:
    with session_scope(context.services.engine) as session:
        return people.get_profile(session, telegram_id=user_id)


async def personal_data_allowed(update: Update, context: PanduContext, refusal: str) -> bool:
    """Features that store personal data: private chats only, and only with consent; otherwise
    say why (the group notice, or the feature's own ``refusal`` text) and return False."""
    user_id = ids(update)[1]
    if is_private(update) and has_consent(context, user_id):
        return True
    t = context.t(user_id)
    await send(update, t[refusal] if is_private(update) else t["group_private_only"])
    return False


def has_consent(context: PanduContext, user_id: int) -> bool:
    profile = profile_of(context, user_id)
    return people.consented(profile)


def private_only(handler):
    """Role features (HR, admin, mentor, curator, supervisor) show other people's records,
    files, roles or invitation codes: in a group every member would read them, so they work
    in private chats only, asked on every command and button."""

    @functools.wraps(handler)
    async def checked(update: Update, context: PanduContext, *args: str) -> None:
        if not is_private(update):
            await send(update, context.t(ids(update)[1])["role_private_only"])
            return
        await handler(update, context, *args)

    return checked
