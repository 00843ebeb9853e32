"""Who may see which units: admins (PANDU_ADMIN_IDS) every unit, an HR officer the units
their invitations gave. Asked again on every command, button and export."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session

from storage import roles, units
from storage.units import Unit


@dataclass(frozen=True)
class Access:
    admin: bool
    units: list[Unit]  # an officer's units; every listed unit for an admin

    def scope_units(self, unit_id: int) -> list[Unit] | None:
        """The units a request covers (0: all the caller holds; None: every unit, admins
        only); [] when the caller does not hold that unit."""
        if unit_id == 0:
            return None if self.admin else self.units
        return [u for u in self.units if u.id == unit_id]


def is_admin(admin_ids: list[int], user_id: int) -> bool:
    return user_id in admin_ids


def hr_access(session: Session, *, admin_ids: list[int], user_id: int) -> Access | None:
    """None: neither admin nor HR officer."""
    if is_admin(admin_ids, user_id):
        return Access(True, units.list_units(session))
    held = {g.unit_id for g in roles.grants_of(session, telegram_id=user_id) if g.role == "hr"}
    found = [u for u in units.list_units(session) if u.id in held]
    return Access(False, found) if found else None


def is_mentor(session: Session, admin_ids: list[int], user_id: int) -> bool:
    return user_id in roles.holders(session, role="mentor")


def is_curator(session: Session, admin_ids: list[int], user_id: int) -> bool:
    """Mentors, HR officers and admins."""
    officer = hr_access(session, admin_ids=admin_ids, user_id=user_id) is not None
    return officer or is_mentor(session, admin_ids, user_id)


def only(check: Callable[[Session, list[int], int], bool], refusal: str):
    """A command or button for the people `check` allows, in a private chat, asked on every
    call; everyone else gets the refusal text and no data."""
    from bot.handlers.common import ids, private_only, send
    from storage.db import session_scope

    def decorate(handler):
        @private_only
        @functools.wraps(handler)
        async def checked(update, context, *args: str) -> None:
            _, user_id = ids(update)
            services = context.services
            with session_scope(services.engine) as session:
                allowed = check(session, services.settings.admin_ids, user_id)
            if not allowed:
                await send(update, context.t(user_id)[refusal])
                return
            await handler(update, context, *args)

        return checked

    return decorate
