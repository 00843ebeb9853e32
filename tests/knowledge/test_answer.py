import re
from pathlib import Path

from ingest.pipeline import Ingestor
from knowledge.answers import Answerer
from knowledge.search import KnowledgeStore, Searcher
from knowledge.search.searcher import OLD_RULE_WORDS
from knowledge.text.normalize import normalise
from storage.clock import FixedClock
from tests.fakes import markdown_doc
from tests.knowledge.conftest import TODAY

ROOT = Path(__file__).resolve().parents[2]


def answerer_over(folder, store, embedder, files: dict[str, str]) -> Answerer:
    """An answerer over a knowledge base of just these files."""
    kb = folder / "kb"
    kb.mkdir()
    for name, text in files.items():
        (kb / name).write_text(text)
    Ingestor(store, embedder, progress=False).run([kb])
    return Answerer(Searcher(store, embedder), clock=FixedClock(TODAY))


def answerer_beside(folder, embedder, files: dict[str, str]) -> Answerer:
    """Another answerer in the same test, over a knowledge base and index of its own."""
    folder.mkdir()
    return answerer_over(folder, KnowledgeStore(folder / "data"), embedder, files)


def test_answer_quotes_the_passage_and_names_its_source(answerer):
    answer = answerer.answer("brp jp minimal setahun utk pns?")
    assert answer.confident
    assert "20 JP" in answer.text
    assert "Sumber: Kewajiban 20 JP — Jumlah minimal" in answer.text
    assert "PP 17/2020 Pasal 203" in answer.text
    assert answer.sources[0].source == "jp.md"


def test_current_rule_wins_and_says_what_it_replaced(answerer):
    answer = answerer.answer("coaching 1 sesi dihitung brp jp?")
    assert answer.confident and "2 JP" in answer.text
    assert answer.sources[0].doc_id == "konversi-2024"
    assert "Perbup Contoh 12/2019" in answer.text and "sudah tidak berlaku" in answer.text


def test_question_about_the_old_rule_gets_it_with_the_replacement(answerer):
    answer = answerer.answer("di perbup 2019 coaching 1 sesi brp jp?")
    assert answer.confident and "1 JP" in answer.text
    assert "aturan lama" in answer.text and "2 JP" in answer.text


def test_dulu_asks_the_old_rule_unless_the_question_asks_of_now(answerer):
    """ "dulu coaching 1 sesi brp jp?" (formerly) asks the replaced rule; "dulu 1 JP, skrg
    msh segitu?" asks the rule in force; "daftar dulu" (first) names no rule."""
    formerly = answerer.answer("dulu coaching 1 sesi dihitung brp jp?")
    assert formerly.confident and "1 JP" in formerly.text and "aturan lama" in formerly.text
    assert formerly.sources[0].doc_id != "konversi-2024"
    now = answerer.answer("dulu katanya coaching 1 sesi cuma 1 jp, skrg msh segitu?")
    assert now.sources[0].doc_id == "konversi-2024" and "2 JP" in now.text
    for first in ("saya harus daftar dulu ke mana ?", "izin dulu , mau tanya"):
        assert not OLD_RULE_WORDS.search(normalise(first))


def test_agency_rule_is_labelled_as_such(answerer):
    answer = answerer.answer("coaching 1 sesi dihitung brp jp?")
    assert "aturan instansi" in answer.text


def test_same_topic_without_the_asked_amount_abstains(answerer):
    answer = answerer.answer("berapa rupiah tunjangan kinerja kelas jabatan 9?")
    assert not answer.confident
    assert (
        "tidak menyebutkan" in answer.text and "Tunjangan Kinerja Kabupaten Contoh" in answer.text
    )


def test_out_of_scope_question_abstains_with_suggestions(answerer):
    for question in ("resep rendang padang gmn", "pns di malaysia wajib training brp jam?"):
        answer = answerer.answer(question)
        assert not answer.confident, question
        assert "/pelatihan" in answer.text and "mentor" in answer.text


def test_empty_and_junk_input_asks_for_a_question(answerer):
    for raw in ("", "   ", "???", "🙂"):
        answer = answerer.answer(raw)
        assert not answer.confident and answer.kind == "abstain"


def test_catalog_question_filtered_by_month_and_method(answerer):
    answer = answerer.answer("pelatihan daring ttg data bulan maret ada?")
    assert answer.confident and answer.kind == "catalog"
    assert answer.trainings == ["D1"]
    assert "8 Maret 2027" in answer.text and "30 JP" in answer.text
    assert answer.sources[0].source == "katalog.yaml"


def test_catalog_relative_month(answerer):
    answer = answerer.answer("ada pelatihan apa aja bulan depan?")
    assert answer.trainings == ["K1"]  # today is 29 November 2026


def test_catalog_registration_deadline(answerer):
    answer = answerer.answer("kapan batas daftar pelatihan analisis data dengan python?")
    assert answer.confident and "26 Februari 2027" in answer.text


def test_catalog_month_without_matches_says_so(answerer):
    answer = answerer.answer("pelatihan daring bulan juli 2027 apa aja?")
    assert not answer.confident and "Juli 2027" in answer.text


def test_a_month_alone_does_not_make_another_topic_a_catalog_question(answerer):
    """ "... periode Maret": a month, but the question is about promotion, not a training; it
    used to get the catalog's March listing."""
    answer = answerer.answer("kenaikan pangkat periode maret berkasnya diajukan kapan?")
    assert answer.kind != "catalog" and answer.trainings == []
    assert "D1" not in answer.text


def test_english_framing(searcher):
    answer = Answerer(searcher, lang="en", clock=FixedClock(TODAY)).answer("resep rendang")
    assert answer.text.startswith("Sorry")


def test_json_contract(answerer):
    data = answerer.answer("brp jp minimal setahun?").as_json()
    assert set(data) == {"answer", "kind", "confident", "evidence", "sources"}
    assert isinstance(data["answer"], str) and isinstance(data["confident"], bool)
    assert 0.0 <= data["evidence"] <= 1.0  # the gate's score, for an agency checking its set
    assert data["kind"] == ("answer" if data["confident"] else "refusal")
    refused = answerer.answer("resep rendang padang gmn?").as_json()
    assert (refused["kind"], refused["confident"]) == ("refusal", False)
    assert set(data["sources"][0]) == {"source", "title", "score"}
    assert isinstance(data["sources"][0]["score"], float)


def test_a_list_question_over_a_table_file_gets_every_matching_row(tmp_path, store, embedder):
    rows = (
        "kode,pelatihan,unit_kerja,kuota\n"
        "K1,Pelatihan Coach Internal,Dinas Pendidikan,6\n"
        "K1,Pelatihan Coach Internal,Badan Perencanaan Pembangunan Daerah,4\n"
        "K1,Pelatihan Coach Internal,Dinas Kesehatan,5\n"
        "K2,Pelatihan Arsip Digital,Dinas Sosial,7\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kuota-pelatihan.csv": rows})
    answer = answerer.answer("unit mana aja yg dapet kuota pelatihan coach internal?")
    assert answer.confident
    for unit in ("Dinas Pendidikan", "Badan Perencanaan Pembangunan Daerah", "Dinas Kesehatan"):
        assert unit in answer.text
    assert "Dinas Sosial" not in answer.text


def test_a_national_rule_names_when_it_was_checked_and_that_it_is_transitional(
    tmp_path, store, embedder
):
    rule_doc = markdown_doc(
        "kewajiban-jp",
        "Kewajiban 20 JP",
        {"Jumlah minimal": "Setiap PNS wajib mengikuti paling sedikit 20 JP dalam satu tahun."},
        regulation="PP 11/2017 jo. PP 17/2020, Pasal 203",
        authority="nasional",
        last_verified="2026-12-03",
        transitional_under="UU 20/2023",
    )
    example_doc = markdown_doc(
        "konversi",
        "Tabel Konversi JP",
        {"Seminar": "Seminar selama 1 hari diakui sebagai 4 JP menurut tabel konversi."},
        authority="instansi",
        status="contoh",
    )
    files = {"jp.md": rule_doc, "konversi.md": example_doc}
    answerer = answerer_over(tmp_path, store, embedder, files)
    rule = answerer.answer("brp jp minimal setahun utk pns?")
    assert rule.confident and "20 JP" in rule.text
    assert "ketentuan nasional; diperiksa 3 Desember 2026" in rule.text
    assert "masih berlaku sebagai aturan peralihan berdasarkan UU 20/2023" in rule.text
    example = answerer.answer("seminar 1 hari diakui brp jp?")
    assert example.confident and "4 JP" in example.text
    assert "contoh ilustratif, bukan aturan yang berlaku" in example.text
    assert "diperiksa" not in example.text and "aturan peralihan" not in example.text


def test_the_section_about_what_was_asked_answers_within_a_document(tmp_path, store, embedder):
    letter = markdown_doc(
        "panggilan-pbj",
        "Surat Panggilan Pelatihan Pengadaan Barang/Jasa",
        {
            "B. Pelatihan PBJ Tingkat Lanjut": "Bobot pelatihan 46 JP selama 5 hari. Syarat: "
            "telah lulus Pelatihan PBJ Tingkat Dasar dan memiliki sertifikat tingkat dasar.",
            "A. Pelatihan PBJ Tingkat Dasar": "Bobot pelatihan 24 JP selama 3 hari, daring.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"pbj.md": letter})
    answer = answerer.answer("pelatihan pbj tingkat dasar bobotnya brp JP?")
    assert answer.confident
    assert "24 JP" in answer.text and "46 JP" not in answer.text


def test_a_batch_the_catalog_does_not_list_is_not_answered_by_another(tmp_path, store, embedder):
    catalog = (
        "catalog: {title: Katalog Uji, sample: true}\ntrainings:\n"
        "  - {kode: P1, nama: Pelatihan Kepemimpinan Pengawas Angkatan I, jp: 30, metode: "
        "daring, tanggal_mulai: 2027-04-05, tanggal_selesai: 2027-07-16, "
        "batas_pendaftaran: 2027-03-05}\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"katalog.yaml": catalog})
    answer = answerer.answer(
        "pelatihan kepemimpinan pengawas angkatan 3 kpn dibuka pendaftarannya?"
    )
    assert not answer.confident
    assert "P1" not in answer.trainings and "Angkatan I\n" not in answer.text


def test_a_passage_is_about_the_batch_and_year_its_document_is_titled(tmp_path, store, embedder):
    """A requirement "not yet in batch I" inside the batch II announcement is about batch II;
    a recap row in a file titled 2027 is not the 2026 figure."""
    announcement = markdown_doc(
        "kelas-inovasi-ii",
        "Pengumuman Kelas Inovasi Angkatan II Tahun 2027",
        {
            "Persyaratan": "1. Masa kerja paling singkat 2 tahun.\n"
            "2. Belum pernah mengikuti Kelas Inovasi Angkatan I.\n"
            "3. Mendapat rekomendasi kepala perangkat daerah.",
        },
    )
    recap = "perangkat daerah,jumlah pegawai,persen memenuhi target\nDinas Sosial,131,62.6\n"
    answerer = answerer_over(
        tmp_path,
        store,
        embedder,
        {"kelas-inovasi.md": announcement, "rekap-capaian-jp-2027.csv": recap},
    )
    listed = answerer.answer("apa saja persyaratan peserta kelas inovasi angkatan II?")
    assert listed.confident and "rekomendasi kepala perangkat daerah" in listed.text
    other_year = answerer.answer("rekap capaian JP tahun 2026 dinas sosial berapa persen?")
    assert not other_year.confident and "62.6" not in other_year.text


def test_a_comparison_is_answered_by_the_comparison_not_by_a_definition(tmp_path, store, embedder):
    """ "bedanya X sama Y apa sih" asks how they differ; the "apa sih" in it does not make it a
    definition question whose answer is whichever passage defines X."""
    study = markdown_doc(
        "studi-lanjut",
        "Tugas Belajar dan Izin Belajar",
        {
            "Pengertian tugas belajar": "Tugas belajar adalah penugasan kepada PNS untuk "
            "menempuh pendidikan formal dengan biaya negara atau sponsor, berbeda dengan izin "
            "belajar.",
            "Konversi JP untuk tugas belajar": "Tugas belajar 1 semester = 20 JP dalam tabel "
            "konversi yang umum dipakai instansi; izin belajar tidak dikonversi.",
            "Perbedaan tugas belajar dan izin belajar": "| Aspek | Tugas belajar | Izin belajar |"
            "\n|---|---|---|\n| Biaya | Bukan biaya sendiri | Biaya sendiri |\n"
            "| Jam kerja | Dibebaskan dari tugas jabatan | Tetap bekerja |",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"studi.md": study})
    answer = answerer.answer("bedanya tubel sama izin belajar apa sih?")
    assert answer.confident
    assert "Tetap bekerja" in answer.text and "20 JP" not in answer.text


def test_a_circular_that_says_it_revokes_another_by_number_replaces_it(tmp_path, store, embedder):
    """No front matter: the 2027 circular's "Surat Edaran Nomor .../2025 ... dicabut" is what
    tells that the 2025 circular is no longer in force."""
    old = (
        "SURAT EDARAN SEKRETARIS DAERAH KABUPATEN CONTOH\nNOMOR 800/0412/BKD/2025\n"
        "TENTANG BELAJAR MANDIRI\n\n1. Ketentuan\n"
        "Bukti belajar mandiri diunggah paling lambat 7 hari kalender setelah kegiatan.\n"
    )
    new = (
        "SURAT EDARAN SEKRETARIS DAERAH KABUPATEN CONTOH\nNOMOR 800/0088/BKD/2027\n"
        "TENTANG BELAJAR MANDIRI\n\n1. Pencabutan\n"
        "Dengan berlakunya Surat Edaran ini, Surat Edaran Sekretaris Daerah Nomor "
        "800/0412/BKD/2025 tentang Belajar Mandiri dicabut dan dinyatakan tidak berlaku.\n\n"
        "2. Ketentuan\n"
        "Bukti belajar mandiri diunggah paling lambat 30 hari kalender setelah kegiatan.\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"se-2025.txt": old, "se-2027.txt": new})
    answer = answerer.answer("bukti belajar mandiri diunggah paling lambat berapa hari?")
    assert answer.confident and "30 hari" in answer.text
    assert answer.sources[0].source == "se-2027.txt"
    info = answerer.searcher.doc(answer.sources[0].doc_id)
    assert info is not None and info.is_current
    replaced = [d for d in answerer.searcher.docs.values() if d.superseded_by]
    assert [d.source for d in replaced] == ["se-2025.txt"]


def test_the_words_naming_the_old_rule_are_not_what_its_passage_must_say(tmp_path, store, embedder):
    """ "di aturan lama (SE 2024) sertifikasi diakui brp jp?": "aturan lama" and "2024" say
    which rule is asked; neither rule's passage on recognised JP repeats them."""
    old = (
        "SURAT EDARAN SEKRETARIS UTAMA\nNOMOR SE-04/SU/KP.02/2024\nTENTANG SERTIFIKASI\n\n"
        "1. Pengakuan JP\nSertifikasi kompetensi yang telah diperoleh diakui setara 8 JP.\n"
    )
    new = (
        "SURAT EDARAN SEKRETARIS UTAMA\nNOMOR SE-02/SU/KP.02/2026\nTENTANG SERTIFIKASI\n\n"
        "1. Pencabutan\nDengan berlakunya Surat Edaran ini, Surat Edaran Sekretaris Utama "
        "Nomor SE-04/SU/KP.02/2024 dicabut dan dinyatakan tidak berlaku.\n\n"
        "2. Pengakuan JP\nSetiap sertifikat kompetensi yang diperoleh diakui 10 JP.\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"se-2024.txt": old, "se-2026.txt": new})
    answer = answerer.answer("di aturan lama (SE 2024) sertifikasi diakui brp jp?")
    assert answer.confident and "8 JP" in answer.text and "10 JP" in answer.text
    assert answer.sources[0].source == "se-2024.txt"
    current = answerer.answer("sertifikasi kompetensi diakui brp jp?")
    assert current.confident and current.sources[0].source == "se-2026.txt"


def test_what_a_document_says_it_leaves_to_other_rules_is_not_answered_from_it(
    tmp_path, store, embedder
):
    """A pedoman's scope article names promotion only to exclude it: a promotion question is
    told so in the pedoman's words, not answered with the article; its own topics still are."""
    pedoman = markdown_doc(
        "pedoman-bangkom",
        "Pedoman Pengembangan Kompetensi Kabupaten Uji",
        {
            "Pasal 3 Ruang Lingkup": "(1) Pedoman ini berlaku bagi PNS dan PPPK.\n"
            "(2) Pedoman ini mengatur perencanaan dan pencatatan JP.\n"
            "(3) Pedoman ini tidak mengatur cuti, kenaikan pangkat, maupun disiplin pegawai, "
            "yang diatur dalam peraturan tersendiri.",
            "Pasal 7 Target": "Setiap pegawai wajib mengikuti paling sedikit 22 JP per tahun.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"pedoman.md": pedoman})
    answer = answerer.answer("syarat kenaikan pangkat reguler apa aja?")
    assert not answer.confident and answer.outcome == "refusal"
    assert "tidak memuat jawabannya" in answer.text
    assert "(3) Pedoman ini tidak mengatur cuti, kenaikan pangkat" in answer.text
    assert answer.sources[0].doc_id == "pedoman-bangkom"
    target = answerer.answer("target jp per tahun brp?")
    assert target.confident and "22 JP" in target.text


def test_a_document_saying_it_does_not_summarise_what_was_asked_is_believed(
    tmp_path, store, embedder
):
    """The amendment is named, its changes are not summarised: "yang berubah apa aja" gets
    the document's own sentence, not another passage of it that has a list."""
    talenta = markdown_doc(
        "talenta-uji",
        "Manajemen Talenta Instansi Uji",
        {
            "Dasar hukum": "Manajemen talenta diatur PermenPANRB 3/2020. PermenPANRB 3/2020 "
            "telah diubah dengan PermenPANRB Nomor 20 Tahun 2025 untuk menyesuaikan manajemen "
            "talenta. Rincian perubahan itu belum dirangkum di dokumen ini.",
            "Talent pool": "Talent pool berisi pegawai dengan kinerja dan potensial tinggi, "
            "yaitu pegawai di kotak 7, 8, dan 9.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"talenta.md": talenta})
    answer = answerer.answer(
        "PermenPANRB 20/2025 yg ngubah aturan manajemen talenta isinya berubah apa aja?"
    )
    assert answer.outcome == "refusal" and not answer.confident
    assert "Rincian perubahan itu belum dirangkum" in answer.text
    pool = answerer.answer("talent pool itu pegawai di kotak brp?")
    assert pool.confident and "kotak 7, 8, dan 9" in pool.text


def test_a_table_repeating_a_trainings_name_does_not_crowd_out_its_schedule(
    tmp_path, store, embedder
):
    """A quota file names "Literasi dan Numerasi Kelas Awal" in 45 rows; the announcement
    that dates it, with each training's fields indented under it, still answers when."""
    rows = "kode pelatihan,nama pelatihan,gugus,bulan,ruang,kuota peserta\n" + "".join(
        f"KT-06,Literasi dan Numerasi Kelas Awal,Gugus {n},Juli,Kelas {n},{n % 5 + 2}\n"
        for n in range(1, 46)
    )
    announcement = (
        "PENGUMUMAN JADWAL PELATIHAN KLASIKAL BULAN JULI 2026\n\n"
        "1. Asesmen Formatif di Kelas (KT-04), 16 JP, daring sinkron\n"
        "   Hari/tanggal : Senin s.d. Kamis, 6-9 Juli 2026\n"
        "   Waktu        : pukul 07.30-11.00 WITA\n\n"
        "2. Literasi dan Numerasi Kelas Awal (KT-06), 24 JP, klasikal\n"
        "   Hari/tanggal : Senin s.d. Kamis, 13-16 Juli 2026\n"
        "   Tempat       : Ruang Kelas 2, Rumah Belajar Guru\n"
    )
    answerer = answerer_over(
        tmp_path,
        store,
        embedder,
        {"kuota-pelatihan-gugus.csv": rows, "pengumuman-jadwal-juli.txt": announcement},
    )
    answer = answerer.answer("Literasi Numerasi Kelas Awal Juli tgl brp, di ruang mana?")
    assert answer.confident and answer.sources[0].source == "pengumuman-jadwal-juli.txt"
    assert "13-16 Juli 2026" in answer.text and "Ruang Kelas 2" in answer.text
    # a list over the table still reads all of its rows
    rows_asked = answerer.searcher.search("kuota Literasi dan Numerasi Kelas Awal", k=40)
    assert sum(h.meta.get("kind") == "table_row" for h in rows_asked) >= 20


def test_rows_of_other_batches_do_not_hide_the_batch_asked(tmp_path, store, embedder):
    """A quota file with twelve rows of Angkatan I and II of a training and one of Angkatan
    III: the rows of the other batches take no place among the rows read, so the one row of
    the batch asked answers."""
    wards = ["IGD", "ICU", "Melati", "Mawar", "Dahlia", "Kenanga", "Anggrek", "Teratai"]
    rows = "kode,nama pelatihan,ruangan,kuota,angkatan,tanggal\n" + "".join(
        f"KG-03,Kegawatdaruratan Klinik Tingkat I,Ruang {ward},{n % 3 + 2},"
        f"Angkatan {'I' if n < 6 else 'II'},{n + 3} Maret 2026\n"
        for n, ward in enumerate(wards + ["Bedah", "Nifas", "Paru", "Jantung"])
    )
    rows += "KG-03,Kegawatdaruratan Klinik Tingkat I,Perawat baru lulus orientasi,17,Angkatan III,8 September 2026\n"
    answerer = answerer_over(tmp_path, store, embedder, {"kuota-ruangan-2026.csv": rows})
    answer = answerer.answer("kuota kegawatdaruratan klinik tingkat I angkatan III brp?")
    assert answer.confident and "17" in answer.text and "Angkatan III" in answer.text
    assert answer.sources[0].source == "kuota-ruangan-2026.csv"


def test_a_batch_numbered_in_its_own_column_is_named_by_its_row(tmp_path, store, embedder):
    """ "| Angkatan | Tanggal |" over "| IV | 15-18 Juli 2031 |": the row names Angkatan IV, as
    "Angkatan: IV" reads it; the batch's date is not refused as unnamed."""
    kak = (
        "# KAK Pelatihan Kegawatdaruratan Dasar 2031\n\n## D. Waktu dan Tempat\n\n"
        "| Angkatan | Tanggal | Tempat |\n|---|---|---|\n"
        "| I | 15-18 April 2031 | Aula Dinas |\n| II | 20-23 Mei 2031 | Aula Dinas |\n"
        "| III | 10-13 Juni 2031 | Aula RSUD |\n| IV | 15-18 Juli 2031 | Aula RSUD |\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kak-kegawatdaruratan-2031.md": kak})
    answer = answerer.answer("kegawatdaruratan dasar angkatan IV tgl brp?")
    assert answer.outcome == "answer" and "15-18 Juli 2031" in answer.text


def test_the_number_of_a_circular_is_answered_from_its_head(tmp_path, store, embedder):
    """ "Nomor surat edaran bantuan studi yang berlaku?": the head with the circular's own
    number answers, not the sentence citing the number of the one it revoked."""
    circular = (
        "SURAT EDARAN KEPALA DINAS\nNOMOR 800.1/0217/DIKBUD/2026\nTENTANG BANTUAN BIAYA STUDI "
        "LANJUT BAGI GURU\n\nSurat Edaran ini mengatur bantuan biaya studi lanjut bagi guru.\n\n"
        "E. PENUTUP\n\n1. Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor "
        "800/1145/DIKBUD/2024 tentang Bantuan Biaya Studi Lanjut bagi Guru dicabut.\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"se-bantuan-studi-2026.txt": circular})
    answer = answerer.answer("Nomor surat edaran bantuan studi lanjut yang berlaku sekarang?")
    assert answer.confident and "800.1/0217/DIKBUD/2026" in answer.text


def test_each_ask_of_a_message_is_answered_from_the_passage_that_states_it(
    tmp_path, store, embedder
):
    """ "kapan? brp jp?": the date and the JP stand in two sections of one announcement, and
    both are answered; another programme's duration never answers this one's."""
    announcement = markdown_doc(
        "pengumuman-coach",
        "Pengumuman Pelatihan Coach Internal Tahun 2027",
        {
            "A. Jadwal": "Pelatihan Coach Internal dilaksanakan pada 3-5 Maret 2027 di aula BKPSDM.",
            "B. Bobot pelatihan": "Peserta yang lulus Pelatihan Coach Internal memperoleh 24 JP.",
            "C. Peserta": "Peserta adalah pejabat fungsional yang diusulkan perangkat daerah.",
        },
    )
    mentoring = markdown_doc(
        "program-mentoring",
        "Program Mentoring Pegawai Baru",
        {
            "Ketentuan": "Durasi setiap pertemuan mentoring 60-90 menit, paling banyak 3 mentee.",
        },
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"coach.md": announcement, "mentoring.md": mentoring}
    )
    answer = answerer.answer("pelatihan coach internal 2027 kpn? dapet brp jp?")
    assert answer.confident
    assert "3-5 Maret 2027" in answer.text and "24 JP" in answer.text
    assert {s.doc_id for s in answer.sources} == {"pengumuman-coach"}
    duration = answerer.answer("pelatihan coach internal 2027 kpn? durasinya brp lama?")
    assert "60-90 menit" not in duration.text


def test_a_number_of_something_else_than_the_asked_head_is_not_the_answer(
    tmp_path, store, embedder
):
    """ "nilai minimal lulus ujian dinas brp": the promotion rules name the exams and the
    20 JP their passing does not replace, never a passing score, so the user is told it is
    not there instead of getting "20 JP" ("nilai" is a word these documents write)."""
    promotion = markdown_doc(
        "kenaikan-pangkat",
        "Kenaikan Pangkat PNS",
        {
            "Ujian dinas dan ujian penyesuaian ijazah": "Kenaikan pangkat yang melewati batas "
            "golongan memerlukan ujian dinas: Ujian Dinas Tingkat I untuk kenaikan dari Pengatur "
            "Tingkat I (II/d) ke Penata Muda (III/a), dan Ujian Dinas Tingkat II untuk kenaikan "
            "dari Penata Tingkat I (III/d) ke Pembina (IV/a).\n\nUjian dinas berbeda dengan "
            "pelatihan pengembangan kompetensi; kelulusan ujian tidak menggantikan kewajiban "
            "20 JP per tahun.",
            "Periode": "Kenaikan pangkat reguler ditetapkan pada 1 April dan 1 Oktober.",
        },
    )
    performance = markdown_doc(
        "kinerja",
        "Penilaian Kinerja",
        {"Predikat": "Nilai SKP pegawai menjadi dasar predikat kinerja tahunan."},
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"pangkat.md": promotion, "kinerja.md": performance}
    )
    score = answerer.answer("nilai minimal lulus ujian dinas tingkat I brp")
    assert score.outcome == "refusal" and not score.confident
    assert "20 JP" not in score.text
    period = answerer.answer("kenaikan pangkat reguler tiap tanggal brp?")
    assert period.confident and "1 April" in period.text


def test_a_section_on_a_sibling_programme_does_not_answer_for_the_one_asked(
    tmp_path, store, embedder
):
    """The guide has a section on PKA; its section on PKN Tingkat II names PKA only in
    passing (and says more of the question's words), so "PKA ... dulu namanya apa" is
    answered from the PKA section."""
    guide = markdown_doc(
        "pelatihan-kepemimpinan",
        "Pelatihan Kepemimpinan PKP, PKA, dan PKN Tingkat II",
        {
            "Pelatihan Kepemimpinan Administrator (PKA)": "PKA ditujukan bagi pejabat "
            "administrator (dahulu eselon III). PKA menggantikan pelatihan yang dahulu dikenal "
            "sebagai Diklatpim III.",
            "Pelatihan Kepemimpinan Nasional Tingkat II (PKN II)": "PKN Tingkat II ditujukan bagi "
            "pejabat pimpinan tinggi pratama (dahulu eselon II). Nama PKN Tingkat II menggantikan "
            "sebutan Diklatpim II. Berbeda dengan PKP dan PKA yang diakhiri aksi perubahan, PKN "
            "Tingkat II diakhiri proyek perubahan.",
            "Dasar hukum": "Pelatihan kepemimpinan diatur dalam Peraturan LAN Nomor 5 Tahun 2022.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kepemimpinan.md": guide})
    answer = answerer.answer("PKA itu utk jabatan apa? dlu namanya apa ya")
    assert answer.confident
    assert "Diklatpim III" in answer.text and "Diklatpim II." not in answer.text
    assert answer.sources[0].section == "Pelatihan Kepemimpinan Administrator (PKA)"
    pkn = answerer.answer("PKN tingkat II itu utk jabatan apa?")
    assert pkn.confident and "pimpinan tinggi pratama" in pkn.text


def test_a_catalog_entry_that_does_not_name_what_is_asked_about_is_no_answer(
    tmp_path, store, embedder
):
    """ "pensiun PNS gol III ... brp per bulan": the catalog's Latsar Golongan III entry
    shares "golongan III" and "PNS" but names no pension ("pensiun" is a word the documents
    write, in another rule), so no training is listed as the answer."""
    catalog = (
        "catalog: {title: Katalog Uji, sample: true}\ntrainings:\n"
        "  - {kode: L3, nama: Pelatihan Dasar CPNS Golongan III Angkatan I Tahun 2027, jp: 286, "
        "metode: blended, sasaran_jabatan: CPNS Golongan III calon PNS, "
        "tanggal_mulai: 2027-03-01, tanggal_selesai: 2027-06-30}\n"
    )
    retirement = markdown_doc(
        "batas-usia",
        "Batas Usia Pensiun",
        {"Usia pensiun": "Batas usia pensiun pejabat administrasi adalah 58 tahun."},
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"katalog.yaml": catalog, "pensiun.md": retirement}
    )
    answer = answerer.answer("pensiun pns gol III/d masa kerja 30 thn kira2 dpt brp per bulan?")
    assert "L3" not in answer.trainings
    assert "Pelatihan Dasar CPNS" not in answer.text
    latsar = answerer.answer("latsar golongan III tahun 2027 mulai kapan?")
    assert latsar.confident and latsar.trainings == ["L3"]


def test_how_to_do_one_thing_is_not_answered_by_how_to_do_another(tmp_path, store, embedder):
    """ "cara ngajuin cuti tahunan buat perawat shift": the rule on study leave for shift staff
    shares "diajukan", "shift" and "tahun" but says nothing of annual leave ("cuti", which the
    documents write elsewhere); how to apply for study leave is still answered."""
    study = markdown_doc(
        "izin-belajar",
        "Peraturan Direktur tentang Izin Belajar",
        {
            "Pasal 9": "(1) Izin belajar diajukan melalui e-SIMALELA dan diproses paling lama "
            "14 hari kerja. (2) Pegawai dinas shift mengatur pertukaran jadwal dengan kepala "
            "ruangan setiap tahun ajaran.",
        },
    )
    leave = markdown_doc(
        "target-jp",
        "Target JP Pegawai",
        {
            "Pengurangan target": "Target JP dikurangi secara proporsional bagi pegawai yang "
            "menjalani cuti melahirkan atau cuti di luar tanggungan negara."
        },
    )
    shifts = markdown_doc(
        "jadwal-dinas",
        "Jadwal Dinas Ruangan",
        {"Penyusunan": "Jadwal dinas shift setiap tahun diisi dan diajukan kepala ruangan."},
    )
    files = {"izin-belajar.md": study, "target-jp.md": leave, "jadwal.md": shifts}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("gmn cara ngajuin cuti tahunan buat perawat shift?")
    assert answer.outcome == "refusal"
    study_leave = answerer.answer("gimana cara ngajuin izin belajar buat perawat shift?")
    assert study_leave.outcome == "answer" and "e-SIMALELA" in study_leave.text
    # "ngisi" is the doing asked how, not what it is done to: the rule need not write it
    filled = answerer.answer("gimana cara ngisi izin belajar buat perawat shift?")
    assert filled.outcome != "refusal" and "e-SIMALELA" in filled.text


def test_how_to_is_asked_of_the_noun_after_procedure(tmp_path, store, embedder):
    """ "Bagaimana prosedur mutasi PNS ke pemerintah kabupaten lain?": "mutasi" is what the
    procedure is of (after "prosedur" a noun is the topic, a verbal noun the doing), so a
    regulation's legal basis naming PNS, government and regency does not answer; the procedure
    of a study permit ("prosedur pengajuan izin belajar") is still answered."""
    rule = markdown_doc(
        "perdir",
        "Peraturan Direktur tentang Pengembangan Kompetensi",
        {
            "Mengingat": "1. Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai "
            "Negeri Sipil; 2. Peraturan Bupati tentang Kedudukan Perangkat Daerah Pemerintah "
            "Kabupaten Tanah Contoh.",
            "Pasal 9": "Izin belajar bagi PNS diajukan melalui e-SIMALELA dan diproses paling "
            "lama 14 hari kerja oleh pemerintah kabupaten.",
        },
    )
    catalog = markdown_doc(
        "orientasi",
        "Orientasi Pegawai",
        {"Sasaran": "Orientasi wajib bagi CPNS, PPPK baru dan pegawai mutasi masuk."},
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"perdir.md": rule, "orientasi.md": catalog}
    )
    moved = answerer.answer("Bagaimana prosedur mutasi PNS ke pemerintah kabupaten lain?")
    assert moved.outcome == "refusal"
    permit = answerer.answer("Bagaimana prosedur pengajuan izin belajar PNS?")
    assert permit.outcome == "answer" and "e-SIMALELA" in permit.text


def test_the_askers_reason_for_asking_does_not_make_a_passage_an_answer(tmp_path, store, embedder):
    """ "latsar brp jp? biar sy bs itung 20 jp taun ini": the worked examples that add up to
    20 JP hold the reason's words, not the Latsar JP, which no document states; a situation
    told before the ask is read with it ("sy sudah kirim tiket ..., berapa lama dibalas")."""
    latsar = markdown_doc(
        "latsar",
        "Pelatihan Dasar CPNS",
        {"Tujuan": "Latsar CPNS membentuk PNS yang profesional dalam masa percobaan."},
    )
    examples = markdown_doc(
        "contoh-jp",
        "Contoh Perhitungan JP",
        {
            "Contoh": "Untuk menghitung capaian tahun ini: 1 kali patok banding (10 JP), 1 hari "
            "seminar (4 JP), dan 2 sesi mentoring (6 JP). Totalnya 20 JP."
        },
    )
    helpdesk = markdown_doc(
        "helpdesk",
        "Bantuan Aplikasi Belajar",
        {"Tiket": "Tiket yang dikirim ke helpdesk dibalas paling lambat 2 hari kerja."},
    )
    answerer = answerer_over(
        tmp_path,
        store,
        embedder,
        {"latsar.md": latsar, "contoh.md": examples, "helpdesk.md": helpdesk},
    )
    total = answerer.answer("latsar cpns tuh totalnya brp jp sih? biar sy bs itung 20 jp taun ini")
    assert total.outcome == "refusal" and "Totalnya 20 JP" not in total.text
    reply = answerer.answer(
        "Saya sudah kirim tiket ke helpdesk kemarin, biasanya berapa lama dibalas?"
    )
    assert reply.confident and "2 hari kerja" in reply.text


def test_the_old_rule_asked_about_is_answered_when_a_newsletter_ranks_first(
    tmp_path, store, embedder
):
    """ "dulu waktu aturan yg lama, batas kirimnya brp hari?": a newsletter that mentions the
    change answers the words best, but the replaced circular states the old deadline."""
    old = (
        "SURAT EDARAN KEPALA BKPSDM KABUPATEN CONTOH\nNOMOR 800/011/BKPSDM/2025\n"
        "TENTANG LAPORAN PENERAPAN\n\n1. Ketentuan\n"
        "Laporan penerapan dikirim paling lambat 21 hari kalender setelah pelatihan selesai.\n"
    )
    new = (
        "SURAT EDARAN KEPALA BKPSDM KABUPATEN CONTOH\nNOMOR 800/027/BKPSDM/2027\n"
        "TENTANG LAPORAN PENERAPAN\n\n1. Pencabutan\n"
        "Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala BKPSDM Nomor "
        "800/011/BKPSDM/2025 tentang Laporan Penerapan dicabut dan dinyatakan tidak berlaku.\n\n"
        "2. Ketentuan\n"
        "Laporan penerapan diunggah paling lambat 14 hari kerja setelah pelatihan selesai.\n"
    )
    newsletter = markdown_doc(
        "buletin",
        "Buletin Kepegawaian Edisi Maret",
        {
            "Pengingat laporan penerapan": "Masih banyak yang mengira laporan penerapan dikirim "
            "lewat surel seperti aturan lama. Sekarang laporan diunggah paling lambat 14 hari "
            "kerja setelah pelatihan selesai."
        },
    )
    answerer = answerer_over(
        tmp_path,
        store,
        embedder,
        {"se-2025.txt": old, "se-2027.txt": new, "buletin.md": newsletter},
    )
    answer = answerer.answer(
        "dulu waktu aturan laporan penerapan yg lama, batas kirimnya brp hari?"
    )
    assert answer.confident and "21 hari kalender" in answer.text
    assert answer.sources[0].source == "se-2025.txt" and "aturan lama" in answer.text
    current = answerer.answer("laporan penerapan diunggah paling lambat berapa hari?")
    assert "14 hari kerja" in current.text and "21 hari" not in current.text


def test_each_ask_is_read_with_the_situation_told_before_it(tmp_path, store, embedder):
    """ "sy jf kategori keterampilan, jenjangnya apa aja? trs kalo mau naik jenjang wajib uji
    kompetensi gak": the passage on promotion tests names levels in passing; the levels of the
    skilled category stand in another section, which answers the first ask."""
    jf = markdown_doc(
        "jf",
        "Jabatan Fungsional dan Uji Kompetensi",
        {
            "Uji kompetensi untuk kenaikan jenjang": "Kenaikan jenjang JF, misalnya dari ahli "
            "pertama ke ahli muda, mensyaratkan lulus uji kompetensi, angka kredit kumulatif "
            "yang cukup, dan tersedianya kebutuhan pada jenjang yang dituju.",
            "Kategori dan jenjang JF": "JF terdiri atas dua kategori:\n\n"
            "- JF keahlian, dengan jenjang ahli pertama, ahli muda, ahli madya, dan ahli utama.\n"
            "- JF keterampilan, dengan jenjang pemula, terampil, mahir, dan penyelia.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"jf.md": jf})
    answer = answerer.answer(
        "sy jf kategori keterampilan, jenjangnya apa aja ya dr bawah? trs kalo mau naik jenjang "
        "wajib uji kompetensi gak"
    )
    assert answer.confident
    assert "pemula, terampil, mahir, dan penyelia" in answer.text
    assert "lulus uji kompetensi" in answer.text


def test_a_table_row_named_for_a_sibling_training_does_not_answer(tmp_path, store, embedder):
    """A seat allocation lists PKP Angkatan I only: "Pelatihan Kepemimpinan Administrator
    Angkatan I kapan" (PKA, written out) is not answered with PKP's dates."""
    rows = "no,nama pelatihan,angkatan,pelaksanaan,perangkat daerah,kuota\n" + "".join(
        f"{i},Pelatihan Kepemimpinan Pengawas,Angkatan I,5 April - 2 Juli 2027,{unit},4 orang\n"
        for i, unit in enumerate(("Dinas Kesehatan", "Sekretariat Daerah", "Inspektorat"), 1)
    )
    guide = markdown_doc(
        "pedoman",
        "Pedoman Pengembangan Kompetensi",
        {
            "Pelatihan struktural": "Pelatihan Kepemimpinan Administrator diikuti pejabat "
            "administrator; Pelatihan Kepemimpinan Pengawas diikuti pejabat pengawas."
        },
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"alokasi-kursi-2027.csv": rows, "pedoman.md": guide}
    )
    other = answerer.answer(
        "Kapan Pelatihan Kepemimpinan Administrator Angkatan I 2027 dilaksanakan?"
    )
    assert other.outcome == "refusal" and "5 April" not in other.text
    own = answerer.answer("Kapan Pelatihan Kepemimpinan Pengawas Angkatan I 2027 dilaksanakan?")
    assert own.confident and "5 April - 2 Juli 2027" in own.text


def test_a_region_the_documents_do_not_cover_gets_only_national_rules(tmp_path, store, embedder):
    """A province's guide sets 25 JP for its own staff; asked about another region, the
    national minimum still holds there, the province's rule does not."""
    province = markdown_doc(
        "pedoman-provinsi",
        "Pedoman Pengembangan Kompetensi Provinsi Nusa Contoh",
        {"Target": "Target JP tahunan ASN Provinsi Nusa Contoh paling sedikit 25 JP."},
    )
    national = markdown_doc(
        "kewajiban-20-jp",
        "Kewajiban 20 JP",
        {
            "Minimal JP": "Target JP tahunan setiap ASN paling sedikit 20 JP; instansi dapat "
            "menetapkan target yang lebih tinggi."
        },
        authority="nasional",
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"provinsi.md": province, "nasional.md": national}
    )
    own = answerer.answer("Target JP tahunan ASN di Provinsi Nusa Contoh berapa?")
    assert own.confident and "25 JP" in own.text
    other = answerer.answer("Target JP tahunan ASN di Kabupaten Contoh Jaya berapa?")
    assert "25 JP" not in other.text
    assert other.confident and "20 JP" in other.text


def test_a_region_only_an_agencys_documents_could_answer_for_is_refused(tmp_path, store, embedder):
    province = markdown_doc(
        "pedoman-provinsi",
        "Pedoman Pengembangan Kompetensi Provinsi Nusa Contoh",
        {"Target": "Target JP tahunan ASN Provinsi Nusa Contoh paling sedikit 25 JP."},
    )
    answerer = answerer_over(tmp_path, store, embedder, {"provinsi.md": province})
    refused = answerer.answer("Target JP tahunan ASN di Kabupaten Contoh Jaya berapa?")
    assert refused.outcome == "refusal" and "25 JP" not in refused.text
    assert "Kabupaten Contoh Jaya" in refused.text


def test_a_webinar_question_that_asks_no_listing_is_not_a_catalog_listing(
    tmp_path, store, embedder
):
    """ "sertifikat webinar ... bisa dipake buat 20 jp ga?": a webinar is online, but the
    question asks about certificates; the catalog's online trainings are not the answer."""
    catalog = (
        "catalog: {title: Katalog Uji, sample: true}\ntrainings:\n"
        "  - {kode: W1, nama: Webinar Rencana Pengembangan Diri, jp: 4, metode: daring, "
        "tanggal_mulai: 2027-03-10, tanggal_selesai: 2027-03-10, batas_pendaftaran: 2027-03-08, "
        "sertifikat: Sertifikat elektronik 4 JP}\n"
    )
    rules = markdown_doc(
        "sertifikat",
        "Sertifikat dan Penyelenggara Pelatihan",
        {
            "Kebijakan instansi": "Yang menjadi kebijakan instansi:\n\n"
            "- pengakuan sertifikat seminar, webinar, dan penyelenggara tidak terakreditasi;\n"
            "- bukti yang diminta dan alur verifikasi."
        },
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"katalog.yaml": catalog, "sertifikat.md": rules}
    )
    answer = answerer.answer(
        "sertifikat webinar dr EO swasta yg ga terakreditasi bisa dipake buat 20 jp ga?"
    )
    assert answer.kind != "catalog" and "W1" not in answer.text
    listing = answerer.answer("ada webinar apa aja bulan maret?")
    assert listing.kind == "catalog" and listing.trainings == ["W1"]


def test_a_yes_no_ask_is_completed_from_the_passage_holding_all_its_words(
    tmp_path, store, embedder
):
    """ "tubel diakui brp JP per semester? Apakah tetap wajib JP klasikal?": the study-leave
    article names "wajib" and "JP" but not "klasikal"; the target article answers that."""
    guide = markdown_doc(
        "pedoman",
        "Pedoman Pengembangan Kompetensi",
        {
            "Pasal 30 Pendidikan lanjutan": "(1) Pegawai yang sedang menjalani tugas belajar "
            "diakui memperoleh 22 JP untuk setiap semester.\n(2) Pegawai yang sedang izin "
            "belajar tetap wajib memenuhi target JP tahunan.",
            "Pasal 5 Target JP": "(1) Setiap PNS wajib memenuhi paling sedikit 22 JP per tahun, "
            "8 JP di antaranya melalui jalur klasikal.\n(2) Pegawai yang sedang menjalani tugas "
            "belajar dikecualikan dari kewajiban JP klasikal.",
        },
    )
    paths = markdown_doc(
        "jalur",
        "Jalur Pengembangan Kompetensi",
        {
            "Klasikal": "Jalur klasikal berupa pelatihan tatap muka.",
            "Daring": "Pelatihan daring sinkron diperlakukan sebagai jalur klasikal.",
            "Seminar": "Seminar dan bimbingan teknis termasuk jalur klasikal.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"pedoman.md": guide, "jalur.md": paths})
    answer = answerer.answer(
        "Pegawai yang sedang tugas belajar diakui berapa JP per semester? Apakah tetap wajib JP "
        "klasikal?"
    )
    assert answer.confident and "22 JP untuk setiap semester" in answer.text
    assert "dikecualikan dari kewajiban JP klasikal" in answer.text


def test_a_hard_wrapped_passage_is_shown_as_its_sentences(tmp_path, store, embedder):
    """A plain-text guide wrapped by width is shown with its sentences whole, not cut where
    the author's editor wrapped them (chat wraps lines itself)."""
    guide = markdown_doc(
        "panduan-kopi-pagi",
        "Panduan KOPI PAGI",
        {
            "Mau jadi narasumber?": (
                "Usulan tema di luar tema bulanan perlu disetujui Kepala Bidang Pendidikan Lanjutan dan\n"
                "Pengelolaan Pengetahuan. Pemandu acara adalah Duta Belajar,\n"
                "yaitu perwakilan perangkat daerah yang bertugas bergiliran."
            )
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kopi.md": guide})
    answer = answerer.answer("usul tema kopi pagi di luar tema bulanan, yg nyetujuin siapa?")
    assert answer.confident
    assert "Kepala Bidang Pendidikan Lanjutan dan Pengelolaan Pengetahuan." in answer.text
    assert "Duta Belajar, yaitu perwakilan" in answer.text


def test_a_short_passage_is_shown_without_the_item_of_another_level(tmp_path, store, embedder):
    """An announcement's requirements, one item per level, the rank wrapped onto the next
    line: the asked level's item is shown whole, the other level's is left out."""
    call = markdown_doc(
        "pengumuman-pelatihan-survei",
        "Pengumuman Pelatihan Teknis Survei",
        {
            "Persyaratan": (
                "1. Tingkat I: pangkat paling rendah Pengatur (II/c); usia paling tinggi 50\n"
                "   tahun pada saat pendaftaran.\n"
                "2. Tingkat II: pangkat paling rendah Penata Muda\n"
                "   (III/a); usia paling tinggi 48 tahun pada saat pendaftaran."
            )
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"survei.md": call})
    answer = answerer.answer(
        "Berapa usia paling tinggi saat pendaftaran pelatihan survei Tingkat II?"
    )
    assert answer.confident
    assert "Penata Muda (III/a); usia paling tinggi 48 tahun" in answer.text
    assert "50" not in answer.text


def test_a_level_asked_in_words_is_the_row_of_its_numeral(tmp_path, store, embedder):
    """ "PKPM tingkat tiga itu brp JP": the table's row "Tingkat III", not the first level's."""
    levels = markdown_doc(
        "pedoman-pkpm",
        "Pedoman Pelatihan Keselamatan Pasien",
        {
            "Pasal 16": (
                "PKPM diselenggarakan dalam tiga tingkat.\n\n"
                "| Tingkat | Sasaran | JP | Lama |\n|---|---|---|---|\n"
                "| Tingkat I | Seluruh pegawai | 16 JP | 2 hari |\n"
                "| Tingkat II | Kepala ruangan | 32 JP | 4 hari |\n"
                "| Tingkat III | Anggota Komite Mutu | 48 JP | 6 hari |"
            )
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"pkpm.md": levels})
    answer = answerer.answer("PKPM tingkat tiga itu brp JP?")
    assert answer.confident
    assert "48 JP" in answer.text and "16 JP" not in answer.text


def test_the_way_to_do_what_no_document_names_is_not_answered(tmp_path, store, embedder):
    """ "Bagaimana cara membuat paspor elektronik?": no document writes "paspor", a word of the
    language, so a recap row naming an electronic records training tells the way to do
    something else; the way to get the certificate is still answered, in chat's words too."""
    recap = (
        "unit_kerja,triwulan_i,jumlah_jp_2029,keterangan\n"
        "Sekretariat,118,742,Pelatihan SIPD (Maret) dan Tata Naskah Dinas Elektronik\n"
        "Bidang PPA,90,600,Pelatihan Konvensi Hak Anak (Mei)\n"
    )
    guide = markdown_doc(
        "panduan-sertifikat",
        "Panduan Sertifikat Pelatihan",
        {"Sertifikat": "Sertifikat diunduh dari menu Riwayat setelah post-test diverifikasi."},
    )
    files = {"rekap-jp-triwulan-2029.csv": recap, "sertifikat.md": guide}
    answerer = answerer_over(tmp_path, store, embedder, files)
    assert answerer.answer("Bagaimana cara membuat paspor elektronik?").outcome == "refusal"
    found = answerer.answer("bagaimana cara mengunduh sertifikat pelatihan?")
    assert found.confident and "menu Riwayat" in found.text
    # the doing word is chat's or the documents' own, and the asker's situation follows
    for asked in ("cara download sertifikat pelatihan pakai hp", "cara unduh sertifikat akun saya"):
        assert answerer.answer(asked).confident, asked


def test_a_contact_asked_by_its_channel_is_of_that_channel(tmp_path, store, embedder):
    """ "nomor WhatsApp Rizky": her line gives an extension and an e-mail address, no phone
    number; the WhatsApp number beside it is her colleague's. Her e-mail is hers to give."""
    slides = markdown_doc(
        "paparan-sosialisasi",
        "Paparan Sosialisasi Perubahan Pedoman",
        {
            "Kontak": (
                "- Aturan dan JP: Rizky Amalia Putri, S.AP., ekstensi 214, "
                "mekar@dinas.example.go.id\n"
                "- Akun dan aplikasi: Dimas Arya Pratama, S.Kom., WhatsApp 0811-5620-7734"
            )
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"paparan.md": slides})
    assert not answerer.answer("Berapa nomor WhatsApp Rizky Amalia Putri?").confident
    mail = answerer.answer("alamat email Rizky Amalia Putri apa?")
    assert mail.confident and "mekar@dinas.example.go.id" in mail.text
    phone = answerer.answer("nomor WA Dimas Arya Pratama berapa?")
    assert phone.confident and "0811-5620-7734" in phone.text


def test_an_unlabelled_item_goes_on_about_the_first(tmp_path, store, embedder):
    """ "- PKA wajib ...", "- Lama pelatihan 4 bulan ...": the second item names no subject of
    its own, so it is about PKA, which the first item names."""
    pka = markdown_doc(
        "info-pka",
        "Informasi Pelatihan",
        {
            "Ketentuan": (
                "- Pelatihan Kepemimpinan Administrator (PKA) wajib diikuti pejabat "
                "administrator paling lambat 2 tahun setelah dilantik.\n"
                "- Lama pelatihan 4 bulan termasuk aktualisasi.\n"
                "- Biaya sebesar Rp 35.000.000 per peserta ditanggung instansi pengirim."
            ),
            "Lain": (
                "- Magang di instansi lain paling lama 3 bulan.\n"
                "- Coaching dilaksanakan paling sedikit 4 sesi."
            ),
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"pka.md": pka})
    for asked, said in (
        ("PKA brp bulan", "4 bulan"),
        ("berapa biaya pelatihan kepemimpinan administrator", "Rp 35.000.000"),
    ):
        answer = answerer.answer(asked)
        assert answer.confident and said in answer.text, asked


def test_a_numbered_periods_column_is_the_cell_asked(tmp_path, store, embedder):
    """ "JP triwulan III bidang KBKK 2029 brp": the row's "Triwulan III" cell, not its year's
    total (which names "JP" and "2029" too), however the quarter is written."""
    recap = (
        "Unit kerja;Triwulan I;Triwulan II;Triwulan III;Triwulan IV;Jumlah JP 2029;"
        "Rata-rata JP per pegawai;Keterangan\n"
        "Bidang KBKK;132;229;284;223;868;18,5;Pelatihan Konseling KB di Balai Penyuluhan KB\n"
        "Bidang PPA;37;66;81;64;248;22,5;Pelatihan Konvensi Hak Anak dan KLA (Mei)\n"
        "Sekretariat;118;196;221;207;742;23,9;Pelatihan SIPD (Maret) dan Tata Naskah Dinas\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"rekap-jp-triwulan-2029.csv": recap})
    for asked in ("JP triwulan III bidang KBKK 2029 brp", "jp triwulan tiga bidang kbkk 2029 brp?"):
        answer = answerer.answer(asked)
        assert answer.confident and "Triwulan III: 284" in answer.text, asked
        assert "Triwulan II: 229" not in answer.text


def test_a_weekly_day_said_to_stand_no_more_gives_way(tmp_path, store, embedder):
    """The handbook holds the class on Wednesdays; the bulletin says "Mulai 8 Maret 2030 ...
    setiap hari Jumat ..., tidak lagi hari Rabu": asked when it is held now, Friday comes
    first. A Thursday meeting the bulletin does not name stays as it is."""
    handbook = markdown_doc(
        "pedoman-program",
        "Pedoman Program Belajar 2029",
        {
            "Kelas Berbagi": (
                "Kelas Berbagi diadakan setiap hari Rabu pukul 14.00-15.30 WIB di Ruang Baca "
                "Lantai 1. Pemateri adalah pegawai yang baru mengikuti pelatihan."
            ),
            "Rapat FBB": "Rapat FBB diadakan setiap hari Kamis pukul 09.00-10.00 WIB.",
        },
    )
    bulletin = markdown_doc(
        "buletin-program-2030",
        "Buletin Program Belajar Edisi 1/2030",
        {
            "Halaman 1": (
                "Sepanjang 2029 tercatat 3.248 JP dari 146 pegawai, rata-rata 22,2 JP per orang. "
                "Dua pegawai menerima penghargaan Insan Terbaik pada apel pagi 21 Januari 2030.\n\n"
                "Mulai 8 Maret 2030, Kelas Berbagi diadakan setiap hari Jumat pukul 13.30-15.00 "
                "WIB di Ruang Baca Lantai 1, tidak lagi hari Rabu. Keputusan ini diambil dalam "
                "rapat evaluasi bulan Januari. Kelas terbuka untuk semua pegawai.\n\n"
                "Topik Maret 2030: 8 Maret, menulis Rencana Aksi; 15 Maret, aplikasi dari ponsel; "
                "22 Maret, wawancara ramah anak; 29 Maret, membaca piramida penduduk."
            )
        },
    )
    files = {"pedoman.md": handbook, "buletin.md": bulletin}
    answerer = answerer_over(tmp_path, store, embedder, files)
    now = answerer.answer("kelas berbagi sekarang hari apa jam brp")
    assert now.confident and "Jumat pukul 13.30-15.00" in now.text.split("Sumber")[0]
    meeting = answerer.answer("rapat FBB hari apa?")
    assert meeting.confident and "Kamis" in meeting.text


def test_a_yes_no_ask_beside_an_amount_no_passage_states_must_be_stated(tmp_path, store, embedder):
    """ "masuk talent pool dpt tunjangan tambahan ga? brp nominalnya": the talent pool passage
    shares the topic but says nothing of an allowance, and no passage names the amount, so
    nothing is answered; where a passage states the yes/no ask, it answers."""
    talent = markdown_doc(
        "manajemen-talenta",
        "Manajemen Talenta ASN",
        {
            "Siapa yang masuk talent pool": (
                "Talent pool berisi pegawai yang hasil pemetaannya menunjukkan kinerja dan "
                "potensial tinggi. Pegawai di kotak 7, 8, dan 9 umumnya masuk talent pool."
            ),
            "Tahapan": "Manajemen talenta terdiri atas akuisisi, pengembangan, dan retensi.",
        },
    )
    pay = markdown_doc(  # the words of an allowance are words these documents use
        "tunjangan-kinerja",
        "Tunjangan Kinerja",
        {
            "Dasar": "Tunjangan kinerja dibayar menurut kelas jabatan.",
            "Tambahan": "Tambahan penghasilan pegawai dibayar bulanan.",
            "Potongan": "Tunjangan dipotong bila pegawai terlambat.",
            "Cuti": "Tunjangan tetap dibayar selama cuti tahunan; tambahan penghasilan juga.",
        },
    )
    question = "kalo masuk talent pool dpt tunjangan tambahan ga sih? brp nominalnya"
    (tmp_path / "a").mkdir()
    unstated = answerer_over(
        tmp_path / "a", store, embedder, {"talenta.md": talent, "tukin.md": pay}
    )
    assert unstated.answer(question).outcome == "refusal"
    stated = talent + (
        "\n## Talent pool dan tunjangan\n\nPegawai yang masuk talent pool tidak mendapat "
        "tunjangan tambahan; tunjangan mengikuti kelas jabatan.\n"
    )
    answerer = answerer_beside(tmp_path / "b", embedder, {"talenta.md": stated, "tukin.md": pay})
    answer = answerer.answer(question)
    assert answer.confident and "tidak mendapat tunjangan tambahan" in answer.text


def test_a_how_to_question_gets_the_steps(tmp_path, store, embedder):
    """ "cara ngisi riwayat diklat gmn": the numbered steps, not a passage that only says
    whose duty the record is; "skrg hrs gmn" asks what to do, not a procedure."""
    guide = markdown_doc(
        "riwayat-pelatihan",
        "Pencatatan Riwayat Pelatihan",
        {
            "Riwayat pelatihan di MyASN": (
                "Riwayat pelatihan pegawai dicatat secara resmi di MyASN. Tanggung jawab "
                "mengisi riwayat pelatihan ada pada pegawai sendiri."
            ),
            "Memperbarui data di MyASN": (
                "Secara umum, urutannya adalah:\n\n1. masuk ke MyASN;\n"
                "2. buka menu riwayat pelatihan;\n3. isi data dan unggah sertifikat;\n"
                "4. kirim usulan untuk diverifikasi."
            ),
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"riwayat.md": guide})
    answer = answerer.answer("cara ngisi riwayat pelatihan di myasn gmn?")
    assert answer.confident and "2. buka menu riwayat pelatihan" in answer.text


def test_a_yes_no_ask_with_a_word_no_document_uses_is_not_answered_by_its_topic(
    tmp_path, store, embedder
):
    """ "tukin sy dipotong ga ... jp nya blm nyampe 20?": where no document speaks of a cut
    at all, the passage on keeping track of 20 JP is no answer; where one does, it answers."""
    track = markdown_doc(
        "kewajiban-20-jp",
        "Kewajiban 20 JP",
        {
            "Catatan pribadi": (
                "Catatan pribadi membantu memantau apakah kewajiban minimal 20 JP per tahun "
                "sudah terpenuhi sebelum akhir tahun. Tunjangan kinerja diatur instansi."
            )
        },
    )
    question = "tukin sy dipotong ga sih kalo akhir taun jp nya blm nyampe 20?"
    (tmp_path / "a").mkdir()
    unsaid = answerer_over(tmp_path / "a", store, embedder, {"jp.md": track})
    assert not unsaid.answer(question).confident
    cut = track + (
        "\n## Potongan tunjangan\n\nTunjangan kinerja dipotong 5 persen bila JP pegawai "
        "belum sampai 20 JP pada akhir tahun.\n"
    )
    answer = answerer_beside(tmp_path / "b", embedder, {"jp.md": cut}).answer(question)
    assert answer.confident and "dipotong 5 persen" in answer.text


def test_a_catalog_entry_that_only_shares_words_with_the_name_asked_is_not_listed(
    tmp_path, store, embedder
):
    """ "PKN tingkat I 2027 kpn dibuka" to the sample catalog: its PKA and PKP entries hold
    "pelatihan", "kepemimpinan", "tingkat" and, in their cost notes, "pelatihan nasional"
    without being PKN (a name of several words is met in the training's name), and its PKN
    entry is of Tingkat II."""
    catalog = (ROOT / "knowledge" / "samples" / "katalog-pelatihan-contoh.yaml").read_text()
    answerer = answerer_over(tmp_path, store, embedder, {"katalog.yaml": catalog})
    answer = answerer.answer("PKN tingkat I taun 2027 pendaftarannya kpn dibuka? angkatan brp?")
    assert not answer.trainings
    assert "Administrator" not in answer.text and "Pengawas" not in answer.text
    quota = answerer.answer(
        "Kapan pendaftaran PKN Tingkat I tahun 2027 dibuka, dan kuotanya berapa orang?"
    )
    assert not quota.trainings
    assert "Administrator" not in quota.text and "Pengawas" not in quota.text


def test_a_name_no_passage_gives_is_refused_saying_a_name_is_missing(tmp_path, store, embedder):
    """ "Kepala LAN siapa sih namanya?": the guide names the office, not the person, and the
    refusal says a name is what it lacks."""
    guide = markdown_doc(
        "pkn-tingkat-i",
        "Pelatihan Kepemimpinan Nasional Tingkat I",
        {
            "Penyelenggara": (
                "PKN Tingkat I diselenggarakan LAN. Calon peserta diusulkan kepada Kepala LAN. "
                "Sebutan Diklatpim I diganti menjadi PKN Tingkat I."
            )
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"pkn.md": guide})
    answer = answerer.answer("Kepala LAN skrg siapa sih namanya?")
    assert not answer.confident
    assert "nama orang" in answer.text and "angka" not in answer.text


def test_a_region_numbered_past_the_documents_ones_is_not_answered(tmp_path, store, embedder):
    """The quota lists UPT Wilayah I to III; "Wilayah IV" is none of them, so no row or
    catalogue line answers for it and the refusal names it; Wilayah II is answered."""
    quota = (
        "Pelatihan;UPT Wilayah I;UPT Wilayah II;UPT Wilayah III\n"
        "Pelayanan Prima;12;9;7\nPemadaman Kebakaran;6;8;4\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kuota-per-upt-2026.csv": quota})
    refused = answerer.answer("Berapa kuota pelayanan prima untuk UPT Wilayah IV?")
    assert refused.outcome == "refusal" and "Wilayah IV" in refused.text
    listed = answerer.answer("Berapa kuota pelayanan prima untuk UPT Wilayah II?")
    assert listed.confident and "9" in listed.text
    assert answerer.scope.unknown_part("kuota upt wilayah 3 brp") is None
    assert answerer.scope.unknown_part("kuota upt wilayah keempat brp") == "Wilayah Keempat"


def test_a_region_named_by_a_direction_the_documents_do_not_name_is_not_answered(
    tmp_path, store, embedder
):
    """The recap names its service points "Sektor Utara" and "Sektor Selatan"; "sektor
    barat" is neither, so the Utara row does not answer for it; Selatan is answered."""
    recap = (
        "Unit;Lokasi;Pegawai\n"
        "Pos Sektor Utara;Desa Air Hitam;6\nPos Sektor Selatan;Desa Lubuk Raya;4\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"rekap-pegawai-pos.csv": recap})
    refused = answerer.answer("pos sektor barat lokasinya di desa mana?")
    assert refused.outcome == "refusal" and "Sektor Barat" in refused.text
    listed = answerer.answer("pos sektor selatan lokasinya di desa mana?")
    assert listed.outcome != "refusal" and "Lubuk Raya" in listed.text
    assert "Air Hitam" not in listed.text


def test_a_region_in_a_documents_range_or_title_is_known(tmp_path, store, embedder):
    """ "Seluruh UPT Wilayah I s.d. IV" names the third and fourth regions too, and a
    document titled for Wilayah V names the fifth."""
    guide = markdown_doc(
        "pelayanan-upt",
        "Jam Pelayanan UPT",
        {
            "Jam": "Seluruh UPT Wilayah I s.d. IV melayani pukul 08.00-15.00. UPT Wilayah I juga Sabtu."
        },
    )
    schedule = markdown_doc(
        "jadwal-upt-v", "Jadwal Pelatihan UPT Wilayah V", {"Jadwal": "Mulai 5 Mei."}
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"pelayanan.md": guide, "jadwal.md": schedule}
    )
    for asked in ("jam pelayanan UPT Wilayah III", "upt wilayah 4 buka jam brp", "UPT Wilayah V"):
        assert answerer.scope.unknown_part(asked) is None
    assert answerer.scope.unknown_part("jam pelayanan UPT Wilayah VI") == "Wilayah VI"


def test_a_name_no_document_uses_is_not_answered_from_another_units_row(tmp_path, store, embedder):
    """A quota table lists four satellite units; "UPS Sungai Perak" is none of them, so no
    row answers for it; a unit it lists is answered, and "JP-nya" is a word the documents use."""
    quota = (
        "Unit;Kuota PKPM Tingkat I\n"
        "UPS Batu Lintang;12\nUPS Muara Jati;10\nUPS Tanjung Selaka;12\nUPS Rimba Hijau;8\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kuota-pkpm-2026.csv": quota})
    refused = answerer.answer("Berapa kuota PKPM Tingkat I untuk UPS Sungai Perak?")
    assert not refused.confident and "UPS Sungai Perak" in refused.text
    listed = answerer.answer("Berapa kuota PKPM Tingkat I untuk UPS Rimba Hijau?")
    assert listed.confident and "8" in listed.text
    assert answerer.scope.unknown_name("Berapa kuota PKPM-nya untuk UPS Rimba Hijau?") is None
    # an acronym with "-nya" is the acronym, unknown words or not: not a unit's name
    assert answerer.scope.unknown_name("kuota UPS Rimba Hijau brp, RTL-nya kapan?") is None
    for odd in ("kuota UPS Sungai Perak ?", "UPS Sungai Perak -- ?!", 'Kuota ( ) Perak "" ?'):
        assert "Perak" in answerer.scope.unknown_name(odd)  # stray punctuation read, no crash
    # a word before a rule's number names a kind of rule ("Perins 2/2026"), not a unit
    for rule in ("kuota PKPM menurut Perins 2/2026?", "kuota PKPM menurut Perwali No. 3?"):
        assert answerer.scope.unknown_name(rule) is None
    # a polite address is no name: "Bapak/Ibu" is two stopwords; a name after a slash is read
    polite = "Selamat pagi Bapak/Ibu, mohon info kuota PKPM Tingkat I untuk UPS Rimba Hijau."
    assert answerer.scope.unknown_name(polite) is None
    assert "Perak" in answerer.scope.unknown_name("kuota PKPM UPS Rimba Hijau/Sungai Perak brp?")


def test_a_list_of_conditions_answers_for_its_own_subject_only(tmp_path, store, embedder):
    """The conditions of a study grant and of mentors are listed; a transfer's are not, so
    "syarat mutasi guru" gets no list of another subject's conditions."""
    rules = markdown_doc(
        "pedoman",
        "Pedoman Pengembangan Kompetensi Guru",
        {
            "Syarat bantuan studi": "Guru penerima bantuan studi lanjut harus memenuhi syarat: "
            "a. masa kerja paling singkat 3 tahun di Kabupaten Lembah Sari; b. berusia paling "
            "tinggi 50 tahun; c. predikat kinerja paling rendah Baik.",
            "Syarat mentor": "Mentor guru baru harus memenuhi syarat: a. berstatus guru PNS; "
            "b. masa kerja sebagai guru paling singkat 8 tahun; c. telah lulus pelatihan mentor.",
            "Orientasi": "Guru baru dan guru mutasi masuk mengikuti orientasi 16 JP.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"pedoman.md": rules})
    grant = answerer.answer("syarat bantuan studi lanjut guru apa aja?")
    assert grant.confident and "3 tahun" in grant.text
    transfer = answerer.answer("syarat mutasi guru ke kabupaten lain apa aja?")
    assert transfer.outcome == "refusal", transfer.text
    # whose conditions ("guru") is no subject the passage must repeat
    mentor = answerer.answer("syarat mentor guru baru apa aja?")
    assert mentor.confident and "8 tahun" in mentor.text


def test_a_row_without_the_asked_item_does_not_answer_for_it(tmp_path, store, embedder):
    """A quota table has Audit Berbasis Risiko at two levels and Audit Investigatif at one: the
    level-II row of the other training lacks "investigatif", which another row has, so it is
    no answer for "Audit Investigatif Tingkat II"; the row of the item asked answers."""
    rows = (
        "kode,nama pelatihan,tingkat,durasi,kuota\n"
        "PTS-01,Pelatihan Audit Berbasis Risiko,Tingkat I,30 JP,12\n"
        "PTS-02,Pelatihan Audit Berbasis Risiko,Tingkat II,40 JP,16\n"
        "PTS-08,Pelatihan Audit Investigatif,Tingkat I,40 JP,15\n"
        "PTS-09,Pelatihan Evaluasi SAKIP,-,24 JP,20\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kuota-pelatihan-2026.csv": rows})
    missing = answerer.answer("Berapa kuota Pelatihan Audit Investigatif Tingkat II?")
    assert not missing.confident and "16" not in missing.text, missing.text
    listed = answerer.answer("Berapa kuota Pelatihan Audit Investigatif Tingkat I?")
    assert listed.confident and "15" in listed.text


def test_a_count_is_read_from_the_cell_its_column_label_names(tmp_path, store, embedder):
    """A fitness table labels its columns "push up 1 menit min" and "lari 12 menit min meter":
    "push-up minimal brp" is the number in the cell whose label names push-ups, with the
    label's "min" for "minimal"."""
    rows = (
        "kelompok usia,jenis kelamin,lari 12 menit min meter,push up 1 menit min,"
        "renang 25m maks detik\n"
        "36-40 tahun,Perempuan,1700,19,45\n"
        "41-45 tahun,Perempuan,1600,17,47\n"
        "41-45 tahun,Laki-laki,1950,24,38\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"ambang-uji-kebugaran-2026.csv": rows})
    answer = answerer.answer("Berapa jumlah push-up minimal bagi perempuan berusia 41-45 tahun?")
    assert answer.confident and "push up 1 menit min: 17" in answer.text, answer.text
    assert "1700" not in answer.text


def test_the_askers_age_picks_the_row_of_its_band(tmp_path, store, embedder):
    """ "sy laki-laki umur 48, renang 25m maks brp detik": the 46-50 row holds the age it never
    writes, not the 51-58 row, whose note and cell happen to hold the number 48."""
    rows = (
        "kelompok usia,jenis kelamin,renang 25m maks detik,keterangan\n"
        "18-25 tahun,Laki-laki,30,-\n"
        "26-45 tahun,Laki-laki,36,-\n"
        "46-50 tahun,Laki-laki,42,-\n"
        "51-58 tahun,Laki-laki,48,nilai akhir lulus paling rendah 65 untuk usia 48 ke atas\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"ambang-renang-2026.csv": rows})
    answer = answerer.answer("sy laki-laki umur 48, renang 25m maks brp detik?")
    assert answer.confident and "46-50 tahun" in answer.text, answer.text
    assert "51-58" not in answer.text


def test_an_amount_asked_after_berapa_needs_its_thing_in_the_passage(tmp_path, store, embedder):
    """ "Berapa uang saku peserta ...": the call letter times the participants' registration
    and names no allowance, so it states no such amount; its schedule is still answered."""
    letter = (
        "PANGGILAN PESERTA PELATIHAN AUDIT KINERJA ANGKATAN II\n\n"
        "Pelatihan dilaksanakan pada Senin, 7 September 2026 di Aula Inspektorat.\n\n"
        "JADWAL KEGIATAN\n"
        "07.30 - 08.00  Registrasi ulang peserta\n"
        "08.00 - 09.00  Pembukaan oleh Inspektur\n"
        "09.00 - 16.00  Materi 1: Audit kinerja (8 JP)\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"panggilan-audit-kinerja.txt": letter})
    allowance = answerer.answer("Berapa uang saku peserta Pelatihan Audit Kinerja Angkatan II?")
    assert not allowance.confident, allowance.text
    registration = answerer.answer("registrasi ulang peserta pelatihan audit kinerja jam brp?")
    assert registration.confident and "07.30" in registration.text


def test_a_provinces_short_name_is_the_province_its_documents_name(tmp_path, store, embedder):
    """ "BPSDM Sultra" is the BPSDM of Sulawesi Tenggara, which the document names in full;
    "BPSDM Jabar" is of a province no document names (its "Jawa" is Jawa Tengah's), so
    nothing is answered for it."""
    page = markdown_doc(
        "akreditasi",
        "Akreditasi Lembaga Pelatihan",
        {
            "Contoh": "Melalui Keputusan LAN Nomor 310/2023, BPSDM Provinsi Sulawesi Tenggara "
            "ditetapkan sebagai lembaga pelatihan terakreditasi dengan kategori bintang satu.",
            "Masa berlaku": "Akreditasi lembaga pelatihan berlaku lima tahun.",
            "Lain": "BPSDM Provinsi Jawa Tengah sedang mengajukan akreditasi ulang.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"akreditasi.md": page})
    known = answerer.answer("BPSDM Sultra akreditasinya apa ya dr LAN?")
    assert known.confident and "bintang satu" in known.text
    other = answerer.answer("BPSDM Jabar akreditasinya apa ya dr LAN?")
    assert not other.confident and "Jabar" in other.text


def test_trainings_named_in_the_askers_situation_do_not_make_a_catalog_listing(
    tmp_path, store, embedder
):
    """ "bulan depan cuti melahirkan ... kewajiban 20 JP dikurangi ga? soalnya ga sempet ikut
    pelatihan": the month and the training are the asker's situation; a listing of next
    month's trainings does not answer whether the duty is reduced."""
    catalog = (
        "catalog: {title: Katalog Uji, sample: true}\ntrainings:\n"
        "  - {kode: S1, nama: Bimtek Penyusunan SKP, jp: 16, metode: tatap muka, "
        "tanggal_mulai: 2026-12-08, tanggal_selesai: 2026-12-09}\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"katalog.yaml": catalog})
    answer = answerer.answer(
        "sy PNS guru SD, bulan depan mulai cuti melahirkan 3 bulan. kewajiban 20 JP sy taun ini "
        "dikurangin ga ya selama cuti? soalnya pasti ga sempet ikut pelatihan"
    )
    assert answer.kind != "catalog" and answer.trainings == []
    listing = answerer.answer("pelatihan bulan depan apa aja?")
    assert listing.kind == "catalog" and listing.trainings == ["S1"]


def test_a_fact_the_catalog_entry_does_not_hold_is_not_answered_by_the_entry(
    tmp_path, store, embedder
):
    """ "nilai minimal lulus latsar brp": the Latsar entry names "nilai-nilai dasar" in its
    aim, a line without a number, so the entry does not state a passing score; its JP, asked,
    it does state."""
    catalog = (
        "catalog: {title: Katalog Uji, sample: true}\ntrainings:\n"
        "  - {kode: L1, nama: Pelatihan Dasar CPNS Golongan III, jp: 286, metode: blended, "
        "tujuan: 'Membentuk PNS yang memahami nilai-nilai dasar PNS (BerAKHLAK)', "
        "sertifikat: STTPP bagi peserta yang lulus, "
        "tanggal_mulai: 2027-02-15, tanggal_selesai: 2027-05-07}\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"katalog.yaml": catalog})
    answer = answerer.answer("nilai minimal lulus latsar tuh brp ya? takut ga lulus nih")
    assert "L1" not in answer.trainings and not answer.confident
    jp = answerer.answer("latsar golongan III brp jp?")
    assert jp.confident and jp.trainings == ["L1"] and "286" in jp.text
    # several asks read the entry's fields, whatever the asker's situation names first
    two = answerer.answer("sy PNS gol III latsar golongan III kpn mulai, brp jp?")
    assert two.confident and two.trainings == ["L1"]


def test_a_catalog_entry_without_the_asked_jp_or_person_does_not_answer(tmp_path, store, embedder):
    """ "latsar total brp JP? biar sy bs itung sisa JP sy": an entry that lists no JP does not
    state it, nor does an entry naming no person say who the coach is; a cost stated in words
    ("ditanggung instansi") still answers "biaya brp"."""
    catalog = (
        "catalog: {title: Katalog Uji, sample: true}\ntrainings:\n"
        "  - {kode: L1, nama: Pelatihan Dasar CPNS Golongan III, metode: blended, "
        "biaya: ditanggung instansi pengusul, tanggal_mulai: 2027-02-15, "
        "tanggal_selesai: 2027-05-07}\n"
        "  - {kode: C1, nama: Coaching Klinik Kinerja Model TIRTA, jp: 8, metode: tatap muka, "
        "tanggal_mulai: 2027-02-09}\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"katalog.yaml": catalog})
    total = answerer.answer("latsar CPNS gol III tu total brp JP ya? biar sy bs itung sisa JP sy")
    assert "L1" not in total.trainings and not total.confident, total.text
    coach = answerer.answer("coach di Coaching Klinik TIRTA itu siapa namanya?")
    assert "C1" not in coach.trainings and not coach.confident, coach.text
    cost = answerer.answer("latsar golongan III biaya kontribusinya brp per peserta?")
    assert cost.trainings == ["L1"] and "ditanggung instansi" in cost.text, cost.text


def test_who_signed_a_letter_is_read_from_its_signature_block(tmp_path, store, embedder):
    """ "surat panggilan ... ditandatangani oleh siapa": the block that closes the letter, not
    a sentence that names an office; a question on signing a statement asks no signer."""
    letter = (
        "PANGGILAN PESERTA PELATIHAN AUDIT ANGKATAN II\n\n"
        "Peserta wajib menandatangani surat pernyataan kesediaan sebelum pelatihan dimulai.\n"
        "Peserta hadir pukul 07.30 WIT di Aula Inspektorat.\n"
        "Peserta membawa surat tugas asli, fotokopi SK jabatan terakhir, dan laptop.\n"
        "Pakaian hari Senin PDH khaki; Selasa sampai Kamis kemeja putih dan celana gelap.\n"
        "Konsumsi berupa dua kali rehat dan makan siang disediakan oleh panitia pelatihan.\n"
        "Transportasi lokal dari dan ke lokasi pelatihan tidak diganti oleh panitia.\n"
        "Peserta yang berhalangan wajib mengonfirmasi paling lambat dua hari sebelumnya.\n"
        "Pengganti peserta ditunjuk oleh Inspektur Pembantu dari daftar cadangan.\n"
        "Sertifikat diberikan kepada peserta yang hadir paling sedikit 90 persen sesi.\n\n"
        "Demikian, atas perhatian Saudara diucapkan terima kasih.\n\n"
        "    a.n. INSPEKTUR DAERAH\n    Sekretaris,\n\n    ttd.\n\n"
        "    Hendrik Sapulete, S.E., M.M.\n    NIP 19780305 200312 1 004\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"panggilan-audit.txt": letter})
    signed = answerer.answer(
        "Surat panggilan pelatihan audit angkatan II ditandatangani oleh siapa?"
    )
    assert signed.confident and "Hendrik Sapulete" in signed.text and "Sekretaris" in signed.text
    assert signed.sources[0].source == "panggilan-audit.txt"
    statement = answerer.answer("peserta wajib menandatangani surat apa sebelum pelatihan?")
    assert "Yang menandatangani dokumen ini" not in statement.text
    assert "surat pernyataan kesediaan" in statement.text


def test_a_signer_asked_beside_another_fact_is_answered_with_it(tmp_path, store, embedder):
    """ "nomor berapa surat ... dan siapa yang menandatanganinya": the letter's number (no
    count of letters) and its signature block, in the order asked; "..., dan pelatihannya tgl
    brp" asks the date of the letter's training."""
    rules = "".join(
        f"{i}. {rule}\n"
        for i, rule in enumerate(
            (
                "Peserta membawa laptop, surat tugas asli, dan fotokopi SK jabatan terakhir.",
                "Pakaian hari pertama PDH khaki; hari berikutnya kemeja putih dan celana gelap.",
                "Konsumsi berupa dua kali rehat dan makan siang disediakan oleh panitia.",
                "Transportasi lokal dari dan ke lokasi pelatihan tidak diganti oleh panitia.",
                "Peserta yang berhalangan mengonfirmasi paling lambat dua hari sebelumnya.",
                "Pengganti peserta ditunjuk oleh Inspektur Pembantu dari daftar cadangan.",
                "Sertifikat diberikan kepada peserta yang hadir paling sedikit 90 persen sesi.",
            ),
            1,
        )
    )
    letter = (
        "Nomor   : 870/311/INSP/2027\nHal     : Panggilan Peserta Pelatihan Audit Kinerja\n\n"
        "Saudara dipanggil mengikuti Pelatihan Audit Kinerja pada 3-5 Mei 2027 di Aula "
        f"Inspektorat.\n\n{rules}\n"
        "    a.n. INSPEKTUR DAERAH\n    Sekretaris,\n\n    ttd.\n\n"
        "    Hendrik Sapulete, S.E., M.M.\n    NIP 19780305 200312 1 004\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"panggilan-audit-kinerja.txt": letter})
    answer = answerer.answer(
        "Nomor berapa surat panggilan pelatihan audit kinerja dan siapa yang menandatanganinya?"
    )
    assert answer.confident, answer.text
    number, signer = answer.text.find("870/311/INSP/2027"), answer.text.find("Hendrik Sapulete")
    assert 0 <= number < signer, answer.text
    assert "Yang menandatangani dokumen ini" in answer.text, answer.text
    dated = answerer.answer("siapa yg tanda tangan surat panggilan audit kinerja, dan tgl brp?")
    assert "Hendrik Sapulete" in dated.text and "3-5 Mei 2027" in dated.text, dated.text
    only = answerer.answer("surat panggilan pelatihan audit kinerja ditandatangani siapa?")
    assert "Hendrik Sapulete" in only.text and "870/311" not in only.text, only.text


def test_a_day_the_minutes_moved_is_answered_from_the_minutes(tmp_path, store, embedder):
    """The decree gives the closing forum's day; later minutes say it was moved from that day:
    "jadi kapan" is answered by the minutes, which give the day as it now stands."""
    decree = (
        "# Keputusan Kepala Dinas tentang Program Magang Terpadu 2027\n\n"
        "KEDUA: Program Magang Terpadu berlangsung 3 (tiga) bulan. Forum Penutupan Magang "
        "Terpadu dilaksanakan pada Kamis, 10 Juni 2027 di Aula Dinas Sosial.\n"
    )
    minutes = (
        "# Notulen Rapat Koordinasi Mei 2027\n\n## Keputusan rapat\n\n"
        "1. Forum Penutupan Magang Terpadu dipindahkan dari Kamis, 10 Juni 2027 menjadi Selasa, "
        "15 Juni 2027 di Gedung Serbaguna karena aula direnovasi.\n"
        "2. Laporan akhir peserta dikumpulkan paling lambat 20 Juni 2027.\n"
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"keputusan-magang.md": decree, "notulen-mei.md": minutes}
    )
    answer = answerer.answer("forum penutupan magang terpadu jadinya kapan?")
    assert answer.confident and "15 Juni 2027" in answer.text.split("Sumber")[0], answer.text
    assert answer.sources[0].source == "notulen-mei.md"


def test_a_place_or_quota_a_change_table_moved_is_answered_from_its_row(tmp_path, store, embedder):
    """A schedule gives a course's hall and quota; later minutes table the changes (Semula |
    Menjadi): "tempatnya jadi di mana" and "kuotanya jadi berapa" are answered by the row."""
    schedule = (
        "# Jadwal Bimtek Kearsipan 2027\n\n"
        "| Kode | Kegiatan | Tanggal | Tempat | Kuota |\n|---|---|---|---|---|\n"
        "| AR-01 | Bimtek Arsip Dinamis | 2-4 Maret 2027 | Gedung Serbaguna | 30 orang |\n"
        "| AR-02 | Bimtek Alih Media | 6-8 April 2027 | Ruang Rapat Kenanga | 20 orang |\n"
    )
    minutes = (
        "# Notulen Rapat Persiapan Bimtek Februari 2027\n\n## Keputusan\n\n"
        "| No | Kegiatan | Semula | Menjadi |\n|---|---|---|---|\n"
        "| 1 | AR-01 Bimtek Arsip Dinamis - tempat | Gedung Serbaguna | Aula Bappeda lantai 3 |\n"
        "| 2 | AR-02 Bimtek Alih Media - kuota | 20 orang | 28 orang |\n"
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"jadwal-bimtek.md": schedule, "notulen-februari.md": minutes}
    )
    place = answerer.answer("bimtek arsip dinamis AR-01 tempatnya jadi di mana?")
    assert "Aula Bappeda lantai 3" in place.text.split("Sumber")[0], place.text
    assert place.sources[0].source == "notulen-februari.md"
    quota = answerer.answer("kuota AR-02 bimtek alih media jadi berapa orang?")
    assert "28 orang" in quota.text.split("Sumber")[0], quota.text


def test_a_chat_blend_is_answered_by_the_passage_writing_its_phrase(tmp_path, store, embedder):
    """ "ujikom gelombang II tgl brp": the circular writes "Uji kompetensi Gelombang II", never
    "ujikom" but in its e-mail address; the blend is read as the phrase beside it."""
    circular = (
        "# Surat Edaran Uji Kompetensi 2026\n\n## Jadwal\n\n"
        "Uji kompetensi Gelombang I dilaksanakan 21-23 April 2026. Uji kompetensi Gelombang II "
        "dilaksanakan 18-20 Agustus 2026.\n\n## Pendaftaran\n\n"
        "Pendaftaran uji kompetensi melalui e-LADANG. Pertanyaan dikirim ke surel "
        "ujikom@dinas.go.id.\n\n## Kelengkapan\n\nPeserta uji kompetensi membawa kartu pegawai.\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"se-ujikom.md": circular})
    answer = answerer.answer("ujikom gelombang II tgl brp min?")
    assert answer.confident and "18-20 Agustus 2026" in answer.text
    assert answerer.searcher.acronyms_in("ujikom gelombang 2 tanggal berapa") == {
        **answerer.searcher.acronyms,
        "ujikom": "uji kompetensi",
    }


def test_a_tariff_tables_bare_amounts_are_money_under_its_title(tmp_path, store, embedder):
    """A tariff table writes "500.000" in a column per payer, with no "Rp": under a title that
    names money ("Tarif ...") a cell's amount grouped in thousands is the money asked; a count
    of rooms in the same row is not."""
    rows = (
        "fasilitas,satuan,asn_dinas,asn_instansi_lain,umum_swasta,jumlah_ruang\n"
        "Laboratorium Komputer,per hari,0,500.000,1.200.000,2\n"
        "Aula Serbaguna,per hari,0,750.000,1.500.000,1\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"tarif-fasilitas-2026.csv": rows})
    answer = answerer.answer(
        "Berapa tarif sewa laboratorium komputer per hari untuk instansi lain?"
    )
    assert answer.confident and "asn instansi lain: 500.000" in answer.text, answer.text
    assert "750.000" not in answer.text
    rooms = answerer.answer("Berapa biaya sewa ruang rapat per hari untuk umum?")
    assert not rooms.confident, rooms.text


def test_a_change_tables_row_ranked_past_the_passages_read_still_moves_the_day(
    tmp_path, store, embedder
):
    """The minutes' change table is one long passage that ranks below the schedule's rows of
    the same exam and its announcement's paragraphs; its row moving the exam's days is still
    what answers "jadinya tgl brp" (the schedule's days no longer stand)."""
    schedule = "kode,kegiatan,tanggal,tempat\n" + "".join(
        f"UK-{n},Uji Kompetensi Arsiparis Gelombang {g} Formasi {n},{d} 2027,Aula\n"
        for n, (g, d) in enumerate([("I", "10-11 Maret")] * 10 + [("II", "7-8 Juli")], start=1)
    )
    notice = "# Pengumuman Uji Kompetensi Arsiparis Gelombang I\n\n" + "\n\n".join(
        f"## Ketentuan {n}\n\nPeserta uji kompetensi arsiparis gelombang I formasi {n} "
        f"membawa kartu ujian dan hadir 30 menit sebelum ujian dimulai."
        for n in range(1, 6)
    )
    changes = "".join(
        f"| {n} | Rapat persiapan bagian {n} | Senin | Selasa |\n" for n in range(2, 12)
    )
    minutes = (
        "# Notulen Rapat Maret 2027\n\n## Keputusan\n\n| No | Kegiatan | Semula | Menjadi |\n"
        "|---|---|---|---|\n| 1 | Uji Kompetensi Arsiparis Gelombang I Formasi 1 - tanggal | "
        "10-11 Maret 2027 | 24-25 Maret 2027 |\n" + changes
    )
    answerer = answerer_over(
        tmp_path,
        store,
        embedder,
        {"jadwal-uji.csv": schedule, "pengumuman-uji.md": notice, "notulen-maret.md": minutes},
    )
    question = "uji kompetensi arsiparis gelombang I formasi 1 jadinya tgl brp?"
    q, _, passages = answerer._retrieve(question, answerer.searcher.prepare(question))
    minutes_hit = next(h for h in passages if h.chunk.doc_id == "notulen-maret")
    others = [h for h in passages if h is not minutes_hit]
    assert len(others) >= 6, [h.chunk.doc_id for h in passages]
    answer = answerer._from_passages(q, [*others, minutes_hit])  # ranked past those read
    assert "24-25 Maret 2027" in answer.text.split("Sumber")[0], answer.text
    assert answer.sources[0].source == "notulen-maret.md"


def test_the_questions_verb_in_another_rows_note_does_not_make_the_row_anothers(
    tmp_path, store, embedder
):
    """ "Kapan AR-01 Angkatan II dilaksanakan?": another row's note says "dilaksanakan daring";
    the verb names no item, so the row of AR-01 Angkatan II still answers (a row's name says
    what it is about, not its notes)."""
    rows = (
        "kode,kegiatan,tanggal,tempat,keterangan\n"
        "AR-01,Bimtek Arsip Dinamis (Angkatan I),2-4 Maret 2027,Aula Bappeda,-\n"
        "AR-01,Bimtek Arsip Dinamis (Angkatan II),7-9 September 2027,Aula Bappeda,-\n"
        "AR-02,Bimtek Alih Media (Angkatan I),6-8 April 2027,Zoom,dilaksanakan daring penuh\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kalender-bimtek-2027.csv": rows})
    answer = answerer.answer("Kapan AR-01 Bimtek Arsip Dinamis Angkatan II dilaksanakan?")
    assert answer.confident and "7-9 September 2027" in answer.text, answer.text


def test_an_amount_with_cents_under_a_money_label_is_money(tmp_path, store, embedder):
    """A spending report exported with ';' writes "Realisasi Biaya (Rp)" and "41.250.000,00":
    the cents do not make the amount something else than the money asked."""
    rows = (
        "No;Kode;Kegiatan;Peserta;Realisasi Biaya (Rp)\n"
        "1;AR-01;Bimtek Arsip Dinamis;30;41.250.000,00\n"
        "2;AR-02;Bimtek Alih Media;20;18.900.000,50\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"realisasi-bimtek-2027.csv": rows})
    answer = answerer.answer("realisasi biaya bimtek alih media AR-02 brp?")
    assert answer.confident and "18.900.000,50" in answer.text, answer.text


def test_the_askers_story_does_not_hide_the_passage_that_answers(tmp_path, store, embedder):
    """ "sy guru cpns ... penempatan pedalaman, baru nikah bulan lalu, ... kalo ga lulus latsar
    gmn?": the asker's placement and wedding are no words the rule must hold; its answer is
    the rule on failing Latsar. A story naming what no document covers still finds nothing."""
    doc = markdown_doc(
        "latsar",
        "Pelatihan Dasar CPNS",
        {
            "CPNS yang tidak lulus Latsar": (
                "CPNS yang tidak lulus Latsar tidak memenuhi syarat diangkat menjadi PNS dan "
                "diberhentikan sebagai calon PNS. Kesempatan mengikuti Latsar hanya satu kali."
            ),
            "Tujuan Latsar": "Latsar membentuk PNS yang profesional dan berakhlak.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"latsar.md": doc})
    answer = answerer.answer(
        "sy guru cpns formasi 2024 penempatan pedalaman, baru nikah bulan lalu, latsar angkatan "
        "sy mulai bulan depan, kalo sampe ga lulus latsar gmn ya?"
    )
    assert answer.outcome != "refusal" and "diberhentikan" in answer.text, answer.text
    other = answerer.answer("sy cpns formasi 2024 lulus latsar. tunjangan kinerja sy brp ya?")
    assert other.outcome == "refusal", other.text


def test_a_contact_is_of_the_thing_asked_not_of_another_helpdesk(tmp_path, store, embedder):
    """ "no WA helpdesk aplikasi SIPADA": the documents name SIPADA (a training on it) but give
    only the LMS helpdesk's number, which is not SIPADA's; the LMS helpdesk's is answered."""
    helpdesk = markdown_doc(
        "helpdesk-lms",
        "Pusat Bantuan LMS e-DERMAGA",
        {
            "Kontak helpdesk": (
                "Helpdesk aplikasi e-DERMAGA melayani kendala login dan sertifikat melalui "
                "WhatsApp 0811-4370-2215 pada hari kerja pukul 07.30-16.00."
            ),
            "Tiket helpdesk": "Setiap tiket helpdesk dijawab paling lama 1 x 24 jam kerja.",
        },
    )
    schedule = (
        "kode,nama pelatihan,tanggal\n"
        "LTR-20,Pengoperasian Aplikasi SIPADA untuk Petugas Loket,23 April 2026\n"
        "LTR-21,Analisis Data Pajak dengan Spreadsheet,26 Mei 2026\n"
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"helpdesk.md": helpdesk, "jadwal.csv": schedule}
    )
    other = answerer.answer("min nomor wa helpdesk aplikasi SIPADA brp ya")
    assert not other.confident and "0811-4370-2215" not in other.text, other.text
    own = answerer.answer("min nomor wa helpdesk aplikasi e-DERMAGA brp ya")
    assert own.confident and "0811-4370-2215" in own.text, own.text
    # what the contact is for is no holder: "utk reset password" names no helpdesk
    reset = answerer.answer("min nomor wa helpdesk e-DERMAGA utk reset password brp ya")
    assert reset.confident and "0811-4370-2215" in reset.text, reset.text


def test_a_topic_the_catalog_lacks_is_named_in_the_askers_words(answerer):
    """ "Tidak ada pelatihan ... topik "awat ikan suluh"": the stems the search reads are no
    words; the reply names the topic as it was typed."""
    answer = answerer.answer("ada pelatihan penyuluh perikanan bulan juli 2027?")
    assert not answer.confident and "Juli 2027" in answer.text
    assert '"penyuluh perikanan"' in answer.text


def test_follow_up_asks_without_a_topic_ask_of_the_course_not_of_the_askers_situation(
    tmp_path, store, embedder
):
    """ "sy statistisi, ada pelatihan python? kapan, brp JP, bayar ga? sy msh pemula": "brp JP"
    asks the course's JP, so the asker's job and being a beginner are the situation, which
    the entry need not hold; "bayar ga" asks its fee, no topic, and an entry stating its
    funding answers it."""
    catalog = (
        "catalog: {title: Katalog Uji, sample: true}\ntrainings:\n"
        "  - {kode: D1, nama: Analisis Data dengan Python, jp: 30, metode: daring, "
        "sumber_dana: APBN, tanggal_mulai: 2027-03-08, tanggal_selesai: 2027-03-12}\n"
        "  - {kode: K1, nama: Pengelolaan Kearsipan Dinamis, jp: 24, metode: tatap muka, "
        "tanggal_mulai: 2027-04-05, tanggal_selesai: 2027-04-07}\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"katalog.yaml": catalog})
    answer = answerer.answer(
        "min sy statistisi, ada pelatihan python ga thn depan? kapan, brp JP, bayar ga? "
        "sy msh pemula"
    )
    assert answer.confident and answer.trainings == ["D1"]
    assert "30 JP" in answer.text and "APBN" in answer.text


def test_a_count_of_a_year_asked_is_not_answered_from_a_passage_dated_another_year(
    tmp_path, store, embedder
):
    """ "kuota tugas belajar tahun 2027 brp?": minutes of April 2026 give that year's quota
    (14), not 2027's; asked of 2026, they answer."""
    minutes = markdown_doc(
        "notulen-komite-april-2026",
        "Notulen Rapat Komite Diklat 22 April 2026",
        {
            "Tugas belajar": "Pendaftaran tugas belajar diperpanjang sampai 30 April 2026. Baru 9 "
            "pendaftar untuk kuota 14 orang; wawancara dipindah ke Ruang Rapat Komite Medik.",
            "Skills Lab": "Jadwal pemakaian Skills Lab diatur ulang oleh koordinator.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"notulen.md": minutes})
    other = answerer.answer("Berapa kuota tugas belajar untuk tahun 2027?")
    assert not other.confident and "14 orang" not in other.text
    same = answerer.answer("Berapa kuota tugas belajar untuk tahun 2026?")
    assert same.confident and "14 orang" in same.text


def test_a_contact_is_the_number_in_the_row_of_the_holder_asked(tmp_path, store, embedder):
    """ "nomor WA Ketua Komite Keperawatan": the contact table has a "Ketua Komite Mutu" and a
    "Koordinator ..., Komite Keperawatan", each word of the holder in some row, none with all
    of them; no number in it is that chair's."""
    contacts = markdown_doc(
        "perdir-kontak",
        "Peraturan Direktur tentang Pengembangan Kompetensi",
        {
            "Lampiran II Penanggung jawab pelatihan dan kontak": "| Nama | Jabatan/peran | "
            "Nomor WA |\n|---|---|---|\n| Ns. Sari Wulandari | IPCN, Komite PPI | 0813-6281-5507 |"
            "\n| dr. Melati Puspita | Ketua Komite Mutu dan Keselamatan Pasien | 0812-6719-2044 |"
            "\n| Ns. Dewi Kartika | Koordinator Program SAHABAT, Komite Keperawatan | "
            "0821-6533-7190 |\n| Ir. Sahat Marpaung | Ketua Komite K3RS | 0813-6105-2277 |",
            "Pelatihan wajib": "Setiap perawat wajib mengikuti pelatihan BHD setiap dua tahun.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kontak.md": contacts})
    chair = answerer.answer("Berapa nomor WA Ketua Komite Keperawatan?")
    assert not chair.confident and "0821-6533-7190" not in chair.text
    coordinator = answerer.answer("nomor WA koordinator program SAHABAT brp?")
    assert coordinator.confident and "0821-6533-7190" in coordinator.text


def test_a_holder_named_by_the_contact_tables_heading_is_found_in_its_rows(
    tmp_path, store, embedder
):
    """ "nomor wa sekretaris komite keperawatan": the committee is the table's heading, the
    role its row."""
    contacts = markdown_doc(
        "kontak-komite",
        "Kontak Komite Keperawatan",
        {
            "Pengurus Komite Keperawatan": "Pengurus Komite Keperawatan dapat dihubungi "
            "melalui:\n\n| Jabatan | Nama | Nomor WA |\n|---|---|---|\n| Ketua | Ns. Dewi | "
            "0821-6533-7190 |\n| Sekretaris | Ns. Budi | 0813-2200-1188 |\n| Bendahara | Ns. "
            "Rina | 0812-7000-4411 |",
            "Rapat": "Komite Keperawatan rapat setiap Senin minggu pertama.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kontak.md": contacts})
    answer = answerer.answer("nomor wa sekretaris komite keperawatan brp?")
    assert answer.confident and "0813-2200-1188" in answer.text


def test_a_method_named_in_passing_does_not_make_a_listing_outweigh_the_passage(
    tmp_path, store, embedder
):
    """ "nilai dimensi kompetensi IP ASN ... yg dihitung apa aja? ikut webinar ngaruh ga?":
    "webinar" reads as the online method, but no entry is about what the question names; the
    listing of online trainings weighs against the passage as any entry does, and loses."""
    catalog = (
        "catalog: {title: Katalog Uji, sample: true}\ntrainings:\n"
        "  - {kode: W1, nama: Webinar Rencana Pengembangan Diri, jp: 4, metode: daring, "
        "tanggal_mulai: 2026-12-10, tanggal_selesai: 2026-12-10}\n"
    )
    index = markdown_doc(
        "indeks-profesionalitas-asn",
        "Indeks Profesionalitas ASN",
        {
            "Dimensi kompetensi": "Menurut Peraturan BKN Nomor 8 Tahun 2019, dimensi kompetensi "
            "IP ASN dinilai dari riwayat pengembangan kompetensi pegawai: pelatihan "
            "kepemimpinan, pelatihan fungsional, pelatihan teknis 20 JP, dan seminar atau "
            "workshop.",
            "Dimensi kinerja": "Dimensi kinerja dinilai dari predikat kinerja pegawai.",
        },
    )
    files = {"katalog.yaml": catalog, "ip-asn.md": index}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer(
        "sy JF analis, kata admin nilai dimensi kompetensi IP ASN sy rendah. yg dihitung di "
        "kompetensi itu apa aja sih? ikut webinar/workshop ngaruh ga?"
    )
    assert answer.kind != "catalog" and answer.trainings == []
    assert "seminar atau workshop" in answer.text
    listing = answerer.answer("ada webinar bulan desember ga?")
    assert listing.kind == "catalog" and listing.trainings == ["W1"]


def test_a_contact_table_without_the_holders_unit_is_someone_elses(tmp_path, store, embedder):
    """ "nomor WA ketua komite keperawatan" of a table whose rows are the K3RS committee's
    chair and others: "keperawatan" is nowhere in it, so its chair is another committee's."""
    contacts = markdown_doc(
        "kontak-lain",
        "Penanggung jawab pelatihan",
        {
            "Kontak": "| Nama | Jabatan/peran | Nomor WA |\n|---|---|---|\n| Fitri | Koordinator "
            "ATLM | 0852-7015-4426 |\n| Andika | Kepala Instalasi SIMRS | 0811-6528-9903 |\n| "
            "Sahat | Ketua Komite K3RS | 0813-6105-2277 |",
            "Keperawatan": "Bidang Keperawatan membina perawat dan bidan di semua ruangan.",
        },
    )
    answerer = answerer_over(tmp_path, store, embedder, {"kontak.md": contacts})
    answer = answerer.answer("Berapa nomor WA Ketua Komite Keperawatan?")
    assert not answer.confident and "0813-6105-2277" not in answer.text


def test_a_count_asked_of_an_office_is_the_cell_its_column_names(tmp_path, store, embedder):
    """A quota table with a column per office: "kuota X upt timur brp org" is the number in
    the column "UPT Timur", shown with the row's name and not every office's; a JP asked of
    an office is no quota cell."""
    rows = (
        "kode,pelatihan,Sekretariat,UPT Barat,UPT Timur,UPT Selatan,total\n"
        "DK-04,Pengelolaan Arsip Dinamis,6,3,9,2,20\n"
        "DK-05,Penyusunan Laporan Kinerja,8,4,4,4,20\n"
    )
    files = {"kuota-diklat-per-unit-2027.csv": rows}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("kuota DK-04 arsip dinamis buat UPT Timur brp org?")
    assert answer.confident and "UPT Timur: 9" in answer.text, answer.text
    assert "UPT Barat" not in answer.text and "Sekretariat: 6" not in answer.text
    formal = answerer.answer("Berapa kuota DK-05 Laporan Kinerja untuk UPT Barat tahun 2027?")
    assert formal.confident and "UPT Barat: 4" in formal.text, formal.text
    assert "UPT Timur" not in formal.text
    both = answerer.answer("kuota DK-04 arsip dinamis UPT Timur brp org? total semua unit?")
    assert "UPT Timur: 9" in both.text and "total: 20" in both.text, both.text
    jp = answerer.answer("DK-04 arsip dinamis di UPT Timur berapa JP?")
    assert not (jp.confident and "UPT Timur: 9" in jp.text), jp.text


def test_a_broadcasts_later_paragraph_is_about_the_batch_its_headline_announces(
    tmp_path, store, embedder
):
    """A WhatsApp broadcast announces "*PELATIHAN ARSIP DINAMIS ANGKATAN II*" in its headline;
    its later paragraph (the registration deadline, the next batch's date in passing) is about
    Angkatan II, not only Angkatan III, which is all it names."""
    text = (
        "[Broadcast Diklat Kota Contoh]\n\nSelamat pagi rekan2 pengelola arsip 🙏\n\n"
        "📢 *PELATIHAN ARSIP DINAMIS ANGKATAN II* sudah dibuka pendaftarannya!\n\n"
        "🗓️ Selasa, 14 Juli 2026\n⏰ pukul 08.00–15.00 WIB (8 JP)\n"
        "📍 Ruang Rapat Dinas Kearsipan lt. 2, Jl. Merdeka No. 5 (bukan di aula ya, aula lagi "
        "dipakai pameran arsip)\n👥 Kuota 25 org, prioritas pengelola arsip baru yg belum "
        "pernah ikut & teman2 PPPK\n\n"
        "Materinya: penyusunan daftar arsip aktif, klasifikasi dan jadwal retensi arsip, "
        "pemberkasan arsip elektronik di aplikasi SRIKANDI, alih media arsip kertas ke digital, "
        "penilaian arsip vital, dan praktik penyusutan arsip bersama arsiparis dari Dinas "
        "Kearsipan Provinsi. Ada pre-test dan post-test, nilai post-test minimal 70 ya. "
        "Sertifikat elektronik terbit paling lama 7 hari kerja setelah pelatihan dan JP-nya "
        "otomatis tercatat di SIDIKLAT, jadi tidak perlu unggah manual lagi.\n\n"
        "Pendaftaran lewat aplikasi SIDIKLAT paling lambat *Jumat, 3 Juli 2026*, wajib ACC "
        "atasan langsung dulu ya.\n\nCatatan penting:\n"
        "1️⃣ Peserta membawa laptop sendiri, ada praktik aplikasi arsip elektronik.\n"
        "2️⃣ Dari 1 perangkat daerah maksimal 2 orang supaya layanan tetap jalan.\n"
        "3️⃣ Tenaga kontrak non-ASN belum bisa ikut, nanti ada kelas khusus.\n"
        "4️⃣ Pakaian: batik lengan panjang, sepatu tertutup.\n"
        "5️⃣ Setelah pelatihan isi catatan refleksi maks 3 hari kerja di SIDIKLAT.\n"
        "6️⃣ Peserta dari kecamatan kepulauan: biaya kapal diganti sesuai tiket.\n\n"
        "Angkatan III: Selasa, 10 November 2026, di aula utama, kuota 40 org.\n\n"
        "Info: Bapak Ruslan (Sekretariat Diklat) WA 0852-1111-2222\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"broadcast-arsip-2026.txt": text})
    answer = answerer.answer("daftar pelatihan arsip dinamis angkatan 2 paling lambat kapan")
    assert answer.confident and "3 Juli 2026" in answer.text, answer.text
    assert answerer.scope.opening("broadcast-arsip-2026") == "PELATIHAN ARSIP DINAMIS ANGKATAN II"
    quota = answerer.answer("pelatihan arsip dinamis angkatan 2 kuotanya brp org")
    assert "Kuota 25 org" in quota.text and "40 org" not in quota.text, quota.text


def test_a_greeting_a_date_or_a_note_in_bold_is_no_headline(tmp_path, store, embedder):
    text = (
        "*Selamat pagi rekan2*\n🗓️ *SELASA, 14 JULI 2026*\n⏰ *08.00 – 15.00 WIB*\n"
        "*Dokumen fiktif, untuk evaluasi.*\n📢 *KELAS SRIKANDI GELOMBANG III* dibuka!\n"
    )
    files = {"wa-srikandi.txt": text, "wa-tanpa-judul.txt": "*Halo semua*\n*14 JULI 2026*\n"}
    answerer = answerer_over(tmp_path, store, embedder, files)
    assert answerer.scope.opening("wa-srikandi") == "KELAS SRIKANDI GELOMBANG III"
    assert answerer.scope.opening("wa-tanpa-judul") == ""


def test_a_contact_of_another_holder_sharing_only_the_office_word_does_not_answer(
    tmp_path, store, embedder
):
    """ "no WA koordinator forum baca data": "Koordinator Verifikasi, WA ..." holds the office
    asked, not whose it is (the forum's coordinator has no number in the documents)."""
    files = {
        "kontak-layanan.md": (
            "# Kontak layanan sertifikasi\n\nKontak layanan sertifikasi arsiparis: Dewi Lestari, "
            "S.Sos., Koordinator Verifikasi, WA 0812-3456-7788. Layanan hari kerja pukul "
            "08.00-15.00 WIB.\n"
        ),
        "forum-baca-data.md": (
            "# Forum Baca Data\n\nForum Baca Data bertemu setiap Kamis minggu kedua pukul 14.00 "
            "WIB. Koordinator forum ditunjuk oleh Sekretaris dan menyusun jadwal tahunan.\n"
        ),
    }
    for month in ("januari", "februari"):  # the forum's words are commoner than "koordinator"
        files[f"notula-forum-baca-data-{month}.md"] = (
            f"# Notula Forum Baca Data {month.title()}\n\nForum Baca Data {month} membahas "
            "data realisasi pelatihan; bahan baca dibagikan sepekan sebelumnya.\n"
        )
    answerer = answerer_over(tmp_path, store, embedder, files)
    other = answerer.answer("no WA koordinator forum baca data brp?")
    assert "0812-3456-7788" not in other.text, other.text
    own = answerer.answer("no WA koordinator verifikasi sertifikasi arsiparis brp?")
    assert own.confident and "0812-3456-7788" in own.text, own.text


def test_an_amount_asked_per_semester_is_not_a_budget_line_naming_no_semester(
    tmp_path, store, embedder
):
    """ "bantuan biaya tugas belajar per semester brp": the year's budget line for study aid
    is no amount per semester; a rule giving it per semester answers."""
    budget = (
        "# Anggaran pengembangan kompetensi 2027\n\n| Kegiatan | Sumber dana | Jumlah (Rp) |\n"
        "|---|---|---|\n| Bantuan biaya tugas belajar | APBD | 210.000.000 |\n"
        "| Pelatihan teknis | APBD | 120.000.000 |\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"anggaran-2027.md": budget})
    answer = answerer.answer("bantuan biaya tugas belajar S2 per semester brp?")
    assert not (answer.confident and "210.000.000" in answer.text), answer.text
    rule = "# Tugas belajar\n\nBantuan biaya tugas belajar S2 sebesar Rp7.500.000 per semester.\n"
    answerer = answerer_beside(tmp_path / "rule", embedder, {"tubel.md": rule, "a.md": budget})
    answer = answerer.answer("bantuan biaya tugas belajar S2 per semester brp?")
    assert answer.confident and "7.500.000" in answer.text, answer.text


def test_a_total_asked_of_a_recap_file_is_its_total_row(tmp_path, store, embedder):
    """A recap CSV read row by row: the whole's total is its "JUMLAH" row, not a section's; a
    section named is that section's row."""
    rows = (
        "seksi,pegawai,jp klasikal,total jp\n"
        "Seksi Rehabilitasi Sosial,12,60,96\n"
        "Seksi Perlindungan Sosial,9,45,71\n"
        "Seksi Pemberdayaan,7,28,40\n"
        "JUMLAH DINSOS,28,133,207\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"rekap-jp-seksi-2027.csv": rows})
    whole = answerer.answer("Berapa total JP seluruh seksi dalam rekap?")
    assert whole.confident and "207" in whole.text, whole.text
    named = answerer.answer("Dinsos tahun 2027 totalnya dapat berapa JP?")
    assert named.confident and "207" in named.text, named.text
    one = answerer.answer("total jp seksi rehabilitasi sosial brp?")
    assert one.confident and "96" in one.text and "207" not in one.text, one.text


def test_a_figure_asked_of_no_row_of_a_recap_is_its_total_row(tmp_path, store, embedder):
    """ "persen pegawai yang capai target": every row has that column, the question names none
    of them, so the whole's row answers though it is not among the rows found first; a row
    the question names is that row's."""
    rows = ["seksi,pegawai,capai target,persen capai target"]
    rows += [f"Seksi {name},{10 + i},{5 + i},{50 + i}" for i, name in enumerate(SECTIONS)]
    rows.append("JUMLAH DINSOS,84,52,61.9")
    answerer = answerer_over(tmp_path, store, embedder, {"rekap-target.csv": "\n".join(rows)})
    whole = answerer.answer("berapa persen pegawai yg capai target?")
    assert whole.confident and "61.9" in whole.text, whole.text
    one = answerer.answer("persen capai target seksi pemberdayaan brp")
    assert one.confident and "52" in one.text and "61.9" not in one.text, one.text


SECTIONS = ("Rehabilitasi", "Perlindungan", "Pemberdayaan", "Jaminan", "Bantuan", "Penanganan")


def test_a_year_dating_the_asked_figure_is_not_taken_for_the_rule_s_name(tmp_path, store, embedder):
    """ "dulu th 2025 kuota magang brp": the replaced circular's number ends in 2025, and its
    passage says "Kuota magang tahun 2025"; the year dates the quota, so the passage naming
    it answers (the current rule's quota is of 2027)."""
    old = (
        "SURAT EDARAN KEPALA DINAS\nNOMOR 800.1/44/DINSOS/2025\nTENTANG MAGANG\n\n"
        "1. Kuota\nKuota magang tahun 2025 sebanyak 9 (sembilan) orang.\n"
    )
    new = (
        "SURAT EDARAN KEPALA DINAS\nNOMOR 800.1/12/DINSOS/2027\nTENTANG MAGANG\n\n"
        "1. Pencabutan\nDengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas "
        "Nomor 800.1/44/DINSOS/2025 dicabut dan dinyatakan tidak berlaku.\n\n"
        "2. Kuota\nKuota magang tahun 2027 sebanyak 15 (lima belas) orang.\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"se-2025.txt": old, "se-2027.txt": new})
    answer = answerer.answer("dulu th 2025 kuota magang brp org sih")
    assert answer.confident and "9 (sembilan) orang" in answer.text, answer.text
    assert answer.sources[0].source == "se-2025.txt"
    named = answerer.answer("menurut SE 2025, kuota magang berapa orang?")
    assert named.confident and "9 (sembilan) orang" in named.text, named.text


def test_a_year_is_the_rule_s_name_only_where_the_question_writes_it_so():
    from knowledge.answers.compose import _rule_year

    named = [
        "di aturan lama se 2024 diakui brp",
        "keputusan kepala pelaksana 2024 bilang apa",
        "perbup no 5 2024 target brp",
    ]
    dated = ["dulu tahun 2024 kuota brp", "dulu periode 2024 kuotanya brp"]
    assert all(re.search(_rule_year("2024"), t) for t in named)
    assert not any(re.search(_rule_year("2024"), t) for t in dated)


def test_a_replaced_rule_is_known_by_the_number_its_head_states():
    """A title without the number ("KEPUTUSAN KEPALA DINAS"): its head's "NOMOR .../2022"
    names it, so "aturan tahun 2022" asks of it."""
    from knowledge.search.searcher import DocInfo, asks_about

    old = DocInfo("kep-2022", "KEPUTUSAN KEPALA DINAS", "kep.txt", {"number": "800/14/dinsos/2022"})
    new = DocInfo("kep-2026", "Keputusan Kepala Dinas", "kep2.txt", {"number": "800/3/dinsos/2026"})
    assert asks_about("dalam aturan tahun 2022 syaratnya apa", old, new)
    assert not asks_about("syaratnya apa", old, new)


def test_a_when_asked_of_a_course_is_answered_by_its_dated_row_not_the_quota_row(
    tmp_path, store, embedder
):
    """ "kapan jadwal KP-08": the quota file's row names the course and says only "semua hari
    Sabtu"; the catalogue's row gives the days of the month, which the answer shows."""
    quota = (
        "kode;pelatihan;Kantor Pusat;UPT I;keterangan\n"
        "KP-08;Pelayanan Prima Pajak Daerah;12;22;3 angkatan x 30; semua hari Sabtu\n"
        "KP-09;Pelayanan Prima Gerai Samsat;10;8;2 angkatan\n"
    )
    catalogue = markdown_doc(
        "katalog-akademi",
        "Katalog Akademi 2026",
        {
            "Lampiran I Katalog": (
                "| Kode | Nama pelatihan | JP | Jadwal 2026 |\n|---|---|---|---|\n"
                "| KP-08 | Pelayanan Prima Pajak Daerah | 8 | Angk. I Sabtu 14 Mar; "
                "Angk. II Sabtu 18 Jul |\n| KP-09 | Pelayanan Prima Gerai Samsat | 8 | 5 Mei |"
            )
        },
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"kuota-per-kantor-2026.csv": quota, "katalog.md": catalogue}
    )
    answer = answerer.answer("kapan jadwal angkatan KP-08 Pelayanan Prima Pajak Daerah 2026?")
    assert answer.outcome == "answer" and "14 Mar" in answer.text
    assert answer.sources[0].doc_id == "katalog-akademi"


def test_an_amended_article_answers_from_its_amendment_and_the_others_from_the_rule(
    tmp_path, store, embedder
):
    """An amendment changes Pasal 6 of the 2023 rule: the target is the amendment's; the
    unchanged Pasal 5 still answers from the 2023 rule, with no note that it was replaced; the
    old target is the 2023 rule's, said to be amended."""
    old = (
        "# Peraturan Kepala Dinas Nomor 5 Tahun 2023 tentang Pedoman Pengembangan Kompetensi\n\n"
        "## Pasal 5\n\nSatu JP untuk kegiatan di dalam kelas setara dengan 45 (empat puluh lima) "
        "menit dan dalam satu hari JP yang diakui paling banyak 10 (sepuluh) JP.\n\n"
        "## Pasal 6\n\nSetiap Pegawai Negeri Sipil wajib mengikuti pengembangan kompetensi "
        "paling sedikit 20 (dua puluh) JP dalam 1 (satu) tahun.\n"
    )
    new = (
        "# Peraturan Kepala Dinas Nomor 2 Tahun 2026 tentang Perubahan atas Peraturan Kepala "
        "Dinas Nomor 5 Tahun 2023 tentang Pedoman Pengembangan Kompetensi\n\n"
        "## Pasal I\n\nBeberapa ketentuan dalam Peraturan Kepala Dinas Nomor 5 Tahun 2023 "
        "diubah sebagai berikut:\n\n1. Ketentuan Pasal 6 diubah sehingga berbunyi:\n\n"
        "### Pasal 6\n\nSetiap Pegawai Negeri Sipil wajib mengikuti pengembangan kompetensi "
        "paling sedikit 26 (dua puluh enam) JP dalam 1 (satu) tahun.\n\n"
        "## Pasal II\n\nPeraturan ini mulai berlaku pada tanggal 1 Februari 2026.\n"
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"perkadis-2023.md": old, "perkadis-2026.md": new}
    )
    old_info = next(d for d in answerer.searcher.docs.values() if d.source == "perkadis-2023.md")
    assert old_info.changed and not old_info.is_current
    target = answerer.answer("PNS wajib mengikuti pengembangan kompetensi berapa JP setahun?")
    assert target.confident and "26 (dua puluh enam) JP" in target.text
    assert target.sources[0].source == "perkadis-2026.md"
    daily = answerer.answer("dalam satu hari paling banyak berapa JP yang diakui?")
    assert daily.confident and "10 (sepuluh) JP" in daily.text
    assert daily.sources[0].source == "perkadis-2023.md"
    assert "tidak berlaku" not in daily.text and "diubah oleh" not in daily.text
    before = answerer.answer("dulu PNS wajib mengikuti pengembangan kompetensi berapa JP setahun?")
    assert "20 (dua puluh) JP" in before.text and "telah diubah oleh" in before.text


def test_a_rule_named_by_its_number_answers_before_a_calendar_naming_it(tmp_path, store, embedder):
    """ "Perkasat Nomor 1 Tahun 2027 ditetapkan kapan, berlaku kapan": the rule's closing
    article, not the handbook's calendar row that names the rule and its start."""
    rule = (
        "PERATURAN KEPALA SATUAN POLISI PAMONG PRAJA\nNOMOR 1 TAHUN 2027\nTENTANG PENGEMBANGAN "
        "KOMPETENSI\n\nPasal 1\n\nSetiap pegawai wajib memenuhi target JP tahunan.\n\nPasal 21\n\n"
        "Peraturan Kepala Satuan ini mulai berlaku pada tanggal 1 Februari 2027.\nDitetapkan di "
        "Muara Ranggas pada tanggal 8 Januari 2027\nKEPALA SATUAN,\nDrs. Hairil Anwar, M.Si.\n"
    )
    calendar = markdown_doc(
        "pedoman-2027",
        "Pedoman Program Pengembangan Kompetensi 2027",
        {
            "Kalender 2027": "| Tanggal | Kegiatan |\n|---|---|\n"
            "| 1 Februari 2027 | Peraturan Kepala Satuan Nomor 1 Tahun 2027 mulai berlaku |\n"
            "| 15 Maret 2027 | Penetapan rencana pengembangan kompetensi |\n"
        },
    )
    answerer = answerer_over(
        tmp_path, store, embedder, {"perkasat-1-2027.txt": rule, "pedoman-2027.md": calendar}
    )
    answer = answerer.answer(
        "Perkasat Nomor 1 Tahun 2027 ditetapkan tanggal berapa dan mulai berlaku kapan?"
    )
    assert answer.confident and "8 Januari 2027" in answer.text
    assert answer.sources[0].source == "perkasat-1-2027.txt"
    q = answerer._read(answerer.searcher.prepare("perkasat 1/2027 berlaku mulai kapan"))
    named = {h.chunk.doc_id: answerer._named_rule(q, h) for h in answerer.searcher.search(q.raw)}
    assert named == {"perkasat-1-2027": True, "pedoman-2027": False}


def test_an_acronym_read_as_its_expansion_needs_the_expansion_whole(tmp_path, store, embedder):
    """ "Latsar" is "pelatihan dasar": a schedule's row "Pelatihan: BLS dan Kegawatdaruratan
    Dasar" holds both words apart and is another training; a row naming "Pelatihan Dasar CPNS"
    answers."""
    rows = (
        "no,pelatihan,tanggal,sasaran\n"
        "1,BLS dan Kegawatdaruratan Dasar Angkatan III,10/06/2030 - 13/06/2030,Dokter dan perawat\n"
        "2,Orientasi Pegawai Baru,08/04/2030 - 10/04/2030,PPPK baru\n"
    )
    files = {"jadwal-pelatihan-2030.csv": rows}
    answerer = answerer_over(tmp_path, store, embedder, files)
    asked = "Kapan jadwal Latsar angkatan 2030 bagi tenaga kesehatan dinas?"
    answer = answerer.answer(asked)
    assert answer.outcome == "refusal", answer.text
    named = (
        rows
        + "3,Pelatihan Dasar CPNS Angkatan 2030,03/03/2030 - 20/04/2030,CPNS tenaga kesehatan dinas\n"
    )
    other = answerer_beside(tmp_path / "named", embedder, {"jadwal-pelatihan-2030.csv": named})
    answer = other.answer(asked)
    assert answer.confident and "03/03/2030" in answer.text, answer.text


def test_an_entry_is_named_by_its_form_written_before_its_name(tmp_path, store, embedder):
    """ "e-learning pengantar analisis kebijakan brp JP": the form people write before a
    course's name ("bimtek X", "e-learning X") names the entry as its name does; the JP of
    another e-learning is not given, nor is the course refused."""
    catalog = (
        "catalog: {title: Katalog E-learning Uji, sample: true}\ntrainings:\n"
        "  - {kode: EL1, nama: E-learning Literasi Digital ASN, bentuk: e-learning, jp: 10, "
        "metode: daring mandiri, tanggal_mulai: 2027-01-04, tanggal_selesai: 2027-11-30}\n"
        "  - {kode: EL6, nama: Pengantar Analisis Kebijakan, bentuk: e-learning, jp: 15, "
        "metode: daring mandiri, tanggal_mulai: 2027-01-04, tanggal_selesai: 2027-11-30}\n"
    )
    answerer = answerer_over(tmp_path, store, embedder, {"katalog.yaml": catalog})
    answer = answerer.answer("e-learning pengantar analisis kebijakan brp JP?")
    assert answer.confident and answer.trainings == ["EL6"]
    assert "15 JP" in answer.text and "10 JP" not in answer.text
