"""/jp: the learning log. The year's JP against the target with a progress bar, the entries,
catalog suggestions when behind, and a guided way to record an activity: form, title, date,
then JP directly or a duration converted with the conversion table."""

from __future__ import annotations

from telegram import Update

from bot.context import PanduContext
from bot.flows import commands
from bot.flows.engine import Ctx
from bot.handlers.common import button, has_consent, ids, keyboard, personal_data_allowed, send
from bot.render import escape
from knowledge.text.dates import format_date
from storage import learning, people
from storage.catalog import list_trainings
from storage.db import session_scope

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
    with session_scope(context.services.engine) as session:
        text = summary(Ctx(session, context.services, user_id, user_id, t), user_id)
    await send(update, text, keyboard([[button(context, t["btn_jp_add"], "ja")]]))


def summary(ctx: Ctx, user_id: int) -> str:
    """The year's total against the target, the entries, and suggestions when behind."""
    t, year = ctx.t, ctx.today.year
    rows = learning.activities_in_year(ctx.session, telegram_id=user_id, year=year)
    total = sum(r.jp for r in rows)
    profile = people.get_profile(ctx.session, telegram_id=user_id)
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
        lines += suggestions(ctx)
    return "\n".join(lines)


def suggestions(ctx: Ctx) -> list[str]:
    """Trainings one can still join: not started, registration not closed."""
    later = list_trainings(ctx.session, starting_after=ctx.today)
    upcoming = [r for r in later if not r.registration_closed(ctx.today)][:3]
    if not upcoming:
        return []
    return ["", ctx.t["jp_suggest"]] + [
        f"• {escape(r.nama)} ({format_date(r.tanggal_mulai)}, {r.jp or 0:g} JP)" for r in upcoming
    ]


async def add_chosen(update: Update, context: PanduContext) -> None:
    """Record an activity: the learning-log flow."""
    if not has_consent(context, ids(update)[1]):
        await send(update, context.t(ids(update)[1])["jp_need_consent"])
        return
    await commands.begin(update, context, "jp")
