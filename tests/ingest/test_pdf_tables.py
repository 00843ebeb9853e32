"""Ruled PDF tables read from their rules: real PDFs written with fpdf2's bordered tables,
whose cells wrap (in the first column too), span rows and columns, and go on over a page."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

from ingest.loaders import load_file
from ingest.pdf_tables import RuledTable, mark_tables, ruled_tables

POSTS = [
    ["Pos Sektor", "Wilayah", "Alamat", "Kepala Pos", "Personel"],
    ["Pos Sektor I", "WMK Tanjung Batu", "Jalan Laksamana Bintan Nomor 27", "Agus Rumbewas", "58"],
    [
        "Pos Sektor III",
        "WMK Bukit Kelapa",
        "Jalan Poros Bukit Kelapa Kilometer 4",
        "I Made Suarjana",
        "38",
    ],
    [
        "Pos Sektor IV",
        "WMK Sungai Bening",
        "Jalan Sungai Bening Raya Nomor 15",
        "Hasanuddin Ngemba",
        "36",
    ],
]


def _pdf() -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    return pdf


def _para(pdf: FPDF, text: str) -> None:
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")


def _table(pdf: FPDF, rows: list[list[str]], widths: list[int], **options) -> None:
    with pdf.table(col_widths=widths, line_height=5.5, text_align="LEFT", **options) as table:
        for row in rows:
            cells = table.row()
            for cell in row:
                cells.cell(cell)


def _text(tmp_path: Path, pdf: FPDF) -> str:
    data = bytes(pdf.output())
    path = tmp_path / "tabel.pdf"
    path.write_bytes(data)
    return "\n".join(section.text for section in load_file(path, data).sections)


def _rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def test_a_first_column_cell_that_wraps_stays_in_its_row(tmp_path):
    """ "Pos Sektor" / "III" in a narrow first column: one row, "Pos Sektor III", with its
    address's second line and its head of post (the layout text reads "III" as a new row)."""
    pdf = _pdf()
    _para(pdf, "Pasal 4 Pos Sektor ditetapkan sebagai berikut.")
    _table(pdf, POSTS, [14, 20, 30, 24, 12])
    _para(pdf, "Pegawai selain personel Pos Sektor bertugas di Kantor Dinas.")
    text = _text(tmp_path, pdf)
    assert _rows(text) == [
        "| Pos Sektor | Wilayah | Alamat | Kepala Pos | Personel |",
        "|---|---|---|---|---|",
        "| Pos Sektor I | WMK Tanjung Batu | Jalan Laksamana Bintan Nomor 27 | Agus Rumbewas | 58 |",
        "| Pos Sektor III | WMK Bukit Kelapa | Jalan Poros Bukit Kelapa Kilometer 4 | I Made Suarjana | 38 |",
        "| Pos Sektor IV | WMK Sungai Bening | Jalan Sungai Bening Raya Nomor 15 | Hasanuddin Ngemba | 36 |",
    ]
    assert "Pos Sektor ditetapkan sebagai berikut." in text
    assert "Pegawai selain personel Pos Sektor bertugas di Kantor Dinas." in text


def test_a_total_row_with_an_empty_first_cell_is_a_row_of_its_own(tmp_path):
    pdf = _pdf()
    rows = [
        ["No", "Uraian", "Jumlah"],
        ["1", "Pelatihan klasikal", "Rp612.400.000"],
        ["2", "Honorarium mentor (paling banyak 14 mentor)", "Rp37.800.000"],
        ["", "Jumlah", "Rp650.200.000"],
    ]
    _table(pdf, rows, [10, 60, 30])
    assert _rows(_text(tmp_path, pdf))[-2:] == [
        "| 2 | Honorarium mentor (paling banyak 14 mentor) | Rp37.800.000 |",
        "|  | Jumlah | Rp650.200.000 |",
    ]


def test_a_table_going_on_over_a_page_is_one_table_under_one_header(tmp_path):
    pdf = _pdf()
    _para(pdf, "Pasal 1")  # a heading: a document without one is read page by page
    for k in range(37):
        _para(pdf, f"Baris pengantar nomor {k + 1} sebelum tabel.")
    rows = [
        ["No", "Kegiatan", "JP"],
        *([str(n), f"Kegiatan ke-{n}", f"{n} JP"] for n in range(1, 9)),
    ]
    _table(pdf, rows, [10, 60, 20], repeat_headings=1)
    _para(pdf, "Teks sesudah tabel.")
    assert pdf.page_no() == 2
    table = _rows(_text(tmp_path, pdf))
    assert table[0] == "| No | Kegiatan | JP |"
    assert table[2:] == [f"| {n} | Kegiatan ke-{n} | {n} JP |" for n in range(1, 9)]


def test_a_two_row_header_is_read_as_one_header_naming_both_levels(tmp_path):
    """ "Persyaratan" over "Pengalaman" and "Pelatihan", "Jenjang" spanning both header rows:
    each column is named by its group and its own label."""
    pdf = _pdf()
    heading = FontFace(emphasis="BOLD")
    with pdf.table(
        col_widths=[30, 40, 40, 20], line_height=5.5, num_heading_rows=2, headings_style=heading
    ) as table:
        row = table.row()
        row.cell("Jenjang", rowspan=2)
        row.cell("Persyaratan", colspan=2)
        row.cell("Honor", rowspan=2)
        row = table.row()
        row.cell("Pengalaman")
        row.cell("Pelatihan")
        for cells in (
            ["Tingkat I", "masa kerja 3 tahun", "Pelatihan Fasilitator I", "150.000"],
            ["Tingkat II", "12 pertemuan", "Pelatihan Fasilitator II", "250.000"],
        ):
            row = table.row()
            for cell in cells:
                row.cell(cell)
    assert _rows(_text(tmp_path, pdf)) == [
        "| Jenjang | Persyaratan Pengalaman | Persyaratan Pelatihan | Honor |",
        "|---|---|---|---|",
        "| Tingkat I | masa kerja 3 tahun | Pelatihan Fasilitator I | 150.000 |",
        "| Tingkat II | 12 pertemuan | Pelatihan Fasilitator II | 250.000 |",
    ]


def test_a_cell_spanning_rows_is_read_in_every_row_it_covers(tmp_path):
    pdf = _pdf()
    with pdf.table(col_widths=[40, 30, 20], line_height=5.5) as table:
        for cells in (["Jabatan", "Jenjang", "Target"],):
            row = table.row()
            for cell in cells:
                row.cell(cell)
        row = table.row()
        row.cell("JF Pemadam Kebakaran", rowspan=2)
        row.cell("Pemula")
        row.cell("24 JP")
        row = table.row()
        row.cell("Terampil")
        row.cell("28 JP")
    assert _rows(_text(tmp_path, pdf))[2:] == [
        "| JF Pemadam Kebakaran | Pemula | 24 JP |",
        "| JF Pemadam Kebakaran | Terampil | 28 JP |",
    ]


def test_pages_without_aligned_cells_are_not_opened_and_an_unreadable_file_has_none():
    assert ruled_tables(b"not a pdf", ["Satu paragraf saja.\nDan baris kedua."]) == {}
    cells = "No   Kegiatan   JP\n1    Coaching   2 JP\n"
    assert ruled_tables(b"%PDF-1.4 rusak", [cells]) == {}


def test_a_table_whose_lines_are_not_in_the_page_text_leaves_the_page_as_it_is():
    lines = ["Pasal 1", "Teks biasa tanpa tabel.", "Baris lain."]
    marks: dict = {}
    table = RuledTable([["No", "Kegiatan"], ["1", "Coaching"]], ["no", "kegiatan", "1", "coaching"])
    assert mark_tables(lines, [table], marks) == lines
    assert marks == {}


def _cells(pdf: FPDF, rows: list[list[tuple[str, int, int]]], widths: list[int], **options):
    """A table whose cells are (text, colspan, rowspan)."""
    with pdf.table(col_widths=widths, line_height=5.5, text_align="LEFT", **options) as table:
        for cells in rows:
            row = table.row()
            for text, colspan, rowspan in cells:
                row.cell(text, colspan=colspan, rowspan=rowspan)


def test_a_title_ruled_over_the_header_is_a_caption_and_a_group_row_is_said_once(tmp_path):
    pdf = _pdf()
    _cells(
        pdf,
        [
            [("Tabel 3. Honor Narasumber", 3, 1)],
            [("Kegiatan", 1, 1), ("Honor", 1, 1), ("Satuan", 1, 1)],
            [("A. Pelatihan Klasikal", 3, 1)],
            [("Pelatihan dasar", 1, 1), ("Rp300.000", 1, 1), ("per sesi", 1, 1)],
        ],
        [50, 30, 30],
        first_row_as_headings=False,
    )
    text = _text(tmp_path, pdf)
    assert "Tabel 3. Honor Narasumber" in text.splitlines()
    assert _rows(text) == [
        "| Kegiatan | Honor | Satuan |",
        "|---|---|---|",
        "| A. Pelatihan Klasikal |  |  |",
        "| Pelatihan dasar | Rp300.000 | per sesi |",
    ]


def test_a_first_row_spanning_rows_under_no_header_cells_over_columns_is_data(tmp_path):
    """Only a header cell over several columns makes the rows below it header rows: a first
    row whose cell spans two rows is two rows of data."""
    pdf = _pdf()
    _cells(
        pdf,
        [
            [("Tahap", 1, 1), ("Kegiatan", 1, 1), ("Tanggal", 1, 1)],
            [("Gelombang I", 1, 2), ("Pendaftaran", 1, 1), ("1-10 Maret 2026", 1, 1)],
            [("Pelaksanaan", 1, 1), ("20-22 April 2026", 1, 1)],
        ],
        [30, 40, 40],
        first_row_as_headings=False,
    )
    assert _rows(_text(tmp_path, pdf)) == [
        "| Tahap | Kegiatan | Tanggal |",
        "|---|---|---|",
        "| Gelombang I | Pendaftaran | 1-10 Maret 2026 |",
        "| Gelombang I | Pelaksanaan | 20-22 April 2026 |",
    ]


def test_a_ruled_box_of_one_row_is_no_table(tmp_path):
    pdf = _pdf()
    _para(pdf, "Pasal 9 Laporan disampaikan kepada Kepala Bidang.")
    _table(pdf, [["Mengetahui, Kepala Bidang", "Yang melaporkan, Peserta"]], [60, 60])
    text = _text(tmp_path, pdf)
    assert not _rows(text) and "Mengetahui, Kepala Bidang" in text


def test_a_label_above_the_table_and_a_note_beside_its_last_row_stay_text():
    """A line "Jadwal" right above a table whose header opens with "Jadwal" is the label, not
    the header; a note printed beside the last row is text after the table, not a row."""
    rows = [["Jadwal", "Kegiatan"], ["Senin", "Apel pagi"], ["Selasa", "Latihan"]]
    words = [w.lower() for row in rows for cell in row for w in cell.split()]
    lines = [
        "Jadwal",
        "Jadwal     Kegiatan",
        "Senin      Apel pagi",
        "Selasa     Latihan      catatan: diubah bila hujan deras",
        "Teks berikutnya.",
    ]
    marks: dict = {}
    kept = mark_tables(lines, [RuledTable(rows, words)], marks)
    assert kept == [
        "Jadwal",
        next(iter(marks)),
        "catatan: diubah bila hujan deras",
        "Teks berikutnya.",
    ]


def test_a_rotated_page_keeps_the_layout_texts_reading(tmp_path):
    """pypdf turns a rotated page upright; pdfplumber reads its rules as drawn, which would
    transpose the table: a rotated page is read from its layout text."""
    import io

    from pypdf import PdfReader, PdfWriter

    pdf = _pdf()
    _para(pdf, "Pasal 2 Kuota pelatihan per unit kerja sebagai berikut.")
    _table(
        pdf,
        [["No", "Unit Kerja", "Kuota"], ["1", "Sekretariat", "4"], ["2", "UPT", "6"]],
        [10, 50, 20],
    )
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(bytes(pdf.output()))).pages:
        writer.add_page(page.rotate(90))
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / "diputar.pdf"
    path.write_bytes(buffer.getvalue())
    from pypdf import PdfReader as Reader

    pages = [p.extract_text(extraction_mode="layout") for p in Reader(path).pages]
    assert ruled_tables(buffer.getvalue(), pages) == {}


def test_a_word_broken_where_a_narrow_column_ends_is_one_word_and_two_words_stay_two(tmp_path):
    """fpdf2, like a word processor, breaks a word wider than its column where the column
    ends: "PLM-" / "06", "Kuot" / "a", "dibat" / "asi". The cells read "PLM-06", "Kuota" and
    "tidak dibatasi" (a code, words the document writes elsewhere); "Penanggung" / "jawab"
    and "tidak" / "dibat", broken at their space, stay two words."""
    pdf = _pdf()
    _para(pdf, "Pasal 7 Kuota pelatihan, yang dapat tidak dibatasi, tercantum dalam Tabel 2.")
    _table(
        pdf,
        [
            ["Kode", "Nama pelatihan", "Kuota", "Penanggung jawab"],
            ["PLM-06", "Keselamatan Pasien", "35", "dr. Melati Puspita"],
            ["PLM-05", "PPI Penyegaran", "tidak dibatasi", "Ns. Sari Wulandari"],
        ],
        [5, 66, 5, 11],  # shares of the page's width
    )
    text = _text(tmp_path, pdf)
    rows = _rows(text)
    assert rows[0].startswith("| Kode | Nama pelatihan | Kuota | Penanggung")
    assert "| PLM-06 | Keselamatan Pasien | 35 |" in rows[2]
    assert "| PLM-05 | PPI Penyegaran | tidak dibatasi |" in rows[3]
    assert "Penanggungjawab" not in text and "tidakdibatasi" not in text


def test_a_phone_number_or_an_amount_broken_by_a_narrow_column_is_one_figure(tmp_path):
    """ "0811-4790-112" / "3" in a narrow "Nomor WA" column is one number, as a code is;
    two figures on two lines of a wide cell stay two."""
    pdf = _pdf()
    _para(pdf, "Penanggung jawab pelatihan tercantum dalam Tabel 7.")
    _table(
        pdf,
        [
            ["Kode", "Nama", "Nomor WA", "Biaya"],
            ["DHB-08", "Capt. Ismail Letsoin, M.Mar.", "0811-4790-1123", "Rp52.300.000"],
            ["DHB-15", "Kevin Rumbewas, S.Kom.", "0822-3815-6620", "Rp9.600.000"],
        ],
        [12, 60, 10, 9],  # shares of the page's width
    )
    text = _text(tmp_path, pdf)
    assert "0811-4790-1123" in text and "0822-3815-6620" in text
    assert "Rp52.300.000" in text


def test_two_figures_stacked_in_a_narrow_cell_stay_two(tmp_path):
    """Two phone numbers, two dates or two amounts on two lines of one cell are two figures,
    however close the first comes to the column's edge."""
    pdf = _pdf()
    _para(pdf, "Kontak dan jadwal tercantum dalam Tabel 3.")
    _table(
        pdf,
        [
            ["Kode", "Nama", "Kontak", "Tanggal"],
            [
                "DHB-02",
                "Muhammad Kaplale",
                "0813-4455-2097 0812-3344-5566",
                "12/03/2026 15/03/2026",
            ],
            ["DHB-03", "Abdul Tuasamu", "0812-4730-1188 0852-4319-0846", "1.250.000 2.500.000"],
        ],
        [12, 55, 16, 16],
    )
    text = _text(tmp_path, pdf)
    for glued in ("11880852", "20970812", "202615/03", "0002.500"):
        assert glued not in text
