"""Roles: admins invite HR officers (for a unit) and mentors with one-time codes, list and
revoke roles, keep the unit list and read the HR audit log; invitees join with /gabung."""

from __future__ import annotations

from telegram import Update

from bot.context import PanduContext
from bot.handlers.common import (
    button,
    ids,
    keyboard,
    personal_data_allowed,
    private_only,
    send,
)
from bot.hr.access import hr_access, is_admin, only
from bot.render import escape
from knowledge.text.dates import format_date
from storage import people, roles, units
from storage.db import session_scope

admin_only = only(lambda session, admin_ids, user_id: is_admin(admin_ids, user_id), "hr_refused")


@private_only
async def invite_command(update: Update, context: PanduContext) -> None:
    """/undang hr NAMA UNIT (admins) | /undang mentor (admins and HR officers)"""
    _, user_id = ids(update)
    t = context.t(user_id)
    args = context.args or []
    role = {"hr": "hr", "sdm": "hr", "mentor": "mentor"}.get(args[0].lower() if args else "")
    admin_ids = context.services.settings.admin_ids
    with session_scope(context.services.engine) as session:
        officer = hr_access(session, admin_ids=admin_ids, user_id=user_id) is not None
    if not (is_admin(admin_ids, user_id) or (officer and role == "mentor")):
        await send(update, t["hr_refused"])
        return
    if role is None or (role == "hr") != (len(args) > 1):
        await send(update, t["hr_invite_usage"])
        return
    services = context.services
    with session_scope(services.engine) as session:
        unit = units.resolve(session, text=" ".join(args[1:])) if role == "hr" else None
        if role == "hr" and unit is None:
            known = ", ".join(u.name for u in units.list_units(session)) or "-"
            await send(
                update,
                t["hr_unknown_unit"].format(unit=escape(" ".join(args[1:])), units=escape(known)),
            )
            return
        code = roles.invite(
            session,
            role=role,
            unit_id=unit.id if unit else None,
            created_by=user_id,
            now=services.clock.now(),
        )
        text = t["hr_invited"].format(
            role=t[f"role_{role}"],
            unit=f" — {escape(unit.name)}" if unit else "",
            code=code.code,
            expires=format_date(code.expires_at.date()),
        )
    await send(update, text)


async def join_command(update: Update, context: PanduContext) -> None:
    """/gabung KODE: a role is personal data, so it needs consent first."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not context.args:
        await send(update, t["hr_join_usage"])
        return
    if not await personal_data_allowed(update, context, "hr_join_need_consent"):
        return
    services = context.services
    with session_scope(services.engine) as session:
        grant = roles.redeem(
            session, code=context.args[0], telegram_id=user_id, now=services.clock.now()
        )
        text = t["hr_join_bad"]
        if grant is not None:
            text = t["hr_joined"].format(
                role=t[f"role_{grant.role}"], unit=_of_whom(session, grant)
            )
    await send(update, text)


def _of_whom(session, grant: roles.RoleGrant) -> str:
    """ " — the unit" for an HR officer, " — the employee" for a supervisor."""
    if grant.unit_id:
        unit = units.get_unit(session, unit_id=grant.unit_id)
        return f" — {escape(unit.name)}" if unit else ""
    if grant.subject_id:
        return f" — {escape(people.display_name(session, telegram_id=grant.subject_id))}"
    return ""


@admin_only
async def roles_command(update: Update, context: PanduContext) -> None:
    """/peran: every active role, each with a button that revokes it."""
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        grants = roles.active_grants(session)
        lines = [t["hr_roles_title"]]
        for g in grants:
            who = escape(people.display_name(session, telegram_id=g.telegram_id))
            unit = _of_whom(session, g)
            lines.append(
                t["hr_role_line"].format(n=g.id, who=who, role=t[f"role_{g.role}"], unit=unit)
            )
        roles.record(
            session,
            actor_id=user_id,
            action="roles",
            units=[],
            start=None,
            end=None,
            now=context.services.clock.now(),
        )
    if not grants:
        lines.append(t["hr_roles_empty"])
    rows = [[button(context, t["btn_revoke"].format(n=g.id), "rv", g.id)] for g in grants[:40]]
    await send(update, "\n".join(lines), keyboard(rows))


@admin_only
async def revoke_chosen(update: Update, context: PanduContext, grant_id: str) -> None:
    _, user_id = ids(update)
    t = context.t(user_id)
    if not grant_id.isdigit():
        await send(update, t["stale_button"])
        return
    with session_scope(context.services.engine) as session:
        done = roles.revoke(session, grant_id=int(grant_id), now=context.services.clock.now())
    await send(update, t["hr_revoked" if done else "hr_revoke_gone"].format(n=grant_id))


@admin_only
async def units_command(update: Update, context: PanduContext) -> None:
    """/unit: the unit list; /unit tambah Nama; alias; alias adds one (admins)."""
    _, user_id = ids(update)
    t = context.t(user_id)
    args = context.args or []
    with session_scope(context.services.engine) as session:
        if args and args[0].lower() in ("tambah", "add"):
            names = [n.strip() for n in " ".join(args[1:]).split(";") if n.strip()]
            if not names:
                await send(update, t["hr_unit_usage"])
                return
            unit = units.add_unit(
                session, name=names[0], aliases=tuple(names[1:]), now=context.services.clock.now()
            )
            await send(update, t["hr_unit_added"].format(unit=escape("; ".join(unit.names()))))
            return
        rows = units.list_units(session)
        lines = [t["hr_units_title"].format(n=len(rows))]
        lines += [f"• {escape('; '.join(u.names()))}" for u in rows] or [t["hr_no_units"]]
    await send(update, "\n".join(lines))


@admin_only
async def audit_command(update: Update, context: PanduContext) -> None:
    """/audit: the last HR views and exports (admins)."""
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        entries = roles.audit_log(session)
        lines = [t["hr_audit_title"]]
        for e in entries:
            period = (
                f"{format_date(e.period_from)} – {format_date(e.period_to)}"
                if e.period_from
                else ""
            )
            lines.append(
                t["hr_audit_line"].format(
                    when=e.created_at.strftime("%d/%m/%Y %H:%M"),
                    who=e.actor_id,
                    action=t.get(f"hr_action_{e.action}", e.action),
                    units=escape(e.units),
                    period=period,
                )
            )
    await send(update, "\n".join(lines))
