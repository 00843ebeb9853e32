"""How a training reads as text: the same wording for the index, the answers and the bot."""

from __future__ import annotations

from knowledge.text.dates import format_date
from storage.catalog import TrainingBase

LABELS = [
    ("kode", "Kode"),
    ("penyelenggara", "Penyelenggara"),
    ("jalur", "Jalur"),
    ("bentuk", "Bentuk"),
    ("jenis_kompetensi", "Jenis kompetensi"),
    ("sasaran_jabatan", "Sasaran jabatan"),
    ("jp", "JP"),
    ("metode", "Metode"),
    ("tanggal_mulai", "Tanggal mulai"),
    ("tanggal_selesai", "Tanggal selesai"),
    ("batas_pendaftaran", "Batas pendaftaran"),
    ("lokasi", "Lokasi"),
    ("tautan", "Tautan"),
    ("kuota", "Kuota"),
    ("sisa_kuota", "Sisa kuota"),
    ("syarat", "Syarat peserta"),
    ("biaya", "Biaya"),
    ("sumber_dana", "Sumber dana"),
    ("tujuan", "Tujuan"),
    ("sertifikat", "Sertifikat"),
    ("status", "Status"),
    ("kontak", "Kontak"),
]
DATE_FIELDS = ("tanggal_mulai", "tanggal_selesai", "batas_pendaftaran")


def describe_training(t: TrainingBase) -> str:
    """The text a training is searched and quoted by."""
    lines = []
    for field, label in LABELS:
        value = getattr(t, field)
        if value in (None, ""):
            continue
        if field in DATE_FIELDS:
            value = format_date(value)
        elif field == "jp":
            value = f"{value:g} JP"
        elif field in ("kuota", "sisa_kuota"):
            value = f"{value} orang"
        lines.append(f"{label}: {value}")
    return "\n".join(lines)
