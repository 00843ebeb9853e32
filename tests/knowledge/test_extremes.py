"""A question asking which row holds the most or the least of a column ("pelatihan mana yang
JP-nya paling banyak") is answered by comparing the column's cells, in a table file and in a
passage's table; a rule's bound ("paling sedikit harus", "paling banyak berapa") is no rank."""

from __future__ import annotations

from knowledge.answers.extremes import amount, asks_extreme, markdown_tables
from tests.knowledge.test_answer import answerer_over


def test_a_superlative_in_a_which_question_asks_a_rank_and_names_its_column():
    most, near = asks_extreme("Siapa pegawai dengan total JP tertinggi sampai triwulan III?")
    assert most is True and near[-2:] == ["total", "jp"]
    assert asks_extreme("Aspek mana yang bobotnya paling kecil di rubrik LAK?")[0] is False
    assert asks_extreme("unit mana yg capaian jp 2025 nya terendah?")[0] is False


def test_a_bound_a_rule_sets_is_no_rank():
    assert asks_extreme("paling banyak berapa pelatihan klasikal yang boleh diikuti?") is None
    assert asks_extreme("APD apa saja yang paling sedikit harus dipakai di lapangan?") is None
    assert asks_extreme("Status Dikembalikan itu apa, perbaikannya paling lama kapan?") is None
    assert asks_extreme("berapa JP paling sedikit setahun?") is None  # no "which"


def test_a_cell_is_an_amount_only_when_it_holds_nothing_else():
    assert amount("Rp1.250.000") == 1250000
    assert amount("37,0%") == 37.0
    assert amount("40 JP") == 40
    assert amount("80,0") == 80.0
    assert amount("2–4 Juni 2026") is None
    assert amount("Triwulan IV") is None


def test_markdown_tables_are_read_by_their_headers():
    text = "Rubrik:\n\n| Aspek | Bobot |\n|---|---|\n| Relevansi | 25% |\n| Sistematika | 15% |\n\nCatatan."
    assert markdown_tables(text) == [
        [{"Aspek": "Relevansi", "Bobot": "25%"}, {"Aspek": "Sistematika", "Bobot": "15%"}]
    ]


def test_the_row_with_the_highest_total_of_a_table_file_is_the_answer_not_its_total_row(
    tmp_path, store, embedder
):
    lines = ["No,Nama,Bidang,JP Triwulan I,JP Triwulan II,Total JP"]
    for k in range(1, 25):
        first, second = k % 7, (k * 5) % 11
        if k == 13:
            first, second = 6, 30
        lines.append(
            f"{k},Pegawai Nomor {k},Bidang {'ABC'[k % 3]},{first},{second},{first + second}"
        )
    lines.append(",JUMLAH,,80,200,280")
    files = {"rekap-jp-pegawai-2026.csv": "\n".join(lines)}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("Siapa pegawai dengan total JP tertinggi di rekap 2026?")
    assert answer.outcome == "answer"
    assert "Pegawai Nomor 13;" in answer.text and "Total JP: 36" in answer.text
    assert "JUMLAH" not in answer.text.split("Sumber")[0]
    assert answer.sources[0].title


def test_the_lowest_row_of_a_passages_table(tmp_path, store, embedder):
    page = (
        "# Panduan Laporan Aktualisasi\n\n## Rubrik penilaian\n\n"
        "Laporan dinilai dengan rubrik berikut.\n\n| Aspek | Bobot |\n|---|---|\n"
        "| Relevansi materi dengan tugas jabatan | 25% |\n| Kualitas rencana penerapan | 30% |\n"
        "| Bukti penerapan | 30% |\n| Sistematika dan kejelasan penulisan | 15% |\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"panduan-laporan.md": page})
    answer = answerer.answer("Aspek mana yang bobotnya paling kecil di rubrik laporan?")
    assert answer.outcome == "answer"
    shown = answer.text.split("Sumber")[0]
    assert "Sistematika dan kejelasan penulisan" in shown and "Bukti penerapan" not in shown


def test_a_column_named_only_by_a_generic_word_or_a_table_lacking_a_word_is_not_compared(
    tmp_path, store, embedder
):
    lines = ["No,Bidang,Jumlah Pegawai,Kuota Pelatihan"]
    lines += [f"{k},Bidang Nomor {k},{10 + k},{k * 3 % 7 + 1}" for k in range(1, 9)]
    answerer = answerer_over(tmp_path, store, embedder, {"kuota-bidang-2026.csv": "\n".join(lines)})
    # "jumlah" alone names no column: the employees' count is not the violations'
    answer = answerer.answer("Bidang mana yang jumlah pelanggaran disiplinnya paling tinggi?")
    assert "Yang tertinggi" not in answer.text
    answer = answerer.answer("Bidang mana yang kuota pelatihannya paling besar?")
    assert answer.outcome == "answer" and "Bidang Nomor 2;" in answer.text


def test_a_column_named_no_better_than_another_is_not_guessed(tmp_path, store, embedder):
    lines = ["Unit Kerja,Rata-rata JP,Total JP,Keterangan"]
    lines += [f"Unit Nomor {k},{10 + k % 5},{100 + (k * 37) % 50},-" for k in range(1, 9)]
    answerer = answerer_over(
        tmp_path, store, embedder, {"rekap-jp-unit-2025.csv": "\n".join(lines)}
    )
    answer = answerer.answer("unit mana yg capaian jp 2025 nya paling rendah?")
    assert "Yang terendah" not in answer.text


def test_an_average_asked_is_read_from_an_averages_column_only(tmp_path, store, embedder):
    lines = ["No,Nama,Unit Kerja,Target JP 2025,Total JP"]
    lines += [
        f"{k},Penyuluh Nomor {k},BPP Nomor {k % 3},{20 - k % 4},{10 + k}" for k in range(1, 9)
    ]
    answerer = answerer_over(tmp_path, store, embedder, {"rekap-jp-2025.csv": "\n".join(lines)})
    answer = answerer.answer("BPP mana yg rata2 JP 2025 nya paling rendah?")
    assert "Yang terendah" not in answer.text


def test_the_rows_a_question_names_need_not_be_written_in_the_table(tmp_path, store, embedder):
    """ "siapa peserta ... nilai akhir tertinggi": a record's score table lists names, never the
    word "peserta", which the question uses for what its rows are."""
    rows = "\n".join(
        f"| {k} | {name} | {score} |"
        for k, (name, score) in enumerate(
            [
                ("Ahmad Yani", "80,40"),
                ("Siti Nurjanah", "70,40"),
                ("Lukman Hakim", "89,20"),
                ("Eka Saputra", "86,40"),
            ],
            start=1,
        )
    )
    record = (
        "# Berita Acara Uji Kompetensi 2027\n\n## III. Hasil Uji Kompetensi\n\n"
        f"| No | Nama | Nilai akhir |\n|---|---|---|\n{rows}\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"berita-acara-ujikom.md": record})
    answer = answerer.answer(
        "Siapa peserta uji kompetensi dgn nilai akhir tertinggi, brp nilainya?"
    )
    assert answer.outcome == "answer"
    shown = answer.text.split("Sumber")[0]
    assert "Lukman Hakim" in shown and "89,20" in shown and "Ahmad Yani" not in shown
