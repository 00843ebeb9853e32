"""The HR export: one sheet per kind of record and one per employee, as an XLSX workbook
(xlsxwriter: header frozen, filters on, dates as dates, numbers as numbers, widths set) or
as one CSV per sheet. The rows are exactly the records the summary counted."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import xlsxwriter

from storage.evaluations import ASPECTS
from storage.summary import TARGET_JP, Records, jp_by_person, reports_due

Cell = str | int | float | date | datetime | None


@dataclass
class Sheet:
    name: str
    headers: list[str]
    rows: list[list[Cell]]


def sheets(data: Records, *, today: date, due_days: int) -> list[Sheet]:
    people, unit = data.people, data.unit_of

    def who(telegram_id: int) -> list[Cell]:
        p = people[telegram_id]
        return [p.name, p.nip, unit.get(telegram_id, "") or p.unit_kerja]

    states_of: dict[int, list[str]] = {}
    for d in reports_due(data, due_days=due_days):
        states_of.setdefault(d.telegram_id, []).append(d.status(today))
    totals = jp_by_person(data)
    person_rows = []
    for pid in sorted(people, key=lambda p: (unit.get(p, ""), people[p].name)):
        states = states_of.get(pid, [])
        person_rows.append(
            who(pid)
            + [
                people[pid].jabatan,
                people[pid].status_asn,
                totals.get(pid, 0.0),
                TARGET_JP,
                states.count("submitted"),
                states.count("pending"),
                states.count("overdue"),
            ]
        )
    return [
        Sheet(
            "Pegawai",
            [
                "Nama",
                "NIP",
                "Unit",
                "Jabatan",
                "Status ASN",
                "JP tahun ini",
                "Target JP",
                "Laporan terkirim",
                "Laporan belum jatuh tempo",
                "Laporan terlambat",
            ],
            person_rows,
        ),
        Sheet(
            "Log belajar",
            [
                "Nama",
                "NIP",
                "Unit",
                "Tanggal",
                "Bentuk",
                "Judul",
                "JP",
                "Lama (ditulis)",
                "Peran proyek",
                "Hasil proyek",
            ],
            [
                who(a.telegram_id)
                + [
                    a.start_date,
                    a.form,
                    a.title,
                    a.jp,
                    a.duration_text,
                    a.project_role,
                    a.project_outcome,
                ]
                for a in data.activities
            ],
        ),
        Sheet(
            "Laporan penerapan",
            [
                "Nama",
                "NIP",
                "Unit",
                "Nomor",
                "Dikirim",
                "Pelatihan",
                "Mulai",
                "Selesai",
                "JP",
                "Pelajaran 1",
                "Pelajaran 2",
                "Pelajaran 3",
                "Penerapan",
                "Dampak",
                "Dibagikan",
                "Kendala",
                "Dukungan",
                "Rencana",
                "Target rencana",
                "Indikator",
                "Verifikasi atasan",
                "Komentar atasan",
            ],
            [
                who(r.telegram_id)
                + [
                    r.reference,
                    r.created_at,
                    r.training,
                    r.start_date,
                    r.end_date,
                    r.jp,
                    r.lesson1,
                    r.lesson2,
                    r.lesson3,
                    r.applied,
                    r.impact,
                    r.shared,
                    r.obstacles,
                    r.support,
                    r.plan_activity,
                    r.plan_date,
                    r.plan_indicator,
                    r.verification,
                    r.verifier_comment,
                ]
                for r in data.reports
            ],
        ),
        Sheet(
            "Evaluasi pelatihan",
            [
                "Nama",
                "NIP",
                "Unit",
                "Tanggal",
                "Pelatihan",
                *[a.capitalize() for a in ASPECTS],
                "Komentar",
            ],
            [
                who(e.telegram_id)
                + [e.created_at, e.training_name, *[getattr(e, a) for a in ASPECTS], e.comment]
                for e in data.evaluations
            ],
        ),
        Sheet(
            "Umpan balik jawaban",
            ["Nama", "NIP", "Unit", "Waktu", "Pertanyaan", "Yakin", "Nilai", "Alasan"],
            [
                who(f.telegram_id)
                + [
                    f.created_at,
                    f.question,
                    "ya" if f.confident else "tidak",
                    {"up": "👍", "down": "👎"}.get(f.rating, ""),
                    f.reason,
                ]
                for f in data.feedback
            ],
        ),
    ]


def to_xlsx(book: list[Sheet]) -> bytes:
    out = io.BytesIO()
    workbook = xlsxwriter.Workbook(out, {"in_memory": True, "remove_timezone": True})
    bold = workbook.add_format({"bold": True, "bg_color": "#E8EEF7", "border": 1})
    day = workbook.add_format({"num_format": "dd/mm/yyyy"})
    moment = workbook.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    for sheet in book:
        ws = workbook.add_worksheet(sheet.name[:31])
        ws.write_row(0, 0, sheet.headers, bold)
        widths = [len(h) for h in sheet.headers]
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row):
                _write(ws, r, c, value, day, moment)
                widths[c] = max(widths[c], min(60, len(_shown(value))))
        for c, width in enumerate(widths):
            ws.set_column(c, c, width + 2)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(1, len(sheet.rows)), len(sheet.headers) - 1)
    workbook.close()
    return out.getvalue()


def _write(ws, r: int, c: int, value: Cell, day, moment) -> None:
    if isinstance(value, datetime):
        ws.write_datetime(r, c, value, moment)
    elif isinstance(value, date):
        ws.write_datetime(r, c, datetime(value.year, value.month, value.day), day)
    elif isinstance(value, bool) or value is None:
        ws.write_blank(r, c, None) if value is None else ws.write_boolean(r, c, value)
    elif isinstance(value, int | float):
        ws.write_number(r, c, value)
    else:
        ws.write_string(r, c, str(value))


def _shown(value: Cell) -> str:
    if isinstance(value, datetime):
        return "dd/mm/yyyy hh:mm"
    if isinstance(value, date):
        return "dd/mm/yyyy"
    return "" if value is None else str(value)


def to_csv(book: list[Sheet], folder: Path) -> list[Path]:
    """One CSV per sheet (UTF-8 with BOM, so a spreadsheet opens it with the right letters)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for sheet in book:
        path = folder / (sheet.name.lower().replace(" ", "-") + ".csv")
        with path.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(sheet.headers)
            writer.writerows([_csv(v) for v in row] for row in sheet.rows)
        written.append(path)
    return written


def _csv(value: Cell) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    text = "" if value is None else str(value)
    # a cell a spreadsheet would run as a formula (a name typed as "=HYPERLINK(...)") is text
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
