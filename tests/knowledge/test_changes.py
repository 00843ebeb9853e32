"""A passage anywhere in the index that moves a day an answer would give goes first."""

from __future__ import annotations

from knowledge.answers.changes import Changes
from tests.knowledge.test_answer import answerer_over

SCHEDULE = (
    "# Kalender Kegiatan September 2026\n\n"
    "| Tanggal | Kegiatan | Tempat |\n|---|---|---|\n"
    "| 1-3 September | Kelas Katalogisasi Angkatan II | Ruang Kenari |\n"
    "| 2-3 September | Klinik Uji Kompetensi Gelombang II | Ruang Pelatihan Depo Arsip |\n"
    "| 16 September | Uji Kompetensi Arsiparis Gelombang II | Laboratorium Komputer |\n"
)
MINUTES = (
    "# Transkrip Rapat Daring Tim Pengembangan Kompetensi 4 Agustus 2026\n\n"
    + "".join(
        f"[00:{k:02d}:00] Peserta rapat {k}: pembahasan tanggal helpdesk dan laporan refleksi.\n\n"
        for k in range(30)
    )
    + "## Ringkasan keputusan\n\n"
    "1. Helpdesk diperpanjang sampai pukul 18.00 WITA.\n"
    "2. Klinik Uji Kompetensi Gelombang II: semula 2-3 September 2026, menjadi 9-10 September "
    "2026; tempat tetap Ruang Pelatihan Depo Arsip.\n"
)


def test_minutes_moving_a_scheduled_day_answer_when_it_is_now(tmp_path, store, embedder):
    answerer = answerer_over(
        tmp_path, store, embedder, {"kalender.md": SCHEDULE, "transkrip-rapat.md": MINUTES}
    )
    answer = answerer.answer("klinik uji kompetensi gel 2 jadinya tgl brp?")
    assert answer.outcome != "refusal"
    assert "9-10 September 2026" in answer.text
    moved = Changes(answerer.searcher).moving(SCHEDULE, rows_only=False, skip=set())
    assert [h.chunk.doc_id for h in moved] == ["transkrip-rapat"]
