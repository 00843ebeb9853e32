"""/ringkasan and /ekspor for HR officers and admins: a period, a unit, then the summary (text
and chart) or the XLSX file. Access is asked again at every step, each view is audited, and
nothing reaches a user who does not hold the unit."""

from __future__ import annotations

from telegram import InputFile, Update

from bot.context import PanduContext
from bot.handlers.common import button, ids, keyboard, private_only, send, with_retries
from bot.hr import export, periods
from bot.hr import summary as hr_summary
from bot.hr.access import Access, hr_access
from storage import roles
from storage.db import session_scope
from storage.summary import Scope, records, summarise

ACTIONS = ("s", "e")  # summary, export


@private_only
async def summary_command(update: Update, context: PanduContext) -> None:
    await _start(update, context, "s")


@private_only
async def export_command(update: Update, context: PanduContext) -> None:
    await _start(update, context, "e")


def access_of(context: PanduContext, user_id: int) -> Access | None:
    with session_scope(context.services.engine) as session:
        return hr_access(session, admin_ids=context.services.settings.admin_ids, user_id=user_id)


async def _start(update: Update, context: PanduContext, action: str) -> None:
    """Typed dates go straight on; otherwise the period buttons."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if access_of(context, user_id) is None:
        await send(update, t["hr_refused"])
        return
    typed = " ".join(context.args or [])
    if typed:
        code = periods.typed(typed)
        if code is None:
            await send(update, t["hr_bad_period"])
            return
        await period_chosen(update, context, action, code)
        return
    rows = [[button(context, t[f"btn_period_{p}"], "hp", action, p) for p in periods.NAMED]]
    await send(update, t[f"hr_pick_period_{action}"], keyboard(rows))


@private_only
async def period_chosen(update: Update, context: PanduContext, action: str, code: str) -> None:
    """One unit (or an admin's every unit at once) goes on; several: pick one or all."""
    _, user_id = ids(update)
    t = context.t(user_id)
    access = access_of(context, user_id)
    if access is None or action not in ACTIONS:
        await send(update, t["hr_refused"])
        return
    if len(access.units) <= 1 and not access.admin:
        await unit_chosen(update, context, action, code, str(access.units[0].id))
        return
    rows = [[button(context, t["btn_all_units"], "hu", action, code, 0)]]
    rows += [[button(context, u.name[:40], "hu", action, code, u.id)] for u in access.units[:30]]
    await send(update, t["hr_pick_unit"], keyboard(rows))


@private_only
async def unit_chosen(
    update: Update, context: PanduContext, action: str, code: str, unit: str
) -> None:
    _, user_id = ids(update)
    t = context.t(user_id)
    services = context.services
    access = access_of(context, user_id)
    bounds = periods.bounds(code, services.clock.today())
    chosen = access.scope_units(int(unit)) if access and unit.isdigit() else []
    if access is None or action not in ACTIONS or chosen == [] or bounds is None:
        await send(update, t["hr_refused"])
        return
    scope = Scope(chosen, *bounds)
    with session_scope(services.engine) as session:
        data = records(session, scope=scope)
        roles.record(
            session,
            actor_id=user_id,
            action="summary" if action == "s" else "export",
            units=scope.unit_names,
            start=scope.start,
            end=scope.end,
            now=services.clock.now(),
        )
    if action == "s":
        await _send_summary(update, context, data, scope, t)
    else:
        await _send_export(update, context, data, scope, t)


async def _send_summary(update, context: PanduContext, data, scope: Scope, t: dict) -> None:
    settings = context.services.settings
    figures = summarise(
        data,
        scope=scope,
        today=context.services.clock.today(),
        due_days=settings.report_due_days,
        min_group=settings.hr_min_group,
    )
    await send(update, hr_summary.render(figures, scope, t, settings.hr_min_group))
    png = hr_summary.chart(figures, scope, t)
    caption = t["hr_chart_caption"].format(period=hr_summary.period_label(scope.start, scope.end))
    await with_retries(
        update.effective_chat.send_photo, InputFile(png, filename="ringkasan.png"), caption=caption
    )


async def _send_export(update, context: PanduContext, data, scope: Scope, t: dict) -> None:
    book = export.sheets(
        data,
        today=context.services.clock.today(),
        due_days=context.services.settings.report_due_days,
    )
    name = f"pandu-{scope.start:%Y%m%d}-{scope.end:%Y%m%d}.xlsx"
    caption = t["hr_export_caption"].format(
        units=", ".join(scope.unit_names),
        period=hr_summary.period_label(scope.start, scope.end),
    )
    await with_retries(
        update.effective_chat.send_document,
        InputFile(export.to_xlsx(book), filename=name),
        caption=caption[:1000],
    )
