"""/umpanbalik: reaction evaluation of a training (materi, pengajar, metode, sarana, jadwal,
relevance to the job, each 1-5 with buttons, plus an optional comment) or of Pandu itself.
One evaluation per user and training; a second one replaces the first after confirmation."""

from __future__ import annotations

from telegram import Update

from bot.context import PanduContext
from bot.handlers.common import (
    button,
    clear_flow,
    ids,
    keyboard,
    personal_data_allowed,
    profile_of,
    send,
    set_flow,
)
from bot.render import escape
from storage import evaluations, people
from storage.botstate import FlowState
from storage.catalog import get_training
from storage.db import session_scope

FLOW = "evaluation"
ASPECTS = evaluations.ASPECTS
PANDU_ASPECTS = ["relevansi"]  # Pandu itself: one overall score, how useful it is for the job
MAX_COMMENT = 1000


async def evaluation_command(update: Update, context: PanduContext) -> None:
    """/umpanbalik: choose what to evaluate (trainings of interest, or Pandu), or type a name."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not await personal_data_allowed(update, context, "eval_need_consent"):
        return
    offered: list[tuple[str, str]] = []
    with session_scope(context.services.engine) as session:
        for interest in people.interests_of(session, telegram_id=user_id)[:8]:
            row = get_training(session, kode=interest.kode)
            offered.append((interest.kode, row.nama if row else interest.kode))
    offered.append(("pandu", "Pandu"))
    set_flow(context, update, FLOW, "training", {"offered": offered})
    rows = [[button(context, name[:50], "ut", i)] for i, (_, name) in enumerate(offered)]
    await send(update, t["eval_choose"], keyboard(rows))


async def training_chosen(
    update: Update, context: PanduContext, index: str, flow: FlowState | None
) -> None:
    t = context.t(ids(update)[1])
    offered = (
        flow.data.get("offered", [])
        if flow is not None and flow.flow == FLOW and flow.step == "training"
        else []
    )
    if not index.isdigit() or int(index) >= len(offered):
        await send(update, t["stale_button"])
        return
    key, name = offered[int(index)]
    await start_rating(update, context, key, name)


async def typed_training(update: Update, context: PanduContext, name: str) -> None:
    if not 3 <= len(name) <= 150:
        await send(update, context.t(ids(update)[1])["eval_choose"])
        return
    await start_rating(update, context, f"teks:{name.lower()}", name)


async def start_rating(update: Update, context: PanduContext, key: str, name: str) -> None:
    aspects = PANDU_ASPECTS if key == "pandu" else ASPECTS
    await ask_aspect(
        update, context, {"key": key, "name": name, "aspects": aspects, "scores": {}}, 0
    )


async def ask_aspect(update: Update, context: PanduContext, data: dict, index: int) -> None:
    """Store the step, then ask for one aspect's score with five buttons."""
    t = context.t(ids(update)[1])
    set_flow(context, update, FLOW, f"aspect:{index}", data)
    aspect = data["aspects"][index]
    label = t["eval_pandu"] if data["key"] == "pandu" else t[f"eval_{aspect}"]
    scores = [[button(context, f"{s}", "ur", index, s) for s in range(1, 6)]]
    await send(
        update, t["eval_ask"].format(name=escape(data["name"]), aspect=label), keyboard(scores)
    )


async def score_chosen(
    update: Update, context: PanduContext, index: str, score: str, flow: FlowState | None
) -> None:
    t = context.t(ids(update)[1])
    if (
        flow is None
        or flow.flow != FLOW
        or flow.step != f"aspect:{index}"
        or score not in {"1", "2", "3", "4", "5"}
    ):
        await send(update, t["stale_button"])
        return
    data = flow.data
    data["scores"][data["aspects"][int(index)]] = int(score)
    if int(index) + 1 < len(data["aspects"]):
        await ask_aspect(update, context, data, int(index) + 1)
        return
    set_flow(context, update, FLOW, "comment", data)
    await send(update, t["eval_comment"], keyboard([[button(context, t["btn_skip"], "uk")]]))


async def step_text(update: Update, context: PanduContext, flow: FlowState) -> None:
    """Typed text in the evaluation: a training name, the comment, or a score typed by hand."""
    t = context.t(ids(update)[1])
    text = " ".join((update.effective_message.text or "").split())
    if flow.step == "training":
        await typed_training(update, context, text)
    elif flow.step == "comment":
        if len(text) > MAX_COMMENT:
            await send(update, t["too_long"].format(max=MAX_COMMENT))
            return
        await finish(update, context, {**flow.data, "comment": text})
    elif flow.step.startswith("aspect:"):
        index = flow.step.split(":")[1]
        if text in {"1", "2", "3", "4", "5"}:
            await score_chosen(update, context, index, text, flow)
        else:
            await send(update, t["eval_bad_score"])


async def comment_skipped(update: Update, context: PanduContext, flow: FlowState | None) -> None:
    if flow is None or flow.flow != FLOW or flow.step != "comment":
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await finish(update, context, {**flow.data, "comment": ""})


async def finish(update: Update, context: PanduContext, data: dict) -> None:
    """An earlier evaluation of the same training is replaced only after confirmation."""
    _, user_id = ids(update)
    with session_scope(context.services.engine) as session:
        earlier = evaluations.get_evaluation(session, telegram_id=user_id, training_key=data["key"])
    if earlier is not None and not data.get("replace"):
        t = context.t(user_id)
        set_flow(context, update, FLOW, "replace", data)
        rows = [
            [
                button(context, t["btn_eval_replace"], "uu", "y"),
                button(context, t["btn_cancel"], "uu", "n"),
            ]
        ]
        await send(update, t["eval_exists"], keyboard(rows))
        return
    await save(update, context, data)


async def replace_chosen(
    update: Update, context: PanduContext, choice: str, flow: FlowState | None
) -> None:
    t = context.t(ids(update)[1])
    if flow is None or flow.flow != FLOW or flow.step != "replace":
        await send(update, t["stale_button"])
        return
    if choice != "y":
        clear_flow(context, update)
        await send(update, t["eval_kept"])
        return
    await save(update, context, {**flow.data, "replace": True})


async def save(update: Update, context: PanduContext, data: dict) -> None:
    _, user_id = ids(update)
    profile = profile_of(context, user_id)
    values = evaluations.EvaluationBase(
        training_key=data["key"],
        training_name=data["name"],
        comment=data.get("comment", ""),
        **data["scores"],
    )
    with session_scope(context.services.engine) as session:
        evaluations.save_evaluation(
            session,
            telegram_id=user_id,
            unit_kerja=profile.unit_kerja if profile else "",
            values=values,
        )
    clear_flow(context, update)
    await send(update, context.t(user_id)["eval_saved"].format(name=escape(data["name"])))
