"""PDFs become headed sections: real PDFs written with fpdf2, read through load_file."""

from __future__ import annotations

import io
import re
import time
from collections import Counter
from pathlib import Path

import pytest
from fpdf import FPDF
from pypdf import PdfReader

from ingest.document import LoaderError
from ingest.loaders import load_file
from ingest.pdf import (
    decree_part,
    drop_running_lines,
    first_line,
    is_page_number,
    join_text,
    joins,
    pdf_to_markdown,
)
from ingest.pdf_layout import extract_pages, split_cells

RUNNING = "Pedoman Uji Coba Kota Fiktif 2030 - untuk pengujian"
WRAPPED = (
    "(1) Setiap PNS di lingkungan Pemerintah Daerah wajib mengikuti pengembangan kompetensi "
    "paling sedikit 24 (dua puluh empat) JP dalam 1 (satu) tahun."
)


class _Doc(FPDF):
    """A4 pages with a running header (from page 2) and a "Halaman N" footer."""

    def header(self) -> None:
        if self.page_no() > 1:
            self.set_font("Helvetica", "", 9)
            self.cell(0, 8, RUNNING, align="C")
            self.ln(12)
        self.set_font("Helvetica", "", 11)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.cell(0, 8, f"Halaman {self.page_no()}", align="C")

    def centred(self, text: str) -> None:
        self.set_font("Helvetica", "B", 11)
        self.cell(0, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 11)

    def left(self, text: str, bold: bool = False) -> None:
        self.set_font("Helvetica", "B" if bold else "", 11)
        self.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 11)

    def table(self, rows: list[list[str]], xs: list[int]) -> None:
        """Cells at fixed x positions; a "\\n" in a cell wraps it onto a second line."""
        for row in rows:
            y, height = self.get_y(), 6
            for x, cell in zip(xs, row, strict=True):
                for k, part in enumerate(cell.split("\n")):
                    self.set_xy(x, y + 6 * k)
                    self.cell(0, 6, part)
                height = max(height, 6 * (cell.count("\n") + 1))
            self.set_xy(self.l_margin, y + height)


class _Deck(_Doc):
    """Slides: no running header."""

    def header(self) -> None:
        pass


def _write(tmp_path: Path, pdf: FPDF, name: str = "doc.pdf"):
    data = bytes(pdf.output())
    path = tmp_path / name
    path.write_bytes(data)
    return load_file(path, data)


def _regulation() -> _Doc:
    pdf = _Doc(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.ln(40)
    pdf.centred("PEDOMAN PELATIHAN PEGAWAI")
    pdf.centred("KOTA FIKTIF TAHUN 2030")
    pdf.ln(20)
    pdf.centred("Edisi uji coba")
    pdf.add_page()
    pdf.centred("BAB I")
    pdf.centred("KETENTUAN UMUM")
    pdf.ln(4)
    pdf.centred("Pasal 1")
    pdf.left(WRAPPED)
    pdf.left("(2) Target sebagaimana dimaksud pada ayat (1) ditetapkan oleh Kepala Badan.")
    pdf.ln(4)
    pdf.centred("Bagian Kesatu")
    pdf.centred("Target Jam Pelajaran")
    pdf.ln(4)
    pdf.centred("Pasal 2")
    pdf.left("Target JP per kelompok jabatan tercantum dalam Tabel 1.")
    pdf.left("Tabel 1. Target JP per Kelompok Jabatan")
    pdf.table(
        [
            ["Kelompok jabatan", "Target JP per tahun", "Paling sedikit dari jalur\nklasikal"],
            ["Pejabat Administrator", "28 JP", "10 JP"],
            ["Pejabat Pengawas", "26 JP", "10 JP"],
            ["Pelaksana", "24 JP", "8 JP"],
        ],
        [10, 80, 130],
    )
    pdf.ln(4)
    pdf.left(
        "Pegawai yang belum memenuhi target wajib menyusun rencana pengembangan bersama atasan "
        "langsung dan melaporkannya kepada Badan paling lambat akhir bulan Maret."
    )
    pdf.add_page()
    pdf.centred("BAB II")
    pdf.centred("PELAPORAN DAN")
    pdf.centred("EVALUASI")
    pdf.ln(4)
    pdf.centred("Pasal 3")
    pdf.left("Laporan disampaikan setiap semester melalui aplikasi kepegawaian. " * 5)
    pdf.add_page()
    pdf.left("Laporan yang terlambat dicatat dalam dialog kinerja pegawai.")
    pdf.ln(4)
    pdf.centred("LAMPIRAN")
    pdf.centred("CONTOH PENGHITUNGAN")
    pdf.left("Contoh ini bersifat ilustratif.")
    return pdf


def _section(doc, last_heading: str):
    return next(s for s in doc.sections if s.heading and s.heading[-1] == last_heading)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", text)


def test_regulation_sections_follow_bab_bagian_pasal(tmp_path):
    doc = _write(tmp_path, _regulation())
    assert doc.title == "PEDOMAN PELATIHAN PEGAWAI"
    assert [s.heading for s in doc.sections] == [
        [],
        ["BAB I \u2014 KETENTUAN UMUM", "Pasal 1"],
        ["BAB I \u2014 KETENTUAN UMUM", "Bagian Kesatu \u2014 Target Jam Pelajaran", "Pasal 2"],
        ["BAB II \u2014 PELAPORAN DAN EVALUASI", "Pasal 3"],
        ["LAMPIRAN \u2014 CONTOH PENGHITUNGAN"],
    ]
    assert "PEDOMAN PELATIHAN PEGAWAI" in doc.sections[0].text  # the cover is kept


def test_wrapped_sentence_is_one_line(tmp_path):
    doc = _write(tmp_path, _regulation())
    assert WRAPPED in _section(doc, "Pasal 1").text.splitlines()


def test_table_rows_read_under_their_header(tmp_path):
    lines = _section(_write(tmp_path, _regulation()), "Pasal 2").text.splitlines()
    header = "| Kelompok jabatan | Target JP per tahun | Paling sedikit dari jalur klasikal |"
    start = lines.index(header)
    assert lines[start - 2 : start] == ["Tabel 1. Target JP per Kelompok Jabatan", ""]
    assert lines[start + 1] == "|---|---|---|"
    assert "| Pejabat Pengawas | 26 JP | 10 JP |" in lines[start + 2 : start + 5]
    assert "| Pelaksana | 24 JP | 8 JP |" in lines


def test_running_header_and_page_numbers_are_dropped(tmp_path):
    doc = _write(tmp_path, _regulation())
    for section in doc.sections:
        assert "Uji Coba Kota Fiktif" not in section.text + " ".join(section.heading)
        assert "Halaman" not in section.text


def test_section_continues_across_a_page_break(tmp_path):
    text = _section(_write(tmp_path, _regulation()), "Pasal 3").text
    assert "Laporan yang terlambat dicatat dalam dialog kinerja pegawai." in text


def test_no_body_text_is_lost(tmp_path):
    pdf = _regulation()
    data = bytes(pdf.output())
    plain = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    body = [line for line in plain.splitlines() if line != RUNNING and "Halaman" not in line]
    expected = Counter(_words("\n".join(body)))
    doc = _write(tmp_path, pdf)
    got = Counter(_words(" ".join(s.text + " " + " ".join(s.heading) for s in doc.sections)))
    assert expected - got == Counter()


def test_metadata_title_wins(tmp_path):
    pdf = _regulation()
    pdf.set_title("Pedoman Pelatihan 2030")
    assert _write(tmp_path, pdf).title == "Pedoman Pelatihan 2030"


def _handbook() -> _Doc:
    pdf = _Doc(format="A4")
    pdf.add_page()
    pdf.centred("PANDUAN CUTI PEGAWAI")
    pdf.ln(6)
    pdf.left("Panduan ini menjelaskan hak cuti bagi pegawai di lingkungan instansi.")
    pdf.ln(6)
    pdf.centred("KATA PENGANTAR")
    pdf.left("Panduan disusun oleh bagian kepegawaian.")
    pdf.ln(6)
    pdf.left("1. PENDAHULUAN", bold=True)
    pdf.left("Cuti adalah keadaan tidak masuk kerja yang diizinkan dalam jangka waktu tertentu.")
    pdf.left("1.1 Latar Belakang", bold=True)
    pdf.left("Jenis cuti yang dibahas meliputi:")
    pdf.left("1. Cuti Tahunan")
    pdf.left("2. Cuti Sakit")
    pdf.ln(6)
    pdf.left("2. KETENTUAN CUTI TAHUNAN", bold=True)
    pdf.left("Cuti tahunan diberikan paling lama 12 hari kerja dalam satu tahun.")
    pdf.left("2.1 Batas Waktu Pengajuan", bold=True)
    pdf.left("Permohonan diajukan paling lambat 7 hari kerja sebelum cuti dimulai.")
    pdf.ln(6)
    pdf.left("PENUTUP", bold=True)
    pdf.ln(6)
    pdf.left("Panduan ini berlaku sejak tanggal ditetapkan.")
    return pdf


def test_numbered_headings_without_bab(tmp_path):
    doc = _write(tmp_path, _handbook())
    assert [s.heading for s in doc.sections] == [
        [],
        ["KATA PENGANTAR"],
        ["1. PENDAHULUAN"],
        ["1. PENDAHULUAN", "1.1 Latar Belakang"],
        ["2. KETENTUAN CUTI TAHUNAN"],
        ["2. KETENTUAN CUTI TAHUNAN", "2.1 Batas Waktu Pengajuan"],
        ["PENUTUP"],
    ]
    assert doc.sections[0].text.splitlines() == [
        "PANDUAN CUTI PEGAWAI",
        "Panduan ini menjelaskan hak cuti bagi pegawai di lingkungan instansi.",
    ]
    # items after a lead-in ending with ":" stay list items, not headings
    assert _section(doc, "1.1 Latar Belakang").text.splitlines()[1:] == [
        "1. Cuti Tahunan",
        "2. Cuti Sakit",
    ]


def test_a_slide_decks_page_titles_name_its_sections(tmp_path):
    """A deck exported to PDF has no numbered headings; each slide's short first line is its
    title ("Honorarium pamong") and names the page's section, as a reader would cite it. A
    page opening with a full line of prose has no title."""
    pdf = _Deck(format="A4")
    slides = [
        ("Honorarium pamong", ["- Rp 300 ribu per peserta per bulan", "- Dibayar dua tahap"]),
        ("Siapa pesertanya?", ["- Pegawai baru dengan masa kerja di bawah 1 tahun"]),
    ]
    for title, bullets in slides:
        pdf.add_page()
        pdf.left(title, bold=True)
        for bullet in bullets:
            pdf.left(bullet)
    pdf.add_page()
    pdf.left(
        "Pegawai wajib hadir tepat waktu dan mengisi daftar hadir elektronik yang disediakan "
        "oleh unit kepegawaian paling lambat pukul 07.30 setiap hari kerja yang berlaku."
    )
    for title in ("Jadwal Angkatan I", "Tiga formulir"):
        pdf.add_page()
        pdf.left(title, bold=True)
        pdf.left("- Dibuka bulan Juni")
    doc = _write(tmp_path, pdf)
    assert [s.heading for s in doc.sections] == [
        ["Halaman 1 - Honorarium pamong"],
        ["Halaman 2 - Siapa pesertanya?"],
        ["Halaman 3"],
        ["Halaman 4 - Jadwal Angkatan I"],
        ["Halaman 5 - Tiga formulir"],
    ]
    assert "Rp 300 ribu per peserta per bulan" in doc.sections[0].text


def test_a_letters_first_lines_are_no_page_titles(tmp_path):
    """A two-page letter opens with its place and date, then a salutation: no slide titles."""
    pdf = _Deck(format="A4")
    for first in ("Jakarta, 5 Mei 2026", "Yth. Kepala Dinas Sosial"):
        pdf.add_page()
        pdf.left(first)
        pdf.left("Dengan hormat, bersama ini kami sampaikan jadwal pelatihan pegawai tahun ini.")
    assert [s.heading for s in _write(tmp_path, pdf).sections] == [["Halaman 1"], ["Halaman 2"]]


def test_pdf_without_structure_is_read_page_by_page(tmp_path):
    pdf = _Doc(format="A4")
    texts = [
        "Pegawai wajib hadir tepat waktu dan mengisi daftar hadir elektronik yang disediakan "
        "oleh unit kepegawaian paling lambat pukul 07.30 setiap hari kerja.",
        "Keterlambatan yang melebihi tiga puluh menit dicatat sebagai kekurangan jam kerja "
        "dan diperhitungkan dalam penilaian kinerja bulanan pegawai yang bersangkutan.",
        "Atasan langsung memeriksa rekapitulasi kehadiran setiap akhir bulan dan memberikan "
        "pembinaan kepada pegawai yang sering terlambat tanpa alasan yang sah.",
        "Rekapitulasi kehadiran disampaikan kepada bagian keuangan sebagai dasar pembayaran "
        "tunjangan kinerja pada bulan berikutnya.",
    ]
    for text in texts:
        pdf.add_page()
        pdf.left(text)
    doc = _write(tmp_path, pdf)
    assert [s.heading for s in doc.sections] == [
        ["Halaman 1"],
        ["Halaman 2"],
        ["Halaman 3"],
        ["Halaman 4"],
    ]
    assert [s.text for s in doc.sections] == texts  # wrapped lines joined, header dropped


def test_unreadable_pdfs_are_loader_errors(tmp_path):
    with pytest.raises(LoaderError, match="rusak"):
        load_file(tmp_path / "x.pdf", b"%PDF-1.4\n1 0 obj garbage \x00\x01 trailer")
    locked = FPDF()
    locked.add_page()
    locked.set_font("Helvetica", "", 12)
    locked.cell(0, 10, "Rahasia")
    locked.set_encryption(owner_password="pemilik", user_password="kunci")
    with pytest.raises(LoaderError, match="kata sandi"):
        load_file(tmp_path / "y.pdf", bytes(locked.output()))
    scanned = _Doc()  # no text but the page-number footer
    for _ in range(4):
        scanned.add_page()
        scanned.rect(20, 20, 100, 50)
    with pytest.raises(LoaderError, match="lapisan teks"):
        load_file(tmp_path / "z.pdf", bytes(scanned.output()))
    blank = FPDF()
    blank.add_page()
    with pytest.raises(LoaderError, match="lapisan teks"):
        load_file(tmp_path / "k.pdf", bytes(blank.output()))


class _Page:
    def __init__(self, layout, plain) -> None:
        self.layout, self.plain = layout, plain

    def extract_text(self, extraction_mode: str = "plain") -> str:
        result = self.layout if extraction_mode == "layout" else self.plain
        if isinstance(result, Exception):
            raise result
        return result


def test_a_slides_bullets_are_list_items_not_table_cells():
    """A presentation exported to PDF: "▪   Target JP baru" is a list item under the slide's
    title, not a row of two cells ("▪ | Target JP baru")."""
    slide = (
        "Agenda\n\n\n"
        "\u25aa   Mengapa aturan 2026 diganti\n"
        "\u25aa   Target JP baru\n"
        "\u25aa   Tenggat baru\n"
        "\u25aa   Konversi JP yang berubah\n"
    )
    pages = extract_pages([_Page(slide, "")], (ValueError,))
    text = pdf_to_markdown(pages)
    assert "|" not in text
    assert "\u2022 Target JP baru" in text
    assert "\u2022 Konversi JP yang berubah" in text


def test_a_page_that_fails_layout_mode_falls_back_to_plain_text():
    pages = [
        _Page("tata letak", "x"),
        _Page(KeyError("font"), "teks biasa"),
        _Page(KeyError("font"), ValueError("rusak")),
    ]
    assert extract_pages(pages, (ValueError,)) == ["tata letak", "teks biasa", ""]
    with pytest.raises(ValueError):
        extract_pages([_Page(KeyError("a"), ValueError("b"))], (ValueError,))


# --- the pure helpers, on plain layout text --------------------------------------------------


@pytest.mark.parametrize("text", ["5", "Halaman 5", "- 5 -", "5/23", "Page 5 of 23", "Hal. 5"])
def test_page_number_lines(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["Pasal 5", "5 JP", "Tahun 2027", "Halaman depan"])
def test_not_page_number_lines(text):
    assert not is_page_number(text)


def test_running_lines_only_at_page_edges():
    words = ["satu", "dua", "tiga", "empat"]
    pages = [
        f"Laporan Tahunan 20{k}\n\nPasal {k}\nIsi yang sama.\nIsi {words[k]}.\n\n- {k} -"
        for k in range(4)
    ]
    kept = drop_running_lines(pages)
    assert [line for line in kept[1] if line] == ["Pasal 1", "Isi yang sama.", "Isi dua."]
    assert drop_running_lines(["Judul\nIsi"] * 2) == [["Judul", "Isi"]] * 2  # < 3 pages


def test_first_line_skips_running_headers_and_page_numbers():
    pages = [f"  Pedoman Fiktif 2030\n\n{k}\n{text}\n" for k, text in enumerate("ABCD", 1)]
    pages[0] = pages[0].replace("\nA\n", "\nBatas laporan 30 hari.\n")
    assert first_line(pages) == "Batas laporan 30 hari."


@pytest.mark.parametrize(
    ("prev", "line", "expected"),
    [
        ("wajib mengikuti pengembangan kompetensi", "paling sedikit 24 JP.", True),
        ("ditetapkan oleh Kepala", "Badan Kepegawaian.", True),
        ("berlaku sejak tanggal ditetapkan.", "Pegawai wajib hadir.", False),
        ("meliputi:", "a. pelatihan teknis;", False),
        ("a. pelatihan teknis;", "b. pelatihan fungsional.", False),
        ("yang meliputi:", "seminar dan lokakarya", False),
        ("(1) Pegawai wajib", "(2) Pegawai berhak", False),
        ("selesai pada", "- lampiran", False),
        ("hasil pelatihan.", "dan seterusnya", True),
        ("tercantum dalam", "Tabel 2. Jenjang", False),
    ],
)
def test_joins(prev, line, expected):
    assert joins(prev, line) is expected


def test_joins_across_a_blank_line_only_when_the_line_was_full():
    assert not joins("PEMERINTAH KOTA", "BUKU PEDOMAN", gap=True, prev_full=False)
    assert joins("laporan disampaikan kepada", "Kepala Badan", gap=True, prev_full=True)


def test_join_text_hyphens():
    assert (
        join_text("mengikuti pengem-", "bangan kompetensi") == "mengikuti pengembangan kompetensi"
    )
    assert join_text("menurut Undang-", "Undang Nomor 20") == "menurut Undang-Undang Nomor 20"
    assert join_text("para pegawai-", "pegawai baru") == "para pegawai-pegawai baru"
    assert join_text("paling sedikit", "24 JP") == "paling sedikit 24 JP"


def test_split_cells_keeps_list_markers_with_their_text():
    assert split_cells("Pejabat Pengawas      26 JP     10 JP") == [
        (0, "Pejabat Pengawas"),
        (22, "26 JP"),
        (32, "10 JP"),
    ]
    assert split_cells("     a.     menjamin setiap pegawai") == [(5, "a. menjamin setiap pegawai")]


def test_table_with_wrapped_header_cell():
    page = (
        "Tabel 1. Target JP\n"
        "Kelompok jabatan        Target JP        Paling sedikit dari jalur\n"
        "                                         klasikal\n"
        "Pejabat Pengawas        26 JP            10 JP\n"
        "Pelaksana                                8 JP\n"
        "Sesudah tabel ini ada teks biasa."
    )
    assert pdf_to_markdown([page]).splitlines()[1:] == [
        "",
        "Tabel 1. Target JP",
        "",
        "| Kelompok jabatan | Target JP | Paling sedikit dari jalur klasikal |",
        "|---|---|---|",
        "| Pejabat Pengawas | 26 JP | 10 JP |",
        "| Pelaksana |  | 8 JP |",
        "",
        "Sesudah tabel ini ada teks biasa.",
    ]


def test_a_cell_wrapped_onto_the_first_column_continues_its_row():
    page = (
        "Tabel 3. Konversi JP\n"
        "Bentuk               Satuan               Nilai JP    Batas per Tahun\n"
        "Coaching             1 sesi               1 JP        10 JP\n"
        "Webinar atau         1 kegiatan paling    2 JP        8 JP\n"
        "seminar daring       singkat 2 jam\n"
        "Detasering           1 periode            20 JP       40 JP\n"
        "Sesudah tabel ini ada teks biasa."
    )
    rows = [line for line in pdf_to_markdown([page]).splitlines() if line.startswith("|")]
    assert rows[2:] == [
        "| Coaching | 1 sesi | 1 JP | 10 JP |",
        "| Webinar atau seminar daring | 1 kegiatan paling singkat 2 jam | 2 JP | 8 JP |",
        "| Detasering | 1 periode | 20 JP | 40 JP |",
    ]


def test_rows_set_apart_by_blank_lines_keep_their_wrapped_lines_and_empty_cells():
    """Where rows stand apart, a line right under a row carries it on, whatever its case,
    and a row may leave a column empty."""
    page = (
        "Tabel 3. Penggolongan Program\n"
        "Program                    Singkatan    Jalur          Sekolah\n"
        "\n"
        "Pelatihan Teknis Survei    PTSB-I       Klasikal       Teknik Survei\n"
        "Batimetri Tingkat I\n"
        "\n"
        "Samudra Talks              -            Klasikal       Kepemimpinan\n"
        "                                                       Maritim\n"
        "\n"
        "Kelas Mandiri ARUS                      Nonklasikal    Semua sekolah\n"
        "\n"
        "Sesudah tabel ini ada teks biasa."
    )
    rows = [line for line in pdf_to_markdown([page]).splitlines() if line.startswith("|")]
    assert rows == [
        "| Program | Singkatan | Jalur | Sekolah |",
        "|---|---|---|---|",
        "| Pelatihan Teknis Survei Batimetri Tingkat I | PTSB-I | Klasikal | Teknik Survei |",
        "| Samudra Talks | - | Klasikal | Kepemimpinan Maritim |",
        "| Kelas Mandiri ARUS |  | Nonklasikal | Semua sekolah |",
    ]


def test_a_table_goes_on_over_a_page_break_under_its_header():
    pages = [
        "                              Pasal 22\n"
        "Tabel 4. Konversi JP\n"
        "No    Kegiatan              Pengakuan JP    Batas\n"
        "1     Coaching              2 JP            12 JP per tahun\n"
        "2     Mentoring             2 JP            16 JP per tahun\n",
        "14    Mengajar                              20 JP per tahun\n"
        "15    Belajar mandiri       2 JP            6 JP per tahun\n"
        "\n"
        "Pasal 23 berikutnya adalah teks biasa.",
    ]
    rows = [line for line in pdf_to_markdown(pages).splitlines() if line.startswith("|")]
    assert rows == [
        "| No | Kegiatan | Pengakuan JP | Batas |",
        "|---|---|---|---|",
        "| 1 | Coaching | 2 JP | 12 JP per tahun |",
        "| 2 | Mentoring | 2 JP | 16 JP per tahun |",
        "| 14 | Mengajar |  | 20 JP per tahun |",
        "| 15 | Belajar mandiri | 2 JP | 6 JP per tahun |",
    ]


def test_lists_and_justified_gaps_are_not_tables():
    page = (
        "Setiap pegawai berhak:\n"
        "     a.    memperoleh pelatihan;\n"
        "     b.    memperoleh informasi.\n"
        "Pelatihan diberikan   oleh Badan sesuai dengan kebutuhan jabatan\n"
        "dan hasil analisis kebutuhan kompetensi yang   disusun setiap tahun."
    )
    assert "|" not in pdf_to_markdown([page])


def test_numbered_table_keeps_its_columns_and_dashes():
    page = (
        "No.   Kelompok jabatan        Target     Klasikal\n"
        "1.    Pejabat Pengawas        26 JP      -\n"
        "2.    Pelaksana               24 JP      8 JP"
    )
    assert "| 1. | Pejabat Pengawas | 26 JP | - |" in pdf_to_markdown([page]).splitlines()


def test_preamble_with_aligned_items_is_text_not_a_table():
    page = (
        "Menimbang     :    a.   bahwa untuk melaksanakan ketentuan Pasal 5 perlu\n"
        "                        menetapkan pedoman;\n"
        "                   b.   bahwa perlu menetapkan Peraturan Menteri;\n"
        "Mengingat     :    1.   Undang-Undang Nomor 20 Tahun 2023;"
    )
    assert pdf_to_markdown([page]).splitlines() == [  # each part of the decree a section
        "# Menimbang",
        "",
        "a. bahwa untuk melaksanakan ketentuan Pasal 5 perlu menetapkan pedoman;",
        "b. bahwa perlu menetapkan Peraturan Menteri;",
        "",
        "# Mengingat",
        "",
        "1. Undang-Undang Nomor 20 Tahun 2023;",
    ]


def test_glossary_table_becomes_key_value_lines():
    page = (
        "Daftar singkatan berikut.\nJP       Jam Pelajaran\nRPI      Rencana Pengembangan Individu"
    )
    assert "- JP: Jam Pelajaran\n- RPI: Rencana Pengembangan Individu" in pdf_to_markdown([page])


def test_heading_levels_and_empty_headings_keep_their_text():
    pages = [
        "                    BAB I\n                KETENTUAN UMUM\n\n"
        "                   Bagian Kesatu\n\n                  Paragraf 1\n"
        "                    Umum\n                   Pasal 1\nIsi pasal satu.",
        "                   Pasal 2\n                   Pasal 3\nIsi pasal tiga.",
    ]
    md = pdf_to_markdown(pages)
    assert "# BAB I \u2014 KETENTUAN UMUM\n" in md
    assert "## Bagian Kesatu\n" in md
    assert "### Paragraf 1 \u2014 Umum\n" in md
    assert "#### Pasal 2\n\nPasal 2\n" in md  # no text of its own: its heading is kept as text


def test_hundreds_of_pages_stay_fast():
    page = "\n".join(
        ["                 Judul Berjalan", "                    Pasal 1"]
        + ["(1) Pegawai wajib mengikuti pelatihan yang ditetapkan oleh Badan setiap"] * 40
        + ["Kolom satu      Kolom dua      Kolom tiga"] * 5
        + ["                    Halaman 1"]
    )
    start = time.perf_counter()
    md = pdf_to_markdown([page] * 300)
    assert time.perf_counter() - start < 5
    assert md.count("Pasal 1") == 300 and "Judul Berjalan" not in md


def test_cells_centred_on_their_row_line_are_read_with_their_row():
    """A table whose multi-line cells are centred on the row's line: a cell's first line
    stands above the line with the row's name, and a name may run into the next column."""
    page = (
        "Tabel 2. Jenjang Pelatihan\n"
        "Tingkat     Sasaran                   JP       Persyaratan\n"
        "Tingkat I   Seluruh Pegawai,          16 JP    Masa kerja paling singkat 3 bulan\n"
        "            termasuk Pegawai baru\n"
        "            Kepala ruangan,\n"
        "Tingkat II  penanggung jawab          32 JP    Lulus Tingkat I dan masa kerja\n"
        "            shift dan tim mutu                 paling singkat 2 tahun\n"
        "            Anggota Komite Mutu                Lulus Tingkat II paling singkat 1\n"
        "Tingkat III dan calon fasilitator     48 JP    tahun sebelumnya\n"
        "\n"
        "Sesudah tabel ini ada teks biasa."
    )
    rows = [line for line in pdf_to_markdown([page]).splitlines() if line.startswith("|")]
    assert rows[2:] == [
        "| Tingkat I | Seluruh Pegawai, termasuk Pegawai baru | 16 JP | "
        "Masa kerja paling singkat 3 bulan |",
        "| Tingkat II | Kepala ruangan, penanggung jawab shift dan tim mutu | 32 JP | "
        "Lulus Tingkat I dan masa kerja paling singkat 2 tahun |",
        "| Tingkat III | Anggota Komite Mutu dan calon fasilitator | 48 JP | "
        "Lulus Tingkat II paling singkat 1 tahun sebelumnya |",
    ]


def test_a_top_aligned_rows_wrapped_line_stays_with_it_though_the_next_row_starts_small():
    """ "WITA" wraps the Senin row; the Jumat row's "pukul ..." starts in lower case, but its
    other cells ("Didahului ...") start their own text, so nothing moves down; nor across a
    blank line that sets rows apart."""
    page = (
        "Tabel 3. Jadwal Harian\n"
        "Hari                Sesi Pagi             Istirahat         Catatan\n"
        "Senin - Kamis       pukul 07.30-12.00     12.00-13.00       Rehat kopi pada\n"
        "                    WITA                  WITA              pukul 10.00 WITA\n"
        "Jumat               pukul 07.30-11.00     11.00-13.30       Didahului senam pagi\n"
        "\n"
        "Sesudah tabel ini ada teks biasa."
    )
    rows = [line for line in pdf_to_markdown([page]).splitlines() if line.startswith("|")]
    assert rows[2:] == [
        "| Senin - Kamis | pukul 07.30-12.00 WITA | 12.00-13.00 WITA | "
        "Rehat kopi pada pukul 10.00 WITA |",
        "| Jumat | pukul 07.30-11.00 | 11.00-13.30 | Didahului senam pagi |",
    ]
    apart = (
        "Pihak                  Peran                  Tanggung Jawab\n"
        "\n"
        "Bupati                 Pembina                menetapkan kebijakan dan menyerahkan\n"
        "                                              TELAGA Award\n"
        "\n"
        "Sekretaris Daerah      Ketua Dewan            menetapkan Surat Edaran\n"
        "\n"
        "Sesudah tabel ini ada teks biasa."
    )
    rows = [line for line in pdf_to_markdown([apart]).splitlines() if line.startswith("|")]
    assert rows[2:] == [
        "| Bupati | Pembina | menetapkan kebijakan dan menyerahkan TELAGA Award |",
        "| Sekretaris Daerah | Ketua Dewan | menetapkan Surat Edaran |",
    ]


_CATALOG = (
    "Tabel 8. Katalog Pelatihan\n"
    "                                                       Durasi    Biaya per\n"
    "No   Kode     Nama Pelatihan          Sasaran          (JP)      Peserta\n"
    "                                                                 (Rp)\n"
    "              Orientasi Guru PPPK     Guru PPPK tahun\n"
    "1    KT-01    Baru                    pertama masa     30        1.250.000\n"
    "                                      perjanjian kerja\n"
    "2    KT-02    Pembelajaran            Guru SD dan SMP  24        950.000\n"
    "              Berdiferensiasi\n"
    "              Pembelajaran            Guru SD pada\n"
    "3    KT-03    Berdiferensiasi untuk   sekolah kecil    20        1.100.000\n"
    "              Kelas Rangkap           terpencil\n"
    "              Konseling Sebaya        Guru BK dan wali\n"
    "4    KT-04    dan Pencegahan          kelas SMP        16        800.000\n"
    "              Perundungan\n"
    "\n"
    "Sesudah tabel ini ada teks biasa."
)


def test_a_numbered_tables_numbers_centred_on_their_rows_are_read_with_their_rows():
    """The numbers stand in the middle of their rows, the other cells start at the row's top:
    a line between two numbers ends the row above or starts the one below, as the centring
    of every row allows ("Pembelajaran" above KT-03 is its name's first line, "Berdiferensiasi"
    under KT-02 ends that one's); the header's three lines are one header."""
    rows = [line for line in pdf_to_markdown([_CATALOG]).splitlines() if line.startswith("|")]
    assert (
        rows[0] == "| No | Kode | Nama Pelatihan | Sasaran | Durasi (JP) | Biaya per Peserta (Rp) |"
    )
    assert rows[2:] == [
        "| 1 | KT-01 | Orientasi Guru PPPK Baru | Guru PPPK tahun pertama masa perjanjian kerja "
        "| 30 | 1.250.000 |",
        "| 2 | KT-02 | Pembelajaran Berdiferensiasi | Guru SD dan SMP | 24 | 950.000 |",
        "| 3 | KT-03 | Pembelajaran Berdiferensiasi untuk Kelas Rangkap | Guru SD pada sekolah "
        "kecil terpencil | 20 | 1.100.000 |",
        "| 4 | KT-04 | Konseling Sebaya dan Pencegahan Perundungan | Guru BK dan wali kelas SMP "
        "| 16 | 800.000 |",
    ]


def test_a_top_aligned_numbered_table_keeps_its_wrapped_lines_on_their_rows():
    """Numbers on the rows' first lines: every wrapped line goes on the row above, though a
    centred reading would fit the counts ("dengan kelas III" would start row 2)."""
    page = (
        "No   Nama Pelatihan          Sasaran\n"
        "1    Literasi Kelas Awal     Guru kelas I sampai\n"
        "                             dengan kelas III\n"
        "2    Literasi Kelas Tinggi   Guru kelas IV\n"
        "\n"
        "Sesudah tabel ini ada teks biasa."
    )
    rows = [line for line in pdf_to_markdown([page]).splitlines() if line.startswith("|")]
    assert rows[2:] == [
        "| 1 | Literasi Kelas Awal | Guru kelas I sampai dengan kelas III |",
        "| 2 | Literasi Kelas Tinggi | Guru kelas IV |",
    ]


def _decree_title(pdf: _Doc) -> None:
    pdf.add_page()
    for line in ("KEPUTUSAN KEPALA BADAN KEUANGAN", "NOMOR 800/027/BK/2026", "TENTANG"):
        pdf.centred(line)
    pdf.centred("TARGET JAM PELAJARAN PEGAWAI")
    pdf.ln(4)


def _decree(tmp_path: Path) -> Path:
    """A decree as agencies lay it out: a centred title, "Mengingat" items wrapped under their
    own text, and a signature block set to the right."""
    pdf = _Doc()
    _decree_title(pdf)
    items = (
        ("Mengingat", "1.", "Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil"),
        ("", "", "Negara;"),
        ("", "2.", "Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan"),
        ("", "", "Keuangan Daerah;"),
        ("", "3.", "Peraturan Bupati Nomor 41 Tahun 2023 tentang Susunan"),
        ("", "", "Organisasi Badan Keuangan;"),
    )
    for label, number, text in items:
        pdf.set_x(20)
        pdf.cell(30, 6, label)
        pdf.cell(8, 6, number)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.left(
        "KESATU: Setiap pegawai wajib memenuhi paling sedikit 24 (dua puluh empat) JP setahun."
    )
    pdf.ln(6)
    for line in (
        "Ditetapkan di Bandar Rampai",
        "pada tanggal 6 Januari 2026",
        "KEPALA BADAN KEUANGAN,",
        "ttd",
        "Drs. H. Syahrial Fadillah, M.Si.",
        "Pembina Utama Muda (IV/c)",
        "NIP 19710815 199603 1 004",
    ):
        pdf.set_x(120)
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.left("Tembusan Yth.: Bupati; Inspektur.")
    path = tmp_path / "keputusan.pdf"
    path.write_bytes(bytes(pdf.output()))
    return path


def test_a_decrees_wrapped_items_and_signature_block_are_no_headings(tmp_path):
    from knowledge.reading.signature import signature_block

    path = _decree(tmp_path)
    document = load_file(path, path.read_bytes())
    headings = [h for s in document.sections for h in s.heading]
    assert not any(h.startswith(("2. Peraturan", "3. Peraturan", "Ditetapkan")) for h in headings)
    text = "\n".join(s.text for s in document.sections)
    assert (
        "2. Peraturan Pemerintah Nomor 12 Tahun 2019 tentang Pengelolaan Keuangan Daerah;" in text
    )
    block = signature_block(text)
    assert block is not None and "Drs. H. Syahrial Fadillah, M.Si." in block
    assert "NIP 19710815 199603 1 004" in text.splitlines()


def test_a_glossarys_term_over_its_indented_definition_is_read_term_colon_definition(tmp_path):
    pdf = _Doc()
    pdf.add_page()
    pdf.left("Istilah dalam pedoman ini diartikan sebagai berikut.")
    pdf.ln(4)
    terms = (
        ("E-learning Asinkron", "Pembelajaran daring yang diikuti secara mandiri tanpa"),
        ("Izin Belajar", "Izin yang diberikan kepada PNS untuk menempuh pendidikan formal"),
    )
    for term, definition in terms:
        pdf.left(term, bold=True)
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(0, 6, definition, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(0, 6, "kehadiran fasilitator pada waktu yang sama.", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    path = tmp_path / "istilah.pdf"
    path.write_bytes(bytes(pdf.output()))
    text = "\n".join(s.text for s in load_file(path, path.read_bytes()).sections)
    assert "E-learning Asinkron: Pembelajaran daring yang diikuti secara mandiri tanpa" in text
    assert "Izin Belajar: Izin yang diberikan" in text


class _ScannedCopy(_Deck):
    """A copied decree: "Salinan ... Halaman N" along every page's foot, no running header."""

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("Helvetica", "", 9)
        self.cell(90, 8, "Salinan pindaian | Badan Keuangan")
        self.cell(0, 8, f"Halaman {self.page_no()}", align="R")


def test_a_decrees_parts_are_sections_and_its_colons_no_cells(tmp_path):
    pdf = _ScannedCopy()
    _decree_title(pdf)
    rows = [
        ["Menimbang", ":", "a. bahwa rata-rata capaian JP tahun 2025 sebesar 27,4 JP;"],
        ["Mengingat", ":", "1. Undang-Undang Nomor 20 Tahun 2023 tentang ASN;"],
    ]
    pdf.table(rows, [20, 50, 56])
    pdf.ln(3)
    pdf.centred("MEMUTUSKAN:")
    diktum = [
        ["KESATU", ":", "Setiap pegawai wajib memenuhi paling sedikit 24 JP setahun."],
        ["KEDUA", ":", "Laporan diunggah paling lambat 14 hari kerja setelah pelatihan."],
    ]
    pdf.table(diktum, [20, 50, 56])
    pdf.add_page()
    pdf.table([["KETIGA", ":", "Keputusan ini berlaku surut mulai 1 Januari 2026."]], [20, 50, 56])
    sections = _write(tmp_path, pdf, "keputusan.pdf").sections
    part = {s.heading[-1]: s.text for s in sections if s.heading}
    assert "a. bahwa rata-rata capaian JP tahun 2025 sebesar 27,4 JP;" in part["Menimbang"]
    assert "KESATU" not in part["Menimbang"] and "Undang-Undang" not in part["Menimbang"]
    assert part["Mengingat"].startswith("1. Undang-Undang Nomor 20 Tahun 2023")
    decided = part["Memutuskan"]
    assert "- KESATU: Setiap pegawai wajib memenuhi paling sedikit 24 JP setahun." in decided
    assert "- KETIGA: Keputusan ini berlaku surut mulai 1 Januari 2026." in decided
    assert "Halaman" not in "\n".join(s.text for s in sections)  # the copy's foot, page 1 too


def test_a_decision_numbered_past_ten_is_a_decision_line(tmp_path):
    """ "KEDUA BELAS : Keputusan ini mulai berlaku ...", set as text, reads like "KESATU"."""
    pdf = _Doc()
    _decree_title(pdf)
    pdf.left("Menimbang : a. bahwa target JP perlu ditetapkan;")
    pdf.centred("MEMUTUSKAN:")
    pdf.left("KESATU : Setiap pegawai wajib memenuhi paling sedikit 24 JP setahun.")
    pdf.left("KEDUA BELAS : Keputusan ini mulai berlaku pada tanggal 1 Maret 2026.")
    sections = _write(tmp_path, pdf, "keputusan.pdf").sections
    decided = next(s.text for s in sections if s.heading and s.heading[-1] == "Memutuskan")
    assert "- KESATU: Setiap pegawai wajib memenuhi paling sedikit 24 JP setahun." in decided
    assert "- KEDUA BELAS: Keputusan ini mulai berlaku pada tanggal 1 Maret 2026." in decided


@pytest.mark.parametrize(
    "text",
    ["Menimbang hal tersebut, rapat sepakat menunda pelatihan.", "Mengingat jadwal padat"],
)
def test_a_sentence_opening_with_a_decree_word_is_no_part(text):
    assert "# Menimbang" not in pdf_to_markdown([text]) and decree_part(text) is None


def test_a_running_header_from_the_second_page_of_three_is_dropped():
    pages = ["PERATURAN KEPALA DINAS\nNOMOR 2 TAHUN 2026\nIsi pertama."] + [
        f"Peraturan Kepala Dinas Nomor 2 Tahun 2026\nIsi halaman {n}.\nPenutup {n}." for n in (2, 3)
    ]
    kept = drop_running_lines(pages)
    assert [line for line in kept[1] if line] == ["Isi halaman 2.", "Penutup 2."]
    assert kept[0] == ["PERATURAN KEPALA DINAS", "NOMOR 2 TAHUN 2026", "Isi pertama."]


def test_justified_lines_are_text_and_a_tables_rows_stay_cells():
    page = (
        "Beberapa  ketentuan  dalam  Peraturan  Kepala  Dinas  Nomor  5  Tahun  2023  tentang\n"
        "Pengembangan    Kompetensi    Pegawai    di    Lingkungan    Dinas\n"
        "Pertanian   dan   Ketahanan   Pangan   (Berita   Daerah   Kabupaten\n"
        "Padang Lamun Tahun 2023 Nomor 37) diubah sebagai berikut:\n\n"
        "Unit                    Target   Capaian   Selisih\n"
        "Sekretariat             26       31        5\n"
        "Bidang Tanaman Pangan   26       22        -4"
    )
    md = pdf_to_markdown([page])
    assert "Pengembangan Kompetensi Pegawai di Lingkungan Dinas Pertanian dan Ketahanan" in md
    assert "| Pengembangan |" not in md
    assert "| Sekretariat | 26 | 31 | 5 |" in md


def test_an_amendments_roman_articles_are_sections():
    pages = [
        "                     Pasal I\n"
        "Beberapa ketentuan diubah sebagai berikut:\n"
        "1. Ketentuan Pasal 6 diubah sehingga berbunyi:\n"
        "                     Pasal 6\n"
        "(1) Setiap PNS wajib mengikuti paling sedikit 26 JP.\n"
        "                     Pasal II\n"
        "Peraturan ini mulai berlaku pada tanggal 1 Februari 2026."
    ]
    md = pdf_to_markdown(pages)
    assert "#### Pasal I\n" in md and "#### Pasal 6\n" in md and "#### Pasal II\n" in md
    assert md.index("26 JP") < md.index("#### Pasal II") < md.index("1 Februari 2026")
