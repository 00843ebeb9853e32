"""Training catalogs (YAML or CSV): one searchable section per training, plus SQL rows."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ingest.document import LoadedDocument, LoaderError, Section
from ingest.tables import is_catalog, read_csv, table_document
from knowledge.catalog.describe import DATE_FIELDS, describe_training
from knowledge.text.dates import parse_date
from storage.catalog import TrainingCreate

ALIASES = {
    "nama_pelatihan": "nama",
    "judul": "nama",
    "kode_pelatihan": "kode",
    "jenis": "jenis_kompetensi",
    "kompetensi": "jenis_kompetensi",
    "sasaran": "sasaran_jabatan",
    "jumlah_jp": "jp",
    "mulai": "tanggal_mulai",
    "selesai": "tanggal_selesai",
    "batas_daftar": "batas_pendaftaran",
    "link": "tautan",
    "lokasi_atau_link": "lokasi",
    "syarat_peserta": "syarat",
    "sisa": "sisa_kuota",
    "sisa_tempat": "sisa_kuota",
    "kuota_tersisa": "sisa_kuota",
    "sumber_anggaran": "sumber_dana",
}


def _key(name: Any) -> str:
    key = re.sub(r"[^a-z0-9]+", "_", str(name).strip().lower()).strip("_")
    return ALIASES.get(key, key)


def _row_to_training(raw: dict[str, Any], number: int) -> TrainingCreate:
    row = {_key(k): v for k, v in raw.items() if v not in (None, "")}
    if not row.get("nama"):
        raise LoaderError(f"baris {number}: kolom 'nama' kosong")
    for field in DATE_FIELDS:
        if field in row:
            parsed = parse_date(row[field])
            if parsed is None:
                raise LoaderError(
                    f"baris {number}: tanggal '{row[field]}' pada {field} tidak dikenali"
                )
            row[field] = parsed
    if isinstance(row.get("jp"), str):
        row["jp"] = row["jp"].replace(",", ".").split()[0]
    row.setdefault("kode", f"TANPA-KODE-{number}")
    row = {
        k: (v if k in DATE_FIELDS or k in ("jp", "kuota", "sisa_kuota") else str(v).strip())
        for k, v in row.items()
    }
    try:
        return TrainingCreate.model_validate(row)
    except ValidationError as exc:
        field = exc.errors()[0]["loc"][0]
        raise LoaderError(f"baris {number}: nilai kolom '{field}' tidak valid") from exc


def _document(path: Path, title: str, rows: list[dict], sample: bool, note: str) -> LoadedDocument:
    trainings = [_row_to_training(r, i) for i, r in enumerate(rows, 1)]
    if not trainings:
        raise LoaderError("katalog tidak berisi pelatihan")
    sections = [
        Section([t.nama], describe_training(t), {"kind": "training", "kode": t.kode})
        for t in trainings
    ]
    meta = {"doc_type": "katalog", "sample": sample, "title": title}
    if note:
        meta["note"] = note
    return LoadedDocument(title=title, meta=meta, sections=sections, trainings=trainings)


def load_catalog_yaml(path: Path, data: bytes) -> LoadedDocument:
    try:
        parsed = yaml.safe_load(data.decode("utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise LoaderError(f"YAML tidak valid ({exc.__class__.__name__})") from exc
    header: dict[str, Any] = {}
    if isinstance(parsed, dict):
        header = parsed.get("catalog") or {}
        parsed = parsed.get("trainings") or parsed.get("pelatihan")
    if not isinstance(parsed, list) or not all(isinstance(r, dict) for r in parsed):
        raise LoaderError("YAML bukan katalog pelatihan (butuh daftar 'trainings')")
    title = str(header.get("title") or path.stem)
    return _document(path, title, parsed, bool(header.get("sample")), str(header.get("note") or ""))


def load_csv(path: Path, data: bytes) -> LoadedDocument:
    """A training catalog (SQL rows too), or any other table read row by row."""
    table = read_csv(data)
    rows = table.rows
    keys = {_key(k) for k in (rows[0] if rows else {}) if k is not None}
    code_column = next((k for k in (rows[0] if rows else {}) if k and _key(k) == "kode"), None)
    codes = [str(r.get(code_column) or "") for r in rows] if code_column else []
    # a column the catalog has no field for (a quota per unit, a date range) would be lost:
    # such a table is read row by row, with all its columns
    filled = {_key(k) for r in rows for k, v in r.items() if k is not None and v}
    if not is_catalog(keys, codes) or filled - set(TrainingCreate.model_fields):
        return table_document(path, rows, table.note, table.above)
    sample = "contoh" in path.stem.lower()
    return _document(path, path.stem.replace("-", " ").capitalize(), rows, sample, table.note)
