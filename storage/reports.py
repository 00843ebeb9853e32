"""Post-training reflection reports (laporan penerapan hasil pelatihan), stored for HR."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlmodel import Field, Session, SQLModel, col, delete, select


def _now() -> datetime:
    return datetime.now(UTC)


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
    telegram_id: int = Field(index=True)
    unit_kerja: str = ""
    created_at: datetime = Field(default_factory=_now)
    updated_at: datetime = Field(default_factory=_now)


def submit_report(
    session: Session, *, telegram_id: int, unit_kerja: str, values: ReportBase
) -> Report:
    """Store a submitted report and give it a reference number (LAP-YYYY-NNNNNN)."""
    row = Report(
        telegram_id=telegram_id, unit_kerja=unit_kerja, reference="pending", **values.model_dump()
    )
    session.add(row)
    session.flush()
    row.reference = f"LAP-{row.created_at.year}-{row.id:06d}"
    session.add(row)
    return row


def reports_of(session: Session, *, telegram_id: int) -> list[Report]:
    return list(
        session.exec(select(Report).where(Report.telegram_id == telegram_id).order_by(Report.id))
    )


def delete_reports_of(session: Session, *, telegram_id: int) -> None:
    session.exec(delete(Report).where(col(Report.telegram_id) == telegram_id))
