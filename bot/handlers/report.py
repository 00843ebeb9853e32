"""/laporan: the post-training reflection report as a guided conversation. Each answer and
the step reached are stored before the next question, so a draft survives restarts; the
review lets any single field be edited before submitting."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from telegram import Update

from bot.context import PanduContext
from bot.handlers import reminders
from bot.handlers.common import (
    button,
    clear_flow,
    flow_of,
    ids,
    keyboard,
    personal_data_allowed,
    profile_of,
    send,
    set_flow,
)
from bot.handlers.onboarding import looks_like_question
from bot.render import escape
from knowledge.dates import format_date, parse_date
from knowledge.jp import parse_duration, to_jp
from storage import learning, people, reports
from storage.botstate import FlowState
from storage.catalog import get_training
from storage.db import session_scope

FLOW = "report"
OBSTACLES = [
    "kurang dukungan atasan/rekan",
    "beban kerja tinggi",
    "perubahan tugas",
    "keterbatasan waktu",
    "tidak ada kendala",
]


@dataclass(frozen=True)
class Step:
    name: str
    kind: str = "text"  # text | dates | jp | obstacles | future_date
    low: int = 3
    high: int = 1000
    optional: bool = False


STEPS = [
    Step("training", high=150),
    Step("dates", "dates"),
    Step("jp", "jp"),
    Step("lesson1", low=5, high=500),
    Step("lesson2", low=5, high=500),
    Step("lesson3", low=5, high=500),
    Step("applied", low=10),
    Step("impact", low=10),
    Step("shared", optional=True),
    Step("obstacles", "obstacles"),
    Step("support", optional=True),
    Step("plan_activity", high=300),
    Step("plan_date", "future_date"),
    Step("plan_indicator", high=300),
]
INDEX = {s.name: i for i, s in enumerate(STEPS)}
_RANGE = re.compile(r"\s*(?:-|–|s\.?d\.?|sampai|hingga)\s*")


async def report_command(update: Update, context: PanduContext) -> None:
    """/laporan: start, or offer to continue an unfinished draft."""
    t = context.t(ids(update)[1])
    if not await personal_data_allowed(update, context, "report_need_consent"):
        return
    flow = flow_of(context, update)
    if flow is not None and flow.flow == FLOW:
        rows = [
            [
                button(context, t["btn_continue"], "lx", "k"),
                button(context, t["btn_restart"], "lx", "n"),
            ]
        ]
        await send(update, t["report_draft"], keyboard(rows))
        return
    await send(update, t["report_intro"])
    await ask(update, context, "training", {})


async def ask(update: Update, context: PanduContext, step: str, data: dict) -> None:
    """Record the step reached with the answers so far, then ask its question."""
    t = context.t(ids(update)[1])
    set_flow(context, update, FLOW, step, data)
    reminders.draft_touched(
        context.services.engine,
        telegram_id=ids(update)[1],
        active=True,
        now=context.services.clock.now(),
    )
    spec = STEPS[INDEX[step]]
    rows = []
    if step == "training":  # the user's recorded trainings and interests, or typed freely
        data = {**data, "choices": known_trainings(context, ids(update)[1])}
        set_flow(context, update, FLOW, step, data)
        rows = [[button(context, c["name"][:50], "lt", i)] for i, c in enumerate(data["choices"])]
    if spec.kind == "obstacles":
        rows = [[button(context, o, "lo", i)] for i, o in enumerate(OBSTACLES)]
    if spec.optional:
        rows.append([button(context, t["btn_skip"], "lk")])
    await send(update, t[f"report_ask_{step}"], keyboard(rows))


def known_trainings(context: PanduContext, user_id: int) -> list[dict]:
    """Trainings recorded in the log this year (with their dates and JP), then interests."""
    with session_scope(context.services.engine) as session:
        logged = learning.activities_in_year(session, telegram_id=user_id, year=context.services.clock.today().year)
        interested = people.interests_of(session, telegram_id=user_id)
        names = {}
        for interest in interested:
            row = get_training(session, kode=interest.kode)
            names[interest.kode] = row.nama if row else interest.kode
    choices = [
        {"name": a.title, "date": a.start_date.isoformat(), "jp": a.jp} for a in reversed(logged)
    ]
    choices += [{"name": names[i.kode]} for i in interested]
    return choices[:6]


async def training_chosen(
    update: Update, context: PanduContext, index: str, flow: FlowState | None
) -> None:
    """A known training: its name, and from the log its date and JP too."""
    choices = (
        flow.data.get("choices", [])
        if flow is not None and flow.flow == FLOW and flow.step == "training"
        else []
    )
    if not index.isdigit() or int(index) >= len(choices):
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    choice = choices[int(index)]
    answer = {"training": choice["name"]}
    if "date" in choice and not flow.data.get("editing"):
        answer |= {"start_date": choice["date"], "end_date": choice["date"], "jp": choice["jp"]}
        await ask(update, context, "lesson1", {**flow.data, **answer})
        return
    await advance(update, context, flow, answer)


async def step_text(update: Update, context: PanduContext, flow: FlowState) -> None:
    """A typed answer: a question is answered and the step asked again; otherwise validate."""
    t = context.t(ids(update)[1])
    value = " ".join((update.effective_message.text or "").split())
    if flow.step == "review":
        await send(update, t["report_use_buttons"])
        return
    if looks_like_question(value) and flow.step not in ("lesson1", "lesson2", "lesson3"):
        from bot.handlers.questions import answer_question

        await answer_question(update, context)
        await ask(update, context, flow.step, flow.data)
        return
    parsed, problem = _parse(
        STEPS[INDEX[flow.step]], value, flow.data, t, context.services.clock.today()
    )
    if problem:
        await send(update, problem)
        return
    await advance(update, context, flow, parsed)


def _parse(
    step: Step, value: str, data: dict, t: dict[str, str], today: date
) -> tuple[dict, str | None]:
    if step.kind == "dates":
        parts = _RANGE.split(value, maxsplit=1)
        start, end = parse_date(parts[0]), parse_date(parts[-1])
        if start is None or end is None or end < start or end > today:
            return {}, t["report_bad_dates"]
        return {"start_date": start.isoformat(), "end_date": end.isoformat()}, None
    if step.kind == "jp":
        text = value if not re.fullmatch(r"\d+(?:[.,]\d+)?", value) else f"{value} jp"
        duration = parse_duration(text)
        jp = to_jp(duration, "pelatihan klasikal") if duration else None
        return ({"jp": jp}, None) if jp and 0 < jp <= 1000 else ({}, t["report_bad_jp"])
    if step.kind == "future_date":
        when = parse_date(value)
        if when is None or when < today:
            return {}, t["report_bad_plan_date"]
        return {step.name: when.isoformat()}, None
    if len(value) < step.low:
        return {}, t["too_short"]
    if len(value) > step.high:
        return {}, t["too_long"].format(max=step.high)
    return {step.name: value}, None


async def advance(update: Update, context: PanduContext, flow: FlowState, answer: dict) -> None:
    """Store the answer; go to the next step, or back to the review when editing."""
    data = {**flow.data, **answer}
    following = INDEX[flow.step] + 1
    if data.get("editing") or following >= len(STEPS):
        await review(update, context, {k: v for k, v in data.items() if k != "editing"})
    else:
        await ask(update, context, STEPS[following].name, data)


async def obstacle_chosen(
    update: Update, context: PanduContext, index: str, flow: FlowState | None
) -> None:
    if (
        flow is None
        or flow.flow != FLOW
        or flow.step != "obstacles"
        or not index.isdigit()
        or int(index) >= len(OBSTACLES)
    ):
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await advance(update, context, flow, {"obstacles": OBSTACLES[int(index)]})


async def skip_chosen(update: Update, context: PanduContext) -> None:
    """Lewati (button or /lewati): only optional steps can be skipped."""
    flow = flow_of(context, update)
    t = context.t(ids(update)[1])
    if (
        flow is None
        or flow.flow != FLOW
        or flow.step not in INDEX
        or not STEPS[INDEX[flow.step]].optional
    ):
        await send(
            update,
            t["report_cannot_skip"]
            if flow is not None and flow.flow == FLOW
            else t["nothing_to_cancel"],
        )
        return
    await advance(update, context, flow, {flow.step: ""})


async def review(update: Update, context: PanduContext, data: dict) -> None:
    t = context.t(ids(update)[1])
    set_flow(context, update, FLOW, "review", data)
    rows = [
        [button(context, t["btn_submit"], "lx", "s"), button(context, t["btn_cancel"], "lx", "c")]
    ]
    edits = [button(context, t[f"report_label_{s.name}"], "le", i) for i, s in enumerate(STEPS)]
    rows += [edits[i : i + 3] for i in range(0, len(edits), 3)]
    await send(update, t["report_review"] + "\n\n" + summary(data, t), keyboard(rows))


def summary(data: dict, t: dict[str, str]) -> str:
    def show(step: Step) -> str:
        if step.kind == "dates":
            return f"{format_date(date.fromisoformat(data['start_date']))} – {format_date(date.fromisoformat(data['end_date']))}"
        if step.kind == "jp":
            return f"{data['jp']:g} JP"
        if step.kind == "future_date":
            return format_date(date.fromisoformat(data[step.name]))
        return escape(data.get(step.name) or "-")

    return "\n".join(f"<b>{t[f'report_label_{s.name}']}</b>: {show(s)}" for s in STEPS)


async def edit_chosen(
    update: Update, context: PanduContext, index: str, flow: FlowState | None
) -> None:
    if (
        flow is None
        or flow.flow != FLOW
        or flow.step != "review"
        or not index.isdigit()
        or int(index) >= len(STEPS)
    ):
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await ask(update, context, STEPS[int(index)].name, {**flow.data, "editing": True})


async def action_chosen(
    update: Update, context: PanduContext, action: str, flow: FlowState | None
) -> None:
    """Submit, cancel, continue a draft or start over."""
    t = context.t(ids(update)[1])
    if flow is None or flow.flow != FLOW:
        await send(update, t["stale_button"])
        return
    if action == "k":
        await (
            review(update, context, flow.data)
            if flow.step == "review"
            else ask(update, context, flow.step, flow.data)
        )
    elif action == "n":
        await ask(update, context, "training", {})
    elif action == "c":
        clear_flow(context, update)
        reminders.draft_touched(
            context.services.engine,
            telegram_id=ids(update)[1],
            active=False,
            now=context.services.clock.now(),
        )
        await send(update, t["report_cancelled"])
    elif action == "s" and flow.step == "review":
        await submit(update, context, flow.data)
    else:
        await send(update, t["stale_button"])


async def submit(update: Update, context: PanduContext, data: dict) -> None:
    """Committed in its own transaction before the confirmation with the reference is sent."""
    _, user_id = ids(update)
    profile = profile_of(context, user_id)
    values = reports.ReportBase(
        training=data["training"],
        start_date=date.fromisoformat(data["start_date"]),
        end_date=date.fromisoformat(data["end_date"]),
        jp=data["jp"],
        lesson1=data["lesson1"],
        lesson2=data["lesson2"],
        lesson3=data["lesson3"],
        applied=data["applied"],
        impact=data["impact"],
        shared=data.get("shared", ""),
        obstacles=data["obstacles"],
        support=data.get("support", ""),
        plan_activity=data["plan_activity"],
        plan_date=date.fromisoformat(data["plan_date"]),
        plan_indicator=data["plan_indicator"],
    )
    with session_scope(context.services.engine) as session:
        row = reports.submit_report(
            session,
            telegram_id=user_id,
            unit_kerja=profile.unit_kerja if profile else "",
            values=values,
        )
        reference = row.reference
    clear_flow(context, update)
    reminders.draft_touched(context.services.engine, telegram_id=user_id, active=False, now=context.services.clock.now())
    reminders.report_submitted(
        context.services.engine, telegram_id=user_id, training=data["training"]
    )
    await send(update, context.t(user_id)["report_submitted"].format(reference=reference))
