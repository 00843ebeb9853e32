"""The learning log: what an employee did to develop competency, and the JP it counts for."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger
from sqlmodel import Field, Session, SQLModel, col, select

from storage.clock import system_now


class LearningActivityBase(SQLModel):
    form: str  # klasikal form or nonklasikal form (Peraturan LAN 10/2018), or a project
    title: str
    start_date: date
    end_date: date | None = None
    jp: float
    duration_text: str = ""  # as the user gave it ("2 hari"), for the record
    project_role: str = ""
    project_outcome: str = ""


class LearningActivityCreate(LearningActivityBase):
    pass


class LearningActivity(LearningActivityBase, table=True):
    __tablename__ = "learning_activity"
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_type=BigInteger, index=True)
    unit_kerja: str = ""
    draft_id: int | None = Field(default=None, unique=True)  # a second save finds this row
    created_at: datetime = Field(default_factory=system_now)
    updated_at: datetime = Field(default_factory=system_now)


def add_activity(
    session: Session,
    *,
    telegram_id: int,
    unit_kerja: str,
    activity: LearningActivityCreate,
    draft_id: int | None = None,
    now: datetime,
) -> LearningActivity:
    existing = by_draft(session, telegram_id=telegram_id, draft_id=draft_id)
    if existing is not None:
        return existing
    row = LearningActivity.model_validate(
        activity,
        update={
            "telegram_id": telegram_id,
            "unit_kerja": unit_kerja,
            "draft_id": draft_id,
            "created_at": now,
            "updated_at": now,
        },
    )
    session.add(row)
    session.flush()
    return row


def by_draft(
    session: Session, *, telegram_id: int, draft_id: int | None
) -> LearningActivity | None:
    if draft_id is None:
        return None
    return session.exec(
        select(LearningActivity).where(
            LearningActivity.telegram_id == telegram_id, LearningActivity.draft_id == draft_id
        )
    ).first()


def activities_in_year(session: Session, *, telegram_id: int, year: int) -> list[LearningActivity]:
    query = select(LearningActivity).where(
        LearningActivity.telegram_id == telegram_id,
        col(LearningActivity.start_date) >= date(year, 1, 1),
        col(LearningActivity.start_date) <= date(year, 12, 31),
    )
    return list(session.exec(query.order_by(LearningActivity.start_date)))


def jp_between(
    session: Session, *, telegram_id: int, forms: tuple[str, ...], start: date, end: date
) -> float:
    """JP already recorded for these forms from start to end (both included): what a
    conversion cap per day or per month has used up."""
    query = select(LearningActivity.jp).where(
        LearningActivity.telegram_id == telegram_id,
        col(LearningActivity.form).in_(forms),
        col(LearningActivity.start_date) >= start,
        col(LearningActivity.start_date) <= end,
    )
    return float(sum(session.exec(query)))
