"""What commands and buttons call to drive a flow (the engine is bot/flows/engine.py): start
one, answer its step, choose, skip, edit, submit, discard, continue a draft, and answer an
update that comes back after a crash with the reply stored for it."""

from __future__ import annotations

import json
from collections.abc import Callable

from telegram import Update

from bot.context import PanduContext
from bot.flows.engine import (
    FLOWS,
    REVIEW,
    Ctx,
    Flow,
    Turn,
    activate,
    active,
    advance,
    answers,
    close,
    deliver,
    finish,
    flow_button,
    is_at,
    looks_like_question,
    prompt,
    save,
    stale,
    start,
    to_int,
    typed,
    unit,
)
from bot.handlers.common import ids
from storage import flows as rows
from storage.db import session_scope


async def replay(update: Update, context: PanduContext) -> bool:
    """An update already answered (it came back after a crash): the same reply, nothing redone."""
    chat_id, user_id = ids(update)
    with session_scope(context.services.engine) as session:
        pointer = rows.get_pointer(session, chat_id=chat_id, user_id=user_id)
        if pointer is None or pointer.last_update_id != update.update_id:
            return False
        replies = json.loads(pointer.last_reply_json)
    await deliver(update, Turn(replies=[(text, buttons) for text, buttons in replies]))
    return True


async def begin(update: Update, context: PanduContext, name: str, data: dict | None = None) -> None:
    """Start a flow. Its own unfinished draft is offered (continue or start over); another
    flow's draft is kept, and the user is told how to come back to it."""
    flow = FLOWS[name]
    with unit(update, context) as (ctx, turn):
        existing = rows.get_draft(ctx.session, chat_id=ctx.chat_id, user_id=ctx.user_id, flow=name)
        if existing is not None and not flow.side and data is None:
            buttons = [
                [
                    flow_button(ctx, ctx.t["btn_continue"], "fr", existing.id, "k"),
                    flow_button(ctx, ctx.t["btn_restart"], "fr", existing.id, "n"),
                ]
            ]
            turn.say(ctx.t["flow_draft_exists"].format(title=ctx.t[flow.title]), buttons)
        else:
            start(ctx, flow, existing, data or {}, turn)
    await deliver(update, turn)


async def on_text(update: Update, context: PanduContext) -> bool:
    """A typed answer to the active flow; False when no flow is active (it is a question)."""
    text = " ".join((update.effective_message.text or "").split())
    question = False
    found = await _looked_up(update, context, text)
    with unit(update, context) as (ctx, turn):
        current = active(ctx)
        if current is None:
            return False
        ctx.looked_up = found
        flow, draft = current
        if draft.step == REVIEW:
            turn.record = False
            turn.say(ctx.t["flow_use_buttons"])
        else:
            step = flow.steps[flow.index(draft.step)]
            question = step.questions and looks_like_question(text)
            if not question:
                typed(ctx, flow, draft, step, text, turn)
    await deliver(update, turn)
    if question:
        from bot.handlers.questions import answer_question

        await answer_question(update, context)
        await again(update, context)
    return True


async def _looked_up(update: Update, context: PanduContext, text: str) -> dict:
    """A step that looks something up for the typed text does it here, outside the
    transaction (the active step is read again inside it)."""
    with unit(update, context) as (ctx, turn):
        turn.record = False
        current = active(ctx)
        step = None
        if current is not None and current[1].step != REVIEW:
            step = current[0].steps[current[0].index(current[1].step)]
    if step is None or step.lookup is None or not text:
        return {}
    return await step.lookup(context.services, context.lang(ctx.user_id), text)


async def again(update: Update, context: PanduContext, note: str = "") -> None:
    """Ask the active flow's current step again (after a question answered mid-flow)."""
    with unit(update, context) as (ctx, turn):
        turn.record = False
        current = active(ctx)
        if current is not None:
            prompt(ctx, *current, turn, note)
    await deliver(update, turn)


async def _with_draft(
    update: Update, context: PanduContext, draft_id: str, act: Callable[..., None]
) -> None:
    """A button of one draft: acted on if it is the user's draft, else a polite refusal and
    the step the user is really at."""
    with unit(update, context) as (ctx, turn):
        draft = rows.draft_by_id(ctx.session, draft_id=to_int(draft_id), user_id=ctx.user_id)
        if draft is None or draft.flow not in FLOWS or not act(ctx, FLOWS[draft.flow], draft, turn):
            turn.record = False
            turn.replies.clear()
            stale(ctx, turn)
    await deliver(update, turn)


async def choose(update, context, draft_id: str, index: str, choice: str) -> None:
    def act(ctx, flow, draft, turn) -> bool:
        offered = draft.data.get("_choices", [])
        if not is_at(flow, draft, index) or not choice.isdigit() or int(choice) >= len(offered):
            return False
        activate(ctx, flow)
        advance(ctx, flow, draft, offered[int(choice)], turn)
        return True

    await _with_draft(update, context, draft_id, act)


async def skip_button(update, context, draft_id: str, index: str) -> None:
    def act(ctx, flow, draft, turn) -> bool:
        if not is_at(flow, draft, index):
            return False
        activate(ctx, flow)
        advance(ctx, flow, draft, {draft.step: ""}, turn)
        return True

    await _with_draft(update, context, draft_id, act)


async def skip_command(update: Update, context: PanduContext) -> None:
    """/lewati: the active flow's current step, when it is optional."""

    def act(ctx: Ctx, flow: Flow, draft, turn: Turn) -> None:
        step = flow.steps[flow.index(draft.step)] if draft.step != REVIEW else None
        if step is None or not step.optional:
            turn.record = False
            prompt(ctx, flow, draft, turn, ctx.t["flow_cannot_skip"])
        else:
            advance(ctx, flow, draft, {step.name: ""}, turn)

    await _with_active(update, context, "nothing_to_skip", act)


async def edit(update, context, draft_id: str, index: str) -> None:
    def act(ctx, flow, draft, turn) -> bool:
        if draft.step != REVIEW or not index.isdigit() or int(index) >= len(flow.steps):
            return False
        activate(ctx, flow)
        draft.step, draft.editing = flow.steps[int(index)].name, True
        save(ctx, flow, draft, draft.data)
        prompt(ctx, flow, draft, turn)
        return True

    await _with_draft(update, context, draft_id, act)


async def submit(update, context, name: str, draft_id: str) -> None:
    """The ending; pressed again (or replayed), the same outcome and reference."""
    flow = FLOWS.get(name)
    with unit(update, context) as (ctx, turn):
        draft = rows.draft_by_id(ctx.session, draft_id=to_int(draft_id), user_id=ctx.user_id)
        done = None
        if flow is not None and draft is not None and draft.flow == name and draft.step == REVIEW:
            finish(ctx, flow, draft, answers(draft), turn)
        elif flow is not None and flow.finished and (done := flow.finished(ctx, to_int(draft_id))):
            turn.say(done)
        else:
            turn.record = False
            stale(ctx, turn)
    await deliver(update, turn)


async def discard_button(update, context, draft_id: str) -> None:
    def act(ctx, flow, draft, turn) -> bool:
        turn.say(ctx.t["flow_discarded"].format(title=ctx.t[flow.title]))
        close(ctx, flow, draft, turn)
        return True

    await _with_draft(update, context, draft_id, act)


async def cancel_command(update: Update, context: PanduContext) -> None:
    """/batal: the active flow's draft is discarded, and the flow it interrupted resumes."""

    def act(ctx: Ctx, flow: Flow, draft, turn: Turn) -> None:
        turn.say(ctx.t["flow_discarded"].format(title=ctx.t[flow.title]))
        close(ctx, flow, draft, turn)

    await _with_active(update, context, "nothing_to_cancel", act)


async def _with_active(update: Update, context: PanduContext, nothing: str, act) -> None:
    """A command about the active flow; ``nothing`` (a text key) when there is none."""
    with unit(update, context) as (ctx, turn):
        current = active(ctx)
        if current is None:
            turn.record = False
            turn.say(ctx.t[nothing])
        else:
            act(ctx, *current, turn)
    await deliver(update, turn)


async def resume(update, context, draft_id: str, action: str) -> None:
    """Continue an unfinished draft where it was, or start that flow over."""

    def act(ctx, flow, draft, turn) -> bool:
        if action == "k":
            activate(ctx, flow)
            prompt(ctx, flow, draft, turn)
        elif action == "n":
            start(ctx, flow, draft, {}, turn)
        else:
            return False
        return True

    await _with_draft(update, context, draft_id, act)


def active_flow(context: PanduContext, update: Update) -> str | None:
    chat_id, user_id = ids(update)
    with session_scope(context.services.engine) as session:
        pointer = rows.get_pointer(session, chat_id=chat_id, user_id=user_id)
        return pointer.active if pointer else None
