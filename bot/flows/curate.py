"""A curated answer on the flow engine: the question and the answer in a general form (no
names), reviewed, then published (or a published one rewritten)."""

from __future__ import annotations

from bot.flows import fields
from bot.flows.engine import Ctx, Flow, Step
from storage import curated


def _finish(ctx: Ctx, data: dict, draft_id: int) -> str:
    row = curated.publish(
        ctx.session,
        question=data["question"],
        answer=data["answer"],
        unit=ctx.unit_kerja,
        author_id=ctx.user_id,
        source_question_id=data.get("source"),
        draft_id=draft_id,
        now=ctx.services.clock.now(),
        replaces=data.get("replaces"),
    )
    return ctx.t["curate_published"].format(n=row.id)


CURATE = Flow(
    name="curate",
    title="title_curate",
    command="/kurasi",
    review="curate_review",
    submit_label="btn_publish",
    steps=(
        Step("question", "curate_ask_question", fields.text("question", 10, 300), questions=False),
        Step("answer", "curate_ask_answer", fields.text("answer", 20, 3000), questions=False),
    ),
    finish=_finish,
)
