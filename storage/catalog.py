"""The training catalog as SQL rows, so the bot can browse and filter it without the indexes."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field, Session, SQLModel, col, delete, select


class TrainingBase(SQLModel):
    kode: str = Field(index=True)
    nama: str
    penyelenggara: str = ""
    jalur: str = ""
    bentuk: str = ""
    jenis_kompetensi: str = Field(default="", index=True)
    sasaran_jabatan: str = ""
    jp: float | None = None
    metode: str = Field(default="", index=True)
    tanggal_mulai: date | None = Field(default=None, index=True)
    tanggal_selesai: date | None = None
    batas_pendaftaran: date | None = None
    lokasi: str = ""
    tautan: str = ""
    kuota: int | None = None
    sisa_kuota: int | None = None  # places left, as the organiser last reported them
    syarat: str = ""
    biaya: str = ""
    sumber_dana: str = ""
    tujuan: str = ""
    sertifikat: str = ""
    status: str = ""
    kontak: str = ""

    def registration_closed(self, today: date) -> bool:
        """The deadline has passed: the training may still run, but no one can join it."""
        return self.batas_pendaftaran is not None and self.batas_pendaftaran < today


class TrainingCreate(TrainingBase):
    pass


class Training(TrainingBase, table=True):
    __tablename__ = "training"
    id: int | None = Field(default=None, primary_key=True)
    source_path: str = Field(index=True, description="catalog file the row came from")
    sample: bool = False


class TrainingPublic(TrainingBase):
    id: int


def replace_catalog(
    session: Session, *, source_path: str, rows: list[TrainingCreate], sample: bool
) -> None:
    """Replace every row that came from one catalog file (inside the caller's transaction)."""
    delete_catalog(session, source_path=source_path)
    for row in rows:
        session.add(
            Training.model_validate(row, update={"source_path": source_path, "sample": sample})
        )


def delete_catalog(session: Session, *, source_path: str) -> None:
    session.exec(delete(Training).where(col(Training.source_path) == source_path))


def move_catalog(session: Session, *, old_path: str, new_path: str) -> None:
    for row in session.exec(select(Training).where(Training.source_path == old_path)):
        row.source_path = new_path
        session.add(row)


def list_trainings(
    session: Session,
    *,
    starting_after: date | None = None,
    starting_before: date | None = None,
    jenis_kompetensi: str | None = None,
    metode: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Training]:
    """Trainings ordered by start date (undated last), optionally filtered."""
    query = select(Training)
    if starting_after is not None:
        query = query.where(col(Training.tanggal_mulai) >= starting_after)
    if starting_before is not None:
        query = query.where(col(Training.tanggal_mulai) <= starting_before)
    if jenis_kompetensi:
        query = query.where(col(Training.jenis_kompetensi) == jenis_kompetensi)
    if metode:
        query = query.where(col(Training.metode) == metode)
    query = query.order_by(
        col(Training.tanggal_mulai).is_(None), Training.tanggal_mulai, Training.kode
    )
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return list(session.exec(query))


def get_training(session: Session, *, kode: str) -> Training | None:
    return session.exec(select(Training).where(Training.kode == kode)).first()
