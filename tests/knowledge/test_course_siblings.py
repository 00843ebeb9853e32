"""A passage about one course of the catalog does not answer for another: terms of reference
titled for one course state its pass mark, not another's; a handbook section naming only
other courses does not either. The course asked is the one whose whole catalog name (its
kind and bracketed acronym aside) or code the question writes."""

from __future__ import annotations

from tests.knowledge.test_answer import answerer_over

CATALOG = """
catalog: {title: Katalog Pelatihan Dinas 2031}
trainings:
  - {kode: DKB-31-04, nama: Pelatihan Pemandu Museum, jp: 40, metode: klasikal, tanggal_mulai: 2031-09-08, tanggal_selesai: 2031-09-12}
  - {kode: DKB-31-07, nama: Teknik Presentasi Publik (TPP), jp: 24, metode: klasikal, tanggal_mulai: 2031-10-06, tanggal_selesai: 2031-10-08}
  - {kode: DKB-31-09, nama: Bahasa Isyarat Pelayanan Tingkat I, jp: 20, metode: klasikal, tanggal_mulai: 2031-07-01, tanggal_selesai: 2031-07-03}
"""

TOR = """# KAK Pelatihan Pemandu Museum 2031

## 1. Latar Belakang

Pelatihan ini bagian dari katalog dinas dengan kode DKB-31-04.

## 7. Kelulusan

Peserta dinyatakan lulus apabila hadir paling sedikit 90% dan memperoleh nilai ujian praktik
paling rendah 75. Peserta yang lulus menerima sertifikat 40 JP.
"""

HANDBOOK = """# Buku Panduan Belajar Pegawai 2031

## BAB V Katalog Internal

Bahasa Isyarat Pelayanan Tingkat I disusun untuk petugas loket. Peserta yang ingin lanjut ke
tingkat berikutnya harus lulus Tingkat I dengan nilai paling rendah 70.
"""


def test_another_courses_terms_do_not_give_the_asked_courses_pass_mark(tmp_path, store, embedder):
    files = {"katalog.yaml": CATALOG, "kak-pemandu-museum-2031.md": TOR}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("nilai minimal lulus pelatihan teknik presentasi publik brp?")
    assert answer.outcome == "refusal"
    assert "75" not in answer.text


def test_the_asked_courses_own_terms_do(tmp_path, store, embedder):
    files = {"katalog.yaml": CATALOG, "kak-pemandu-museum-2031.md": TOR}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("nilai minimal lulus pelatihan pemandu museum brp?")
    assert answer.outcome == "answer"
    assert "75" in answer.text
    by_code = answerer.answer("nilai minimal lulus DKB-31-04 berapa?")
    assert by_code.outcome == "answer" and "75" in by_code.text


def test_a_section_naming_only_other_courses_does_not_answer(tmp_path, store, embedder):
    files = {"katalog.yaml": CATALOG, "panduan-belajar-2031.md": HANDBOOK}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("nilai minimal lulus teknik presentasi publik brp?")
    assert answer.outcome == "refusal"
    assert "70" not in answer.text.split("Sumber")[0]
    own = answerer.answer("nilai minimal lulus bahasa isyarat pelayanan tingkat I brp?")
    assert own.outcome == "answer" and "70" in own.text
