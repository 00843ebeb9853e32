"""Mentoring commands and buttons: /mentor (ask), /mentor_saya (my questions), and for
mentors /antrian_mentor (queue), /mentor_topik (expertise), /mentor_cuti (pause or resume);
a mentor's answer / pass-on buttons and an asker's rating, follow-up and log buttons. Every
mentor command and button checks the mentor role, every asker button the asker."""

from __future__ import annotations

from telegram import Update

from bot.context import PanduContext
from bot.flows import commands
from bot.handlers import mentor_messages as notes
from bot.handlers.common import (
    button,
    ids,
    keyboard,
    personal_data_allowed,
    private_only,
    send,
)
from bot.hr.access import is_mentor, only
from bot.render import escape
from knowledge import jp
from knowledge.text.dates import format_date
from storage import learning, mentoring, people
from storage.db import session_scope

mentor_only = only(is_mentor, "mentor_refused")


async def ask_command(update: Update, context: PanduContext) -> None:
    if not await personal_data_allowed(update, context, "mentor_need_consent"):
        return
    await commands.begin(update, context, "mentor")


@private_only
async def my_questions(update: Update, context: PanduContext) -> None:
    """/mentor_saya: the asker's own questions and where they are."""
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        rows = mentoring.asked_by(session, telegram_id=user_id)
        lines = [t["mentor_mine_title"]] + [
            t["mentor_mine_line"].format(
                n=q.id,
                date=format_date(q.created_at.date()),
                topic=escape(q.topic),
                state=t.get(f"mentor_state_{q.state}", q.state),
                text=escape(q.text[:80]),
            )
            for q in rows[:20]
        ]
    await send(update, "\n".join(lines if rows else [t["mentor_mine_empty"]]))


@mentor_only
async def queue_command(update: Update, context: PanduContext) -> None:
    """/antrian_mentor: what waits for this mentor (never who asked anonymously)."""
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        rows = mentoring.queue_of(session, mentor_id=user_id)
        waiting = [
            q for q in rows if q.state in mentoring.OPEN or (q.followup and not q.followup_answer)
        ]
        lines = [t["mentor_queue_title"]] + [
            t["mentor_queue_line"].format(n=q.id, topic=escape(q.topic), text=escape(q.text[:100]))
            for q in waiting
        ]
        buttons = [
            [button(context, t["btn_mentor_answer"] + f" #{q.id}", "mq", q.id, "a")]
            for q in waiting[:10]
        ]
    await send(
        update, "\n".join(lines if waiting else [t["mentor_queue_empty"]]), keyboard(buttons)
    )


@mentor_only
async def topics_command(update: Update, context: PanduContext) -> None:
    """/mentor_topik: the expertise topics, each a toggle."""
    await _show_topics(update, context)


async def _show_topics(update: Update, context: PanduContext) -> None:
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        chosen = mentoring.mentor_profile(session, telegram_id=user_id).topic_set()
    rows = [
        [button(context, ("✅ " if topic in chosen else "▫️ ") + topic, "mt", i)]
        for i, topic in enumerate(mentoring.TOPICS)
    ]
    await send(update, t["mentor_topics"], keyboard(rows))


@mentor_only
async def topic_toggled(update: Update, context: PanduContext, index: str) -> None:
    if not index.isdigit() or int(index) >= len(mentoring.TOPICS):
        await send(update, context.t(ids(update)[1])["stale_button"])
        return
    with session_scope(context.services.engine) as session:
        mentoring.toggle_topic(
            session, telegram_id=ids(update)[1], topic=int(index), now=context.services.clock.now()
        )
    await _show_topics(update, context)


@mentor_only
async def pause_command(update: Update, context: PanduContext) -> None:
    """/mentor_cuti: pause (no new questions) or resume."""
    _, user_id = ids(update)
    with session_scope(context.services.engine) as session:
        paused = not mentoring.mentor_profile(session, telegram_id=user_id).paused
        mentoring.set_paused(
            session, telegram_id=user_id, paused=paused, now=context.services.clock.now()
        )
    await send(update, context.t(user_id)["mentor_paused" if paused else "mentor_resumed"])


@mentor_only
async def mentor_chose(
    update: Update, context: PanduContext, question_id: str, choice: str
) -> None:
    """Jawab (claim, then the answer flow), Teruskan or Bukan keahlian saya (someone else)."""
    _, user_id = ids(update)
    t = context.t(user_id)
    services = context.services
    if not question_id.isdigit() or choice not in ("a", "f", "x"):
        await send(update, t["stale_button"])
        return
    now = services.clock.now()
    with session_scope(services.engine) as session:
        question = mentoring.get_question(session, question_id=int(question_id))
        mine = question is not None and question.mentor_id == user_id
        followup = (
            mine
            and question.state == "answered"
            and bool(question.followup)
            and not question.followup_answer
        )
        if choice == "a":
            ok = followup or (
                mine
                and mentoring.claim(session, question_id=question.id, mentor_id=user_id, now=now)
            )
        else:
            ok = mine and question.state in mentoring.OPEN
            if ok:
                mentoring.record(
                    session, question=question, state="passed", mentor_id=user_id, now=now
                )
                notes.reroute(session, question=question, settings=services.settings, now=now)
    if not ok:
        await send(update, t["mentor_not_yours"])
    elif choice == "a":
        await commands.begin(update, context, "mentor_answer", {"question_id": int(question_id)})
    else:
        await send(update, t["mentor_passed_on"])


async def _as_asker(update: Update, context: PanduContext, question_id: str, act) -> str | None:
    """An asker's button acts on their own answered question only."""
    _, user_id = ids(update)
    t = context.t(user_id)
    with session_scope(context.services.engine) as session:
        question = (
            mentoring.get_question(session, question_id=int(question_id))
            if question_id.isdigit()
            else None
        )
        if (
            question is None
            or question.telegram_id != user_id
            or question.state not in ("answered", "closed")
        ):
            return t["mentor_not_yours"]
        return act(session, question, t)


async def rate_chosen(update: Update, context: PanduContext, question_id: str, score: str) -> None:
    def act(session, question, t):
        return _rate(session, question, score, t, context)

    await send(update, await _as_asker(update, context, question_id, act))


async def log_chosen(update: Update, context: PanduContext, question_id: str) -> None:
    def act(session, question, t):
        return _log(session, question, t, context)

    await send(update, await _as_asker(update, context, question_id, act))


async def followup_chosen(update: Update, context: PanduContext, question_id: str) -> None:
    """One follow-up per question."""
    refused = await _as_asker(
        update,
        context,
        question_id,
        lambda session, q, t: t["mentor_followup_used"] if q.followup else None,
    )
    if refused:
        await send(update, refused)
        return
    await commands.begin(update, context, "mentor_followup", {"question_id": int(question_id)})


def _rate(session, question, score: str, t: dict, context: PanduContext) -> str:
    if score not in {"1", "2", "3", "4", "5"}:
        return t["stale_button"]
    question.rating, question.updated_at = int(score), context.services.clock.now()
    session.add(question)
    return t["mentor_rated"]


def _log(session, question, t: dict, context: PanduContext) -> str:
    """One mentoring session in the learning log, converted by the conversion table (with
    its monthly cap, counting the month's coaching and mentoring)."""
    if question.logged:
        return t["mentor_logged_already"]
    today = context.services.clock.today()
    rule = jp.rule_for("mentoring")
    start, end = rule.cap_window(today)
    already = learning.jp_between(
        session, telegram_id=question.telegram_id, forms=rule.forms, start=start, end=end
    )
    found = jp.convert(jp.Duration(1, "sesi"), "mentoring", already=already)
    unit = people.get_profile(session, telegram_id=question.telegram_id)
    learning.add_activity(
        session,
        telegram_id=question.telegram_id,
        unit_kerja=unit.unit_kerja if unit else "",
        activity=learning.LearningActivityCreate(
            form="mentoring",
            title=f"Mentoring: {question.topic}",
            start_date=today,
            jp=found.jp,
            duration_text="1 sesi",
        ),
        now=context.services.clock.now(),
    )
    question.logged = True
    session.add(question)
    return t["mentor_logged"].format(jp=f"{found.jp:g}", rule=escape(rule.describe()))
