"""The learning log: what an employee did to develop competency, and the JP it counts for."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Field, Session, SQLModel, col, delete, select


def _now() -> datetime:
    return datetime.now(UTC)


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
    telegram_id: int = Field(index=True)
    unit_kerja: str = ""
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)


def add_activity(
    session: Session, *, telegram_id: int, unit_kerja: str, activity: LearningActivityCreate
) -> LearningActivity:
    row = LearningActivity.model_validate(
        activity, update={"telegram_id": telegram_id, "unit_kerja": unit_kerja}
    )
    session.add(row)
    session.flush()
    return row


def activities_in_year(session: Session, *, telegram_id: int, year: int) -> list[LearningActivity]:
    query = select(LearningActivity).where(
        LearningActivity.telegram_id == telegram_id,
        col(LearningActivity.start_date) >= date(year, 1, 1),
        col(LearningActivity.start_date) <= date(year, 12, 31),
    )
    return list(session.exec(query.order_by(LearningActivity.start_date)))


def delete_activities_of(session: Session, *, telegram_id: int) -> None:
    session.exec(delete(LearningActivity).where(col(LearningActivity.telegram_id) == telegram_id))
