"""One engine for every guided conversation. A flow is a declaration (steps with a prompt, a
parser or choices, optional or not); the engine asks, validates, re-asks, skips, reviews,
edits, resumes and ends it, the same way for every flow. This module holds the declarations'
types and how a flow moves; bot/flows/commands.py holds what commands and buttons call.

Durability: each flow's draft is its own row; the active flows are a stack on a pointer row;
every change is committed, together with the reply it produces, before that reply is sent.
An update that comes back after a crash (the same update id) gets the stored reply again
instead of being applied twice, and an ending is idempotent by draft id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session
from telegram import Update

from bot.context import PanduContext, Services
from bot.handlers.common import ids, keyboard, send
from bot.render import escape
from storage import flows as rows
from storage import people, reminders
from storage.db import session_scope

REVIEW = "review"
_QUESTION = re.compile(
    r"\?\s*$|^(eh,?\s+)?(apa|apakah|berapa|brp|bagaimana|gimana|gmn|kapan|kpn|siapa|dimana"
    r"|di mana|mengapa|kenapa|bisakah|bolehkah)\b",
    re.I,
)
Buttons = list[list[tuple[str, str]]]


class Invalid(Exception):
    """A typed answer that does not fit the step: the text key of the explanation."""

    def __init__(self, key: str, **fmt: Any) -> None:
        super().__init__(key)
        self.key, self.fmt = key, fmt


@dataclass
class Ctx:
    """What a declaration's functions see: the open transaction and whose conversation it is."""

    session: Session
    services: Services
    chat_id: int
    user_id: int
    t: dict[str, str]
    looked_up: dict = field(default_factory=dict)  # what the step's lookup found (see Step)

    @property
    def today(self) -> date:
        return self.services.clock.today()

    @property
    def unit_kerja(self) -> str:
        """The user's unit, stored with each record so HR can summarise by unit."""
        profile = people.get_profile(self.session, telegram_id=self.user_id)
        return profile.unit_kerja if profile else ""


@dataclass(frozen=True)
class Choice:
    label: str
    value: dict[str, Any]


@dataclass(frozen=True)
class Step:
    name: str
    prompt: str  # text key
    parse: Callable[[str, Ctx, dict], dict] | None = None  # typed text -> answer, or Invalid
    choices: Callable[[Ctx, dict], list[Choice]] | None = None
    optional: bool = False
    when: Callable[[Ctx, dict], bool] | None = None  # asked only when true (edits always ask)
    questions: bool = True  # a question typed here is answered, then the step asked again
    show: Callable[[dict, dict], str] | None = None  # its value in the review
    prompt_args: Callable[[Ctx, dict], dict] | None = None
    columns: int = 1
    keys: tuple[str, ...] = ()  # what the answer fills, when not just the step's name
    hint: str = "choose_with_buttons"  # text key when a typed answer matches no choice
    # slow work on the typed text done before the transaction (a knowledge-base lookup); its
    # result is ctx.looked_up when the parser runs
    lookup: Callable[[Any, str, str], Awaitable[dict]] | None = None

    def filled(self, data: dict) -> bool:
        return any(k in data for k in self.keys or (self.name,))

    def asked(self, ctx: Ctx, data: dict) -> bool:
        return self.when is None or self.when(ctx, data)


@dataclass(frozen=True)
class Flow:
    name: str
    title: str  # text key: how the user calls this conversation ("laporan")
    command: str  # the command that comes back to it
    steps: tuple[Step, ...]
    finish: Callable[[Ctx, dict, int], str]  # writes the records in ctx.session; the reply
    finished: Callable[[Ctx, int], str | None] | None = None  # an ending already done
    review: str | None = None  # heading of the review before the ending; None: no review
    submit_label: str = "btn_submit"
    intro: str | None = None
    side: bool = False  # returns to the flow it interrupted, without a "draft kept" note
    remind_draft: bool = False  # an unfinished draft gets a reminder a day later
    label_prefix: str = ""

    def index(self, step: str) -> int:
        return next(i for i, s in enumerate(self.steps) if s.name == step)

    def label(self, t: dict[str, str], step: Step) -> str:
        return t.get(f"{self.label_prefix or self.name}_label_{step.name}", step.name)


@dataclass
class Turn:
    """The replies one update produces, committed with the state before they are sent."""

    replies: list[tuple[str, Buttons]] = field(default_factory=list)
    record: bool = True

    def say(self, text: str, buttons: Buttons | None = None) -> None:
        self.replies.append((text, buttons or []))


FLOWS: dict[str, Flow] = {}


def register(*flows: Flow) -> None:
    for flow in flows:
        FLOWS[flow.name] = flow


# -- the transaction around one update -----------------------------------------------------------
@contextmanager
def unit(update: Update, context: PanduContext) -> Iterator[tuple[Ctx, Turn]]:
    chat_id, user_id = ids(update)
    turn = Turn()
    with session_scope(context.services.engine) as session:
        ctx = Ctx(session, context.services, chat_id, user_id, context.t(user_id))
        yield ctx, turn
        if turn.record and turn.replies:
            pointer = rows.pointer(session, chat_id=chat_id, user_id=user_id)
            pointer.last_update_id = update.update_id
            pointer.last_reply_json = json.dumps(turn.replies, ensure_ascii=False)
            pointer.updated_at = context.services.clock.now()


async def deliver(update: Update, turn: Turn) -> None:
    for text, buttons in turn.replies:
        await send(update, text, keyboard(buttons))


def flow_button(ctx: Ctx, label: str, kind: str, *args: object) -> tuple[str, str]:
    return label, ctx.services.codec.encode(kind, *args)


# -- prompts -------------------------------------------------------------------------------------
def prompt(ctx: Ctx, flow: Flow, draft: rows.FlowDraft, turn: Turn, note: str = "") -> None:
    """The current step's question (or the review), with its buttons; choices are stored in
    the draft so that a button keeps meaning what it showed."""
    if draft.step == REVIEW:
        _review(ctx, flow, draft, turn, note)
        return
    index = flow.index(draft.step)
    step = flow.steps[index]
    data = draft.data
    buttons: Buttons = []
    if step.choices is not None:
        offered = step.choices(ctx, data)
        data["_choices"] = [c.value for c in offered]
        draft.store(data, now=ctx.services.clock.now())
        labels = [
            flow_button(ctx, c.label[:60], "fa", draft.id, index, i) for i, c in enumerate(offered)
        ]
        buttons += [labels[i : i + step.columns] for i in range(0, len(labels), step.columns)]
    if step.optional:
        buttons.append([flow_button(ctx, ctx.t["btn_skip"], "fk", draft.id, index)])
    args = step.prompt_args(ctx, data) if step.prompt_args else {}
    text = ctx.t[step.prompt].format(**args)
    turn.say(f"{note}\n\n{text}" if note else text, buttons)


def _review(ctx: Ctx, flow: Flow, draft: rows.FlowDraft, turn: Turn, note: str = "") -> None:
    t, data = ctx.t, draft.data
    lines = []
    for step in flow.steps:
        if not (step.asked(ctx, data) or step.filled(data)):
            continue
        value = step.show(data, t) if step.show else escape(str(data.get(step.name) or "-"))
        lines.append(f"<b>{flow.label(t, step)}</b>: {value}")
    buttons: Buttons = [
        [
            flow_button(ctx, t[flow.submit_label], "fs", flow.name, draft.id),
            flow_button(ctx, t["btn_cancel"], "fx", draft.id),
        ]
    ]
    edits = [
        flow_button(ctx, flow.label(t, s), "fe", draft.id, i)
        for i, s in enumerate(flow.steps)
        if s.asked(ctx, data) or s.filled(data)
    ]
    buttons += [edits[i : i + 3] for i in range(0, len(edits), 3)]
    body = t[flow.review] + "\n\n" + "\n".join(lines)
    turn.say(f"{note}\n\n{body}" if note else body, buttons)


# -- moving through a flow -----------------------------------------------------------------------
def _first(ctx: Ctx, flow: Flow, data: dict, after: int = -1) -> str | None:
    for step in flow.steps[after + 1 :]:
        if step.asked(ctx, data):
            return step.name
    return None


def save(ctx: Ctx, flow: Flow, draft: rows.FlowDraft, data: dict) -> None:
    now = ctx.services.clock.now()
    draft.store(data, now=now)
    ctx.session.add(draft)
    if flow.remind_draft:
        reminders.replace_pending(
            ctx.session, telegram_id=ctx.user_id, kind="draft", due_at=now + reminders.DRAFT_AFTER
        )


def answers(draft: rows.FlowDraft) -> dict:
    """The draft's answers, without the choices its last prompt offered."""
    return {k: v for k, v in draft.data.items() if k != "_choices"}


def advance(ctx: Ctx, flow: Flow, draft: rows.FlowDraft, answer: dict, turn: Turn) -> None:
    """Store the answer; the next step, the review (after an edit, or at the end), or the end."""
    data = answers(draft) | answer
    following = None if draft.editing else _first(ctx, flow, data, flow.index(draft.step))
    if following is None and flow.review is None:
        finish(ctx, flow, draft, data, turn)
        return
    draft.step, draft.editing = following or REVIEW, False
    save(ctx, flow, draft, data)
    prompt(ctx, flow, draft, turn)


def finish(ctx: Ctx, flow: Flow, draft: rows.FlowDraft, data: dict, turn: Turn) -> None:
    """The records, the draft's removal and the pointer change: one transaction."""
    turn.say(flow.finish(ctx, data, draft.id))
    close(ctx, flow, draft, turn)


def close(ctx: Ctx, flow: Flow, draft: rows.FlowDraft, turn: Turn) -> None:
    ctx.session.delete(draft)
    if flow.remind_draft:
        reminders.replace_pending(ctx.session, telegram_id=ctx.user_id, kind="draft", due_at=None)
    pointer = rows.pointer(ctx.session, chat_id=ctx.chat_id, user_id=ctx.user_id)
    pointer.set_stack([name for name in pointer.stack if name != flow.name])
    _return_to(ctx, pointer, turn)


def _return_to(ctx: Ctx, pointer: rows.FlowPointer, turn: Turn) -> None:
    """Back to the flow a side step or another flow interrupted, at the step it was at."""
    while pointer.active is not None:
        flow = FLOWS.get(pointer.active)
        draft = flow and rows.get_draft(
            ctx.session, chat_id=ctx.chat_id, user_id=ctx.user_id, flow=flow.name
        )
        if draft is not None:
            prompt(ctx, flow, draft, turn, ctx.t["flow_back_to"].format(title=ctx.t[flow.title]))
            return
        pointer.set_stack(pointer.stack[:-1])


def active(ctx: Ctx) -> tuple[Flow, rows.FlowDraft] | None:
    pointer = rows.get_pointer(ctx.session, chat_id=ctx.chat_id, user_id=ctx.user_id)
    while pointer is not None and pointer.active is not None:
        flow = FLOWS.get(pointer.active)
        draft = flow and rows.get_draft(
            ctx.session, chat_id=ctx.chat_id, user_id=ctx.user_id, flow=flow.name
        )
        if draft is not None:
            return flow, draft
        pointer.set_stack(pointer.stack[:-1])
    return None


def start(ctx: Ctx, flow: Flow, old: rows.FlowDraft | None, data: dict, turn: Turn) -> None:
    if old is not None:
        ctx.session.delete(old)
        ctx.session.flush()
    pointer = rows.pointer(ctx.session, chat_id=ctx.chat_id, user_id=ctx.user_id)
    stack = [n for n in pointer.stack if n != flow.name and n in FLOWS]  # a retired flow drops
    if not flow.side:  # a side step lives only on top of what it interrupted
        for side in [n for n in stack if FLOWS[n].side]:
            _drop_draft(ctx, side)
        stack = [n for n in stack if not FLOWS[n].side]
    notes = []
    kept = [n for n in stack if not FLOWS[n].side]
    if kept and not flow.side:
        other = FLOWS[kept[-1]]
        notes.append(ctx.t["flow_kept"].format(title=ctx.t[other.title], command=other.command))
    if flow.intro:
        notes.append(ctx.t[flow.intro])
    pointer.set_stack([*stack, flow.name])
    step = _first(ctx, flow, data)
    draft = rows.new_draft(
        ctx.session,
        chat_id=ctx.chat_id,
        user_id=ctx.user_id,
        flow=flow.name,
        step=step or REVIEW,
        data=data,
        now=ctx.services.clock.now(),
    )
    save(ctx, flow, draft, data)
    prompt(ctx, flow, draft, turn, "\n\n".join(notes))


def _drop_draft(ctx: Ctx, name: str) -> None:
    draft = rows.get_draft(ctx.session, chat_id=ctx.chat_id, user_id=ctx.user_id, flow=name)
    if draft is not None:
        ctx.session.delete(draft)


def typed(ctx: Ctx, flow: Flow, draft: rows.FlowDraft, step: Step, text: str, turn: Turn) -> None:
    data = draft.data
    try:
        if not text:
            raise Invalid("need_text")
        if step.parse is not None:
            answer = step.parse(text, ctx, data)
        else:
            answer = _typed_choice(step, text, ctx, data)
    except Invalid as problem:
        turn.record = False
        if step.choices is not None and step.parse is None:
            prompt(ctx, flow, draft, turn, ctx.t[problem.key].format(**problem.fmt))
        else:
            turn.say(ctx.t[problem.key].format(**problem.fmt))
        return
    advance(ctx, flow, draft, answer, turn)


def _typed_choice(step: Step, text: str, ctx: Ctx, data: dict) -> dict:
    """A choice typed instead of pressed: its label, in any case."""
    for choice in step.choices(ctx, data):
        if choice.label.casefold() == text.casefold():
            return choice.value
    raise Invalid(step.hint)


def stale(ctx: Ctx, turn: Turn) -> None:
    current = active(ctx)
    if current is None:
        turn.say(ctx.t["stale_button"])
    else:
        prompt(ctx, current[0], current[1], turn, ctx.t["stale_button"])


def activate(ctx: Ctx, flow: Flow) -> None:
    """A button of a draft that is not on top (an older message): that flow becomes active."""
    pointer = rows.pointer(ctx.session, chat_id=ctx.chat_id, user_id=ctx.user_id)
    if pointer.active != flow.name:
        pointer.set_stack([n for n in pointer.stack if n != flow.name] + [flow.name])


def is_at(flow: Flow, draft: rows.FlowDraft, index: str) -> bool:
    steps = flow.steps
    return index.isdigit() and int(index) < len(steps) and steps[int(index)].name == draft.step


def to_int(value: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def looks_like_question(text: str) -> bool:
    return bool(_QUESTION.search(text.strip()))
