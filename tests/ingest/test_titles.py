"""Titles as Indonesian official documents state them: a letter's subject, the title block
under a letterhead (never the letterhead); nothing invented when there is none."""

from ingest.titles import official_title

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


def test_a_letter_is_titled_by_its_subject_not_its_letterhead():
    assert official_title(LETTER) == (
        "Undangan Bimbingan Teknis Penyusunan SKP bagi Pejabat Fungsional"
    )


def test_under_a_letterhead_the_title_block_is_the_title():
    assert official_title(LETTERHEAD_AND_TITLE) == (
        "PANDUAN PELAKSANAAN MAGANG ASN DI BUMD TAHUN 2026"
    )


def test_a_circular_under_a_letterhead_is_titled_by_its_head_not_its_addressees():
    text = (
        "PEMERINTAH KABUPATEN SUKAMAJU\nSEKRETARIAT DAERAH\nJalan Merdeka No. 1\n\n"
        "            Sukamaju, 2 Januari 2026\n\nYth. 1. Kepala Perangkat Daerah\n     2. Camat\n\n"
        "SURAT EDARAN SEKRETARIS DAERAH\nNOMOR 800/12/2026\nTENTANG\nJAM PELAJARAN WEBINAR\n\n"
        "Dalam rangka ..."
    )
    assert official_title(text) == (
        "SURAT EDARAN SEKRETARIS DAERAH NOMOR 800/12/2026 TENTANG JAM PELAJARAN WEBINAR"
    )


def test_no_title_is_invented():
    assert official_title("BADAN KEPEGAWAIAN DAERAH\nJalan Merdeka\n\nI. UMUM\nIsi.") is None
    assert official_title("Tanya jawab seputar JP\n\nT: Apa itu JP?\nJ: Jam pelajaran.") is None
    assert official_title("") is None
