"""Help, cancel, privacy, language, data deletion, unknown commands, non-text messages,
the one callback router (every button passes the signature check there) and errors."""

from __future__ import annotations

import logging

from telegram import Update

from bot.callbacks import CallbackError
from bot.context import PanduContext
from bot.handlers import catalog, evaluation, learning, onboarding, questions, reminders, report
from bot.handlers.common import button, clear_flow, flow_of, ids, is_private, keyboard, send
from bot.texts import texts
from storage import botstate, evaluations, people, reports
from storage import learning as learning_log
from storage import reminders as reminder_rows
from storage.db import session_scope

log = logging.getLogger(__name__)


async def help_command(update: Update, context: PanduContext) -> None:
    await send(update, context.t(ids(update)[1])["help"])


async def privacy_command(update: Update, context: PanduContext) -> None:
    await send(update, context.t(ids(update)[1])["privacy"])


async def cancel_command(update: Update, context: PanduContext) -> None:
    t = context.t(ids(update)[1])
    await send(update, t["cancelled"] if clear_flow(context, update) else t["nothing_to_cancel"])


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
    with session_scope(context.services.engine) as session:
        people.update_profile(session, telegram_id=ids(update)[1], language=lang)
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
        people.delete_person(session, telegram_id=user_id)
        learning_log.delete_activities_of(session, telegram_id=user_id)
        evaluations.delete_evaluations_of(session, telegram_id=user_id)
        reports.delete_reports_of(session, telegram_id=user_id)
        reminder_rows.delete_reminders_of(session, telegram_id=user_id)
        botstate.clear_flows_of(session, user_id=user_id)
        botstate.drop_ptb(session, kind="user", key=str(user_id))
    context.user_data.clear()
    await send(update, t["delete_done"])


async def unknown_command(update: Update, context: PanduContext) -> None:
    if not is_private(update):
        return
    command = (update.effective_message.text or "").split()[0][:40]
    await send(update, context.t(ids(update)[1])["unknown_command"].format(command=command))


async def not_text(update: Update, context: PanduContext) -> None:
    """Stickers, photos, voice notes, locations, files: say what Pandu understands."""
    if is_private(update):
        await send(update, context.t(ids(update)[1])["not_text"])


async def on_button(update: Update, context: PanduContext) -> None:
    """Every button: verify the data, then hand it to its feature."""
    query = update.callback_query
    await query.answer()
    try:
        data = context.services.codec.decode(query.data)
    except CallbackError:
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await ROUTES[data.kind](update, context, *data.args)


async def _skip(update: Update, context: PanduContext, step: str) -> None:
    await onboarding.skip_chosen(update, context, step, flow_of(context, update))


async def _status(update: Update, context: PanduContext, value: str) -> None:
    await onboarding.status_chosen(update, context, value, flow_of(context, update))


async def _catalog_list(
    update: Update, context: PanduContext, mode: str, value: str, page: str
) -> None:
    if mode not in ("u", "t", "m", "q", "T", "M") or not (value.isdigit() and page.isdigit()):
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await catalog.show_list(update, context, mode, int(value), int(page))


async def _jp_form(update: Update, context: PanduContext, index: str) -> None:
    await learning.form_chosen(update, context, index, flow_of(context, update))


async def _jp_save(update: Update, context: PanduContext, choice: str) -> None:
    await learning.save_chosen(update, context, choice, flow_of(context, update))


async def _eval_training(update: Update, context: PanduContext, index: str) -> None:
    await evaluation.training_chosen(update, context, index, flow_of(context, update))


async def _eval_score(update: Update, context: PanduContext, index: str, score: str) -> None:
    await evaluation.score_chosen(update, context, index, score, flow_of(context, update))


async def _eval_skip(update: Update, context: PanduContext) -> None:
    await evaluation.comment_skipped(update, context, flow_of(context, update))


async def _eval_replace(update: Update, context: PanduContext, choice: str) -> None:
    await evaluation.replace_chosen(update, context, choice, flow_of(context, update))


async def _report_obstacle(update: Update, context: PanduContext, index: str) -> None:
    await report.obstacle_chosen(update, context, index, flow_of(context, update))


async def _report_training(update: Update, context: PanduContext, index: str) -> None:
    await report.training_chosen(update, context, index, flow_of(context, update))


async def _report_edit(update: Update, context: PanduContext, index: str) -> None:
    await report.edit_chosen(update, context, index, flow_of(context, update))


async def _report_action(update: Update, context: PanduContext, action: str) -> None:
    await report.action_chosen(update, context, action, flow_of(context, update))


ROUTES = {
    "c": onboarding.consent_chosen,
    "k": _skip,
    "s": _status,
    "p": onboarding.edit_profile,
    "f": questions.feedback_chosen,
    "r": questions.reason_skipped,
    "l": language_chosen,
    "d": delete_chosen,
    "b": catalog.show_menu,
    "cm": catalog.show_menu,
    "cl": _catalog_list,
    "cd": catalog.show_detail,
    "ci": catalog.interest_chosen,
    "ja": learning.add_chosen,
    "jf": _jp_form,
    "js": _jp_save,
    "ut": _eval_training,
    "ur": _eval_score,
    "uk": _eval_skip,
    "uu": _eval_replace,
    "lo": _report_obstacle,
    "lt": _report_training,
    "lk": report.skip_chosen,
    "le": _report_edit,
    "lx": _report_action,
    "rm": reminders.mute_chosen,
}


async def on_error(update: object, context: PanduContext) -> None:
    """Log the failure (never the token) and tell the user their message is not lost."""
    log.error("handler failed: %s", context.error, exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await send(update, context.t(ids(update)[1])["error"])
        except Exception:  # noqa: BLE001  (the reply itself may be what failed)
            log.warning("could not tell the user about the error")
