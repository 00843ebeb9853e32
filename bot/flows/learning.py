"""Recording one learning activity in the /jp log: form, title, date, JP (or a duration to
convert), and for projects the role and outcome; reviewed, then saved with its reminders."""

from __future__ import annotations

from datetime import date

from bot.flows import fields
from bot.flows.engine import Choice, Ctx, Flow, Step
from bot.handlers import reminders as reminder_jobs
from bot.handlers.learning import FORMS, PROJECTS, TRAININGS, summary
from storage import learning

MAX_JP = 1000


def _forms(ctx: Ctx, data: dict) -> list[Choice]:
    return [Choice(f, {"form": f}) for f in FORMS]


def _amount(value: str, ctx: Ctx, data: dict) -> dict:
    return fields.jp_amount(value, ctx, data, MAX_JP)


def _is_project(ctx: Ctx, data: dict) -> bool:
    return data.get("form") in PROJECTS


def _finish(ctx: Ctx, data: dict, draft_id: int) -> str:
    """The activity and, for a training, its report reminders: one transaction. The JP is
    converted again: the date may have been edited, or the month's cap used up meanwhile."""
    data = data | fields.jp_amount(data.get("duration") or f"{data['jp']:g} jp", ctx, data)
    activity = learning.LearningActivityCreate(
        form=data["form"],
        title=data["title"],
        start_date=date.fromisoformat(data["date"]),
        jp=data["jp"],
        duration_text=data.get("duration", ""),
        project_role=data.get("role", ""),
        project_outcome=data.get("outcome", ""),
    )
    learning.add_activity(
        ctx.session,
        telegram_id=ctx.user_id,
        unit_kerja=ctx.unit_kerja,
        activity=activity,
        draft_id=draft_id,
        now=ctx.services.clock.now(),
    )
    if data["form"] in TRAININGS:  # a finished training: its reflection report falls due later
        reminder_jobs.schedule_report(
            ctx.session,
            telegram_id=ctx.user_id,
            training=data["title"],
            ended=activity.start_date,
            due_days=ctx.services.settings.report_due_days,
            now=ctx.services.clock.now(),
        )
    return _saved(ctx, data["jp"], fields.show_jp(data, ctx.t))


def _saved(ctx: Ctx, jp: float, how: str = "") -> str:
    saved = ctx.t["jp_saved"].format(jp=f"{jp:g}")
    return saved + (f"\n{how}" if how else "") + "\n\n" + summary(ctx, ctx.user_id)


def _finished(ctx: Ctx, draft_id: int) -> str | None:
    row = learning.by_draft(ctx.session, telegram_id=ctx.user_id, draft_id=draft_id)
    return _saved(ctx, row.jp) if row else None


LEARNING = Flow(
    name="jp",
    title="title_jp",
    command="/jp",
    review="jp_review",
    submit_label="btn_save",
    steps=(
        Step("form", "jp_ask_form", choices=_forms, columns=2),
        Step("title", "jp_ask_title", fields.text("title", 3, 150)),
        Step(
            "date",
            "jp_ask_date",
            fields.past_date("date", "jp_bad_date"),
            show=lambda d, t: fields.show_date(d["date"]),
        ),
        Step("amount", "jp_ask_amount", _amount, keys=("jp",), show=fields.show_jp),
        Step("role", "jp_ask_role", fields.text("role", 2, 300), when=_is_project),
        Step("outcome", "jp_ask_outcome", fields.text("outcome", 2, 300), when=_is_project),
    ),
    finish=_finish,
    finished=_finished,
)
