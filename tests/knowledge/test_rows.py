"""A question asking for several rows ("siapa saja ...") gets every row its words tell apart,
from a table file's rows and from a table cut across passages."""

from __future__ import annotations

from knowledge.reading.passages import rows_told_apart
from knowledge.text.tokens import tokenize
from tests.knowledge.test_answer import answerer_over

UNITS = ("Bidang Rehabilitasi Sosial", "Bidang Perlindungan dan Jaminan Sosial", "UPTD Panti Wreda")


def test_rows_told_apart_by_the_words_the_best_row_holds_not_by_a_number_in_a_nip():
    groups = [{w} for w in tokenize("peserta gelombang 1 bidang perlindungan jaminan")]
    rows = [
        set(
            tokenize(
                "Peserta: Hanafi; NIP: 19920616 201903 1 003; Unit: Bidang Perlindungan dan Jaminan Sosial"
            )
        ),
        set(
            tokenize("Peserta: Cahya; NIP: 19950108 202012 2 011; Unit: Bidang Rehabilitasi Sosial")
        ),
        set(
            tokenize(
                "Peserta: Theresia; NIP: 19920409 201903 2 008; Unit: Bidang Perlindungan dan Jaminan Sosial"
            )
        ),
    ]
    assert rows_told_apart(groups, rows[0], rows) == [0, 2]


def test_every_row_a_recap_names_is_listed_for_siapa_saja(tmp_path, store, embedder):
    lines = ["no,nama,unit kerja,total jp,keterangan"]
    for k in range(1, 31):
        note = (
            '"Belum memenuhi target, teguran tertulis"' if k in (3, 17, 29) else "Memenuhi target"
        )
        lines.append(f"{k},Pegawai Nomor {k},{UNITS[k % 3]},{10 + k},{note}")
    answerer = answerer_over(tmp_path, store, embedder, {"rekap-jp-2025.csv": "\n".join(lines)})
    answer = answerer.answer("siapa aja di rekap 2025 yg dapat teguran tertulis?")
    assert answer.outcome != "refusal"
    named = {k for k in range(1, 31) if f"Pegawai Nomor {k};" in answer.text}
    assert named == {3, 17, 29}


def test_rows_of_a_table_cut_across_passages_are_listed_together(tmp_path, store, embedder):
    rows = "\n".join(
        f"| {k:02d} | Peserta Nomor {k}, S.Sos. | 1992061{k % 10} 20190{k % 9} 1 00{k % 7} "
        f"| Pekerja Sosial Ahli Pertama | {UNITS[0] if k not in (4, 38) else UNITS[1]} | uji lengkap |"
        for k in range(1, 41)
    )
    page = (
        "# Pengumuman Peserta Uji Manajer Kasus Gelombang I\n\n"
        "Peserta uji manajer kasus Gelombang I tahun 2026 adalah sebagai berikut.\n\n"
        "| No | Nama | NIP | Jabatan | Unit kerja | Keterangan |\n|---|---|---|---|---|---|\n"
        f"{rows}\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"pengumuman-peserta-uji.md": page})
    assert len(answerer.searcher.chunks) > 2  # the table is cut across passages
    answer = answerer.answer("Siapa saja peserta uji dari Bidang Perlindungan dan Jaminan Sosial?")
    assert "Peserta Nomor 4," in answer.text and "Peserta Nomor 38," in answer.text
    assert "Peserta Nomor 5," not in answer.text


def test_rows_told_apart_only_by_a_number_are_all_listed_from_a_passages_table(
    tmp_path, store, embedder
):
    """ "Sebutkan mentor dari Korwil III": a number tells no rows apart (it is in NIPs and
    dates too), so every row of the passage's table is listed, those of Korwil III with them,
    not the three a single fact would need."""
    rows = "\n".join(
        f"| {k} | Mentor Nomor {k} | Korwil {'I' * (k % 3 + 1)} | {k % 4 + 1} |"
        for k in range(1, 31)
    )
    page = f"# Mentor SAGARA 2026\n\n| No | Nama Mentor | Korwil | Jumlah Mentee |\n|---|---|---|---|\n{rows}\n"
    answerer = answerer_over(tmp_path, store, embedder, {"mentor-sagara.md": page})
    answer = answerer.answer("Sebutkan mentor SAGARA 2026 dari Korwil III.")
    for k in (2, 5, 8):  # Korwil III
        assert f"Mentor Nomor {k};" in answer.text


def test_a_table_files_row_shown_as_a_passage_is_shown_whole_with_its_masked_nip(
    tmp_path, store, embedder
):
    """ "kenapa JP-nya masih nol": the row's note says why; the row's name alone does not, and
    the masked NIP keeps its stars (they are no emphasis)."""
    lines = ["No;Nama;NIP;Unit kerja;Target JP;JP s.d. 30 Juni;Keterangan"]
    people = (
        ("Rudi Hartono", "Mutasi masuk Mei 2027"),
        ("Fatimah Wulandari", "Cuti melahirkan April-Juni 2027"),
        ("Yusuf Maulana", "Tugas belajar"),
    )
    for k, (name, note) in enumerate(people, start=1):
        lines.append(f"{k};{name};1986120{k} ****** 2 ***;Pos Sektor {k};16;0;{note}")
    files = {"daftar-pegawai-prioritas-2027.csv": "\n".join(lines)}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("Fatimah Wulandari di daftar prioritas kenapa JP-nya masih nol?")
    assert answer.outcome != "refusal"
    assert "Cuti melahirkan April-Juni 2027" in answer.text
    assert "19861202 ****** 2 ***" in answer.text


def test_a_date_in_a_table_files_row_is_of_the_person_the_row_names(tmp_path, store, embedder):
    """ "SIO pak Hamzah berlaku sampai kapan": the equipment row names its operator in one field
    and the licence's end in another; the row is one record."""
    lines = ["Kode Alat;Jenis Alat;Tahun Perolehan;Operator Utama;Status SIO Operator"]
    lines += [
        "EXC-01;Excavator;2018;Darwis Lamba;SIO berlaku s.d. 14/03/2028",
        "EXC-02;Excavator;2020;Hamzah Tuasikal;SIO berlaku s.d. 02/11/2027",
        "MG-01;Motor grader;2018;Yakobus Nenohai;SIO dalam proses perpanjangan",
    ]
    files = {"rekap-alat-berat-2027.csv": "\n".join(lines)}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("SIO pak Hamzah Tuasikal berlaku sampai kapan?")
    assert answer.outcome == "answer" and "02/11/2027" in answer.text
    assert "14/03/2028" not in answer.text
