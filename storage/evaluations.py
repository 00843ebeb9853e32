"""Reaction evaluations of trainings (and of Pandu itself): one per user and training."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, UniqueConstraint
from sqlmodel import Field, Session, SQLModel, select

from storage.clock import system_now

ASPECTS = ["materi", "pengajar", "metode", "sarana", "jadwal", "relevansi"]


class EvaluationBase(SQLModel):
    training_key: str  # catalog code, "pandu", or "teks:<name>" for a training typed by hand
    training_name: str
    materi: int | None = Field(default=None, ge=1, le=5)
    pengajar: int | None = Field(default=None, ge=1, le=5)
    metode: int | None = Field(default=None, ge=1, le=5)
    sarana: int | None = Field(default=None, ge=1, le=5)
    jadwal: int | None = Field(default=None, ge=1, le=5)
    relevansi: int | None = Field(default=None, ge=1, le=5)
    comment: str = ""


class Evaluation(EvaluationBase, table=True):
    __tablename__ = "training_evaluation"
    __table_args__ = (UniqueConstraint("telegram_id", "training_key"),)
    id: int | None = Field(default=None, primary_key=True)
    telegram_id: int = Field(sa_type=BigInteger, index=True)
    unit_kerja: str = ""
    created_at: datetime = Field(default_factory=system_now)
    updated_at: datetime = Field(default_factory=system_now)


def get_evaluation(session: Session, *, telegram_id: int, training_key: str) -> Evaluation | None:
    return session.exec(
        select(Evaluation).where(
            Evaluation.telegram_id == telegram_id, Evaluation.training_key == training_key
        )
    ).first()


def save_evaluation(
    session: Session, *, telegram_id: int, unit_kerja: str, values: EvaluationBase, now: datetime
) -> Evaluation:
    """Insert, or update the user's earlier evaluation of the same training."""
    row = get_evaluation(session, telegram_id=telegram_id, training_key=values.training_key)
    if row is None:
        row = Evaluation(
            telegram_id=telegram_id,
            unit_kerja=unit_kerja,
            created_at=now,
            updated_at=now,
            **values.model_dump(),
        )
    else:
        for key, value in values.model_dump().items():
            setattr(row, key, value)
        row.updated_at = now
    session.add(row)
    session.flush()
    return row
