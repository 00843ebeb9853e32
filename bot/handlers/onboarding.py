"""/start and /profil: greeting, privacy notice and consent, then a short skippable profile.

Each step stores its answer and the next step in the database before the next prompt is
sent, so a restart continues at the step the user sees.
"""

from __future__ import annotations

import re

from telegram import Update

from bot.context import PanduContext
from bot.handlers.common import (
    button,
    clear_flow,
    has_consent,
    ids,
    is_private,
    keyboard,
    personal_data_allowed,
    profile_of,
    send,
    set_flow,
)
from bot.render import escape
from storage import people
from storage.botstate import FlowState
from storage.db import session_scope

FLOW = "onboarding"
STEPS = ["name", "nip", "unit_kerja", "jabatan", "status_asn"]
PROMPTS = {
    "name": "ask_name",
    "nip": "ask_nip",
    "unit_kerja": "ask_unit",
    "jabatan": "ask_jabatan",
    "status_asn": "ask_status",
}
MAX_LEN = {"name": 100, "unit_kerja": 150, "jabatan": 150}


async def start(update: Update, context: PanduContext) -> None:
    """/start: who Pandu is, what it stores, and the consent question."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not is_private(update):
        await send(update, t["welcome"].format(name="") + "\n\n" + t["group_private_only"])
        return
    set_flow(context, update, FLOW, "consent")
    name = update.effective_user.first_name if update.effective_user else ""
    text = "\n\n".join(
        [
            t["welcome"].format(name=f", {escape(name)}" if name else ""),
            t["privacy"],
            t["consent_question"],
        ]
    )
    markup = keyboard(
        [[button(context, t["btn_agree"], "c", "y"), button(context, t["btn_decline"], "c", "n")]]
    )
    await send(update, text, markup)


async def consent_chosen(update: Update, context: PanduContext, choice: str) -> None:
    """Consent given: record it and ask the first profile question; declined: store nothing."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if choice != "y":
        clear_flow(context, update)
        await send(update, t["consent_declined"])
        return
    with session_scope(context.services.engine) as session:
        people.update_profile(session, telegram_id=user_id, consent_at=context.services.clock.now())
    await send(update, t["consent_given"])
    await ask_step(update, context, "name")


async def ask_step(update: Update, context: PanduContext, step: str) -> None:
    """Record the step first, then ask its question (with Skip, and choices for the status)."""
    _, user_id = ids(update)
    t = context.t(user_id)
    set_flow(context, update, FLOW, step)
    rows = [[button(context, t["btn_skip"], "k", step)]]
    if step == "status_asn":
        rows.insert(
            0,
            [
                button(context, t["btn_pns"], "s", "PNS"),
                button(context, t["btn_pppk"], "s", "PPPK"),
            ],
        )
    await send(update, t[PROMPTS[step]], keyboard(rows))


async def step_text(update: Update, context: PanduContext, flow: FlowState) -> None:
    """A typed answer to the current profile question: validate, store, move on."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if flow.step == "consent":
        await start(update, context)
        return
    value = " ".join((update.effective_message.text or "").split())
    if looks_like_question(value):  # "eh, berapa JP minimal?": answer, then ask the step again
        from bot.handlers.questions import answer_question

        await answer_question(update, context)
        await ask_step(update, context, flow.step)
        return
    problem = _invalid(flow.step, value, t)
    if problem:
        await send(update, problem)
        return
    with session_scope(context.services.engine) as session:
        people.update_profile(session, telegram_id=user_id, **{flow.step: value})
    await next_step(update, context, flow.step)


_QUESTION = re.compile(
    r"\?\s*$|^(eh,?\s+)?(apa|apakah|berapa|brp|bagaimana|gimana|gmn|kapan|kpn|siapa|dimana|di mana|mengapa|kenapa|bisakah|bolehkah)\b",
    re.I,
)


def looks_like_question(text: str) -> bool:
    return bool(_QUESTION.search(text.strip()))


def _invalid(step: str, value: str, t: dict[str, str]) -> str | None:
    if step == "nip":
        return None if re.fullmatch(r"\d{18}", value.replace(" ", "")) else t["bad_nip"]
    if step == "status_asn":
        return t["ask_status"]
    if len(value) < 2:
        return t["too_short"]
    if len(value) > MAX_LEN.get(step, 150):
        return t["too_long"].format(max=MAX_LEN.get(step, 150))
    return None


async def next_step(update: Update, context: PanduContext, step: str) -> None:
    following = STEPS.index(step) + 1
    if following < len(STEPS):
        await ask_step(update, context, STEPS[following])
    else:
        await finish(update, context)


async def skip_chosen(
    update: Update, context: PanduContext, step: str, flow: FlowState | None
) -> None:
    """Skip pressed: only for the step the user is at (an old button is stale)."""
    if flow is None or flow.flow != FLOW or flow.step != step:
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    await next_step(update, context, step)


async def status_chosen(
    update: Update, context: PanduContext, value: str, flow: FlowState | None
) -> None:
    if (
        flow is None
        or flow.flow != FLOW
        or flow.step != "status_asn"
        or value not in ("PNS", "PPPK")
    ):
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    with session_scope(context.services.engine) as session:
        people.update_profile(session, telegram_id=ids(update)[1], status_asn=value)
    await finish(update, context)


async def finish(update: Update, context: PanduContext) -> None:
    _, user_id = ids(update)
    clear_flow(context, update)
    t = context.t(user_id)
    await send(update, t["profile_done"].format(summary=summary(context, user_id)))


def summary(context: PanduContext, user_id: int) -> str:
    t = context.t(user_id)
    p = profile_of(context, user_id) or people.Profile(telegram_id=user_id)
    dash = t["empty_value"]
    return t["profile_summary"].format(
        name=escape(p.name or dash),
        nip=escape(p.nip or dash),
        unit=escape(p.unit_kerja or dash),
        jabatan=escape(p.jabatan or dash),
        status=escape(p.status_asn or dash),
    )


async def show_profile(update: Update, context: PanduContext) -> None:
    """/profil: the stored profile and a button to edit it."""
    _, user_id = ids(update)
    t = context.t(user_id)
    if not await personal_data_allowed(update, context, "profile_need_consent"):
        return
    markup = keyboard([[button(context, t["btn_edit_profile"], "p")]])
    await send(update, t["profile_show"].format(summary=summary(context, user_id)), markup)


async def edit_profile(update: Update, context: PanduContext) -> None:
    if not has_consent(context, ids(update)[1]):
        await send(update, context.t(ids(update)[1])["profile_need_consent"])
        return
    await ask_step(update, context, "name")
