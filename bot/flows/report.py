"""/laporan: the post-training reflection report (laporan penerapan hasil pelatihan)."""

from __future__ import annotations

from datetime import date

from bot.flows import fields
from bot.flows.engine import Choice, Ctx, Flow, Invalid, Step
from bot.handlers import supervisor
from storage import learning, people, reminders, reports
from storage.catalog import get_training

OBSTACLES = [
    "kurang dukungan atasan/rekan",
    "beban kerja tinggi",
    "perubahan tugas",
    "keterbatasan waktu",
    "tidak ada kendala",
]


def _trainings(ctx: Ctx, data: dict) -> list[Choice]:
    """Trainings in this year's log (with their dates and JP), then trainings of interest."""
    session, user = ctx.session, ctx.user_id
    logged = learning.activities_in_year(session, telegram_id=user, year=ctx.today.year)
    choices = [
        Choice(
            a.title,
            {
                "training": a.title,
                "start_date": a.start_date.isoformat(),
                "end_date": (a.end_date or a.start_date).isoformat(),
                "jp": a.jp,
            },
        )
        for a in reversed(logged)
    ]
    for interest in people.interests_of(session, telegram_id=user):
        row = get_training(session, kode=interest.kode)
        name = row.nama if row else interest.kode
        choices.append(Choice(name, {"training": name}))
    return choices[:6]


def _jp(value: str, ctx: Ctx, data: dict) -> dict:
    jp = fields.training_jp(value)
    if jp is None:
        raise Invalid("report_bad_jp")
    return {"jp": jp}


def _obstacles(ctx: Ctx, data: dict) -> list[Choice]:
    return [Choice(o, {"obstacles": o}) for o in OBSTACLES]


def _show_dates(data: dict, t: dict) -> str:
    return f"{fields.show_date(data['start_date'])} – {fields.show_date(data['end_date'])}"


def _finish(ctx: Ctx, data: dict, draft_id: int) -> str:
    values = reports.ReportBase(
        **{k: data.get(k, "") for k in reports.TEXT_FIELDS},
        start_date=date.fromisoformat(data["start_date"]),
        end_date=date.fromisoformat(data["end_date"]),
        jp=data["jp"],
        plan_date=date.fromisoformat(data["plan_date"]),
    )
    row = reports.submit_report(
        ctx.session,
        telegram_id=ctx.user_id,
        unit_kerja=ctx.unit_kerja,
        values=values,
        draft_id=draft_id,
        now=ctx.services.clock.now(),
    )
    for kind in ("report_soon", "report_due"):
        reminders.cancel_for_subject(
            ctx.session, telegram_id=ctx.user_id, kind=kind, subject=values.training.lower()
        )
    reviewers = supervisor.send_for_review(ctx.session, report=row, now=ctx.services.clock.now())
    note = ctx.t["report_to_supervisor" if reviewers else "report_no_supervisor"]
    return ctx.t["report_submitted"].format(reference=row.reference) + "\n" + note


def _finished(ctx: Ctx, draft_id: int) -> str | None:
    row = reports.by_draft(ctx.session, telegram_id=ctx.user_id, draft_id=draft_id)
    return ctx.t["report_submitted"].format(reference=row.reference) if row else None


def _lesson(name: str) -> Step:
    return Step(name, f"report_ask_{name}", fields.text(name, 5, 500), questions=False)


REPORT = Flow(
    name="report",
    title="title_report",
    command="/laporan",
    intro="report_intro",
    review="report_review",
    remind_draft=True,
    steps=(
        Step(
            "training", "report_ask_training", fields.text("training", 3, 150), choices=_trainings
        ),
        Step(
            "dates",
            "report_ask_dates",
            fields.date_range,
            show=_show_dates,
            keys=("start_date", "end_date"),
            when=lambda ctx, d: "start_date" not in d,
        ),
        Step(
            "jp",
            "report_ask_jp",
            _jp,
            show=lambda d, t: f"{d['jp']:g} JP",
            when=lambda ctx, d: "jp" not in d,
        ),
        _lesson("lesson1"),
        _lesson("lesson2"),
        _lesson("lesson3"),
        Step("applied", "report_ask_applied", fields.text("applied", 10)),
        Step("impact", "report_ask_impact", fields.text("impact", 10)),
        Step("shared", "report_ask_shared", fields.text("shared"), optional=True),
        Step("obstacles", "report_ask_obstacles", fields.text("obstacles"), choices=_obstacles),
        Step("support", "report_ask_support", fields.text("support"), optional=True),
        Step("plan_activity", "report_ask_plan_activity", fields.text("plan_activity", 3, 300)),
        Step(
            "plan_date",
            "report_ask_plan_date",
            fields.future_date("plan_date", "report_bad_plan_date"),
            show=lambda d, t: fields.show_date(d["plan_date"]),
        ),
        Step("plan_indicator", "report_ask_plan_indicator", fields.text("plan_indicator", 3, 300)),
    ),
    finish=_finish,
    finished=_finished,
)
