"""A passage anywhere in the index that moves a day an answer would give goes first."""

from __future__ import annotations

from knowledge.answers.changes import Changes
from knowledge.reading import analyse
from tests.knowledge.test_answer import TODAY, answerer_over

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


def test_minutes_moving_one_row_leave_the_rows_they_do_not_name(tmp_path, store, embedder):
    """The minutes move the clinic's days, not the librarians' test on another row of the
    same schedule: read for "kapan ujikom pustakawan gelombang 2", the schedule stays first
    (in a library's documents "pustakawan" is everywhere, and the minutes' sentence holds
    the rest of the question)."""
    schedule = SCHEDULE + "| 1 Oktober 2026 | Uji Kompetensi Pustakawan Gelombang II | Lab |\n"
    guide = "".join(
        f"## Bagian {k}\n\nPustakawan dan arsiparis mengikuti ketentuan bagian {k}.\n\n"
        for k in range(12)
    )
    files = {"kalender.md": schedule, "transkrip-rapat.md": MINUTES, "pedoman.md": guide}
    answerer = answerer_over(tmp_path, store, embedder, files)
    q = analyse("kapan uji kompetensi pustakawan gelombang 2?", today=TODAY)
    _, hits = answerer.inspect(q.raw)
    table = next(h for h in hits if h.chunk.doc_id == "kalender")
    minutes = next(h for h in hits if h.chunk.section == "Ringkasan keputusan")
    order = answerer._moves_first(q, [table, minutes])
    assert [h.chunk.doc_id for h in order] == ["kalender", "transkrip-rapat"]
    clinic = analyse("kapan klinik uji kompetensi gelombang 2?", today=TODAY)
    moved = answerer._moves_first(clinic, [table, minutes])
    assert [h.chunk.doc_id for h in moved] == ["transkrip-rapat", "kalender"]
