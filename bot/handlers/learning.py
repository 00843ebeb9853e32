"""/jp: the learning log. The year's JP against the target with a progress bar, the entries,
catalog suggestions when behind, and a guided way to record an activity: form, title, date,
then JP directly or a duration converted with the conversion table."""

from __future__ import annotations

from datetime import date

from telegram import Update

from bot.context import PanduContext
from bot.handlers import reminders
from bot.handlers.common import (
    button,
    clear_flow,
    has_consent,
    ids,
    keyboard,
    personal_data_allowed,
    profile_of,
    send,
    set_flow,
)
from bot.render import escape
from knowledge.dates import format_date, parse_date
from knowledge.jp import parse_duration, to_jp
from storage import learning
from storage.botstate import FlowState
from storage.catalog import list_trainings
from storage.db import session_scope

FLOW = "jp"
FORMS = [
    "pelatihan klasikal",
    "seminar",
    "workshop",
    "bimbingan teknis",
    "e-learning",
    "coaching",
    "mentoring",
    "belajar mandiri",
    "komunitas belajar",
    "patok banding",
    "magang",
    "proyek inovasi",
    "aksi perubahan",
    "proyek perubahan",
]
TRAININGS = {
    "pelatihan klasikal",
    "seminar",
    "workshop",
    "bimbingan teknis",
    "e-learning",
    "magang",
}
PROJECTS = {"proyek inovasi", "aksi perubahan", "proyek perubahan"}
TARGET_JP = 20
PPPK_MAX_JP = 24
MAX_TITLE = 150
MAX_JP = 1000


def progress_bar(done: float, target: float, width: int = 10) -> str:
    filled = min(width, int(width * done / target)) if target else width
    return (
        "▓" * filled
        + "░" * (width - filled)
        + f" {min(100, round(100 * done / target)) if target else 100}%"
    )


async def jp_command(update: Update, context: PanduContext) -> None:
    """/jp: this year's learning log and a button to record an activity."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not await personal_data_allowed(update, context, "jp_need_consent"):
        return
    await send(
        update, summary(context, user_id), keyboard([[button(context, t["btn_jp_add"], "ja")]])
    )


def summary(context: PanduContext, user_id: int) -> str:
    t = context.t(user_id)
    year = context.services.clock.today().year
    with session_scope(context.services.engine) as session:
        rows = learning.activities_in_year(session, telegram_id=user_id, year=year)
    total = sum(r.jp for r in rows)
    profile = profile_of(context, user_id)
    lines = [
        t["jp_title"].format(year=year, total=f"{total:g}", target=TARGET_JP),
        progress_bar(total, TARGET_JP),
    ]
    if profile is not None and profile.status_asn == "PPPK":
        lines.append(t["jp_pppk_note"].format(max=PPPK_MAX_JP))
    lines += [
        t["jp_entry"].format(
            date=format_date(r.start_date), title=escape(r.title), form=r.form, jp=f"{r.jp:g}"
        )
        for r in rows
    ]
    if not rows:
        lines.append(t["jp_empty"])
    if total < TARGET_JP:
        lines += suggestions(context, t)
    return "\n".join(lines)


def suggestions(context: PanduContext, t: dict[str, str]) -> list[str]:
    with session_scope(context.services.engine) as session:
        upcoming = list_trainings(session, starting_after=context.services.clock.today(), limit=3)
    if not upcoming:
        return []
    return ["", t["jp_suggest"]] + [
        f"• {escape(r.nama)} ({format_date(r.tanggal_mulai)}, {r.jp or 0:g} JP)" for r in upcoming
    ]


async def add_chosen(update: Update, context: PanduContext) -> None:
    """Record an activity: first its form."""
    t = context.t(ids(update)[1])
    if not has_consent(context, ids(update)[1]):
        await send(update, t["jp_need_consent"])
        return
    set_flow(context, update, FLOW, "form", {})
    rows = [
        [button(context, f, "jf", i) for i, f in enumerate(FORMS[k : k + 2], start=k)]
        for k in range(0, len(FORMS), 2)
    ]
    await send(update, t["jp_ask_form"], keyboard(rows))


async def form_chosen(
    update: Update, context: PanduContext, index: str, flow: FlowState | None
) -> None:
    t = context.t(ids(update)[1])
    if (
        flow is None
        or flow.flow != FLOW
        or flow.step != "form"
        or not index.isdigit()
        or int(index) >= len(FORMS)
    ):
        await send(update, t["stale_button"])
        return
    await ask(update, context, "title", {"form": FORMS[int(index)]})


async def ask(update: Update, context: PanduContext, step: str, data: dict) -> None:
    """Store the step reached (with the answers so far), then ask its question."""
    set_flow(context, update, FLOW, step, data)
    await send(update, context.t(ids(update)[1])[f"jp_ask_{step}"])


async def step_text(update: Update, context: PanduContext, flow: FlowState) -> None:
    """A typed answer to the current question of the log flow."""
    t = context.t(ids(update)[1])
    value = " ".join((update.effective_message.text or "").split())
    data = flow.data
    if flow.step == "form":
        await send(update, t["jp_ask_form"])
    elif flow.step == "title":
        if not 3 <= len(value) <= MAX_TITLE:
            await send(
                update,
                t["too_long"].format(max=MAX_TITLE) if len(value) > MAX_TITLE else t["too_short"],
            )
            return
        await ask(update, context, "date", {**data, "title": value})
    elif flow.step == "date":
        await date_text(update, context, value, data)
    elif flow.step == "amount":
        await amount_text(update, context, value, data)
    elif flow.step in ("role", "outcome"):
        following = "outcome" if flow.step == "role" else None
        data = {**data, flow.step: value[:300]}
        await (
            ask(update, context, following, data) if following else confirm(update, context, data)
        )


async def date_text(update: Update, context: PanduContext, value: str, data: dict) -> None:
    t = context.t(ids(update)[1])
    today = context.services.clock.today()
    when = today if value.lower() in ("hari ini", "today") else parse_date(value)
    if when is None or when > today or when.year < today.year - 5:
        await send(update, t["jp_bad_date"])
        return
    await ask(update, context, "amount", {**data, "date": when.isoformat()})


async def amount_text(update: Update, context: PanduContext, value: str, data: dict) -> None:
    """JP directly ("4 JP" or "4") or a duration ("2 hari", "90 menit", "3 sesi") to convert."""
    t = context.t(ids(update)[1])
    duration = parse_duration(
        value if not value.replace(",", ".").replace(".", "", 1).isdigit() else f"{value} jp"
    )
    jp = to_jp(duration, data["form"]) if duration else None
    if jp is None or not 0 < jp <= MAX_JP:
        await send(update, t["jp_bad_amount"])
        return
    data = {**data, "jp": jp, "duration": value}
    if data["form"] in PROJECTS:
        await ask(update, context, "role", data)
    else:
        await confirm(update, context, data)


async def confirm(update: Update, context: PanduContext, data: dict) -> None:
    t = context.t(ids(update)[1])
    set_flow(context, update, FLOW, "confirm", data)
    text = t["jp_confirm"].format(
        form=data["form"],
        title=escape(data["title"]),
        date=format_date(date.fromisoformat(data["date"])),
        jp=f"{data['jp']:g}",
    )
    await send(
        update,
        text,
        keyboard(
            [
                [
                    button(context, t["btn_save"], "js", "y"),
                    button(context, t["btn_cancel"], "js", "n"),
                ]
            ]
        ),
    )


async def save_chosen(
    update: Update, context: PanduContext, choice: str, flow: FlowState | None
) -> None:
    """Saved in its own transaction before the confirmation is sent."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if flow is None or flow.flow != FLOW or flow.step != "confirm":
        await send(update, t["stale_button"])
        return
    clear_flow(context, update)
    if choice != "y":
        await send(update, t["cancelled"])
        return
    data = flow.data
    profile = profile_of(context, user_id)
    activity = learning.LearningActivityCreate(
        form=data["form"],
        title=data["title"],
        start_date=date.fromisoformat(data["date"]),
        jp=data["jp"],
        duration_text=data.get("duration", ""),
        project_role=data.get("role", ""),
        project_outcome=data.get("outcome", ""),
    )
    with session_scope(context.services.engine) as session:
        learning.add_activity(
            session,
            telegram_id=user_id,
            unit_kerja=profile.unit_kerja if profile else "",
            activity=activity,
        )
    if data["form"] in TRAININGS:  # a finished training: its reflection report falls due later
        reminders.schedule_report(
            context.services.engine,
            telegram_id=user_id,
            training=data["title"],
            ended=activity.start_date,
            due_days=context.services.settings.report_due_days,
            now=context.services.clock.now(),
        )
    await send(
        update, t["jp_saved"].format(jp=f"{data['jp']:g}") + "\n\n" + summary(context, user_id)
    )
