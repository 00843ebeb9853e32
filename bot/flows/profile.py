"""The short profile after consent: every step optional; a skipped step keeps what was there."""

from __future__ import annotations

import re

from bot.flows import fields
from bot.flows.engine import Choice, Ctx, Flow, Invalid, Step
from bot.render import escape
from storage import people, units


def _nip(value: str, ctx: Ctx, data: dict) -> dict:
    digits = value.replace(" ", "")
    if not re.fullmatch(r"\d{18}", digits):
        raise Invalid("bad_nip")
    return {"nip": digits}


def _unit(value: str, ctx: Ctx, data: dict) -> dict:
    """A unit of the list when the text clearly names one; otherwise kept as typed, and the
    next step offers the close ones."""
    text = fields.text("unit_kerja", 2, 150)(value, ctx, data)["unit_kerja"]
    unit = units.resolve(ctx.session, text=text)
    if unit is not None:
        return {"unit_kerja": unit.name, "unit_typed": ""}
    return {"unit_kerja": text, "unit_typed": text}


def _unclear_unit(ctx: Ctx, data: dict) -> bool:
    typed = data.get("unit_typed", "")
    return bool(typed) and bool(units.suggest(ctx.session, text=typed))


def _close_units(ctx: Ctx, data: dict) -> list[Choice]:
    typed = data.get("unit_typed", "")
    found = [
        Choice(u.name, {"unit_kerja": u.name, "unit_typed": ""})
        for u, _ in units.suggest(ctx.session, text=typed)
    ]
    keep = ctx.t["btn_unit_as_typed"].format(unit=typed[:40])
    return found + [Choice(keep, {"unit_typed": ""})]


def _status(ctx: Ctx, data: dict) -> list[Choice]:
    return [
        Choice(ctx.t["btn_pns"], {"status_asn": "PNS"}),
        Choice(ctx.t["btn_pppk"], {"status_asn": "PPPK"}),
    ]


def _finish(ctx: Ctx, data: dict, draft_id: int) -> str:
    values = {k: v for k, v in data.items() if k in STEP_NAMES and v}
    profile = people.update_profile(
        ctx.session, telegram_id=ctx.user_id, now=ctx.services.clock.now(), **values
    )
    return ctx.t["profile_done"].format(summary=summary(ctx.t, profile))


def summary(t: dict[str, str], profile: people.Profile | None) -> str:
    p = profile or people.Profile(telegram_id=0)
    dash = t["empty_value"]
    return t["profile_summary"].format(
        name=escape(p.name or dash),
        nip=escape(p.nip or dash),
        unit=escape(p.unit_kerja or dash),
        jabatan=escape(p.jabatan or dash),
        status=escape(p.status_asn or dash),
    )


PROFILE = Flow(
    name="profile",
    title="title_profile",
    command="/profil",
    steps=(
        Step("name", "ask_name", fields.text("name", 2, 100), optional=True),
        Step("nip", "ask_nip", _nip, optional=True),
        Step("unit_kerja", "ask_unit", _unit, optional=True),
        Step(
            "unit_pick",
            "ask_unit_pick",
            choices=_close_units,
            when=_unclear_unit,
            keys=("_unit_pick",),  # never filled: asked only while the typed unit is unclear
            prompt_args=lambda ctx, data: {"unit": escape(data["unit_typed"])},
        ),
        Step("jabatan", "ask_jabatan", fields.text("jabatan", 2, 150), optional=True),
        Step("status_asn", "ask_status", choices=_status, optional=True, columns=2),
    ),
    finish=_finish,
)
STEP_NAMES = {s.name for s in PROFILE.steps}
