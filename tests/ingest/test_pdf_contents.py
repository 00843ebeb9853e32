"""A PDF's table of contents is left out, over a page break too; its chapters are read where
they are, and a "Daftar Isi" heading over text that is no contents stays."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from ingest.loaders import load_file
from ingest.pdf_contents import drop_contents

ENTRIES = [
    ("BAB I PENDAHULUAN", 3),
    ("1.1 Latar Belakang", 3),
    ("1.2 Maksud dan Tujuan", 3),
    ("BAB II TARGET JAM PELAJARAN", 4),
    ("2.1 Target per Jabatan", 4),
    ("LAMPIRAN I DAFTAR ISTILAH", 5),
]


def _handbook(tmp_path: Path, leaders: bool) -> Path:
    pdf = FPDF()
    pdf.set_font("Helvetica", "", 11)
    pdf.add_page()
    pdf.cell(0, 8, "DAFTAR ISI", align="C", new_x="LMARGIN", new_y="NEXT")
    for k, (title, page) in enumerate(ENTRIES):
        if k == 3:  # the contents go on overleaf
            pdf.add_page()
        text = f"{title} {'.' * 40}" if leaders else title
        pdf.cell(150, 7, text)
        pdf.cell(0, 7, str(page), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.cell(0, 8, "BAB I", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "PENDAHULUAN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, "1.1 Latar Belakang", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Pedoman ini menetapkan target 24 JP per tahun bagi setiap pegawai.")
    path = tmp_path / ("pedoman-titik.pdf" if leaders else "pedoman.pdf")
    path.write_bytes(bytes(pdf.output()))
    return path


def test_the_contents_are_left_out_and_the_chapters_read_where_they_are(tmp_path):
    for leaders in (False, True):
        path = _handbook(tmp_path, leaders)
        document = load_file(path, path.read_bytes())
        text = "\n".join(s.text for s in document.sections)
        assert "Maksud dan Tujuan" not in text and "TARGET JAM PELAJARAN" not in text
        assert "24 JP" in text
        chapter = next(s for s in document.sections if "24 JP" in s.text)
        assert chapter.heading[0].startswith("BAB I")


def test_a_daftar_isi_over_text_that_is_no_contents_stays():
    page = [
        "DAFTAR ISI",
        "",
        "Daftar isi formulir ini dapat diunduh di laman dinas.",
        "Terima kasih.",
    ]
    assert drop_contents([page]) == [page]


def test_a_chapter_numeral_is_no_page_number():
    pages = [
        [
            "DAFTAR ISI",
            "BAB I PENDAHULUAN        3",
            "1.1 Latar Belakang      3",
            "1.2 Ruang Lingkup     3",
        ],
        ["                BAB I", "              PENDAHULUAN", "1.1 Latar Belakang"],
    ]
    assert drop_contents(pages)[1] == pages[1]
