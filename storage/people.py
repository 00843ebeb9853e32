"""People and what they told Pandu: profiles, answer feedback, training interest.

Every query takes the user's Telegram id, so a handler can only reach that user's rows.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TypeGuard

from sqlalchemy import BigInteger
from sqlmodel import Field, Session, SQLModel, select

from storage.clock import system_now


class ProfileBase(SQLModel):
    name: str = ""
    nip: str = ""
    unit_kerja: str = ""
    jabatan: str = ""
    status_asn: str = ""  # PNS | PPPK | ""
    language: str = "id"
    reminders_muted: bool = False


class Profile(ProfileBase, table=True):
    __tablename__ = "profile"
    telegram_id: int = Field(sa_type=BigInteger, primary_key=True)
    consent_at: datetime | None = None
    blocked_at: datetime | None = None  # the user blocked the bot: nothing more is sent
    created_at: datetime = Field(default_factory=system_now)
    updated_at: datetime = Field(default_factory=system_now)


class FeedbackBase(SQLModel):
    question: str
    answer: str
    sources_json: str = "[]"
    confident: bool = True


class Feedback(FeedbackBase, table=True):
    __tablename__ = "answer_feedback"
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_type=BigInteger, index=True)
    unit_kerja: str = ""
    rating: str = ""  # "" until rated, then up | down
    reason: str = ""
    created_at: datetime = Field(default_factory=system_now)
    updated_at: datetime = Field(default_factory=system_now)


class TrainingInterest(SQLModel, table=True):
    __tablename__ = "training_interest"
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_type=BigInteger, index=True)
    kode: str = Field(index=True)
    unit_kerja: str = ""
    created_at: datetime = Field(default_factory=system_now)


def get_profile(session: Session, *, telegram_id: int) -> Profile | None:
    return session.get(Profile, telegram_id)


def consented(profile: Profile | None) -> TypeGuard[Profile]:
    """Nothing is stored about, or sent to, a person who has not agreed (or took it back)."""
    return profile is not None and profile.consent_at is not None


def display_name(session: Session, *, telegram_id: int) -> str:
    """The name someone gave, else their Telegram id: how others see them in Pandu."""
    profile = session.get(Profile, telegram_id)
    return profile.name if profile is not None and profile.name else str(telegram_id)


def ensure_profile(session: Session, *, telegram_id: int) -> Profile:
    profile = session.get(Profile, telegram_id)
    if profile is None:
        profile = Profile(telegram_id=telegram_id)
        session.add(profile)
        session.flush()
    return profile


def update_profile(session: Session, *, telegram_id: int, now: datetime, **fields) -> Profile:
    profile = ensure_profile(session, telegram_id=telegram_id)
    for key, value in fields.items():
        setattr(profile, key, value)
    profile.updated_at = now
    session.add(profile)
    return profile


def record_answer(
    session: Session,
    *,
    telegram_id: int,
    unit_kerja: str,
    question: str,
    answer: str,
    sources: list[dict],
    confident: bool,
) -> Feedback:
    row = Feedback(
        telegram_id=telegram_id,
        unit_kerja=unit_kerja,
        question=question,
        answer=answer,
        sources_json=json.dumps(sources, ensure_ascii=False),
        confident=confident,
    )
    session.add(row)
    session.flush()
    return row


def mark_blocked(session: Session, *, telegram_id: int, at: datetime) -> None:
    profile = session.get(Profile, telegram_id)
    if profile is not None:
        profile.blocked_at = at
        session.add(profile)


def own_feedback(session: Session, *, telegram_id: int, feedback_id: int) -> Feedback | None:
    row = session.get(Feedback, feedback_id)
    return row if row is not None and row.telegram_id == telegram_id else None


def add_interest(session: Session, *, telegram_id: int, kode: str, unit_kerja: str) -> bool:
    """Record interest once; False when it was already recorded."""
    exists = session.exec(
        select(TrainingInterest).where(
            TrainingInterest.telegram_id == telegram_id, TrainingInterest.kode == kode
        )
    ).first()
    if exists:
        return False
    session.add(TrainingInterest(telegram_id=telegram_id, kode=kode, unit_kerja=unit_kerja))
    return True


def interests_of(session: Session, *, telegram_id: int) -> list[TrainingInterest]:
    return list(
        session.exec(select(TrainingInterest).where(TrainingInterest.telegram_id == telegram_id))
    )
