"""Titles as Indonesian official documents state them: the regulation or decision head, a
letter's subject, the title block under a letterhead; nothing invented when there is none."""

from ingest.titles import official_title

DECISION = """KEPUTUSAN WALI KOTA SUKAMAJU
NOMOR 800/17/BKPSDM/2026
TENTANG
PENUNJUKAN PENGELOLA KOMPETENSI
PADA PERANGKAT DAERAH

WALI KOTA SUKAMAJU,
Menimbang: bahwa untuk melaksanakan ...
"""

LETTER = """PEMERINTAH KOTA SUKAMAJU
DINAS KESEHATAN
Jalan Pahlawan No. 5, Sukamaju

Nomor    : 800/221/Dinkes/2026
Lampiran : -
Perihal  : Undangan Bimbingan Teknis Penyusunan SKP
           bagi Pejabat Fungsional
Yth. Kepala Puskesmas
"""

LETTERHEAD_AND_TITLE = """BADAN KEPEGAWAIAN DAERAH KABUPATEN SUKAMAJU
Jalan Merdeka No. 1

PANDUAN PELAKSANAAN
MAGANG ASN DI BUMD TAHUN 2026

I. LATAR BELAKANG
Program magang ...
"""


def test_a_decision_is_titled_by_its_head():
    assert official_title(DECISION) == (
        "KEPUTUSAN WALI KOTA SUKAMAJU NOMOR 800/17/BKPSDM/2026 tentang PENUNJUKAN PENGELOLA"
        " KOMPETENSI PADA PERANGKAT DAERAH"
    )


def test_a_head_run_together_on_one_line_as_a_pdf_gives_it():
    text = "PERATURAN BUPATI SUKAMAJU NOMOR 3 TAHUN 2026 TENTANG PEDOMAN DIKLAT\nBAB I"
    assert official_title(text) == "PERATURAN BUPATI SUKAMAJU NOMOR 3 TAHUN 2026 tentang PEDOMAN DIKLAT"


def test_a_letter_is_titled_by_its_subject_not_its_letterhead():
    assert official_title(LETTER) == (
        "Undangan Bimbingan Teknis Penyusunan SKP bagi Pejabat Fungsional"
    )


def test_under_a_letterhead_the_title_block_is_the_title():
    assert official_title(LETTERHEAD_AND_TITLE) == (
        "PANDUAN PELAKSANAAN MAGANG ASN DI BUMD TAHUN 2026"
    )


def test_no_title_is_invented():
    assert official_title("BADAN KEPEGAWAIAN DAERAH\nJalan Merdeka\n\nI. UMUM\nIsi.") is None
    assert official_title("Tanya jawab seputar JP\n\nT: Apa itu JP?\nJ: Jam pelajaran.") is None
    assert official_title("") is None
