"""A passage titled for one course of the catalog does not answer for another: terms of
reference titled for one course state its pass mark, not another's. The course asked is the
one whose catalog name (its kind and bracketed acronym aside) the question writes in order,
or whose code (letters and figures) it writes (knowledge/answers/courses.py)."""

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


def test_a_heading_naming_a_courses_words_without_its_kind_is_no_courses_terms(
    tmp_path, store, embedder
):
    """A handbook titled "Pedoman Manajemen Kinerja Pegawai" is no course's terms though the
    catalog lists "Manajemen Kinerja" (its words stand after no kind of course), and a code
    of figures only ("1") names nothing: its general pass mark answers for any course."""
    catalog = CATALOG + (
        "  - {kode: 1, nama: Manajemen Kinerja, jp: 16, metode: daring, "
        "tanggal_mulai: 2031-05-05, tanggal_selesai: 2031-05-06}\n"
    )
    handbook = (
        "# Pedoman Manajemen Kinerja Pegawai\n\n## Kelulusan Pelatihan\n\n"
        "Setiap pelatihan dinyatakan lulus dengan nilai ujian paling rendah 70 dalam 1 hari ujian.\n"
    )
    files = {"katalog.yaml": catalog, "pedoman-manajemen-kinerja.md": handbook}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("nilai minimal lulus pelatihan teknik presentasi publik brp?")
    assert answer.outcome == "answer" and "70" in answer.text
