"""Post-training reflection reports (laporan penerapan hasil pelatihan), stored for HR."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger
from sqlmodel import Field, Session, SQLModel, select

from storage.clock import system_now

TEXT_FIELDS = (
    "training",
    "lesson1",
    "lesson2",
    "lesson3",
    "applied",
    "impact",
    "shared",
    "obstacles",
    "support",
    "plan_activity",
    "plan_indicator",
)


UNVERIFIED, CONFIRMED, REVISION = "belum diverifikasi", "dikonfirmasi", "perlu revisi"


class ReportBase(SQLModel):
    training: str
    start_date: date
    end_date: date
    jp: float
    lesson1: str
    lesson2: str
    lesson3: str
    applied: str
    impact: str
    shared: str = ""
    obstacles: str
    support: str = ""
    plan_activity: str
    plan_date: date
    plan_indicator: str


class Report(ReportBase, table=True):
    __tablename__ = "reflection_report"
    id: int | None = Field(default=None, primary_key=True)
    reference: str = Field(index=True, unique=True)
    telegram_id: int = Field(sa_type=BigInteger, index=True)
    unit_kerja: str = ""
    draft_id: int | None = Field(default=None, unique=True)  # a second submit finds this row
    verification: str = UNVERIFIED  # belum diverifikasi | dikonfirmasi | perlu revisi
    verifier_id: int | None = Field(default=None, sa_type=BigInteger)
    verifier_comment: str = ""
    verified_at: datetime | None = None
    created_at: datetime = Field(default_factory=system_now)
    updated_at: datetime = Field(default_factory=system_now)


def submit_report(
    session: Session,
    *,
    telegram_id: int,
    unit_kerja: str,
    values: ReportBase,
    draft_id: int | None,
    now: datetime,
) -> Report:
    """Store a submitted report and give it a reference number (LAP-YYYY-NNNNNN); the same
    draft submitted twice gives the same row."""
    existing = by_draft(session, telegram_id=telegram_id, draft_id=draft_id)
    if existing is not None:
        return existing
    row = Report(
        telegram_id=telegram_id,
        unit_kerja=unit_kerja,
        reference=f"pending-{draft_id}-{now.timestamp()}",
        draft_id=draft_id,
        created_at=now,
        updated_at=now,
        **values.model_dump(),
    )
    session.add(row)
    session.flush()
    row.reference = f"LAP-{now.year}-{row.id:06d}"
    session.add(row)
    return row


def by_draft(session: Session, *, telegram_id: int, draft_id: int | None) -> Report | None:
    if draft_id is None:
        return None
    return session.exec(
        select(Report).where(Report.telegram_id == telegram_id, Report.draft_id == draft_id)
    ).first()


def reports_of(session: Session, *, telegram_id: int) -> list[Report]:
    return list(
        session.exec(select(Report).where(Report.telegram_id == telegram_id).order_by(Report.id))
    )


def get_report(session: Session, *, report_id: int) -> Report | None:
    return session.get(Report, report_id)


def verify(
    session: Session,
    *,
    report_id: int,
    verifier_id: int,
    decision: str,
    comment: str = "",
    now: datetime,
) -> Report | None:
    """The supervisor's verdict; the latest counts (a revised report can be confirmed)."""
    if decision not in (CONFIRMED, REVISION):
        raise ValueError(decision)
    row = session.get(Report, report_id)
    if row is None:
        return None
    row.verification, row.verifier_id, row.verifier_comment = decision, verifier_id, comment
    row.verified_at = row.updated_at = now
    session.add(row)
    return row
