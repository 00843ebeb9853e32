"""Mentoring: mentors' topics and availability, questions juniors send them, and every change
of a question's state with its time.

A question belongs to its asker (``telegram_id``: /hapusdata removes it). An anonymous
asker's identity is only ever read by the asker's own commands; what a mentor is shown is
built from the question's text and topic alone (bot.handlers.mentoring).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, update
from sqlmodel import Field, Session, SQLModel, col, select

from storage import people, roles, units
from storage.clock import system_now

TOPICS = (
    "kepemimpinan",
    "SKP dan kinerja",
    "pelayanan publik",
    "pengadaan",
    "keuangan",
    "digital dan data",
    "Latsar",
    "karier dan jabatan fungsional",
    "lainnya",
)
OPEN = ("assigned", "claimed")  # waiting for a mentor's answer
MISSES_BEFORE_HR = 2


class MentorProfile(SQLModel, table=True):
    __tablename__ = "mentor_profile"
    telegram_id: int = Field(sa_type=BigInteger, primary_key=True)
    topics: str = ""  # indexes into TOPICS, ";"-separated
    paused: bool = False
    updated_at: datetime = Field(default_factory=system_now)

    def topic_set(self) -> set[str]:
        return {
            TOPICS[int(i)] for i in self.topics.split(";") if i.isdigit() and int(i) < len(TOPICS)
        }


class MentorQuestion(SQLModel, table=True):
    __tablename__ = "mentor_question"
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_type=BigInteger, index=True)  # the asker
    draft_id: int | None = Field(default=None, unique=True)  # a second submit finds this row
    anonymous: bool = True
    unit_kerja: str = ""  # the asker's, for routing; never shown when anonymous
    topic: str
    text: str
    state: str = "new"  # new | assigned | claimed | answered | closed | unrouted
    mentor_id: int | None = Field(default=None, sa_type=BigInteger, index=True)
    assigned_at: datetime | None = None
    misses: int = 0  # assignments that timed out or were passed on
    answer: str = ""
    followup: str = ""
    followup_answer: str = ""
    rating: int | None = None
    logged: bool = False  # added to the asker's learning log
    created_at: datetime = Field(default_factory=system_now)
    updated_at: datetime = Field(default_factory=system_now)


class MentorEvent(SQLModel, table=True):
    """Every change of a question's state, with who caused it (a mentor id or None)."""

    __tablename__ = "mentor_event"
    id: int | None = Field(default=None, primary_key=True)
    question_id: int = Field(foreign_key="mentor_question.id", index=True)
    state: str
    mentor_id: int | None = Field(default=None, sa_type=BigInteger)
    at: datetime = Field(default_factory=system_now)


def mentor_profile(session: Session, *, telegram_id: int) -> MentorProfile:
    row = session.get(MentorProfile, telegram_id)
    if row is None:
        row = MentorProfile(telegram_id=telegram_id)
        session.add(row)
        session.flush()
    return row


def toggle_topic(session: Session, *, telegram_id: int, topic: int, now: datetime) -> MentorProfile:
    row = mentor_profile(session, telegram_id=telegram_id)
    chosen = {i for i in row.topics.split(";") if i}
    chosen ^= {str(topic)}
    row.topics, row.updated_at = ";".join(sorted(chosen, key=int)), now
    session.add(row)
    return row


def set_paused(session: Session, *, telegram_id: int, paused: bool, now: datetime) -> None:
    row = mentor_profile(session, telegram_id=telegram_id)
    row.paused, row.updated_at = paused, now
    session.add(row)


def ask(
    session: Session,
    *,
    telegram_id: int,
    unit_kerja: str,
    topic: str,
    text: str,
    anonymous: bool,
    draft_id: int | None,
    now: datetime,
) -> MentorQuestion:
    if draft_id is not None:
        found = session.exec(
            select(MentorQuestion).where(MentorQuestion.draft_id == draft_id)
        ).first()
        if found is not None:
            return found
    row = MentorQuestion(
        telegram_id=telegram_id,
        unit_kerja=unit_kerja,
        topic=topic,
        text=text,
        anonymous=anonymous,
        draft_id=draft_id,
        created_at=now,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    record(session, question=row, state="new", mentor_id=None, now=now)
    return row


def record(
    session: Session, *, question: MentorQuestion, state: str, mentor_id: int | None, now: datetime
) -> None:
    question.state, question.updated_at = state, now
    session.add(question)
    session.add(MentorEvent(question_id=question.id, state=state, mentor_id=mentor_id, at=now))


def get_question(session: Session, *, question_id: int) -> MentorQuestion | None:
    return session.get(MentorQuestion, question_id)


def tried(session: Session, *, question_id: int) -> set[int]:
    """The mentors a question was already given to."""
    query = select(MentorEvent.mentor_id).where(
        MentorEvent.question_id == question_id, MentorEvent.state == "assigned"
    )
    return {m for m in session.exec(query) if m is not None}


def open_counts(session: Session) -> dict[int, int]:
    counts: dict[int, int] = {}
    query = select(MentorQuestion.mentor_id).where(col(MentorQuestion.state).in_(OPEN))
    for mentor in session.exec(query):
        if mentor is not None:
            counts[mentor] = counts.get(mentor, 0) + 1
    return counts


def assign(
    session: Session, *, question: MentorQuestion, mentor_id: int | None, now: datetime
) -> None:
    question.mentor_id, question.assigned_at = mentor_id, now
    record(
        session,
        question=question,
        state="assigned" if mentor_id else "unrouted",
        mentor_id=mentor_id,
        now=now,
    )


def claim(session: Session, *, question_id: int, mentor_id: int, now: datetime) -> bool:
    """The assigned mentor starts answering; a conditional update, so a re-route in another
    process and a press cannot both win."""
    taken = session.exec(
        update(MentorQuestion)
        .where(
            col(MentorQuestion.id) == question_id,
            col(MentorQuestion.mentor_id) == mentor_id,
            col(MentorQuestion.state) == "assigned",
        )
        .values(state="claimed", updated_at=now)
    )
    if taken.rowcount != 1:
        return False
    session.add(MentorEvent(question_id=question_id, state="claimed", mentor_id=mentor_id, at=now))
    return True


def overdue(session: Session, *, before: datetime) -> list[int]:
    """Assigned and never claimed since before: to be given to someone else."""
    query = select(MentorQuestion.id).where(
        MentorQuestion.state == "assigned", col(MentorQuestion.assigned_at) <= before
    )
    return list(session.exec(query))


def asked_by(session: Session, *, telegram_id: int) -> list[MentorQuestion]:
    query = select(MentorQuestion).where(MentorQuestion.telegram_id == telegram_id)
    return list(session.exec(query.order_by(col(MentorQuestion.id).desc())))


def queue_of(session: Session, *, mentor_id: int) -> list[MentorQuestion]:
    query = select(MentorQuestion).where(
        MentorQuestion.mentor_id == mentor_id, col(MentorQuestion.state).in_(OPEN + ("answered",))
    )
    return list(session.exec(query.order_by(MentorQuestion.id)))


def route(session: Session, *, question: MentorQuestion, now: datetime) -> int | None:
    """Give the question to an available mentor of its topic who has not had it, never to
    the asker: the asker's unit first, then the fewest open questions. None: nobody."""
    tried_before = tried(session, question_id=question.id)
    load = open_counts(session)
    home = _unit_key(session, question.unit_kerja)
    candidates = []
    for mentor in roles.holders(session, role="mentor"):
        profile = session.get(MentorProfile, mentor)
        if mentor == question.telegram_id or mentor in tried_before or profile is None:
            continue
        if profile.paused or question.topic not in profile.topic_set():
            continue
        person = people.get_profile(session, telegram_id=mentor)
        same_unit = bool(home) and _unit_key(session, person.unit_kerja if person else "") == home
        candidates.append((not same_unit, load.get(mentor, 0), mentor))
    chosen = min(candidates)[2] if candidates else None
    assign(session, question=question, mentor_id=chosen, now=now)
    return chosen


def _unit_key(session: Session, text: str) -> str:
    if not text:
        return ""
    unit = units.resolve(session, text=text)
    return unit.name if unit is not None else " ".join(text.lower().split())


def answer(
    session: Session, *, question: MentorQuestion, text: str, mentor_id: int, now: datetime
) -> None:
    if question.state == "claimed":
        question.answer = text
        record(session, question=question, state="answered", mentor_id=mentor_id, now=now)
    elif question.state == "answered" and question.followup and not question.followup_answer:
        question.followup_answer = text
        record(session, question=question, state="closed", mentor_id=mentor_id, now=now)
