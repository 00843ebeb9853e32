"""Plain text: a step of the flow the user is in, or a question answered from the knowledge
base with its sources and 👍/👎 buttons (👎 asks for an optional reason)."""

from __future__ import annotations

import contextlib
import re

from telegram import Update
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.context import PanduContext
from bot.handlers import evaluation, learning, onboarding, report
from bot.handlers.common import (
    button,
    clear_flow,
    flow_of,
    has_consent,
    ids,
    is_private,
    keyboard,
    profile_of,
    send,
    set_flow,
)
from bot.render import answer_html
from storage import people
from storage.db import session_scope

MAX_QUESTION = 1000
REASON_FLOW = "reason"
MAX_REASON = 500


async def on_text(update: Update, context: PanduContext) -> None:
    """Route a text: the current flow step first; otherwise it is a question."""
    flow = flow_of(context, update)
    if flow is not None and flow.flow == onboarding.FLOW:
        await onboarding.step_text(update, context, flow)
    elif flow is not None and flow.flow == report.FLOW:
        await report.step_text(update, context, flow)
    elif flow is not None and flow.flow == evaluation.FLOW:
        await evaluation.step_text(update, context, flow)
    elif flow is not None and flow.flow == learning.FLOW:
        await learning.step_text(update, context, flow)
    elif flow is not None and flow.flow == REASON_FLOW:
        await reason_text(update, context, flow.data.get("feedback_id"))
    else:
        await answer_question(update, context)


def question_text(update: Update, context: PanduContext) -> str | None:
    """The question, or None when a group message is not addressed to Pandu."""
    message = update.effective_message
    text = message.text or ""
    if is_private(update):
        return text
    username = context.services.bot_username or context.bot.username or ""
    mentioned = bool(username) and f"@{username}".lower() in text.lower()
    replied = (
        message.reply_to_message is not None
        and message.reply_to_message.from_user is not None
        and (message.reply_to_message.from_user.id == context.bot.id)
    )
    if not (mentioned or replied):
        return None
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.I) if username else text


async def answer_question(update: Update, context: PanduContext) -> None:
    """Answer from the knowledge base: typing action, grounded answer, feedback buttons."""
    text = question_text(update, context)
    if text is None:
        return
    _, user_id = ids(update)
    t = context.t(user_id)
    text = text.strip()
    if not text:
        await send(update, t["empty_question"])
        return
    if len(text) > MAX_QUESTION:
        await send(update, t["question_too_long"].format(max=MAX_QUESTION))
        return
    with contextlib.suppress(TelegramError):  # the indicator is a courtesy, never a failure
        await update.effective_chat.send_action(ChatAction.TYPING)
    answer = await run_answer(context, context.lang(user_id), text)
    markup = keyboard(_answer_buttons(update, context, text, answer))
    await send(update, answer_html(answer.text, answer.confident, t["not_confident_note"]), markup)


async def run_answer(context: PanduContext, lang: str, text: str):
    """The answer is CPU work: it runs off the event loop (threads or worker processes)."""
    return await context.services.answers.answer(lang, text)


def _answer_buttons(update: Update, context: PanduContext, question: str, answer) -> list:
    _, user_id = ids(update)
    t = context.t(user_id)
    rows = []
    if has_consent(context, user_id):
        profile = profile_of(context, user_id)
        with session_scope(context.services.engine) as session:
            row = people.record_answer(
                session,
                telegram_id=user_id,
                unit_kerja=profile.unit_kerja if profile else "",
                question=question,
                answer=answer.text,
                sources=[s.as_json() for s in answer.sources],
                confident=answer.confident,
            )
            feedback_id = row.id
        rows.append(
            [
                button(context, t["btn_up"], "f", feedback_id, "u"),
                button(context, t["btn_down"], "f", feedback_id, "d"),
            ]
        )
    if not answer.confident:
        rows.append([button(context, t["btn_browse"], "b")])
    return rows


async def feedback_chosen(
    update: Update, context: PanduContext, feedback_id: str, rating: str
) -> None:
    """👍 or 👎 on an answer: only the asker's own answer; 👎 asks for a reason."""
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        row = people.own_feedback(session, telegram_id=user_id, feedback_id=_int(feedback_id))
        if row is None or rating not in ("u", "d"):
            found = False
        else:
            found = True
            row.rating = "up" if rating == "u" else "down"
            session.add(row)
    if not found:
        await send(update, t["stale_button"])
        return
    if rating == "u":
        await send(update, t["thanks_feedback"])
        return
    set_flow(context, update, REASON_FLOW, "reason", {"feedback_id": _int(feedback_id)})
    await send(
        update, t["ask_reason"], keyboard([[button(context, t["btn_skip"], "r", feedback_id)]])
    )


async def reason_text(update: Update, context: PanduContext, feedback_id: int | None) -> None:
    """The typed reason for a 👎, stored with that answer."""
    _, user_id = ids(update)
    t = context.t(user_id)
    reason = (update.effective_message.text or "").strip()
    if len(reason) > MAX_REASON:
        await send(update, t["too_long"].format(max=MAX_REASON))
        return
    with session_scope(context.services.engine) as session:
        row = people.own_feedback(session, telegram_id=user_id, feedback_id=feedback_id or 0)
        if row is not None:
            row.reason = reason
            session.add(row)
    clear_flow(context, update)
    await send(update, t["reason_saved"])


async def reason_skipped(update: Update, context: PanduContext, feedback_id: str) -> None:
    flow = flow_of(context, update)
    t = context.t(ids(update)[1])
    if flow is None or flow.flow != REASON_FLOW or str(flow.data.get("feedback_id")) != feedback_id:
        await send(update, t["stale_button"])
        return
    clear_flow(context, update)
    await send(update, t["thanks_feedback"])


def _int(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
