"""What mentoring sends to other people: a question to its mentor, an answer to its asker, a
follow-up to the mentor, an unanswered question to HR. Each is a reminder row written in the
transaction that changed the question, and its text is built when it is sent, from the
question as it is then (a question passed on meanwhile is not sent to the old mentor).

Anonymity: what a mentor or HR receives is built here from the question's text and topic;
the asker's name and unit are added only when the asker chose to be named.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from bot.render import escape
from bot.settings import Settings
from storage import mentoring, people, reminders, roles, units

TO_MENTOR, FOLLOWUP, TO_ASKER, TO_HR = (
    "mentor_question",
    "mentor_followup",
    "mentor_reply",
    "mentor_hr",
)
KINDS = (TO_MENTOR, FOLLOWUP, TO_ASKER, TO_HR)


def give(
    session: Session, *, question: mentoring.MentorQuestion, settings: Settings, now: datetime
) -> int | None:
    """Route the question and tell its mentor; nobody available: HR is told."""
    mentor = mentoring.route(session, question=question, now=now)
    if mentor is not None:
        subject = f"{question.id}:{mentor}"
        reminders.schedule(session, telegram_id=mentor, kind=TO_MENTOR, subject=subject, due_at=now)
    else:
        escalate(session, question=question, settings=settings, now=now)
    return mentor


def escalate(
    session: Session, *, question: mentoring.MentorQuestion, settings: Settings, now: datetime
) -> None:
    """The HR officers of the asker's unit are told (the admins when the unit has none)."""
    unit = units.resolve(session, text=question.unit_kerja) if question.unit_kerja else None
    officers = [
        g.telegram_id
        for g in roles.active_grants(session)
        if g.role == "hr" and unit is not None and g.unit_id == unit.id
    ]
    for person in dict.fromkeys(officers or settings.admin_ids):
        reminders.schedule(
            session,
            telegram_id=person,
            kind=TO_HR,
            subject=f"{question.id}:{question.misses}",
            due_at=now,
        )


def reroute(
    session: Session, *, question: mentoring.MentorQuestion, settings: Settings, now: datetime
) -> int | None:
    """Passed on or timed out: another mentor; HR told from the second miss on."""
    question.misses += 1
    if question.misses >= mentoring.MISSES_BEFORE_HR:
        escalate(session, question=question, settings=settings, now=now)
    mentor = mentoring.route(session, question=question, now=now)
    if mentor is not None:
        subject = f"{question.id}:{mentor}"
        reminders.schedule(session, telegram_id=mentor, kind=TO_MENTOR, subject=subject, due_at=now)
    return mentor


def timeouts(session: Session, *, settings: Settings, now: datetime) -> int:
    """Questions no mentor claimed in time go to someone else."""
    late = mentoring.overdue(session, before=now - timedelta(hours=settings.mentor_timeout_hours))
    for question_id in late:
        question = mentoring.get_question(session, question_id=question_id)
        mentoring.record(
            session, question=question, state="timeout", mentor_id=question.mentor_id, now=now
        )
        reroute(session, question=question, settings=settings, now=now)
    return len(late)


def tell_asker(
    session: Session, *, question: mentoring.MentorQuestion, followup: bool, now: datetime
) -> None:
    reminders.schedule(
        session,
        telegram_id=question.telegram_id,
        kind=TO_ASKER,
        subject=f"{question.id}:{'f' if followup else 'a'}",
        due_at=now,
    )


def tell_mentor_followup(
    session: Session, *, question: mentoring.MentorQuestion, now: datetime
) -> None:
    reminders.schedule(
        session, telegram_id=question.mentor_id, kind=FOLLOWUP, subject=str(question.id), due_at=now
    )


def message(session: Session, row: reminders.Reminder, t: dict, codec) -> tuple[str, list] | None:
    """The text and buttons of a mentoring row, or None when it no longer applies."""
    question = mentoring.get_question(session, question_id=int(row.subject.split(":")[0]))
    if question is None:
        return None
    if row.kind == TO_MENTOR:
        if question.mentor_id != row.telegram_id or question.state != "assigned":
            return None
        text = t["mentor_new_question"].format(**_shown(session, question, t))
        buttons = [
            [(t["btn_mentor_answer"], codec.encode("mq", question.id, "a"))],
            [
                (t["btn_mentor_forward"], codec.encode("mq", question.id, "f")),
                (t["btn_mentor_not_mine"], codec.encode("mq", question.id, "x")),
            ],
        ]
        return text, buttons
    if row.kind == FOLLOWUP:
        if question.mentor_id != row.telegram_id or question.followup_answer:
            return None
        text = t["mentor_followup_question"].format(
            **_shown(session, question, t), followup=escape(question.followup)
        )
        return text, [[(t["btn_mentor_answer"], codec.encode("mq", question.id, "a"))]]
    if row.kind == TO_ASKER:
        return _to_asker(session, question, row, t, codec)
    return t["mentor_to_hr"].format(topic=escape(question.topic), text=escape(question.text)), []


def _shown(session: Session, question: mentoring.MentorQuestion, t: dict) -> dict:
    """What a mentor may see: the asker only when named."""
    asker = t["mentor_anonymous_asker"]
    if not question.anonymous:
        name = people.display_name(session, telegram_id=question.telegram_id)
        asker = f"{name} ({question.unit_kerja})" if question.unit_kerja else name
    return {"topic": escape(question.topic), "text": escape(question.text), "asker": escape(asker)}


def _to_asker(session, question, row, t: dict, codec) -> tuple[str, list]:
    followup = row.subject.endswith(":f")
    mentor = escape(people.display_name(session, telegram_id=question.mentor_id or 0))
    answer = question.followup_answer if followup else question.answer
    text = t["mentor_answer_for_you"].format(
        mentor=mentor, question=escape(question.text), answer=escape(answer)
    )
    rate = [(str(n), codec.encode("mr", question.id, n)) for n in range(1, 6)]
    more = (
        []
        if followup or question.followup
        else [(t["btn_mentor_followup"], codec.encode("mf", question.id))]
    )
    log = [] if question.logged else [(t["btn_mentor_log"], codec.encode("ml", question.id))]
    return text, [rate, more + log]
