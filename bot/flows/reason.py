"""The reason for a 👎: a side step that returns to whatever flow it interrupted."""

from __future__ import annotations

from bot.flows.engine import Ctx, Flow, Invalid, Step
from storage import people

MAX_REASON = 500


def _reason(value: str, ctx: Ctx, data: dict) -> dict:
    if len(value) > MAX_REASON:
        raise Invalid("too_long", max=MAX_REASON)
    return {"reason": value}


def _finish(ctx: Ctx, data: dict, draft_id: int) -> str:
    row = people.own_feedback(
        ctx.session, telegram_id=ctx.user_id, feedback_id=int(data.get("feedback_id") or 0)
    )
    if row is not None and data.get("reason"):
        row.reason = data["reason"]
        ctx.session.add(row)
        return ctx.t["reason_saved"]
    return ctx.t["thanks_feedback"]


REASON = Flow(
    name="reason",
    title="title_reason",
    command="",
    side=True,
    steps=(Step("reason", "ask_reason", _reason, optional=True, questions=False),),
    finish=_finish,
)
