"""Help, cancel, privacy, language, data deletion, unknown commands, non-text messages,
the one callback router (every button passes the signature check there) and errors."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest

from bot.callbacks import CallbackError
from bot.context import PanduContext
from bot.flows import commands
from bot.handlers import (
    admin,
    catalog,
    curation,
    hr,
    learning,
    mentoring,
    onboarding,
    questions,
    reminders,
    supervisor,
)
from bot.handlers.common import (
    button,
    cause,
    has_consent,
    ids,
    is_private,
    keyboard,
    may_have_arrived,
    send,
)
from bot.render import escape
from bot.texts import texts
from storage import erase, people
from storage.db import session_scope

log = logging.getLogger(__name__)


async def help_command(update: Update, context: PanduContext) -> None:
    await send(update, context.t(ids(update)[1])["help"])


async def privacy_command(update: Update, context: PanduContext) -> None:
    await send(update, context.t(ids(update)[1])["privacy"])


async def cancel_command(update: Update, context: PanduContext) -> None:
    await commands.cancel_command(update, context)


async def language_command(update: Update, context: PanduContext) -> None:
    t = context.t(ids(update)[1])
    rows = [
        [
            button(context, "🇮🇩 Bahasa Indonesia", "l", "id"),
            button(context, "🇬🇧 English", "l", "en"),
        ]
    ]
    await send(update, t["language_choose"], keyboard(rows))


async def language_chosen(update: Update, context: PanduContext, lang: str) -> None:
    if lang not in ("id", "en"):
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    user_id = ids(update)[1]
    if has_consent(context, user_id):
        with session_scope(context.services.engine) as session:
            people.update_profile(
                session, telegram_id=user_id, now=context.services.clock.now(), language=lang
            )
    else:  # no row about someone who has not consented: kept in memory only
        context.services.languages[user_id] = lang
    await send(update, texts(lang)["language_set"])


async def delete_command(update: Update, context: PanduContext) -> None:
    """/hapusdata: confirmation first; deletion cannot be undone."""
    t = context.t(ids(update)[1])
    if not is_private(update):
        await send(update, t["group_private_only"])
        return
    rows = [
        [
            button(context, t["btn_delete_yes"], "d", "y"),
            button(context, t["btn_delete_no"], "d", "n"),
        ]
    ]
    await send(update, t["delete_confirm"], keyboard(rows))


async def delete_chosen(update: Update, context: PanduContext, choice: str) -> None:
    _, user_id = ids(update)
    t = context.t(user_id)
    if choice != "y":
        await send(update, t["delete_kept"])
        return
    with session_scope(context.services.engine) as session:
        erase.everything_about(session, telegram_id=user_id)
    context.services.languages.pop(user_id, None)
    context.services.catalog_queries.pop(user_id, None)
    await send(update, t["delete_done"])


async def unknown_command(update: Update, context: PanduContext) -> None:
    if not is_private(update):
        return
    command = escape((update.effective_message.text or "").split()[0][:40])
    await send(update, context.t(ids(update)[1])["unknown_command"].format(command=command))


async def not_text(update: Update, context: PanduContext) -> None:
    """Stickers, photos, voice notes, locations, files: in a flow, the step asked again with
    a word on what it needs; otherwise what Pandu understands."""
    if not is_private(update):
        return
    t = context.t(ids(update)[1])
    if commands.active_flow(context, update) is not None:
        await commands.again(update, context, t["need_text"])
    else:
        await send(update, t["not_text"])


async def on_button(update: Update, context: PanduContext) -> None:
    """Every button: verify the data, then hand it to its feature."""
    query = update.callback_query
    try:
        await query.answer()
    except BadRequest as exc:  # pressed while Pandu was down: too old to answer, acted on anyway
        log.info("callback query not answered: %s", exc.message)
    try:
        data = context.services.codec.decode(query.data)
    except CallbackError:
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await ROUTES[data.kind](update, context, *data.args)


async def _catalog_list(
    update: Update, context: PanduContext, mode: str, value: str, page: str
) -> None:
    if mode not in ("u", "t", "m", "q", "T", "M") or not (value.isdigit() and page.isdigit()):
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await catalog.show_list(update, context, mode, int(value), int(page))


ROUTES = {
    "c": onboarding.consent_chosen,
    "p": onboarding.edit_profile,
    "f": questions.feedback_chosen,
    "l": language_chosen,
    "d": delete_chosen,
    "b": catalog.show_menu,
    "cm": catalog.show_menu,
    "cl": _catalog_list,
    "cd": catalog.show_detail,
    "ci": catalog.interest_chosen,
    "ja": learning.add_chosen,
    "rm": reminders.mute_chosen,
    "hp": hr.period_chosen,
    "hu": hr.unit_chosen,
    "rv": admin.revoke_chosen,
    "sv": supervisor.verdict_chosen,
    "mq": mentoring.mentor_chose,
    "mt": mentoring.topic_toggled,
    "mr": mentoring.rate_chosen,
    "mf": mentoring.followup_chosen,
    "ml": mentoring.log_chosen,
    "ce": curation.edit_chosen,
    "cw": curation.withdraw_chosen,
    "fa": commands.choose,
    "fk": commands.skip_button,
    "fe": commands.edit,
    "fs": commands.submit,
    "fx": commands.discard_button,
    "fr": commands.resume,
}


async def on_error(update: object, context: PanduContext) -> None:
    """Log the failure (never the token) and tell the user their message is not lost; a
    reply whose answer Telegram did not confirm probably arrived: no apology after it."""
    if may_have_arrived(context.error):
        log.warning("Telegram did not confirm a reply (%s)", cause(context.error))
        return
    log.error("handler failed: %s", context.error, exc_info=context.error)
    await apologise(update, context)


async def apologise(update: object, context: PanduContext) -> None:
    """'Something went wrong on our side, your message is not lost', in the user's language
    when it can still be looked up."""
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            t = context.t(ids(update)[1])
        except Exception:  # noqa: BLE001  (the database itself may be what failed)
            t = texts("id")
        try:
            await send(update, t["error"])
        except Exception:  # noqa: BLE001  (the reply itself may be what failed)
            log.warning("could not tell the user about the error")
