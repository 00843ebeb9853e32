"""Pages in two columns of running text are read column by column; tables are not."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from ingest.loaders import load_file
from ingest.pdf_columns import unfold_columns

LEFT = (
    "Program pendampingan pegawai baru angkatan pertama resmi ditutup pada hari Rabu "
    "tanggal 6 Mei 2026 di aula utama kantor dinas. Sebanyak 13 peserta dinyatakan lulus "
    "dari 14 peserta yang mendaftar, sedangkan satu peserta pindah tugas ke kabupaten lain. "
    "Nilai rata-rata evaluasi akhir mencapai 82,4 dan predikat pendamping terbaik diraih "
    "oleh Ni Luh Putu Anggreni yang mendampingi dua peserta dari bidang layanan."
)
RIGHT = (
    "Satuan layanan keliling mengoperasikan tiga mobil dan satu motor yang singgah di 212 "
    "titik layanan sepanjang semester pertama, dari sekolah dasar sampai balai nelayan. "
    "Layanan keliling mencatat 46.210 pengunjung dan meminjamkan 18.935 eksemplar buku. "
    "Salah satu mobil sempat berhenti beroperasi selama tiga minggu pada bulan April karena "
    "perbaikan mesin, sehingga sebelas titik layanan dialihkan ke motor."
)


def _bulletin(tmp_path: Path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "WARTA DINAS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    top = pdf.get_y() + 4
    for x, text in ((10, LEFT), (110, RIGHT)):
        pdf.set_xy(x, top)
        pdf.multi_cell(88, 5, text)
    data = bytes(pdf.output())
    path = tmp_path / "warta.pdf"
    path.write_bytes(data)
    return load_file(path, data)


def _text(doc) -> str:
    return " ".join(" ".join(s.text for s in doc.sections).split())


def test_a_two_column_bulletin_reads_each_column_down(tmp_path):
    text = _text(_bulletin(tmp_path))
    assert " ".join(LEFT.split()) in text
    assert " ".join(RIGHT.split()) in text
    assert "|" not in text  # not read as a table


def _page(left: list[str], right: list[str], at: int = 56) -> list[str]:
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return [f"{a:<{at}}{b}".rstrip() for a, b in zip(left, right, strict=True)]


PROSE_L = [
    "Program pendampingan pegawai baru angkatan",
    "pertama resmi ditutup pada hari Rabu tanggal 6",
    "Mei 2026 di aula utama kantor dinas. Sebanyak",
    "13 peserta dinyatakan lulus dari 14 peserta yang",
    "mendaftar, sedangkan satu peserta pindah tugas",
    "ke kabupaten lain. Nilai rata-rata evaluasi akhir",
    "mencapai 82,4 dan predikat pendamping terbaik",
    "diraih oleh Ni Luh Putu Anggreni yang mendampingi",
    "dua peserta dari bidang layanan perpustakaan.",
]
PROSE_R = [
    "Satuan layanan keliling mengoperasikan tiga",
    "mobil dan satu motor yang singgah di 212 titik",
    "layanan sepanjang semester pertama, dari sekolah",
    "dasar sampai balai nelayan. Layanan keliling",
    "mencatat 46.210 pengunjung dan meminjamkan",
    "18.935 eksemplar buku. Salah satu mobil sempat",
    "berhenti beroperasi selama tiga minggu pada",
    "bulan April karena perbaikan mesin, sehingga",
    "sebelas titik layanan dialihkan ke motor pustaka.",
]


def test_columns_of_running_text_are_unfolded_and_a_footer_below_is_not_one_of_them():
    footer = ["", "", f"{'Warta Dinas - Edisi 7':<56}1"]
    lines = unfold_columns(["WARTA DINAS", "", *_page(PROSE_L, PROSE_R), *footer])
    assert lines[2 : 2 + len(PROSE_L)] == PROSE_L
    right = [line.strip() for line in lines if line.strip() in PROSE_R]
    assert right == PROSE_R
    assert lines[-1] == footer[-1]


def test_a_table_of_short_cells_is_not_columns():
    dates = ["11-13 Agustus", "12 Agustus", "13 Agustus", "14 Agustus"] * 3
    lines = _page(dates, PROSE_R[: len(dates)] + PROSE_R[: len(dates) - len(PROSE_R)])
    assert unfold_columns(lines) == lines


def test_a_table_whose_side_holds_several_cells_is_not_columns():
    cells = [f"{line[:20]:<24}{line[20:]}" for line in PROSE_R]
    lines = _page(PROSE_L, cells)
    assert unfold_columns(lines) == lines


def test_a_table_of_long_cells_whose_rows_start_together_is_not_columns():
    left, right = [], []
    for k in range(4):  # four rows, each two lines on both sides, each a sentence
        left += [f"Pertanyaan nomor {k} tentang pengakuan jam", "pelajaran bagi pegawai baru?"]
        right += [f"Jawaban nomor {k} menyebutkan paling sedikit", "dua puluh jam pelajaran."]
    lines = _page(left, right)
    assert unfold_columns(lines) == lines


def test_a_column_running_on_below_the_other_stays_in_its_column():
    """The left column two lines longer than the right: its last lines come before the right
    column, and the right column's first line, carrying on the left's last sentence, after."""
    left = [
        *PROSE_L,
        "Peserta terbaik menerima piagam dari kepala",
        "dinas dan uang pembinaan sesuai",
    ]
    right = ["ketentuan yang berlaku.", *PROSE_R[:7]]
    text = " ".join(unfold_columns(_page(left, right)))
    assert "dinas dan uang pembinaan sesuai" in text
    assert text.index("dinas dan uang pembinaan sesuai") < text.index("ketentuan yang berlaku.")
    assert text.index("kepala") < text.index("Satuan layanan keliling")


def _justified(line: str, width: int = 60) -> str:
    """The line's words spread to ``width`` as pypdf's layout text shows a justified line set
    in a TrueType font: the same run of spaces between every two words."""
    words = line.split()
    gap = max(1, (width - sum(map(len, words))) // (len(words) - 1))
    return (" " * gap).join(words)


def test_columns_set_flush_to_both_edges_are_unfolded():
    """A newsletter's justified columns spread their words with runs of 3+ spaces, which are
    not a table's cells."""
    left = [_justified(line) for line in PROSE_L[:-1]] + [PROSE_L[-1]]
    right = [_justified(line) for line in PROSE_R[:-1]] + [PROSE_R[-1]]
    assert sum("   " in line for line in left + right) > len(left)  # runs of 3+ spaces
    lines = unfold_columns(["WARTA DINAS", "", *_page(left, right, at=66)])
    assert [" ".join(line.split()) for line in lines[2 : 2 + len(left)]] == PROSE_L
    assert [" ".join(line.split()) for line in lines if line.strip()][-len(right) :] == PROSE_R


def test_a_short_last_column_beside_a_long_first_is_unfolded():
    """A one-page bulletin whose text fills the first column and runs six lines into the
    second (its masthead's end, with a justified two-word line "tulisan     ke"): the first
    column is read down whole before the second, not line by line across the gutter."""
    left = [*PROSE_L, *PROSE_R[:6]]
    right = [
        "Penanggung jawab: Rosmaini Harahap, S.E.,",
        "M.Si.; redaktur: Yulia Fitriani Nasution;",
        f"{'tulisan':<44}ke",
        "redaksi@dinas.contohkab.go.id paling lambat",
        "tanggal 25 setiap bulan. Dokumen fiktif.",
        "Terbit setiap dua bulan untuk pegawai.",
    ]
    lines = unfold_columns(["WARTA DINAS", "", *_page(left, right, at=60)])
    assert [line.strip() for line in lines[2 : 2 + len(left)]] == left
    assert [line.strip() for line in lines if line.strip() in right] == right
    assert lines.index(right[0]) > lines.index(left[-1])


def test_a_short_table_beside_running_text_is_not_columns():
    """Four rows of short cells beside a long paragraph are no second column."""
    cells = ["Senin 08.00", "Selasa 09.00", "Rabu 10.00", "Kamis 11.00"]
    lines = _page([*PROSE_L, *PROSE_R], cells, at=60)
    assert unfold_columns(lines) == lines
