"""The short profile after consent: every step optional; a skipped step keeps what was there."""

from __future__ import annotations

import re

from bot.flows import fields
from bot.flows.engine import Choice, Ctx, Flow, Invalid, Step
from bot.render import escape
from storage import people


def _nip(value: str, ctx: Ctx, data: dict) -> dict:
    digits = value.replace(" ", "")
    if not re.fullmatch(r"\d{18}", digits):
        raise Invalid("bad_nip")
    return {"nip": digits}


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
        Step("unit_kerja", "ask_unit", fields.text("unit_kerja", 2, 150), optional=True),
        Step("jabatan", "ask_jabatan", fields.text("jabatan", 2, 150), optional=True),
        Step("status_asn", "ask_status", choices=_status, optional=True, columns=2),
    ),
    finish=_finish,
)
STEP_NAMES = {s.name for s in PROFILE.steps}
