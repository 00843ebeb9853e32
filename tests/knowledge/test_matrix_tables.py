"""A table file whose rows are trainings and whose columns are units (seats per unit, with a
"total" column and a total row): a unit's cell, a unit's total, the row with the most seats."""

from __future__ import annotations

from datetime import date

from knowledge.reading.asked import asked_unit
from knowledge.reading.facts import has_fact
from knowledge.reading.question import analyse
from tests.knowledge.test_answer import answerer_over

TODAY = date(2027, 3, 1)

SEATS = "\n".join(
    [
        "kode,nama_pelatihan,jp,bulan,UMUM,KEU,HUMAS,PPID,total",
        "DK-27-01,Jurnalistik Dasar untuk Kehumasan,16,April,0,1,5,2,8",
        "DK-27-02,Penatausahaan Keuangan Daerah,24,Mei,1,6,0,0,7",
        "DK-27-03,Pengelolaan Arsip Dinamis,12,Juni,4,1,1,3,9",
        "DK-27-04,Pelayanan Informasi Publik,12,Juli,1,1,2,5,9",
        "DK-27-05,Penulisan Naskah Dinas,8,Agustus,3,2,2,1,8",
        ",JUMLAH KURSI,,,9,11,10,11,41",
        '"# Alokasi kursi diklat 2027 per subbagian; ditetapkan Sekretaris 3 Januari 2027."',
    ]
)

UNITS = """# Susunan organisasi Sekretariat

Sekretariat terdiri atas Subbagian Umum (UMUM), Subbagian Keuangan (KEU), Subbagian Hubungan
Masyarakat (HUMAS), dan Subbagian Pengelolaan Informasi dan Dokumentasi (PPID). Setiap
subbagian dipimpin seorang kepala subbagian.
"""
FILES = {"alokasi-kursi-diklat-2027.csv": SEATS, "susunan-organisasi.md": UNITS}


def test_a_unit_getting_a_count_asks_of_the_thing_counted_not_of_the_unit():
    idf = {"bidang": 2.0, "humas": 3.0, "kursi": 3.0, "latih": 1.0, "jurnalistik": 4.0}
    q = analyse("Bidang HUMAS mendapat berapa kursi pelatihan Jurnalistik Dasar?", today=TODAY)
    assert q.head(idf) == {"kursi"}
    had = analyse("subbag humas dapat berapa kursi jurnalistik dasar", today=TODAY)
    assert had.head(idf | {"subbag": 2.0}) == {"kursi"}
    # a measure is no thing got: "PNS dapat berapa hari cuti" asks of the PNS' leave
    leave = analyse("PNS dapat berapa hari cuti tahunan?", today=TODAY)
    assert leave.head({"pns": 2.0, "hari": 1.0, "cuti": 3.0}) != {"hari"}
    # no verb before the question word: the phrase's head is asked of, as before
    assert analyse("kursi pelatihan jurnalistik berapa", today=TODAY).head(idf) == {"kursi"}


def test_a_year_after_a_unit_word_dates_the_question_and_is_no_unit():
    words = ["berapa", "kursi", "pelatihan", "tahun", "2027"]
    assert asked_unit(words) is None
    assert asked_unit(["berapa", "pelatihan", "tahun", "ini"]) is None
    assert asked_unit(["berapa", "lama", "pelatihan"]) == "lama"


def test_a_day_asked_is_no_count_of_the_unit_named_after_it():
    """ "mulai tanggal berapa pencatatan JP pakai X": the day the recording starts, not a
    number of JP; "jam berapa pelatihan 20 JP dibuka" asks a time of day."""
    words = ["mulai", "tanggal", "berapa", "pencatatan", "jp", "pakai", "situmbuh"]
    assert asked_unit(words) is None
    assert analyse("mulai tgl brp pencatatan JP pake SITUMBUH?", today=TODAY).kind == "day"
    assert asked_unit(["jam", "berapa", "pelatihan", "jp", "dibuka"]) == "pukul"
    assert asked_unit(["berapa", "target", "jp", "pns"]) == "jp"


def test_a_day_of_a_month_is_no_count():
    q = analyse("berapa total kursi diklat 2027?", today=TODAY)
    bare = q.__class__(**{**q.__dict__, "units": ()})
    assert not has_fact("Alokasi kursi diklat 2027; ditetapkan Sekretaris 3 Januari 2027.", bare)
    assert has_fact("Alokasi kursi diklat 2027 sebanyak 41 kursi.", bare)


def test_a_units_cell_of_a_trainings_row(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, FILES)
    answer = answerer.answer("Bidang HUMAS mendapat berapa kursi pelatihan Jurnalistik Dasar?")
    assert answer.outcome == "answer"
    assert "HUMAS: 5" in answer.text
    assert answer.sources[0].source.endswith("alokasi-kursi-diklat-2027.csv")


def test_a_units_total_is_read_from_the_total_row(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, FILES)
    answer = answerer.answer("Subbagian KEU total dapat berapa kursi diklat tahun 2027?")
    assert answer.outcome == "answer"
    assert "KEU: 11" in answer.text
    whole = answerer.answer("Total kursi diklat 2027 semuanya berapa?")
    assert whole.outcome == "answer" and "total: 41" in whole.text


def test_the_row_with_the_most_seats_is_read_from_the_total_column(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, FILES)
    answer = answerer.answer("Pelatihan mana yang kursinya paling banyak tahun 2027?")
    assert answer.outcome == "answer"
    shown = answer.text.split("Sumber")[0]
    assert "Pengelolaan Arsip Dinamis" in shown and "Pelayanan Informasi Publik" in shown
    assert "Jurnalistik Dasar" not in shown


def test_which_unit_gets_the_most_is_not_read_from_the_trainings_total(tmp_path, store, embedder):
    answerer = answerer_over(tmp_path, store, embedder, FILES)
    answer = answerer.answer("Subbagian mana yang kursinya paling banyak tahun 2027?")
    assert 'menurut kolom "total"' not in answer.text
