"""Excel workbooks as an agency writes them: title rows, a header merged over sub-columns,
group rows, a total row, a sheet of notes, a broken file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from ingest.document import LoaderError
from ingest.loaders import load_file
from ingest.pipeline import Ingestor
from ingest.splitter import split_document
from ingest.workbook import cell_text
from storage import index_records as records
from storage.db import session_scope


def recap_workbook(path: Path) -> bytes:
    book = openpyxl.Workbook()
    book.properties.title = "Rekap JP 2025 dan Jadwal Pelatihan 2026"
    recap = book.active
    recap.title = "Rekap JP"
    recap.append(["REKAPITULASI CAPAIAN JP TAHUN 2025 PER UNIT KERJA", None, None, None, None])
    recap.merge_cells("A1:E1")
    recap.append(["Sumber data: LMS per 31 Januari 2026", None, None, None, None])
    recap.merge_cells("A2:E2")
    recap.append([])
    recap.append(["Unit Kerja", "Jumlah Pegawai", None, "Rata-rata JP", "Persen Tercapai"])
    recap.append([None, "PNS", "PPPK", None, None])
    recap.merge_cells("B4:C4")
    recap.merge_cells("A4:A5")
    recap.merge_cells("D4:D5")
    recap.merge_cells("E4:E5")
    recap.append(["Sekretariat", 14, 4, 20.6, 72.2])
    recap.append(["UPT Wilayah II", 13, 2, 16.0, 40])
    recap.append(["Jumlah", 27, 6, "=AVERAGE(D6:D7)", None])
    schedule = book.create_sheet("Jadwal")
    schedule.append(["JADWAL PELATIHAN SEMESTER I 2026", None, None])
    schedule.merge_cells("A1:C1")
    schedule.append(["Kode", "Nama Pelatihan", "Tanggal"])
    schedule.append(["MARET 2026", None, None])
    schedule.merge_cells("A3:C3")
    schedule.append(["LTR-02", "Dasar-Dasar Pajak Daerah", dt.datetime(2026, 3, 10)])
    schedule.append(["APRIL 2026", None, None])
    schedule.merge_cells("A5:C5")
    schedule.append(["LTR-04", "Penilaian Individual Objek PBB", dt.datetime(2026, 4, 6)])
    schedule.append(["Jadwal semester II terbit paling lambat 15 Juni 2026.", None, None])
    schedule.merge_cells("A7:C7")
    notes = book.create_sheet("Catatan")
    notes.append(["1. Tenaga pendukung non-ASN tidak dihitung dalam rekap."])
    hidden = book.create_sheet("Lama")
    hidden.append(["Kode", "Nama"])
    hidden.append(["OLD-1", "Pelatihan yang sudah dihapus"])
    hidden.sheet_state = "hidden"
    book.save(path)
    return path.read_bytes()


def rows_of(doc, caption: str) -> dict[str, str]:
    return {
        s.heading[-1]: s.text
        for s in doc.sections
        if s.meta.get("kind") == "table_row" and s.heading[0] == caption
    }


def test_a_recap_sheet_is_read_row_by_row_under_its_title_and_both_header_rows(tmp_path):
    path = tmp_path / "rekap.xlsx"
    doc = load_file(path, recap_workbook(path))
    assert doc.title == "Rekap JP 2025 dan Jadwal Pelatihan 2026"
    rows = rows_of(doc, "REKAPITULASI CAPAIAN JP TAHUN 2025 PER UNIT KERJA (Rekap JP)")
    assert rows["Sekretariat"].splitlines() == [
        "Unit Kerja: Sekretariat",
        "Jumlah Pegawai PNS: 14",
        "Jumlah Pegawai PPPK: 4",
        "Rata-rata JP: 20,6",
        "Persen Tercapai: 72,2",
    ]
    assert "Rata-rata JP: 16" in rows["UPT Wilayah II"].splitlines()
    assert "Jumlah Pegawai PNS: 27" in rows["Jumlah"]  # the total row is a row too
    notes = [s.text for s in doc.sections if not s.meta.get("kind")]
    assert "Sumber data: LMS per 31 Januari 2026" in notes


def test_group_rows_head_the_rows_under_them_and_a_last_line_is_a_note(tmp_path):
    path = tmp_path / "jadwal.xlsx"
    doc = load_file(path, recap_workbook(path))
    sections = [s for s in doc.sections if s.heading[0] == "JADWAL PELATIHAN SEMESTER I 2026"]
    rows = {s.heading[-1]: s for s in sections if s.meta.get("kind") == "table_row"}
    march = rows["LTR-02 — Dasar-Dasar Pajak Daerah"]
    assert march.heading[1] == "MARET 2026"
    assert "Tanggal: 10 Maret 2026" in march.text
    assert rows["LTR-04 — Penilaian Individual Objek PBB"].heading[1] == "APRIL 2026"
    assert any("semester II terbit" in s.text for s in sections if not s.meta.get("kind"))
    assert not any("semester II" in s.heading[-1] for s in rows.values())


def test_a_sheet_of_notes_is_text_and_a_hidden_sheet_is_left_out(tmp_path):
    path = tmp_path / "rekap.xlsx"
    doc = load_file(path, recap_workbook(path))
    chunks = split_document(doc)
    assert any("non-ASN tidak dihitung" in c.text for c in chunks)
    assert not any("OLD-1" in c.text for c in chunks)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (20.6, "20,6"),
        (16.0, "16"),
        (3048, "3048"),
        (dt.datetime(2026, 3, 9), "9 Maret 2026"),
        (dt.datetime(2026, 3, 9, 8, 30), "9 Maret 2026 08.30"),
        (dt.time(13, 0), "13.00"),
        ("  Ruang   Kelas\nNipah ", "Ruang Kelas Nipah"),
        (None, ""),
    ],
)
def test_cells_are_written_as_indonesian_documents_write_them(value, text):
    assert cell_text(value) == text


def test_a_broken_workbook_is_reported_not_crashed(tmp_path):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip xl/")
    with pytest.raises(LoaderError, match="XLSX rusak"):
        load_file(path, path.read_bytes())


def test_a_workbook_in_a_folder_is_indexed_and_found(tmp_path, store, embedder):
    folder = tmp_path / "docs"
    folder.mkdir()
    recap_workbook(folder / "rekap.xlsx")
    report = Ingestor(store, embedder, progress=False).run([folder])
    assert report.count("added") == 1 and report.exit_code == 0
    with session_scope(store.engine) as session:
        texts = {c.id: c.text for c in records.all_chunks(session)}
    best = store.load_lexical().search("rata-rata jp sekretariat", 1)[0][0]
    assert "Rata-rata JP: 20,6" in texts[best]


def test_a_workbook_of_empty_sheets_is_reported(tmp_path):
    path = tmp_path / "kosong.xlsx"
    book = openpyxl.Workbook()
    book.create_sheet("Lembar2")
    book.save(path)
    with pytest.raises(LoaderError, match="tidak berisi data"):
        load_file(path, path.read_bytes())


def sections_of(path: Path, book: openpyxl.Workbook):
    book.save(path)
    return load_file(path, path.read_bytes()).sections


def test_a_formatted_cell_far_below_the_data_does_not_make_millions_of_cells(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nama", "Unit", "JP"])
    sheet.append(["Budi", "Sekretariat", 24])
    sheet["AZ300000"].number_format = "0.00"  # formatted, never written
    rows = [s for s in sections_of(tmp_path / "jauh.xlsx", book) if s.meta.get("kind")]
    assert [r.text for r in rows] == ["Nama: Budi\nUnit: Sekretariat\nJP: 24"]


def test_a_title_merged_over_part_of_the_width_is_a_title_not_the_header(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["DAFTAR TARIF SEWA FASILITAS 2026", None, None, None, None, None])
    sheet.merge_cells("A1:D1")
    sheet.append(["No", "Fasilitas", "Satuan", "ASN", "Instansi Lain", "Umum"])
    sheet.append([1, "Aula", "per hari", 0, 750000, 1500000])
    for cell in ("E3", "F3"):
        sheet[cell].number_format = "#,##0"
    (row,) = [s for s in sections_of(tmp_path / "tarif.xlsx", book) if s.meta.get("kind")]
    assert row.heading[0].startswith("DAFTAR TARIF SEWA FASILITAS 2026")
    assert "Fasilitas: Aula" in row.text and "Instansi Lain: 750.000" in row.text


def test_a_first_row_of_text_under_a_merged_header_is_data_and_years_are_labels(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nama", "Unit", "Keterangan", None])
    sheet.merge_cells("C1:D1")
    sheet.append(["Budi", "Sekretariat", "aktif", "PNS"])
    sheet.append(["Ani", "UPT I", "cuti", "PPPK"])
    texts = [s.text for s in sections_of(tmp_path / "pegawai.xlsx", book) if s.meta.get("kind")]
    assert texts[0].startswith("Nama: Budi\nUnit: Sekretariat")
    years = openpyxl.Workbook()
    sheet = years.active
    sheet.append(["Unit", 2024, 2025])
    sheet.append(["Sekretariat", 10, 20])
    (row,) = [s for s in sections_of(tmp_path / "tahun.xlsx", years) if s.meta.get("kind")]
    assert row.text == "Unit: Sekretariat\n2024: 10\n2025: 20"


@pytest.mark.parametrize(
    ("value", "number_format", "text"),
    [
        (750000, "#,##0", "750.000"),
        (750000, "General", "750000"),
        (0.725, "0.0%", "72,5%"),
        (1234567.5, "General", "1234567,5"),
        (-350000, "#,##0", "-350.000"),
        ("#DIV/0!", "General", ""),
    ],
)
def test_numbers_follow_the_cells_format(value, number_format, text):
    assert cell_text(value, number_format) == text


def test_a_title_over_the_written_width_is_no_header_span_when_a_cell_far_right_is_formatted():
    """A formatted empty cell at column Z widens the sheet, not its data: the title merged
    over the four written columns spans the whole table, the header cell over two does not."""
    from ingest.workbook import _grid, _spans

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["REKAP KUOTA 2026", None, None, None])
    sheet.merge_cells("A1:D1")
    sheet.append(["Unit", "Kuota", None, "Catatan"])
    sheet.merge_cells("B2:C2")
    sheet.append([None, "PNS", "PPPK", None])
    sheet.append(["Sekretariat", 4, 2, "-"])
    sheet["Z40"].number_format = "#,##0"
    sheet["Z40"].value = None
    grid = _grid(sheet)
    assert sheet.max_column == 26 and max(len(r) for r in grid) == 4
    assert _spans(sheet, grid) == {1}


def test_a_header_merged_over_more_sub_columns_than_the_other_labels_names_them(tmp_path):
    """ "JP per bulan" merged over Jan ... Sep: its row holds fewer distinct labels than half
    the months and labels under it, and is still the header's first row ("JP per bulan
    Mei: 26")."""
    months = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep"]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Unit kerja", "Jumlah ASN", "JP per bulan", *[None] * 8, "Jumlah"])
    sheet.append([None, None, *months, None])
    for cells in ("A1:A2", "B1:B2", "C1:K1", "L1:L2"):
        sheet.merge_cells(cells)
    sheet.append(["Sekretariat", 7, 8, 14, 22, 18, 26, 20, 6, 26, 4, 144])
    rows = [s for s in sections_of(tmp_path / "rekap.xlsx", book) if s.meta.get("kind")]
    lines = rows[0].text.splitlines()
    assert lines[:3] == ["Unit kerja: Sekretariat", "Jumlah ASN: 7", "JP per bulan Jan: 8"]
    assert "JP per bulan Mei: 26" in lines and lines[-1] == "Jumlah: 144"
