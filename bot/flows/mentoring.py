"""Mentoring conversations on the flow engine: a junior's question (/mentor), a mentor's
answer, a junior's one follow-up. Each ending writes the question's new state and the
message for the other person (a reminder row) in one transaction."""

from __future__ import annotations

from bot.flows import fields
from bot.flows.engine import Choice, Ctx, Flow, Step
from bot.handlers import mentor_messages as notes
from bot.render import escape
from storage import mentoring

MAX_TEXT = 2000


async def _knowledge(services, lang: str, text: str) -> dict:
    """What the knowledge base says, when it has an answer or a relevant passage."""
    found = await services.answers.answer(lang, text)
    return {"kb": found.text} if found.outcome in ("answer", "passage") else {}


def _question(value: str, ctx: Ctx, data: dict) -> dict:
    return fields.text("question", 10, MAX_TEXT)(value, ctx, data) | {
        "kb": ctx.looked_up.get("kb", "")
    }


def _sending(ctx: Ctx, data: dict) -> bool:
    return data.get("still", True)


def _kb_choices(ctx: Ctx, data: dict) -> list[Choice]:
    return [
        Choice(ctx.t["btn_mentor_still"], {"still": True}),
        Choice(ctx.t["btn_mentor_enough"], {"still": False}),
    ]


def _topics(ctx: Ctx, data: dict) -> list[Choice]:
    return [Choice(topic, {"topic": topic}) for topic in mentoring.TOPICS]


def _who(ctx: Ctx, data: dict) -> list[Choice]:
    return [
        Choice(ctx.t["btn_mentor_named"], {"anonymous": False}),
        Choice(ctx.t["btn_mentor_anonymous"], {"anonymous": True}),
    ]


def _finish_ask(ctx: Ctx, data: dict, draft_id: int) -> str:
    if not data.get("still", True):
        return ctx.t["mentor_not_sent"]
    now = ctx.services.clock.now()
    question = mentoring.ask(
        ctx.session,
        telegram_id=ctx.user_id,
        unit_kerja=ctx.unit_kerja,
        topic=data["topic"],
        text=data["question"],
        anonymous=data["anonymous"],
        draft_id=draft_id,
        now=now,
    )
    if question.state != "new":  # submitted before a crash: the same outcome
        return ctx.t["mentor_sent"].format(topic=escape(question.topic))
    mentor = notes.give(ctx.session, question=question, settings=ctx.services.settings, now=now)
    key = "mentor_sent" if mentor else "mentor_none"
    return ctx.t[key].format(topic=escape(question.topic))


ASK = Flow(
    name="mentor",
    title="title_mentor",
    command="/mentor",
    steps=(
        Step("question", "mentor_ask_question", _question, lookup=_knowledge, questions=False),
        Step(
            "kb",
            "mentor_kb_found",
            choices=_kb_choices,
            when=lambda ctx, data: bool(data.get("kb")),
            keys=("still",),
            prompt_args=lambda ctx, data: {"answer": escape(data["kb"])},
        ),
        Step("topic", "mentor_ask_topic", choices=_topics, when=_sending, columns=2),
        Step("anonymous", "mentor_ask_who", choices=_who, when=_sending, columns=2),
    ),
    finish=_finish_ask,
)


def _finish_answer(ctx: Ctx, data: dict, draft_id: int) -> str:
    question = mentoring.get_question(ctx.session, question_id=int(data["question_id"]))
    if question is None or question.mentor_id != ctx.user_id:
        return ctx.t["mentor_not_yours"]
    followup = question.state == "answered"
    mentoring.answer(
        ctx.session,
        question=question,
        text=data["answer"],
        mentor_id=ctx.user_id,
        now=ctx.services.clock.now(),
    )
    notes.tell_asker(
        ctx.session, question=question, followup=followup, now=ctx.services.clock.now()
    )
    return ctx.t["mentor_answer_sent"]


ANSWER = Flow(
    name="mentor_answer",
    title="title_mentor_answer",
    command="/antrian_mentor",
    side=True,
    steps=(Step("answer", "mentor_write_answer", fields.text("answer", 5, 3000), questions=False),),
    finish=_finish_answer,
)


def _finish_followup(ctx: Ctx, data: dict, draft_id: int) -> str:
    question = mentoring.get_question(ctx.session, question_id=int(data["question_id"]))
    if question is None or question.telegram_id != ctx.user_id or question.followup:
        return ctx.t["mentor_followup_used"]
    question.followup = data["followup"]
    mentoring.record(
        ctx.session,
        question=question,
        state="answered",
        mentor_id=None,
        now=ctx.services.clock.now(),
    )
    notes.tell_mentor_followup(ctx.session, question=question, now=ctx.services.clock.now())
    return ctx.t["mentor_followup_sent"]


FOLLOWUP = Flow(
    name="mentor_followup",
    title="title_mentor_followup",
    command="/mentor_saya",
    side=True,
    steps=(
        Step(
            "followup",
            "mentor_write_followup",
            fields.text("followup", 5, MAX_TEXT),
            questions=False,
        ),
    ),
    finish=_finish_followup,
)
