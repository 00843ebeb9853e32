"""Plain text: a step of the flow the user is in, or a question answered from the knowledge
base with its sources and 👍/👎 buttons (👎 asks for an optional reason)."""

from __future__ import annotations

import contextlib
import re

from telegram import Update
from telegram.constants import ChatAction
from telegram.error import TelegramError

from bot.context import PanduContext
from bot.flows import commands
from bot.handlers.common import (
    button,
    ids,
    is_private,
    keyboard,
    send,
)
from bot.render import answer_html
from storage import people
from storage.db import session_scope

MAX_QUESTION = 1000


async def on_text(update: Update, context: PanduContext) -> None:
    """A step of the flow the user is in; otherwise a question."""
    if not await commands.on_text(update, context):
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
    if not any(ch.isalnum() for ch in text):  # emoji, punctuation or invisible characters only
        await send(update, t["question_no_words"])
        return
    if len(text) > MAX_QUESTION:
        await send(update, t["question_too_long"].format(max=MAX_QUESTION))
        return
    with contextlib.suppress(TelegramError):  # the indicator is a courtesy, never a failure
        await update.effective_chat.send_action(ChatAction.TYPING)
    answer = await run_answer(context, context.lang(user_id), text)
    markup = keyboard(_answer_buttons(update, context, text, answer))
    # a passage says itself what it is; only a refusal gets the warning line
    note = t["not_confident_note"] if answer.outcome == "refusal" else ""
    body = answer_html(answer.text, answer.confident, note)
    indexing = context.services.indexing
    if indexing is not None and indexing.running.is_set():  # a new data dir: the index is filling up
        body = f"{body}\n\n{t['indexing_note']}"
    await send(update, body, markup)


async def run_answer(context: PanduContext, lang: str, text: str):
    """The answer is CPU work: it runs off the event loop (threads or worker processes)."""
    return await context.services.answers.answer(lang, text)


def _answer_buttons(update: Update, context: PanduContext, question: str, answer) -> list:
    _, user_id = ids(update)
    t = context.t(user_id)
    rows = []
    feedback_id = _record(context, user_id, question, answer) if is_private(update) else None
    if feedback_id is not None:  # groups, and people who have not consented: nothing stored
        rows.append(
            [
                button(context, t["btn_up"], "f", feedback_id, "u"),
                button(context, t["btn_down"], "f", feedback_id, "d"),
            ]
        )
    if not answer.confident:
        rows.append([button(context, t["btn_browse"], "b")])
    return rows


def _record(context: PanduContext, user_id: int, question: str, answer) -> int | None:
    """The answer kept for its feedback buttons, when its asker consented (one transaction)."""
    with session_scope(context.services.engine) as session:
        profile = people.get_profile(session, telegram_id=user_id)
        if not people.consented(profile):
            return None
        return people.record_answer(
            session,
            telegram_id=user_id,
            unit_kerja=profile.unit_kerja,
            question=question,
            answer=answer.text,
            sources=[s.as_json() for s in answer.sources],
            confident=answer.confident,
        ).id


async def feedback_chosen(
    update: Update, context: PanduContext, feedback_id: str, rating: str
) -> None:
    """👍 or 👎 on an answer: only the asker's own answer; 👎 asks for a reason (a side step
    that returns to any flow it interrupts)."""
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        row = people.own_feedback(session, telegram_id=user_id, feedback_id=_int(feedback_id))
        found = row is not None and rating in ("u", "d")
        if found:
            row.rating = "up" if rating == "u" else "down"
            row.updated_at = context.services.clock.now()
            session.add(row)
    if not found:
        await send(update, t["stale_button"])
    elif rating == "u":
        await send(update, t["thanks_feedback"])
    else:
        await commands.begin(update, context, "reason", data={"feedback_id": _int(feedback_id)})


def _int(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
