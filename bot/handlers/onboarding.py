"""/start and /profil: greeting, privacy notice and consent (nothing stored before it), then
the short profile, which is a flow (bot/flows/profile.py)."""

from __future__ import annotations

from telegram import Update

from bot.context import PanduContext
from bot.flows import commands
from bot.flows.profile import summary
from bot.handlers.common import (
    button,
    has_consent,
    ids,
    is_private,
    keyboard,
    personal_data_allowed,
    profile_of,
    send,
)
from bot.render import escape
from storage import people
from storage.db import session_scope


async def start(update: Update, context: PanduContext) -> None:
    """/start: who Pandu is, what it stores, and the consent question (stores nothing)."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not is_private(update):
        await send(update, t["welcome"].format(name="") + "\n\n" + t["group_private_only"])
        return
    name = update.effective_user.first_name if update.effective_user else ""
    text = "\n\n".join(
        [
            t["welcome"].format(name=f", {escape(name)}" if name else ""),
            t["privacy"],
            t["consent_question"],
        ]
    )
    markup = keyboard(
        [[button(context, t["btn_agree"], "c", "y"), button(context, t["btn_decline"], "c", "n")]]
    )
    await send(update, text, markup)


async def consent_chosen(update: Update, context: PanduContext, choice: str) -> None:
    """Consent given: recorded, then the profile flow; declined: nothing is stored."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not is_private(update):
        await send(update, t["group_private_only"])
        return
    if choice != "y":
        await send(update, t["consent_declined"])
        return
    with session_scope(context.services.engine) as session:
        language = context.services.languages.pop(user_id, None)
        extra = {"language": language} if language else {}
        people.update_profile(
            session,
            telegram_id=user_id,
            now=context.services.clock.now(),
            consent_at=context.services.clock.now(),
            **extra,
        )
    await send(update, t["consent_given"])
    await commands.begin(update, context, "profile", data={})


async def show_profile(update: Update, context: PanduContext) -> None:
    """/profil: the stored profile and a button to edit it."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not await personal_data_allowed(update, context, "profile_need_consent"):
        return
    markup = keyboard([[button(context, t["btn_edit_profile"], "p")]])
    text = t["profile_show"].format(summary=summary(t, profile_of(context, user_id)))
    await send(update, text, markup)


async def edit_profile(update: Update, context: PanduContext) -> None:
    if not has_consent(context, ids(update)[1]) or not is_private(update):
        await send(update, context.t(ids(update)[1])["profile_need_consent"])
        return
    await commands.begin(update, context, "profile", data={})
