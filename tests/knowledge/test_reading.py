"""Reading questions and passages: several asks in one message, numbers in the forms agency
documents write them (ranges, number words in brackets, units written first)."""

from datetime import date
from functools import partial

import pytest

from knowledge.reading import analyse
from knowledge.reading.about import ordinals, unnamed_batch
from knowledge.reading.acronyms import find_acronyms
from knowledge.reading.passages import (
    contradicts,
    defines,
    fact_near_terms,
    group_hits,
    has_fact,
    in_order,
    leaves_out,
    names_another,
    pick_sentences,
)
from knowledge.reading.pieces import clauses, pieces
from knowledge.reading.tables import named_cells, named_pairs
from knowledge.reading.units import split_units, unwrapped
from knowledge.text.normalize import normalise
from knowledge.text.tokens import tokenize

TODAY = date(2027, 3, 1)


def test_two_asks_in_one_message_are_read_separately():
    q = analyse("detasering dihitung brp jp, minimal brp lama penugasannya", today=TODAY)
    assert [p.kind for p in q.parts] == ["number", "number"]
    assert "jp" in q.parts[0].units and "bulan" in q.parts[1].units


def test_a_piece_without_a_topic_stays_with_the_ask_before_it():
    assert clauses("brp jp pelatihan pbj, ya?") == ["brp jp pelatihan pbj ya"]
    assert len(clauses("jumbara itu kepanjangannya apa? jam brp mulainya")) == 2


def test_a_single_ask_has_no_parts():
    assert analyse("berapa JP minimal setahun untuk PNS?", today=TODAY).parts == []


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("1 sesi coaching itu brp lama", "Coaching dihitung per sesi (60-90 menit)."),
        ("1 sesi coaching brp lama", "Satu sesi berlangsung 60 sampai 90 menit."),
        ("target jp pns brp setahun", "paling sedikit 24 (dua puluh empat) JP dalam 1 tahun"),
        ("pka itu dulunya diklatpim tingkat brp", "PKA dahulu bernama Diklatpim Tingkat III."),
        ("pembukaan jam brp", "Pembukaan dimulai pukul 08.00 WIB di aula."),
        ("satu mentor pegang brp mentee", "Satu mentor membimbing paling banyak lima mentee."),
    ],
)
def test_numbers_as_agency_documents_write_them(question, text):
    assert has_fact(text, analyse(question, today=TODAY))


@pytest.mark.parametrize(
    ("question", "text"),
    [
        ("pka itu dulunya diklatpim tingkat brp", "PKA diselenggarakan oleh LAN."),
        ("pembukaan jam brp", "Pembukaan dihadiri Sekretaris Daerah."),
        ("berapa JP setahun", "Sesuai Peraturan Nomor 7 Tahun 2024 tentang pelatihan."),
        # a course code's number is no count of the people named after it
        ("jumlah bidan di puskesmas berapa", "Wajib lulus KBD-02 bagi bidan desa."),
        ("jumlah perawat di ruang ICU berapa", "Perawat ICU wajib lulus BTCLS-02 sebelum dinas."),
    ],
)
def test_no_number_of_the_asked_kind_is_no_fact(question, text):
    assert not has_fact(text, analyse(question, today=TODAY))


def test_a_count_in_an_inventory_row_takes_its_unit_from_the_satuan_column():
    q = analyse("genset ada brp unit?", today=TODAY)
    assert has_fact("Nama barang: Genset 5 kVA; Satuan: unit; Jumlah: 3; Kondisi baik: 2", q)
    assert has_fact("nama barang: Genset 5 kVA satuan: unit jumlah: 3 kondisi baik: 2", q)
    assert not has_fact("Nama barang: Genset 5 kVA; Satuan: set; Jumlah: 3", q)
    assert has_fact("nama barang: Genset 5 kVA\nsatuan: unit\nstok: 3\nlokasi: Gudang", q)
    assert has_fact("Barang: Tenda; Satuan: unit; Volume: 12", q)
    assert not has_fact("Barang: Genset; Satuan: unit kerja BPBD; Jumlah: 2 lokasi", q)


def test_an_amount_said_after_what_it_becomes_or_goes_up_to():
    """ "Kuota ... Angk. I (...)\n ditambah dari 25 menjadi 30 orang", "kecepatan hingga 40 km
    per jam"; a day of a month, another unit or the next item's figure is no amount of it."""
    quota = analyse("berapa kuota diklat arsip angkatan I setelah revisi?", today=TODAY)
    assert quota.units == ("kuota",)
    raised = (
        "3. Kuota Diklat Teknis Arsip Angk. I (2-3 Mei 2027, Aula Dinas)\n"
        "ditambah dari 25 menjadi 30 orang karena permintaan kecamatan."
    )
    assert has_fact(raised, quota)
    for other in (
        "Batas unggah laporan diundur dari 4 Juni menjadi 18 Juni 2027.",
        "Kuota pelatihan dibagi menjadi 2 angkatan.",
        "Pendaftaran kuota tambahan dibuka hingga 15.00 WITA.",
        "- Kuota peserta ditetapkan panitia\n- Pendaftaran dibuka hingga 15 hari sebelum acara",
    ):
        assert not has_fact(other, quota), other
    speed = analyse("berapa kecepatan maksimal kendaraan latihan?", today=TODAY)
    assert has_fact("Kendaraan latihan melaju dengan kecepatan hingga 40 km per jam.", speed)


def test_a_shortened_batch_does_not_end_a_sentence():
    units = split_units("Peserta Gel. II (8-9 Mei) ditambah menjadi 45 orang. Gel. I tetap.")
    assert units == ["Peserta Gel. II (8-9 Mei) ditambah menjadi 45 orang.", "Gel. I tetap."]


def test_a_time_in_minutes_before_or_after_a_session_says_when():
    q = analyse("presensi webinar dibuka kapan?", today=TODAY)
    assert has_fact("Presensi dibuka 15 (lima belas) menit sebelum acara dimulai.", q)
    assert not has_fact("Presensi dilakukan melalui tautan di aplikasi.", q)


def test_a_rule_named_by_its_number_is_not_asked_its_number():
    assert analyse("perbup diklat itu nomor berapa?", today=TODAY).asks_rule_number
    assert analyse("surat edaran soal tubel nomornya apa", today=TODAY).asks_rule_number
    named = analyse("Kapan Peraturan Bupati Nomor 9 Tahun 2027 mulai berlaku?", today=TODAY)
    assert not named.asks_rule_number


def test_as_of_which_day_asks_a_day_not_a_rate():
    assert analyse("laporan capaian TW3 itu posisi per tgl brp?", today=TODAY).kind == "day"
    assert analyse("target jp per tahun berapa", today=TODAY).kind == "number"


def test_a_rule_in_force_on_the_day_it_was_enacted_is_answered_with_that_day():
    """ "Perbup ini mulai berlaku pada tanggal diundangkan" answers "sejak kapan berlaku", with
    the day the signing block gives."""
    closing = (
        "Peraturan Bupati ini mulai berlaku pada tanggal diundangkan. "
        "Ditetapkan di Sungai Liat pada tanggal 3 Februari 2027. "
        "Diundangkan di Sungai Liat pada tanggal 8 Februari 2027."
    )
    q = analyse("perbup diklat itu berlaku sejak kapan?", today=TODAY)
    since = analyse("Sejak kapan Peraturan Bupati Nomor 4 Tahun 2027 berlaku?", today=TODAY)
    assert since.head({"sejak": 1.0, "atur": 0.5, "bupati": 2.0}) != {"sejak"}
    assert has_fact("Peraturan Bupati ini mulai berlaku pada tanggal diundangkan.", q)
    picked = " ".join(pick_sentences(closing, q, {"laku": 2.0}))
    assert "pada tanggal diundangkan" in picked and "8 Februari 2027" in picked, picked
    assert "3 Februari 2027" not in picked


def test_a_paragraph_wrapped_inside_a_name_is_one_sentence_and_other_lines_are_not():
    wrapped = (
        "Apel kesiapsiagaan tahun ini dilaksanakan di halaman Gedung Serba Guna Karya\n"
        "Bhakti, mulai pukul 07.00 WIB."
    )
    assert unwrapped(wrapped.splitlines()) == [" ".join(wrapped.splitlines())]
    for apart in (
        "Peserta membawa perlengkapan berikut (lihat lampiran untuk rinciannya)\nPelampung\nHelm",
        "Peserta yang tidak hadir pada hari pertama dianggap mengundurkan diri\nPeserta pengganti",
        "Kamis, 6 April     Pembukaan dan materi dasar kebijakan kebencanaan Daerah\nJumat, 7 April",
        "Kegiatan: Pelatihan teknis; Sumber dana: APBD; Jumlah: Rp120.000.000 Tahap\nKegiatan: x",
        "Yth. Kepala Pelaksana, para Kepala Bidang, dan Komandan Regu Siaga Banjir\n# Hal",
    ):
        assert len(unwrapped(apart.splitlines())) == len(apart.splitlines()), apart


def test_each_ask_gets_its_own_sentence():
    text = (
        "Program Mentoring Karier berlangsung selama 12 bulan. Mentor dan mentee bertemu paling "
        "sedikit satu kali dalam sebulan. Mentor adalah pejabat yang ditunjuk Kepala BKPSDM. "
        "Satu mentor membimbing paling banyak lima mentee dalam waktu yang sama. Laporan "
        "disampaikan kepada BKPSDM setiap akhir program dengan format yang ditetapkan."
    )
    q = analyse("mentoring karir brp bulan? 1 mentor boleh pegang brp mentee", today=TODAY)
    picked = " ".join(pick_sentences(text, q, {}))
    assert "12 bulan" in picked and "lima mentee" in picked


def test_table_rows_are_read_with_their_headers():
    text = "| Bentuk | Satuan | JP |\n|---|---|---|\n| Coaching | 1 sesi | 2 JP |"
    assert split_units(text) == ["Bentuk: Coaching; Satuan: 1 sesi; JP: 2 JP"]


def test_acronyms_the_documents_define_themselves_are_learned():
    text = (
        "10. Sistem Belajar ASN Contoh Raya yang selanjutnya disingkat SIBARA adalah aplikasi "
        "pembelajaran. Peserta mengikuti Tes Potensi Akademik (TPA) selama 180 menit. "
        "Sekretaris Daerah selaku ketua (lihat Lampiran II)."
    )
    assert find_acronyms(text) == {
        "sibara": "sistem belajar asn contoh raya",
        "tpa": "tes potensi akademik",
    }


def test_an_acronym_of_syllables_is_learned_but_a_word_standing_for_itself_is_not():
    text = (
        "4. Pusat Pengembangan Kompetensi Aparatur yang selanjutnya disebut Pusbangkom adalah "
        "unit kerja. 5. Sekretaris Utama yang selanjutnya disebut Sestama adalah pejabat. "
        "6. Pegawai Negeri Sipil yang selanjutnya disebut Pegawai adalah warga negara."
    )
    assert find_acronyms(text) == {
        "pusbangkom": "pusat pengembangan kompetensi aparatur",
        "sestama": "sekretaris utama",
    }


def test_an_acronym_written_out_after_it_is_learned_when_its_letters_are_there():
    text = (
        "9. Kampus Aparatur TELAGA yang selanjutnya disebut TELAGA (Taman Edukasi dan Latihan "
        "Aparatur yang Gemilang dan Adaptif) adalah corporate university.\n"
        "AKSARA - Akademi Korporasi Sumber Daya Aparatur\n"
        "Rapat dipimpin Kepala BKPSDM (Bapak Ahmad Yani)."
    )
    assert find_acronyms(text) == {
        "telaga": "taman edukasi dan latihan aparatur yang gemilang dan adaptif",
        "aksara": "akademi korporasi sumber daya aparatur",
    }  # "BKPSDM (Bapak Ahmad Yani)": the letters are not there; "TELAGA" is not itself


def test_a_glossary_line_naming_an_acronym_before_a_full_stop_or_a_description_is_learned():
    """A handbook's glossary: the acronym, a colon, its name in Title Case, then a full stop or
    what it is; a term defined in a sentence is no acronym."""
    text = (
        "- Tibumtranmas: Ketertiban Umum dan Ketenteraman Masyarakat.\n"
        "- SIGAP: Sekolah Internal Gerakan Aparatur Pembelajar, program pengembangan kompetensi.\n"
        "- Pelatihan: Proses pembelajaran untuk meningkatkan kompetensi.\n"
        "- Pegawai: Aparatur Sipil Negara di lingkungan Satuan.\n"
        "PERTAMA: Pegawai wajib memenuhi paling sedikit 24 JP setahun."
    )
    assert find_acronyms(text) == {
        "tibumtranmas": "ketertiban umum dan ketenteraman masyarakat",
        "sigap": "sekolah internal gerakan aparatur pembelajar",
    }


def test_singkatan_dari_apa_is_answered_by_the_sentence_that_writes_it_out():
    acronyms = {"telaga": "taman edukasi dan latihan aparatur yang gemilang dan adaptif"}
    for asked in ("TELAGA itu singkatan dari apa?", "kepanjangannya TELAGA apa"):
        q = analyse(asked, today=TODAY, acronyms=acronyms)
        assert q.kind == "definition" and q.asks_expansion
        award = "TELAGA memberikan penghargaan tahunan yang disebut TELAGA Award."
        assert not fact_near_terms(award, q, {}, 5.0)  # "disebut" defines the award
        assert fact_near_terms(
            "Kampus Aparatur TELAGA (Taman Edukasi dan Latihan Aparatur yang Gemilang dan "
            "Adaptif) adalah corporate university.",
            q,
            {},
            5.0,
        )


def test_a_learned_acronym_joins_its_expansion_in_the_question():
    q = analyse("TPA tubel brp menit?", today=TODAY, acronyms={"tpa": "tes potensi akademik"})
    assert any("tes potensi akademik" in g for g in q.groups)
    assert has_fact("Tes Potensi Akademik berlangsung 180 menit.", q)


def test_a_percentage_and_a_unit_a_few_words_after_berapa():
    q = analyse("status hampir tercapai kalo jp udh brp persen dr target", today=TODAY)
    assert has_fact("b. Hampir Tercapai, apabila JP paling sedikit 75% dari target;", q)
    assert analyse("Berapa target JP tahunan pejabat pengawas?", today=TODAY).units[0] == "jp"


def test_an_faq_question_brings_its_answer():
    text = (
        "Bagaimana cara masuk pertama kali?\nMasuk dengan NIP sebagai nama pengguna. "
        "Sistem meminta Anda mengganti kata sandi.\nKapan kelas dibuka?\nSetiap tanggal 1."
    )
    q = analyse("gmn cara masuk pertama kali?", today=TODAY)
    picked = pick_sentences(text, q, {})
    assert "Masuk dengan NIP sebagai nama pengguna." in picked
    assert "Setiap tanggal 1." not in picked


@pytest.mark.parametrize(
    ("question", "text", "table_row", "expected"),
    [
        ("PKP angkatan V kapan mulai?", "PKP Angkatan I: Maret. Angkatan II: Juli.", False, True),
        ("PKP angkatan 2 kapan mulai?", "PKP Angkatan I: Maret. Angkatan II: Juli.", False, False),
        ("PKP angkatan V kapan mulai?", "PKP dimulai bulan Maret.", False, False),
        ("pagu dinas kesehatan 2026 brp", "pagu 2027: 700\npagu 2028: 780", True, True),
        ("pagu dinas kesehatan 2028 brp", "pagu 2027: 700\npagu 2028: 780", True, False),
        ("aturan 2024 msh berlaku?", "SE 2026 mencabut SE 2025.", False, False),
    ],
)
def test_a_passage_about_another_batch_or_year_is_not_an_answer(
    question, text, table_row, expected
):
    assert contradicts(text, analyse(question, today=TODAY), table_row=table_row) is expected


def test_a_hard_wrapped_sentence_is_read_whole():
    text = "LAPENA diunggah paling lambat\n14 hari kerja setelah pelatihan\nselesai.\n- butir"
    assert split_units(text) == [
        "LAPENA diunggah paling lambat 14 hari kerja setelah pelatihan selesai.",
        "- butir",
    ]
    assert split_units("Judul\nIsi pertama.") == ["Judul", "Isi pertama."]


def test_a_sentence_wrapped_before_a_parenthesis_is_read_whole_but_an_ayat_starts_anew():
    text = (
        "2. Tingkat II: pangkat paling rendah Penata Muda\n"
        "(III/a) atau golongan IX bagi PPPK; usia paling tinggi 48 tahun.\n"
        "Pasal 7\n"
        "(1) Pegawai wajib hadir."
    )
    assert split_units(text) == [
        "2. Tingkat II: pangkat paling rendah Penata Muda (III/a) atau golongan IX bagi PPPK; "
        "usia paling tinggi 48 tahun.",
        "Pasal 7",
        "(1) Pegawai wajib hadir.",
    ]


def test_a_sentence_wrapped_before_a_date_or_emphasis_is_read_whole():
    text = (
        "Untuk pelatihan yang selesai pada bulan Desember, batas waktunya adalah tanggal\n"
        "**20 Januari** tahun berikutnya.\n"
        "Pendaftaran ditutup\n"
        "15 Maret 2027 pukul 15.00.\n"
        "Catatan\n"
        "**Penting** dibaca."
    )
    assert split_units(text) == [
        "Untuk pelatihan yang selesai pada bulan Desember, batas waktunya adalah tanggal "
        "**20 Januari** tahun berikutnya.",
        "Pendaftaran ditutup 15 Maret 2027 pukul 15.00.",
        "Catatan",
        "**Penting** dibaca.",
    ]


def test_an_item_about_another_level_is_told_apart_unless_the_heading_names_the_asked_one():
    q = analyse("syarat pelatihan pbj tingkat lanjut apa?", today=TODAY)
    items = "1. Tingkat Dasar: golongan II/c.\n2. Tingkat Lanjut: golongan III/a."
    assert names_another(items, q)
    section = "1. Bobot : 46 JP\n2. Syarat : telah lulus PBJ Tingkat Dasar"
    assert not names_another(section, q, headings=("B. PELATIHAN PBJ TINGKAT LANJUT",))
    assert not names_another("1. Bobot: 46 JP", q)


def test_an_item_under_a_lead_in_of_another_semester_is_of_that_semester():
    """A memo headed "capaian JP semester I dan persiapan tes semester II": its heading names
    both, so its sentences say which one they are of, and a wave's date listed under "Tes
    semester II dilaksanakan ...:" is no date of semester I's test."""
    q = analyse("Tes kesamaptaan semester I dilaksanakan tanggal berapa?", today=TODAY)
    idf = {"tes": 2.0, "samapta": 3.0, "semester": 1.0, "laksana": 1.0}
    memo = (
        "Tes kesamaptaan jasmani semester II dilaksanakan dengan pembagian:\n"
        "- Gelombang 1 (Senin, 20 September 2027): Sekretariat dan seluruh Bidang;\n"
        "- Gelombang 2 (Selasa, 21 September 2027): Pos Damkar Sektor."
    )
    heading = "Tindak lanjut capaian JP semester I dan persiapan tes kesamaptaan semester II"
    assert not fact_near_terms(memo, q, idf, 4.0, heading)
    first = memo.replace("semester II", "semester I")
    assert fact_near_terms(first, q, idf, 4.0, heading)


def test_batches_named_in_words_or_listed_are_all_asked():
    """ "angkatan kedua dan ketiga" asks of Angkatan II and III: the first batch's row is
    about another, a row of the third is not."""
    q = analyse("Kapan jadwal KEP angkatan kedua dan ketiga tahun 2026?", today=TODAY)
    assert contradicts("KEP Angkatan I: 21-22 April 2026", q)
    assert not contradicts("KEP Angkatan III: 8-9 September 2026", q)
    assert not contradicts("KEP Angkatan II: 5-6 Mei 2026", q)
    pertama = analyse("KEP angkatan pertama kapan?", today=TODAY)
    assert not contradicts("KEP Angkatan I: 21-22 April 2026", pertama)


def test_the_level_the_asker_has_passed_is_no_level_asked():
    """ "PKPM tingkat IV kapan dibuka? sy udh lulus tk III": a passage on levels I-III is about
    other levels than the one asked, though it names level III."""
    q = analyse("PKPM tingkat IV kapan dibuka min? sy udh lulus tingkat III", today=TODAY)
    levels = "PKPM diselenggarakan dalam tiga tingkat, yaitu Tingkat I, Tingkat II dan Tingkat III."
    assert contradicts(levels, q)
    assert not contradicts(levels, analyse("PKPM tingkat III kapan dibuka?", today=TODAY))


def test_a_section_about_another_level_contradicts_though_its_text_names_the_asked_one():
    """A call letter for two levels: the "Tingkat Lanjut" section requires the Dasar level,
    so its text names both; its heading says which level it is about."""
    q = analyse("pbj tingkat dasar brp JP?", today=TODAY)
    text = "1. Bobot : 46 JP\n2. Syarat : telah lulus PBJ Tingkat Dasar"
    title = "Panggilan Peserta Pelatihan PBJ Tingkat Dasar dan Tingkat Lanjut"
    lanjut = ("B. PELATIHAN PBJ TINGKAT LANJUT ANGKATAN I", title)
    dasar = ("A. PELATIHAN PBJ TINGKAT DASAR ANGKATAN I", title)
    assert contradicts(text, q, headings=lanjut)
    assert not contradicts("1. Bobot : 24 JP", q, headings=dasar)
    assert not contradicts(text, q, headings=("C. KETENTUAN UMUM", title))
    assert contradicts("Tingkat Lanjutan: 8 JP", analyse("tingkat dasar brp JP", today=TODAY))
    assert not contradicts("Tingkat Lanjutan: 8 JP", analyse("tingkat lanjut brp", today=TODAY))


def test_the_quoted_rows_are_of_the_asked_batch_for_every_ask():
    """ "PKP angkatan III jadwalnya kpn? penyelenggaranya siapa": "No: 3" is not Angkatan III,
    and the second ask, which names no batch, is still about the third one."""
    table = (
        "| No | Nama pelatihan | Angkatan | Tanggal | Penyelenggara |\n|---|---|---|---|---|\n"
        "| 1 | Pelatihan Kepemimpinan Administrator (PKA) | Angkatan I | 1 Maret 2027 | BPSDM |\n"
        "| 3 | Pelatihan Kepemimpinan Pengawas (PKP) | Angkatan I | 8 Februari 2027 | AKARA |\n"
        "| 4 | Pelatihan Kepemimpinan Pengawas (PKP) | Angkatan III | 6 September 2027 | AKARA |\n"
    )
    q = analyse("pkp angkatan III jadwalnya kpn? penyelenggaranya siapa", today=TODAY)
    picked = "\n".join(pick_sentences(table, q, {"pkp": 3.0}))
    assert "6 September 2027" in picked
    assert "Angkatan: Angkatan I;" not in picked


def test_a_table_row_of_another_batch_contradicts():
    q = analyse("PKA angkatan II 2028 pesertanya brp org", today=TODAY)
    assert contradicts("program: PKA\nangkatan: I\njumlah peserta: 25", q, table_row=True)
    assert not contradicts("program: PKA\nangkatan: II\njumlah peserta: 24", q, table_row=True)


def test_a_passage_dating_only_other_years_does_not_say_when_the_asked_year_is():
    """ "PKN Tingkat I 2027 dibuka kapan": the passage dates the 2022 and 2023 batches."""
    q = analyse("PKN tingkat I tahun 2027 dibuka kapan ya?", today=TODAY)
    text = (
        "PKN Tingkat I Angkatan LII tahun 2022 dibuka secara virtual. Pelatihan Angkatan LVIII "
        "berlangsung sekitar lima bulan (25 Juli 2023)."
    )
    assert contradicts(text, q)
    assert not contradicts("Angkatan I tahun 2027 dibuka 3 Februari 2027.", q)
    # a rule's number and year date nothing: "Peraturan LAN Nomor 5 Tahun 2022"
    assert not contradicts("Menurut Peraturan LAN Nomor 5 Tahun 2022, PKN dibuka LAN.", q)
    # a year that labels what is asked ("Formasi 2025", "UU 20/2023") dates nothing
    formation = analyse("Kapan pelaksanaan Orientasi PPPK Formasi 2025?", today=TODAY)
    assert not contradicts("Orientasi PPPK Formasi 2025: 9-13 Maret 2026.", formation)
    # asked how much, not when: an example of another year may still state the rule
    amount = analyse("PKN tingkat I tahun 2027 berapa JP?", today=TODAY)
    assert not contradicts(text, amount)


def test_batches_numbered_past_forty_are_told_apart():
    q = analyse("PKN angkatan LVIII tahun 2023 berapa lama?", today=TODAY)
    assert contradicts("PKN Tingkat I Angkatan LII berlangsung empat bulan.", q)
    assert not contradicts("PKN Tingkat I Angkatan LVIII berlangsung lima bulan.", q)


def test_jadi_and_its_affixed_forms_carry_no_topic():
    """ "20 JP kalau dijadiin berapa jam": the verb of converting names nothing a passage must
    repeat ("menjadi", "dijadikan", "jadinya")."""
    for asked in (
        "20 JP kalau dijadikan berapa jam",
        "20 JP menjadi berapa jam",
        "jadinya brp jam",
    ):
        assert all("jadi" not in g for g in analyse(asked, today=TODAY).groups)


def test_the_focus_of_a_question_is_the_word_its_question_word_asks_of():
    assert analyse("permenpan 20/2025 isinya berubah apa aja?", today=TODAY).focus == "ubah"
    assert analyse("apa saja perubahannya", today=TODAY).focus == "ubah"
    assert analyse("permenpan 3/2020 diubah untuk apa?", today=TODAY).focus is None
    assert analyse("kotaknya yg mana", today=TODAY).focus is None


def test_indented_fields_under_a_list_item_stay_with_it():
    """ "1. Asesmen Formatif ...\n   Hari/tanggal : Senin s.d. Kamis, 6-9 Juli 2026": the date
    belongs to the item that names the training (and "s.d." ends no sentence)."""
    text = (
        "Jadwal pelatihan:\n\n"
        "1. Asesmen Formatif di Kelas (KT-04), 16 JP\n"
        "   Hari/tanggal : Senin s.d. Kamis, 6-9 Juli 2026\n"
        "   Waktu        : pukul 07.30-11.00 WITA\n"
        "2. Literasi Kelas Awal (KT-06), 24 JP\n"
        "   Hari/tanggal : Senin s.d. Kamis, 13-16 Juli 2026\n\n"
        "Pendaftaran ditutup 26 Juni 2026."
    )
    units = split_units(text)
    assert units[1] == (
        "1. Asesmen Formatif di Kelas (KT-04), 16 JP\nHari/tanggal : Senin s.d. Kamis, 6-9 Juli "
        "2026\nWaktu : pukul 07.30-11.00 WITA"
    ).replace("Waktu :", "Waktu        :")
    assert units[2].startswith("2. Literasi") and units[2].endswith("13-16 Juli 2026")
    assert units[3] == "Pendaftaran ditutup 26 Juni 2026."
    q = analyse("asesmen formatif di kelas tgl brp?", today=TODAY)
    assert fact_near_terms(text, q, {"asesmen": 3.0, "formatif": 3.0, "kelas": 1.0}, 4.0)


def test_a_number_labelled_with_the_asked_word_answers_it():
    """A CSV row or a list item labels its numbers: "Pertemuan SGS: 118" for "brp pertemuan
    SGS", "Rata-rata JP Guru PNS: 22,9" for "rata-rata JP guru PNS brp"."""
    meetings = analyse("di Rawa Indah 2025 ada brp pertemuan SGS?", today=TODAY)
    row = "Kecamatan: Rawa Indah\nJumlah PTK: 256\nPertemuan SGS: 49"
    assert has_fact(row, meetings)
    assert not has_fact("Kecamatan: Rawa Indah\nJumlah PTK: 256", meetings)
    average = analyse("Berapa rata-rata JP guru PNS tingkat kabupaten?", today=TODAY)
    assert has_fact("Kecamatan: Kabupaten\nRata-rata JP Guru PNS: 22,9", average)
    accounts = analyse("brp akun aktif di RINAI?", today=TODAY)
    assert has_fact("- Akun aktif: 2.803 PTK", accounts)
    assert has_fact(
        "Jenjang: S2; Plafon per Semester (Rp): 5.000.000",
        analyse("Berapa plafon S2?", today=TODAY),
    )


def test_a_column_named_in_several_words_labels_its_number():
    """A table file's row read as one line: "shuttle run maks detik: 17,5" answers the shuttle
    run's limit, the push-up's "32" beside it does not."""
    row = (
        "kelompok usia: 26-30 tahun jenis kelamin: Laki-laki lari 12 menit min meter: 2300 "
        "push up 1 menit min: 32 shuttle run maks detik: 17,5 renang 25m maks detik: 32"
    )
    q = analyse(
        "Berapa batas waktu maksimal shuttle run bagi laki-laki berusia 26-30 tahun?", today=TODAY
    )
    idf = {"shuttle": 4.0, "run": 4.0, "batas": 1.0, "waktu": 1.0, "maksimal": 1.0}
    assert fact_near_terms(row, q, idf, 4.0, "Ambang uji kesamaptaan\n26-30 tahun")
    without = row.replace(" shuttle run maks detik: 17,5", "")
    assert not fact_near_terms(without, q, idf, 4.0, "Ambang uji kesamaptaan\n26-30 tahun")


def test_a_table_files_row_states_a_number_in_the_field_the_question_names():
    """A row of an attendance file, a field a line: the unit and the month named in other
    fields, the percentage in its own; the row's "No: 44" is no answer."""
    row = (
        "No: 44\nBulan: April\nNama Pos/Unit: Unit Satpol PP Kecamatan Long Sebatu\n"
        "Jumlah Personel: 11\nPersentase Kehadiran (%): 77,3\nMateri Utama: Formasi Dalmas"
    )
    q = analyse("Persentase kehadiran Unit Satpol PP Long Sebatu bulan April berapa?", today=TODAY)
    idf = {"persentase": 3.0, "hadir": 2.0, "long": 4.0, "batu": 4.0, "april": 3.0}
    heading = "Rekap kehadiran latihan rutin\nApril — PP-LSB"
    assert fact_near_terms(row, q, idf, 4.0, heading, record=True)
    without = row.replace("Persentase Kehadiran (%): 77,3\n", "")
    assert not fact_near_terms(without, q, idf, 4.0, heading, record=True)
    # a row with no field the question names: its numbers as before ("jumlah: 50" for "total")
    quota = "kode: LTR-19\nnama pelatihan: Pelayanan Prima\nupt wilayah ii: 9\njumlah: 50"
    total = analyse("total kuota ltr 19 brp", today=TODAY)
    assert fact_near_terms(quota, total, {"ltr": 4.0, "kuota": 2.0}, 4.0, "Kuota", record=True)
    # a count with the unit asked stands in whatever field: "catatan: ... dihadiri 47 orang"
    met = analyse("Berapa orang yang hadir pada pertemuan perdana KOPI HIJAU?", today=TODAY)
    minutes = (
        "no: 1\ntanggal: Kamis, 8 Januari 2026\ncatatan: Pertemuan perdana; dihadiri 47 orang."
    )
    assert fact_near_terms(
        minutes, met, {"kopi": 4.0, "hijau": 4.0}, 4.0, "KOPI HIJAU", record=True
    )


def test_a_name_without_a_title_in_a_field_headed_by_a_role_is_a_persons_name():
    q = analyse("Siapa kepala pos di Pos Damkar Sektor Batu Bahalang?", today=TODAY)
    row = (
        "Pos: Pos Damkar Sektor Batu Bahalang; Alamat: Jl. Trans Km 41; Kepala Pos: Yakobus Sawang"
    )
    assert has_fact(row, q)
    assert has_fact("Kepala Unit: Stefanus Ding; Jumlah personel: 11", q)
    assert not has_fact("Ketua: Sekretaris Dinas; Anggota: Kepala Subbagian Umum", q)  # roles
    assert not has_fact("Unit kerja: Pos Damkar Sektor Batu Bahalang; Jumlah pegawai: 13", q)
    assert not has_fact("Kepala Pos: Senin Pagi", q)


def test_a_counted_thing_followed_by_its_amount_answers_it():
    size = analyse("Berapa ukuran maksimal file bukti untuk klaim JP?", today=TODAY)
    assert has_fact("format PDF atau JPG dengan ukuran paling besar 2 MB.", size)
    assert not has_fact("format PDF atau JPG, 2 lembar.", size)
    # "2 JP" must say its unit after the number: a unit word is no counted noun
    jp = analyse("berapa JP pelatihan itu?", today=TODAY)
    assert not has_fact("JP pelatihan paling banyak dua kali setahun", jp)


def test_a_money_word_naming_the_programme_does_not_make_a_count_an_amount():
    seats = analyse("Berapa kuota penerima bantuan biaya studi lanjut tahun 2026?", today=TODAY)
    assert seats.kind == "number"
    assert has_fact("Kuota penerima bantuan tahun 2026 sebanyak 35 (tiga puluh lima) orang", seats)
    assert analyse("berapa biaya pelatihan PBJ?", today=TODAY).kind == "money"
    assert analyse("biaya pelatihan PBJ berapa?", today=TODAY).kind == "money"
    for amount in (
        "tunjangan profesi guru brp per bulan?",
        "berapa batas maksimal fasilitasi biaya?",
    ):
        assert analyse(amount, today=TODAY).kind == "money"


def test_a_length_of_time_does_not_say_when():
    when = analyse("Kapan jadwal PPKS Tingkat III?", today=TODAY)
    assert not has_fact(
        "PPKS Tingkat III diikuti kepala sekolah dengan masa jabatan lebih dari 4 tahun.", when
    )
    assert has_fact("Klaim diajukan paling lambat 30 hari kalender setelah kegiatan.", when)
    assert has_fact("Laporan dikirim dalam waktu 14 hari.", when)
    assert has_fact("Berkas diterima 10 hari kerja sebelum pelatihan.", when)


def test_a_passage_of_another_month_or_code_is_about_something_else():
    august = analyse("Pelatihan bulan Agustus 2026 apa saja, tanggal berapa?", today=TODAY)
    assert contradicts("Jadwal pelatihan bulan Juli 2026: KT-04 6-9 Juli 2026.", august)
    assert not contradicts("Gelombang II: Juli s.d. September 2026.", august)
    assert not contradicts("Pelatihan dibuka sepanjang tahun.", august)
    code = analyse("kuota pelatihan KT-02 per gugus brp?", today=TODAY)
    assert contradicts("kode pelatihan: KT-03\nkuota peserta: 4", code)
    assert not contradicts("kode pelatihan: KT-02\nkuota peserta: 4", code)
    # "tahun 2026", "angkatan 2" are no codes: only the passage's own code prefixes are
    assert not contradicts(
        "kode pelatihan: KT-03\nkuota peserta: 4", analyse("kuota tahun 2026 brp?", today=TODAY)
    )


def test_who_holds_an_office_asks_a_name():
    assert analyse("siapa bupati lembah sari skrg?", today=TODAY).kind == "name"
    assert analyse("siapa kepala dinas pendidikan?", today=TODAY).kind == "name"
    assert analyse("siapa kepala sekolah yang wajib ikut PPKS?", today=TODAY).kind == "who"
    assert analyse("siapa yang menandatangani SE?", today=TODAY).kind == "who"


def test_a_who_answer_names_someone_the_question_does_not():
    """A course for coaches names the role asked, not who coaches."""
    q = analyse("siapa saja coach program SIGAP tahun ini?", today=TODAY)
    assert q.kind == "who"
    assert not has_fact("Pelatihan Coach SIGAP digelar 3-4 Maret di aula.", q)
    assert has_fact("Coach SIGAP ditunjuk oleh Kepala Bidang Kedaruratan.", q)
    assert has_fact("Coach SIGAP: Ir. Rahmat Hidayat, M.T.", q)


def test_the_asked_role_with_a_name_after_it_or_a_doer_answers_who():
    """ "Ketua Tim: Rina Marlina" names the ketua asked; "ditanggung siapa" and "siapa saja yang"
    ask who does it, which a body or the kinds of staff answer."""
    chair = analyse("ketua tim verifikasi siapa ya", today=TODAY)
    assert has_fact("Ketua Tim Verifikasi: Rina Marlina, S.Sos.", chair)
    assert has_fact("Ketua Tim: Rina Marlina", chair)
    assert not has_fact("Tim verifikasi bertugas memeriksa berkas.", chair)
    payer = analyse("biaya uji ulang ditanggung siapa?", today=TODAY)
    assert has_fact("Biaya uji ulang dibebankan pada DPA Inspektorat.", payer)
    must = analyse("siapa saja yang wajib ikut orientasi?", today=TODAY)
    assert has_fact("Orientasi wajib bagi pegawai baru dan peserta mutasi.", must)
    listed = analyse("siapa nama petugas piket sabtu?", today=TODAY)
    assert has_fact("Nama: Gilang Pratama Usman; Hari: Sabtu", listed)
    said = analyse("koordinator posko siapa?", today=TODAY)
    assert has_fact("Koordinator posko adalah Ahmad Yani.", said)
    assert has_fact("Koordinator Posko: AHMAD YANI", said)
    assert has_fact("Info hubungi Koordinator Posko *dr. Maya Lestari* (WA 0812)", said)
    assert not has_fact("Pelatihan Koordinator Posko: Senin, 3 Maret 2027", said)
    assert not has_fact("Koordinator posko menyusun laporan harian.", said)


def test_an_acronym_is_the_words_whose_initials_spell_it():
    """A title in capitals: "PENDAFTARAN PESERTA PELATIHAN TEKNIS SURVEI BATIMETRI (PTSB)"
    defines PTSB as the training, not its registration."""
    title = "PENDAFTARAN PESERTA PELATIHAN TEKNIS SURVEI BATIMETRI (PTSB)"
    assert find_acronyms(title) == {"ptsb": "pelatihan teknis survei batimetri"}
    assert find_acronyms("Tes Potensi Akademik (TPA)") == {"tpa": "tes potensi akademik"}


def test_money_asked_by_its_kind_needs_that_kind_in_the_passage():
    """ "Berapa biaya per peserta pelatihan X": a row's "uang transport Rp150.000" is another
    amount; the passage must name the cost."""
    q = analyse("Berapa biaya per peserta pelatihan Literasi Kelas Awal?", today=TODAY)
    assert q.head({"biaya": 2.0, "latih": 1.0, "literasi": 3.0}) == {"biaya"}
    assert analyse("brp nominal uang saku?", today=TODAY).head({"uang": 1.0, "saku": 3.0}) is None
    # a kind of money no document names is what no passage states
    allowance = analyse("Berapa tunjangan kinerja staf kantor Dinas?", today=TODAY)
    assert allowance.head({"kantor": 1.0, "dinas": 1.0}) == {"tunjang"}


def test_a_passage_of_other_degree_levels_is_about_those():
    q = analyse("bantuan biaya studi S3 plafonnya brp per semester?", today=TODAY)
    assert contradicts("Jenjang: S1/D4; Plafon: Rp3.000.000\nJenjang: S2; Plafon: Rp5.000.000", q)
    assert not contradicts("Jenjang: S3; Plafon: Rp7.000.000", q)
    assert has_fact(
        "Jenjang: S2; Plafon per Semester: Rp5.000.000", analyse("Berapa plafon S2?", today=TODAY)
    )


def test_a_cell_under_a_header_with_its_unit_is_read_with_the_unit():
    table = (
        "| Kategori | Target Minimal (JP/tahun) | Biaya per Peserta (Rp) | Tepat Waktu (%) | Moda |\n"
        "|---|---|---|---|---|\n"
        "| Guru PPPK | 24 | 1.050.000 | 95,1 | Klasikal |\n"
        "| Guru PNS | tidak ada | 0 (tanpa biaya) | - | Daring |\n"
    )
    assert split_units(table) == [
        "Kategori: Guru PPPK; Target Minimal: 24 JP/tahun; Biaya per Peserta: Rp1.050.000; "
        "Tepat Waktu: 95,1%; Moda: Klasikal",
        "Kategori: Guru PNS; Target Minimal (JP/tahun): tidak ada; Biaya per Peserta (Rp): "
        "0 (tanpa biaya); Tepat Waktu (%): -; Moda: Daring",
    ]
    assert has_fact(split_units(table)[0], analyse("biaya guru pppk brp?", today=TODAY))


def test_a_figure_of_another_year_is_not_the_asked_years():
    q = analyse("bantuan biaya pelatihan tahun 2025 pagunya brp?", today=TODAY)
    assert contradicts(
        "Bantuan dibebankan pada BLUD dengan pagu tahun 2026 sebesar Rp480.000.000.", q
    )
    assert not contradicts(
        "Bantuan dibebankan pada BLUD dengan pagu tahun 2025 sebesar Rp250.000.000.", q
    )
    # a rule's year ("Peraturan Direktur Nomor 7 Tahun 2023") is no figure's year
    assert not contradicts(
        "Menurut Peraturan Direktur Nomor 7 Tahun 2023, pagu ditetapkan tiap tahun.", q
    )
    # a budget dated the standard way, "Tahun Anggaran 2026", is that year's budget
    budget = analyse("anggaran pengembangan kompetensi tahun 2025 brp?", today=TODAY)
    sentence = "Anggaran pengembangan kompetensi pegawai Tahun Anggaran {} sebesar Rp1.295.600.000."
    assert contradicts(sentence.format(2026), budget)
    assert not contradicts(sentence.format(2025), budget)


def test_an_honorarium_or_an_incentive_is_an_amount_of_money():
    for asked in ("Berapa honorarium fasilitator internal per JP?", "insentif mentor SAGARA brp?"):
        assert analyse(asked, today=TODAY).kind == "money"


def test_a_letters_number_is_a_rule_number_asked():
    for asked in ("nomor surat panggilan PPKS Tingkat II?", "no pengumuman jadwal juli?"):
        assert analyse(asked, today=TODAY).asks_rule_number
    assert not analyse("nomor WA helpdesk brp?", today=TODAY).asks_rule_number


def test_hours_are_not_read_in_jam_pelajaran():
    """ "20 JP itu berapa jam": "20 jam pelajaran" is 20 JP, not 20 hours."""
    q = analyse("20 JP setahun itu berapa jam?", today=TODAY)
    assert not has_fact("paling sedikit 20 jam pelajaran (JP) dalam satu tahun", q)
    assert has_fact("20 JP setara dengan 900 menit atau 15 jam pembelajaran", q)
    assert has_fact(
        "paling sedikit 20 jam pelajaran", analyse("wajib berapa jam pelajaran?", today=TODAY)
    )


def test_jam_berapa_asks_a_time_of_day_written_in_a_schedule():
    q = analyse("sesi 1 mulai jam brp?", today=TODAY)
    assert has_fact("07.30 - 09.00   Sesi 1 (2 JP)", q)
    assert not has_fact("Sesi 1 bernilai 2 JP.", q)
    assert not has_fact("Tanggal 1.250 peserta", q)


def test_two_asks_joined_by_dan_are_read_separately():
    assert clauses("Berapa lama pendampingan KLIP dan minimal berapa sesi coaching?") == [
        "Berapa lama pendampingan KLIP",
        "minimal berapa sesi coaching",
    ]
    assert len(clauses("pbj tingkat dasar brp JP & brp hari?")) == 2
    # the answerer reads the question after normalising it: "&" must survive as a joiner
    prepared = normalise("KIP angkatan II kpn & brp JP?", expand=False)
    assert len(analyse(prepared, today=TODAY).parts) == 2


def test_a_sentence_naming_only_the_other_asks_thing_does_not_answer_this_ask():
    """ "Berapa lama pendampingan KLIP dan minimal berapa sesi coaching": under "Sesi
    Pendampingan", "Setiap sesi berlangsung 90 menit" is a session's length, not the
    mentoring's; "Pendampingan berlangsung selama 3 bulan" is."""
    q = analyse("Berapa lama pendampingan KLIP dan minimal berapa sesi coaching?", today=TODAY)
    duration, sessions = q.asked
    idf = {"damping": 2.0, "klip": 4.0, "sesi": 2.0, "coaching": 2.0}
    passage = (
        "a. Setiap tim mengikuti paling sedikit 6 sesi coaching selama masa pendampingan.\n"
        "b. Setiap sesi berlangsung 90 menit, secara tatap muka atau secara daring."
    )
    heading = "Panduan KLIP > 4. SESI PENDAMPINGAN"
    assert fact_near_terms(passage, duration, idf, 4.0, heading)  # read alone, as before
    assert not fact_near_terms(passage, duration, idf, 4.0, heading, others=(sessions,))
    assert fact_near_terms(passage, sessions, idf, 4.0, heading, others=(duration,))
    timing = "Pendampingan berlangsung selama 3 bulan, yaitu Juli sampai dengan September."
    assert fact_near_terms(timing, duration, idf, 4.0, "Panduan KLIP", others=(sessions,))
    # a qualifier of the other ask ("minimal") is not what it asks of
    least = "Kegiatan berlangsung minimal 3 bulan."
    assert fact_near_terms(least, duration, idf, 4.0, "PENDAMPINGAN KLIP", others=(sessions,))


def test_dan_between_two_things_of_one_ask_is_not_a_second_ask():
    assert len(clauses("tugas belajar dan izin belajar bedanya apa")) == 1
    assert len(clauses("siapa yang menyusun dan menetapkan rencana pengembangan?")) == 1


def test_what_is_counted_follows_the_word_jumlah():
    q = analyse("Berapa jumlah modul e-learning yang tersedia di aplikasi?", today=TODAY)
    assert q.kind == "number" and q.units == ("modul",)
    assert has_fact("Per Januari tersedia 48 modul e-learning.", q)


def test_a_measure_is_answered_in_its_unit():
    """ "berapa usia": an age is written "48 tahun", never "48 usia"; a duration likewise."""
    q = analyse("Berapa usia paling tinggi saat pendaftaran pelatihan tingkat II?", today=TODAY)
    assert q.kind == "number" and q.units == ("tahun",)
    assert has_fact("Usia paling tinggi saat pendaftaran: 48 tahun.", q)
    assert not has_fact("Usia paling tinggi ditetapkan oleh 2 pejabat.", q)
    assert "menit" in analyse("berapa durasi coaching di kantor?", today=TODAY).units


def test_a_sentence_is_read_with_its_documents_title():
    """The KLIP guide's "Peserta" section answers a KLIP question without naming KLIP; "1 tim"
    asks per team, it is not a number the sentence must repeat."""
    q = analyse("1 tim klip isinya brp org?", today=TODAY)
    sentence = "a. Peserta adalah tim inovasi perangkat daerah yang beranggotakan 3-5 orang."
    title = "Panduan Klinik Inovasi Pelayanan (KLIP) Tahun 2027\n3. PESERTA"
    idf = {"tim": 1.0, "klip": 2.0, "isi": 1.5}
    assert fact_near_terms(sentence + " b. KLIP menerima 8 tim.", q, idf, 3.0, title)


def test_a_comparison_is_not_a_definition():
    assert analyse("bedanya tubel sama izin belajar apa sih", today=TODAY).kind != "definition"
    assert analyse("tubel itu apa sih", today=TODAY).kind == "definition"


def test_a_term_other_documents_use_counts_against_a_sentence_that_lacks_it():
    """ "PKA total JP": a worked example of other activities totals JP too, but PKA, which
    the documents do name elsewhere, is not in it; a chat word no document uses is no loss."""
    example = "Contoh: 2 sesi coaching dan 1 hari workshop. Totalnya 4 + 5 = 9 JP."
    idf = {"pka": 3.0, "total": 1.5, "jp": 0.5}
    q = analyse("PKA tuh total jp nya brp sih?", today=TODAY)
    assert not fact_near_terms(example, q, idf, 4.0)
    chat = analyse("total jp nya brp sih gan?", today=TODAY)
    assert fact_near_terms(example, chat, idf, 4.0)


def test_a_fact_is_read_with_the_sentence_that_opens_its_passage():
    """The opening sentence names the topic; a later item refers back to it ("Bukti")."""
    q = analyse(
        "Sertifikat kursus daring dari platform eksternal diunggah paling lambat berapa hari?",
        today=TODAY,
    )
    passage = (
        "Belajar mandiri melalui platform eksternal adalah kursus daring atas inisiatif "
        "pegawai. Satu kegiatan diakui apabila bernilai paling sedikit 2 JP. Bukti diunggah "
        "paling lambat 30 hari kalender setelah tanggal pada sertifikat."
    )
    idf = {t: 1.0 for t in ("sertifikat", "kursus", "daring", "platform", "eksternal", "unggah")}
    assert fact_near_terms(passage, q, idf | {"paling": 0.5, "lambat": 1.0}, 3.0)


def test_a_count_in_a_document_about_the_counted_thing_is_the_answer():
    """ "berapa kursi" over the seat allocation table, whose rows write "kuota: 8 orang"."""
    q = analyse("berapa kursi pelatihan pbj untuk dpupr?", today=TODAY)
    row = "nama pelatihan: Pelatihan PBJ; perangkat daerah: DPUPR; kuota: 8 orang"
    idf = {"latih": 0.5, "pbj": 2.0, "dpupr": 3.0}
    assert fact_near_terms(row, q, idf, 4.0, "Alokasi kursi pelatihan perangkat daerah 2027")
    assert not fact_near_terms(row, q, idf, 4.0, "Jadwal pelatihan perangkat daerah 2027")
    # a roster lists the mentors themselves: one row's numbers do not count them
    mentors = analyse("ada brp mentor MENTARI thn ini?", today=TODAY)
    roster = "No: 8\nNama Mentor: Hendra Kalalo\nTelepon Internal: 2120"
    idf = {"mentor": 1.0, "mentari": 2.0}
    assert not fact_near_terms(roster, mentors, idf, 4.0, "Daftar mentor mentari 2026")


def test_a_list_question_gets_the_whole_table_an_item_was_picked_from():
    text = (
        "Lima kompetensi teknis prioritas ditetapkan dari rekap kebutuhan tahun lalu.\n\n"
        "| Kode | Kompetensi | Sasaran |\n|---|---|---|\n"
        "| MR | Manajemen risiko | Pejabat pengawas |\n"
        "| AD | Analisis data | Seluruh pegawai |\n"
        "| PBJ | Pengadaan barang/jasa | Pejabat pengadaan |\n"
        "| NK | Penulisan naskah kebijakan | Analis kebijakan |\n"
        "| PP | Pelayanan publik inklusif | Petugas layanan |\n\n"
        "Usulan di luar daftar ini tetap boleh diajukan."
    )
    q = analyse("apa saja kompetensi teknis prioritas?", today=TODAY)
    picked = "\n".join(pick_sentences(text, q, {}))
    for name in ("Manajemen risiko", "Analisis data", "Pengadaan", "naskah", "inklusif"):
        assert name in picked
    one = analyse("kompetensi analisis data sasarannya siapa?", today=TODAY)
    assert "inklusif" not in "\n".join(pick_sentences(text, one, {}))


def test_a_weekday_answers_when_something_happens():
    q = analyse("daftar kopi pagi ditutup kapan", today=TODAY)
    assert has_fact("Pendaftaran ditutup hari Senin pukul 15.00 WITA sebelum sesi.", q)
    assert has_fact("Layanan buka setiap Selasa dan Kamis.", q)
    assert not has_fact("Pendaftaran dilakukan melalui SINAU oleh pengelola.", q)
    assert not has_fact("Kuota peserta luring 40 orang per sesi.", q)


def test_hours_after_an_event_answer_when_something_happens():
    q = analyse("sertifikat keluarnya kpn?", today=TODAY)
    assert has_fact("Sertifikat terbit paling lama 1 x 24 jam setelah Anda lulus post-test.", q)
    assert not has_fact("Sertifikat diunduh dari menu Riwayat.", q)


def test_a_lettered_item_is_one_unit_not_a_marker_and_a_sentence():
    text = "3. Ketentuan\na. Belajar mandiri adalah kursus daring.\nb) Bukti diunggah. Lalu diverifikasi."
    assert split_units(text) == [
        "3. Ketentuan",
        "a. Belajar mandiri adalah kursus daring.",
        "b) Bukti diunggah. Lalu diverifikasi.",
    ]


def test_the_quoted_part_holds_the_asked_kind_of_fact_when_the_passage_has_it():
    text = (
        "a. Belajar mandiri melalui kursus daring di luar SIBELIA adalah kegiatan atas inisiatif "
        "pegawai melalui platform kursus online kementerian, perguruan tinggi atau swasta.\n"
        "b. Sertifikat memuat nama pegawai dan durasi.\n"
        "c. JP belajar mandiri yang diakui paling banyak 16 JP per tahun."
    )
    # the terms that describe the course weigh more than the common "JP", "belajar", "tahun"
    idf = {"kursus": 3.0, "daring": 3.0, "luar": 3.0, "sibelia": 3.0, "jp": 0.3, "tahun": 0.3}
    q = analyse(
        "brp maksimal JP belajar mandiri dr kursus online di luar SIBELIA setahun?", today=TODAY
    )
    assert any("16 JP" in unit for unit in pick_sentences(text, q, idf))


@pytest.mark.parametrize(
    "question",
    [
        "PP disiplin PNS no brp?",
        "keputusan kepala bpsdm ttg konversi JP itu nomornya brp",
        "berapa nomor surat edaran tentang LPHP yang berlaku?",
        "no SK fasilitator internal apa ya",
        "Nomor berita acara uji kompetensi 2027 berapa?",
        "nomor SOP pengajuan JP apa?",
        "memo kasubbag umpeg itu nomor memo brp",
        "nomor perkadis konversi jp yg baru?",
    ],
)
def test_a_rule_number_is_asked_however_it_is_phrased(question):
    assert analyse(question, today=TODAY).asks_rule_number


def test_a_number_of_people_is_not_a_rule_number():
    assert not analyse("nomor antrian berapa orang yg daftar?", today=TODAY).asks_rule_number


def test_an_iso_date_of_a_csv_export_answers_tanggal_berapa():
    q = analyse("PKP angkatan IV selesai tgl brp?", today=TODAY)
    assert has_fact("program: PKP\nangkatan: IV\ntanggal selesai: 2028-11-24", q)
    assert not has_fact("program: PKP\nangkatan: IV\njumlah peserta: 30", q)


def test_an_ask_of_only_its_unit_reads_a_table_row_with_its_header():
    """ "... bulan apa & brp jp": the second ask is "berapa jp" alone; a schedule table
    states it as the JP column of a row ("| 24 |"), which only its header makes a number of JP."""
    table = (
        "Pelatihan teknis tahun 2027:\n\n| Nama pelatihan | Bulan | JP |\n|---|---|---|\n"
        "| Pelatihan Arsip Dinamis | Mei | 24 |\n"
    )
    q = analyse("berapa jp", today=TODAY)
    assert fact_near_terms(table, q, {"jp": 0.5}, 4.0)
    assert not fact_near_terms("Pelatihan Arsip Dinamis pada bulan Mei.", q, {"jp": 0.5}, 4.0)


def test_a_document_leaving_the_asked_topic_to_other_rules_says_so():
    text = (
        "(1) Pedoman ini berlaku bagi PNS, CPNS, dan PPPK.\n"
        "(3) Pedoman ini tidak mengatur gaji, cuti, kenaikan pangkat, maupun disiplin pegawai."
    )
    idf = {"naik": 2.0, "pangkat": 3.0, "syarat": 1.0, "berlaku": 1.0, "pns": 1.0}
    promotion = analyse("syarat kenaikan pangkat reguler apa aja?", today=TODAY)
    assert leaves_out(text, promotion, idf, 4.0).startswith("(3) Pedoman ini tidak mengatur")
    who = analyse("pedoman ini berlaku bagi siapa", today=TODAY)
    assert leaves_out(text, who, idf, 4.0) is None  # the article's other sentence answers it
    nota = "c. Jenis dan tingkat hukuman disiplin tidak diatur dalam nota dinas ini."
    punish = analyse("hukuman disiplin berat jenisnya apa aja", today=TODAY)
    assert leaves_out(nota, punish, {"hukum": 2.0, "disiplin": 3.0}, 4.0) == nota
    # "tidak termasuk dalam rangkaian pelatihan ini" answers a question, it leaves nothing out
    exam = "Ujian sertifikasi PBJ tidak termasuk dalam rangkaian pelatihan ini."
    asked = analyse("ujian sertifikasi pbj termasuk pelatihan?", today=TODAY)
    assert leaves_out(exam, asked, {"ujian": 2.0}, 4.0) is None
    also = "Pedoman ini juga tidak mengatur tugas belajar dan izin belajar maupun cuti."
    study = analyse("syarat tugas belajar gmn", today=TODAY)
    assert leaves_out(also, study, {"tugas": 2.0, "ajar": 2.0, "syarat": 1.0}, 4.0) == also
    # asked what the document leaves out, the sentence saying so answers
    left = analyse("hal apa saja yang tidak diatur dalam pedoman?", today=TODAY)
    assert leaves_out(also, left, {"atur": 1.0, "pedoman": 1.0}, 4.0) is None


def test_an_faq_answer_leaving_its_question_to_other_rules_says_so():
    """The answer under an FAQ's question names nothing of it: read with the question."""
    faq = (
        "7. Apakah pelatihan daring dihitung JP?\nYa, sesuai durasi pada sertifikat.\n\n"
        "8. Bagaimana dengan cuti melahirkan dan cuti besar?\n"
        "Tidak diatur dalam pedoman ini; silakan hubungi Subbagian Kepegawaian."
    )
    idf = {"cuti": 3.0, "lahir": 3.0, "syarat": 1.0, "latih": 0.5, "jp": 0.5}
    leave = analyse("syarat cuti melahirkan apa aja ya", today=TODAY)
    assert leaves_out(faq, leave, idf, 4.0).startswith("Tidak diatur dalam pedoman ini")
    online = analyse("pelatihan daring dihitung JP ga", today=TODAY)
    assert leaves_out(faq, online, idf, 4.0) is None


def test_a_sentence_leaving_out_what_the_one_before_named_is_read_with_it():
    """ "PermenPANRB 3/2020 telah diubah dengan PermenPANRB 20/2025. Rincian perubahan itu
    belum dirangkum di dokumen ini.": asked what changed, the document says it does not say."""
    text = (
        "PermenPANRB 3/2020 telah diubah dengan PermenPANRB Nomor 20 Tahun 2025 untuk "
        "menyesuaikan manajemen talenta. Rincian perubahan itu belum dirangkum di dokumen ini."
    )
    idf = {"ubah": 2.0, "talenta": 3.0, "manajemen": 1.0, "3/2020": 4.0, "20/2025": 4.0}
    changes = analyse(
        "permenpan 3/2020 kan udh diubah permenpan 20/2025, yg berubah apa aja?", today=TODAY
    )
    assert (
        leaves_out(text, changes, idf, 4.0)
        == "Rincian perubahan itu belum dirangkum di dokumen ini."
    )
    # asked what the sentence before says, the passage answers it
    why = analyse("permenpan 3/2020 diubah untuk apa?", today=TODAY)
    assert leaves_out(text, why, idf, 4.0) is None
    # "tidak dirangkum di sini" says the same
    jp = "Jumlah JP PKN Tingkat I tidak dirangkum di sini karena mengikuti kurikulum LAN."
    asked = analyse("PKN tingkat I brp JP?", today=TODAY)
    assert leaves_out(jp, asked, {"jp": 1.0, "pkn": 3.0}, 4.0) == jp
    # two asks, one of them answered: the passage answers it, and says what it leaves out
    both = analyse("pkn tk I brp lama sih? brp jp?", today=TODAY)
    whole = "Menurut LAN, lama PKN Tingkat I sekitar lima bulan. " + jp
    assert leaves_out(whole, both, {"jp": 1.0, "pkn": 3.0, "lama": 2.0}, 4.0) is None


# the documents' vocabulary: every word below is one some document writes
_WRITTEN = dict.fromkeys(
    tokenize(
        "mentor peserta PKA honor fasilitator internal kuota pelatihan teknis usia ikut "
        "tubel slot tukar peran artikel portal lulus lapor pegawai JP jam jadwal KIP "
        "transportasi hari tiap presiden narasumber kepala rencana syarat beasiswa"
    ),
    2.0,
)


@pytest.mark.parametrize(
    "question, head",
    [
        ("mentor utk peserta PKA siapa?", "mentor"),
        ("honor fasilitator internal per JP brp ya?", "honor"),
        ("total kuota pelatihan teknis kab contoh 2027 brp peserta", "kuota"),
        ("batas usia ikut tubel s3 brp tahun?", "usia"),
        ("total slot tukar peran angkatan I ada brp?", "slot"),
        ("menulis artikel di portal aksara dapat jp berapa?", "artikel"),
        ("abis lulus tubel wajib lapor diri kpn?", "lulus"),
        ("jadwal KIP angkatan II kapan?", "kip"),  # a date shows it is the schedule
        ("transportasi tiap hari dibayar siapa?", "transportasi"),  # "tiap": how many of it
        # the office asked follows "siapa"
        ("Siapa presiden pertama Republik Indonesia?", "presiden"),
        ("siapa narasumber FDI bulan ini?", "narasumber"),
        ("siapa nama kepala pusbangkom skrg?", "kepala"),
        # a list is of one kind of thing: "syarat", not the subject it is of
        ("syarat beasiswa LPDP buat PNS apa aja ya?", "syarat"),
    ],
)
def test_the_head_of_what_is_asked_is_its_first_written_noun(question, head):
    assert analyse(question, today=TODAY).head(_WRITTEN) == {head}


def test_berapa_asks_the_amount_of_the_thing_right_after_it():
    """ "Berapa uang saku peserta ...": the amount of pocket money, so a schedule that times the
    participants' registration states no such number; "berapa jp minimal ..." and "berapa
    kuota ..." put a unit or counted thing after "berapa" and name no head."""
    idf = {**_WRITTEN, "uang": 1.0, "saku": 3.0, "serta": 0.5}
    allowance = analyse("Berapa uang saku peserta Pelatihan Audit Angkatan II?", today=TODAY)
    assert allowance.head(idf) == {"uang"}
    for unit_first in ("brp jp minimal setahun utk pns?", "Berapa kuota pelatihan teknis?"):
        assert analyse(unit_first, today=TODAY).head(idf) is None


def test_the_reason_for_asking_is_read_apart():
    q = analyse("lari 12 menit min brp meter biar lolos? sy cowok", today=TODAY)
    assert q.reason_stems == {"lolos"}
    assert analyse("kuota pelatihan buat pos II brp?", today=TODAY).reason_stems == set()


def test_a_share_asked_as_persentase_is_a_percentage():
    q = analyse("Berapa persentase kehadiran minimal agar peserta lulus?", today=TODAY)
    assert has_fact("Peserta lulus apabila kehadiran paling rendah 90% dan nilai 70.", q)
    assert not has_fact("Peserta lulus apabila nilai ujian paling rendah 70.", q)


def test_a_list_is_of_the_subject_right_after_its_kind():
    """ "syarat beasiswa LPDP ... apa aja" lists conditions of a grant; "syarat mutasi guru ..."
    of a transfer ("guru" says whose); a fact asked is no list."""
    idf = {**_WRITTEN, "lpdp": 5.0, "guru": 5.0, "kabupaten": 0.7, "mutasi": 4.0}
    lpdp = analyse("syarat beasiswa LPDP buat PNS apa aja ya?", today=TODAY)
    assert lpdp.list_topic(idf) == {"beasiswa"}
    transfer = analyse("syarat mutasi guru ke kabupaten lain apa aja?", today=TODAY)
    assert transfer.list_topic(idf) == {"mutasi"}
    assert analyse("honor fasilitator per JP berapa?", today=TODAY).list_topic(idf) is None


@pytest.mark.parametrize(
    "question",
    [
        "brp jp minimal setahun utk pns?",  # the question word comes first
        "password wifi gedung aksara apa ya",  # not a single fact of one thing
        "wifinya brp?",  # no word a document writes
        "tiap hari dibayarin siapa?",  # "tiap" says how many of it, not what
        "siapa yang menetapkan rencana pengembangan kompetensi?",  # the doer of a verb
        "siapa aja yg wajib ikut?",
    ],
)
def test_no_head_when_the_question_does_not_name_one_first(question):
    assert analyse(question, today=TODAY).head(_WRITTEN) is None


def test_a_piece_that_tells_the_askers_situation_is_context_of_the_ask():
    """ "... brp jp? biar sy bs itung 20 jp": the reason for asking is no ask of its own; it
    is read with the ask, whose head stays in the question word's clause."""
    q = analyse("latsar cpns tuh totalnya brp jp sih? biar sy bs itung 20 jp taun ini", today=TODAY)
    assert [p.tells for p in q.parts] == [False, True]
    assert len(q.asked) == 1 and q.asked[0].kind == "number"
    assert "latsar" in q.asked[0].text and "hitung" in q.asked[0].text
    late = analyse("pelatihan sy selesai desember, deadline lapena nya kpn", today=TODAY)
    idf = {"latih": 1.0, "selesai": 1.0, "desember": 1.0, "lapena": 1.0}
    assert late.asked[0].kind == "date" and "lapena" in late.asked[0].head(idf)
    level = analyse(
        "sy jf kategori keterampilan, jenjangnya apa aja ya dr bawah? trs kalo mau naik jenjang "
        "wajib uji kompetensi gak",
        today=TODAY,
    )
    assert len(level.asked) == 2 and "terampil" in level.asked[0].content_stems


def test_a_message_of_asks_only_is_asked_part_by_part():
    q = analyse("detasering dihitung brp jp, minimal brp lama penugasannya", today=TODAY)
    assert q.asked == q.parts and not any(p.tells for p in q.parts)
    assert analyse("berapa JP minimal setahun?", today=TODAY).asked[0].kind == "number"


def test_jam_berapa_asks_a_time_and_jam_is_no_topic_word_the_row_must_name():
    """ "KIP hari jumat selesai jam brp?": the row "Waktu | ... Jumat pukul 07.30-11.30 WITA"
    answers; "jam" is the question's way of asking a time, which the row writes "pukul"."""
    q = analyse("kip hari jumat selesai jam berapa?", today=TODAY)
    assert q.kind == "number" and "pukul" in q.units
    row = (
        "| Keterangan | Ketentuan |\n|---|---|\n| Bobot | 40 JP |\n"
        "| Waktu | Senin-Kamis pukul 07.30-16.00 WITA; Jumat pukul 07.30-11.30 WITA |"
    )
    idf = {"kip": 2.5, "hari": 1.4, "jumat": 3.0, "selesai": 3.2, "jam": 2.0, "pukul": 2.0}
    assert fact_near_terms(row, q, idf, 5.0, "Pengumuman KIP\nGambaran Umum")


def test_a_rate_is_a_number_of_its_first_unit_not_of_the_period():
    """ "20 JP per tahun" is a number of JP: it answers "target jp per tahun brp", not "dibuat
    utk brp tahun"; "brp maksimal per tahun" asks the message's unit, not years."""
    years = analyse("rencana itu dibuat untuk berapa tahun?", today=TODAY)
    assert years.units and "tahun" in years.units
    assert not has_fact("Setiap PNS wajib memenuhi minimal 20 JP per tahun.", years)
    assert has_fact("Rencana disusun untuk 1 (satu) tahun anggaran.", years)
    target = analyse("target jp per tahun brp?", today=TODAY)
    assert "jp" in target.units and has_fact("paling sedikit 22 JP per tahun", target)
    assert analyse("berapa maksimal per tahun?", today=TODAY).units == ()


def test_an_ask_without_a_thing_of_its_own_asks_of_the_message():
    """ "... dapat tunjangan tambahan ga? brp nominalnya": the amount of that allowance."""
    q = analyse("kalo masuk talent pool dpt tunjangan tambahan ga? brp nominalnya", today=TODAY)
    assert q.parts[1].groups == q.groups
    plan = analyse("rencana disusun siapa? dibuat utk brp tahun?", today=TODAY)
    assert plan.parts[1].groups == plan.groups
    two = analyse("detasering dihitung brp jp, minimal brp lama penugasannya", today=TODAY)
    assert two.parts[1].groups != two.groups  # "penugasan" is its own


def test_a_money_word_with_nya_asks_an_amount_of_money():
    assert analyse("dpt tunjangan tambahan? brp nominalnya", today=TODAY).parts[1].kind == "money"
    assert analyse("biayanya berapa ya?", today=TODAY).kind == "money"


def test_a_list_item_comes_with_the_sentence_that_introduces_it():
    text = (
        "Ketentuan nasional mewajibkan pengembangan kompetensi.\n\n"
        "Yang menjadi kebijakan instansi:\n\n"
        "- pengakuan sertifikat seminar, webinar, dan penyelenggara tidak terakreditasi;\n"
        "- bukti yang diminta dan alur verifikasi."
    )
    q = analyse("sertifikat webinar penyelenggara tidak terakreditasi diakui ga?", today=TODAY)
    picked = pick_sentences(text, q, {"sertifikat": 2.0, "webinar": 3.0, "akreditasi": 3.0})
    assert picked[0] == "Yang menjadi kebijakan instansi:"
    assert any("pengakuan sertifikat seminar, webinar" in p for p in picked)


def test_a_unit_a_quantity_is_put_into_is_the_one_asked():
    """ "20 jp tuh klo dikonversi ke menit jd brp": minutes are asked, not any number."""
    q = analyse("20 jp tuh klo dikonversi ke menit jd brp", today=TODAY)
    assert q.kind == "number" and "menit" in q.units
    assert not has_fact("Satu JP sama dengan 45 jam pelajaran.", q)
    assert has_fact("Satu JP sama dengan 45 menit.", q)
    assert "jam" in analyse("20 jp itu brp jam/menit setahun?", today=TODAY).units


def test_the_row_whose_range_holds_the_asked_number_is_picked():
    """ "capaian 18 JP, tindak lanjutnya apa": the row "16 sampai 23 JP", not its neighbours."""
    q = analyse("Apa tindak lanjut bagi pegawai dengan capaian 18 JP dalam setahun?", today=TODAY)
    rows = (
        "| Capaian JP Tahunan | Tindak Lanjut |\n|---|---|\n"
        "| 24 JP atau lebih | Tidak ada tindak lanjut |\n"
        "| 16 sampai 23 JP | Teguran lisan |\n"
        "| 8 s.d. 15 JP | Teguran tertulis |"
    )
    idf = {"tindak": 0.5, "lanjut": 0.5, "capai": 0.5, "jp": 0.2, "jam": 0.2, "tahun": 0.2}
    picked = pick_sentences(rows, q, idf)
    assert any("16 sampai 23 JP" in unit for unit in picked)
    assert not any("24 JP atau lebih" in unit or "8 s.d. 15" in unit for unit in picked)


def test_tahun_ini_says_when_not_what_is_counted():
    """ "ada brp mentor MENTARI thn ini?": a count of mentors in this year, not of years."""
    q = analyse("ada brp mentor MENTARI thn ini?", today=TODAY)
    assert q.kind == "number" and q.units == ("mentor",)
    assert has_fact("Menetapkan 12 (dua belas) Pegawai sebagai mentor program MENTARI.", q)
    assert "jp" in analyse("berapa target jp tahun ini", today=TODAY).units


def test_a_column_headed_with_its_unit_labels_the_cells_number():
    """A recap's "Laporan Tepat Waktu (%)" column: the row "...(%): 95,1" answers "brp
    persen"; "Pagu (juta Rp): 286,0" answers "brp juta"."""
    q = analyse("ketepatan laporan instalasi farmasi brp persen?", today=TODAY)
    assert has_fact("Laporan Pasca Pelatihan Tepat Waktu (%): 95,1", q)
    assert not has_fact("Jumlah Pegawai: 58", q)
    money = analyse("pagu diklat instalasi rawat inap brp juta?", today=TODAY)
    assert has_fact("Pagu Diklat Unit 2026 (juta Rp): 286,0", money)


def test_a_bold_label_labels_its_number():
    """A guide's "- **Kapasitas:** 60 kursi luring" answers "berapa kapasitas ..."."""
    q = analyse("Berapa kapasitas KOPI PAGI untuk peserta luring dan daring?", today=TODAY)
    assert has_fact("- **Kapasitas:** 60 kursi luring dan 250 peserta daring.", q)
    assert not has_fact("- **Tempat luring:** Ruang Teratai, lantai 2.", q)


def test_a_line_ending_in_a_word_no_sentence_ends_with_goes_on():
    """Plain-text guides wrap lines by width: "disetujui Kepala Bidang ... dan\\nPengelolaan
    Pengetahuan" is one sentence (and is shown as one), an item or a table row is not."""
    text = (
        "Usulan tema perlu disetujui Kepala Bidang Pendidikan Lanjutan dan\n"
        "Pengelolaan Pengetahuan. Pemandu acara adalah Duta Belajar.\n"
        "Syaratnya:\n- mengisi formulir dan\n- mendapat persetujuan atasan."
    )
    units = split_units(text)
    assert any("Lanjutan dan Pengelolaan Pengetahuan." in u for u in units)
    assert "- mendapat persetujuan atasan." in units


def test_a_section_headed_with_the_asked_term_says_what_it_is():
    """ "RPI itu apa": a guide's section "Rencana Pengembangan Individu (RPI)" explains it
    without a defining verb; a section headed with something else does not."""
    q = analyse("rencana pengembangan individu itu apa?", today=TODAY)
    assert q.kind == "definition"
    text = "Setiap pegawai menyusun rencana bersama atasan langsung pada bulan Januari."
    idf = {"rencana": 2.0, "kembang": 1.0, "individu": 3.0, "susun": 2.0, "atas": 1.0}
    titled = "Pedoman Pengembangan Kompetensi\nBAB III > Rencana Pengembangan Individu"
    assert fact_near_terms(text, q, idf, 5.0, titled)
    assert not fact_near_terms(text, q, idf, 5.0, "Pedoman\nBAB III > Jadwal Pelatihan")


def test_how_the_asker_feels_is_no_topic_word():
    """ "BerAKHLAK itu singkatan dr apa aja ya lupa": what is asked is BerAKHLAK; "lupa" (like
    "bingung", "penasaran") says how the asker feels, and would outweigh it."""
    q = analyse("BerAKHLAK itu singkatan dr apa aja ya lupa", today=TODAY)
    assert [sorted(g) for g in q.groups] == [["akhlak"]]
    assert not analyse("sy bingung dan penasaran, 1 jp brp menit?", today=TODAY).groups[0] & {
        "bingung",
        "penasaran",
    }


def test_a_number_told_in_another_piece_is_no_word_the_fact_must_repeat():
    """ "laporan penerapan dulu kan 60 hari, skrg jd brp hari?": the rule states its own
    number of days; the 60 the asker remembers is not one its sentence must name too."""
    q = analyse("laporan penerapan hasil diklat dulu kan 60 hari, skrg jd brp hari?", today=TODAY)
    ask = next(a for a in q.asked if a.kind == "number")
    idf = {"lapor": 1.5, "terap": 2.0, "hasil": 1.0, "latih": 0.5, "dulu": 1.0, "dahulu": 1.0}
    idf["60"] = 6.0  # a rare number: as a topic word it would outweigh the rest
    rule = (
        "Peserta wajib menyampaikan laporan penerapan hasil pelatihan paling lambat 30 hari "
        "kalender setelah pelatihan berakhir."
    )
    assert fact_near_terms(rule, ask, idf, 5.0, "Pedoman\\nBatas waktu laporan penerapan")
    given = analyse("20 jp tuh klo dikonversi ke menit jd brp", today=TODAY)  # its own number
    assert not fact_near_terms("Satu sesi dihitung 45 menit.", given, {"20": 4.0, "jp": 1.0}, 5.0)


def test_a_yes_no_ask_asks_whether_not_what_or_how():
    assert analyse("tukin sy dipotong ga sih kalo jp nya blm 20?", today=TODAY).asks_yes_no
    assert analyse("boleh ga ikut pelatihan di luar jam kerja", today=TODAY).asks_yes_no
    for question in (
        "gimana menghadapi rekan kerja yg suka menunda pekerjaan tim?",
        "bedanya coaching sama mentoring apa",
        "latsar itu apa",
    ):
        assert not analyse(question, today=TODAY).asks_yes_no, question


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("siapa nama kepala pusbangkom skrg?", "name"),
        ("Kepala LAN skrg siapa sih namanya?", "name"),
        ("narasumbernya siapa ya namanya", "name"),
        ("nama coach saya siapa?", "name"),
        ("siapa yang menyusun rencana pengembangan?", "who"),  # a role answers
    ],
)
def test_a_name_asked_is_a_persons_name_not_a_role(question, kind):
    assert analyse(question, today=TODAY).kind == kind


def test_the_fact_of_another_level_in_a_passage_naming_the_asked_one_is_not_its_answer():
    """A Pasal on PPKS Tingkat I-III whose only date is the Tingkat I deadline does not say
    when Tingkat III is held; under a heading naming Tingkat III the sentence would count."""
    q = analyse("Kapan jadwal PPKS Tingkat III Angkatan I tahun 2026?", today=TODAY)
    text = (
        "(3) PPKS Tingkat III diikuti oleh kepala sekolah dengan masa jabatan lebih dari 4 "
        "(empat) tahun, berbobot 24 JP.\n(4) Kepala sekolah yang baru dilantik wajib mengikuti "
        "PPKS Tingkat I paling lambat 12 (dua belas) bulan sejak tanggal pelantikan."
    )
    idf = {"ppks": 4.0, "tingkat": 2.0, "jadwal": 2.0, "angkat": 2.0}
    assert not fact_near_terms(text, q, idf, 4.0)
    assert fact_near_terms(text, q, idf, 4.0, "Pasal 30 PPKS Tingkat III")
    dated = text + "\n(5) PPKS Tingkat III dilaksanakan setiap bulan Juli."
    assert fact_near_terms(dated, q, idf, 4.0)


def test_a_thing_no_document_names_is_the_head_not_the_next_word_they_write():
    """ "cuti tahunan auditor brp hari": the documents write "tahun" and "auditor" but no
    "cuti", so no passage states the number of days of leave; a shortened word the documents
    write in full ("lab": "laboratorium"), chat, and a greeting in a sentence of its own are
    no such head."""
    idf = {"tahun": 1.0, "auditor": 2.0, "laboratorium": 3.0, "komputer": 2.0, "unit": 1.0}
    leave = analyse("cuti tahunan auditor brp hari?", today=TODAY)
    assert leave.head(idf) == {"cuti"}
    fare = analyse("ongkos tiap hari dibayarin siapa?", today=TODAY)
    assert fare.head(_WRITTEN) == {"ongkos"}
    lab = analyse("lab komputer punya berapa unit komputer?", today=TODAY)
    assert lab.head(idf) != {"lab"}
    greeting = "Selamat siang. Apa saja tahapan seleksi auditor?"
    prepared = normalise(greeting)
    assert analyse(prepared, today=TODAY, written=greeting).head(idf) is None
    said = "Di kantor lg rame soal talent pool. yg masuk talent pool itu yg di kotak brp?"
    pool = analyse(normalise(said), today=TODAY, written=said)
    assert pool.head({"talent": 2.0, "pool": 2.0, "masuk": 1.0, "kotak": 1.0}) != {"kantor"}


def test_a_table_rows_level_is_its_level_column_not_a_level_it_requires():
    """The Tingkat III row requires "Lulus Tingkat II": it is about Tingkat III; a column
    headed with its own level ("PKPM Tingkat I: 13") holds a count, not the row's level."""
    q = analyse("Pelatihan Audit Berbasis Risiko Tingkat II bobotnya berapa JP?", today=TODAY)
    row = (
        "nama pelatihan: Pelatihan Audit Berbasis Risiko\ntingkat atau angkatan: Tingkat III\n"
        "durasi: 48 JP / 6 hari\npersyaratan: Lulus Tingkat II"
    )
    assert contradicts(row, q, table_row=True)
    own = row.replace("Tingkat III", "Tingkat II").replace("Lulus Tingkat II", "Lulus Tingkat I")
    assert not contradicts(own, q, table_row=True)
    quota = analyse("kuota PKPM tingkat I utk UPS Batu Lintang brp?", today=TODAY)
    unit = "unit: UPS Batu Lintang\nPKPM Tingkat I: 4\nPKPM Tingkat II: 2"
    assert not contradicts(unit, quota, table_row=True)


def test_an_opening_piece_without_a_topic_joins_the_ask_after_it():
    """ "min, cuti tahunan auditor brp hari?": "min" addresses the admin; as an ask of its
    own it took the whole message's words and any passage on them answered it."""
    assert pieces("min , cuti tahunan auditor berapa hari ?") == [
        ("min cuti tahunan auditor berapa hari", True)
    ]
    q = analyse("min, cuti tahunan auditor brp hari?", today=TODAY)
    assert len(q.asked) == 1 and q.asked[0].kind == "number"
    assert pieces("berapa ?") == [("berapa", True)]


def test_a_telling_piece_followed_by_a_question_word_asks():
    """ "sy dpt kotak 5, artinya gmn?": the topic stands in the telling piece ("sy dpt kotak
    5"), the question word in the topicless piece after the comma; together they ask, not
    tell the situation of the ask before them."""
    assert pieces("saya dapat kotak 5 , artinya bagaimana ?") == [
        ("saya dapat kotak 5 artinya bagaimana", True)
    ]
    q = analyse("kotak brp aja yg masuk talent pool? sy dpt kotak 5, artinya gmn?", today=TODAY)
    assert len(q.asked) == 2
    assert pieces("saya sudah daftar pelatihan pbj , ya") == [
        ("saya sudah daftar pelatihan pbj ya", False)
    ]
    greeting = pieces("saya perawat di rsud , mau bertanya ya ? target jp setahun berapa ?")
    assert [asks for _, asks in greeting] == [False, True]  # a "?" alone does not ask


def test_a_landline_with_its_area_code_in_brackets_is_a_contact():
    """ "Telepon: (0986) 221-4470": the area code in brackets, as letterheads and helpdesk
    pages write it; a mobile number is a phone too, a year is not. An e-mail address is a
    contact, but no telephone number ("nomor kontak" asks either)."""
    q = analyse("nomor telepon helpdesk berapa?", today=TODAY)
    assert q.kind == "contact"
    assert has_fact("Telepon: (0986) 221-4470 (pesawat 214)", q)
    assert has_fact("WhatsApp 0812-4400-7315", q) and not has_fact("surel: a@b.go.id", q)
    assert not has_fact("Kuota tahun 2026 sebanyak 45 orang.", q)
    either = analyse("nomor kontak helpdesk berapa?", today=TODAY)
    assert has_fact("surel: a@b.go.id", either) and has_fact("WhatsApp 0812-4400-7315", either)
    mail = analyse("email helpdesk apa?", today=TODAY)
    assert has_fact("surel: a@b.go.id", mail) and not has_fact("WhatsApp 0812-4400-7315", mail)


def test_a_count_in_a_column_headed_with_what_is_asked_answers_it():
    """ "kuota ppi dasar ruang mawar brp org?" in the row "kuota: 5": the column says what the
    number counts, whatever unit the asker put on it; a column of something else does not."""
    q = analyse("kuota ppi dasar ruang mawar brp org?", today=TODAY)
    row = (
        "kode pelatihan: BK-06\nnama pelatihan: Pencegahan dan Pengendalian Infeksi (PPI) Dasar"
        "\njp: 16\nruangan unit: Ruang Mawar\nkuota: 5\nangkatan: Angkatan I"
    )
    idf = {"kuota": 2.0, "ppi": 2.5, "dasar": 1.0, "ruang": 1.0, "mawar": 3.0, "orang": 1.0}
    assert fact_near_terms(row, q, idf, 4.0, "Kuota pelatihan ruangan 2026")
    other = row.replace("kuota: 5", "catatan: 5 hari sebelum")
    assert not fact_near_terms(other, q, idf, 4.0, "Kuota pelatihan ruangan 2026")
    batches = row.replace("kuota: 5", "kuota: 2 angkatan")  # a count of something else
    assert not fact_near_terms(batches, q, idf, 4.0, "Kuota pelatihan ruangan 2026")


def test_the_levels_of_one_enumeration_stay_one_ask():
    """ "PKKT tingkat I, II, III masing2 brp JP": the commas list levels, they do not start
    new asks ("ii" and "iii itu ... brp jp" asked of nothing)."""
    assert pieces("pkkt tingkat i , ii , iii itu masing-masing berapa jp ?") == [
        ("pkkt tingkat i , ii , iii itu masing-masing berapa jp", True)
    ]
    assert pieces("angkatan 1 , 2 dan 3 kapan saja ?") == [
        ("angkatan 1 , 2 dan 3 kapan saja", True)
    ]
    assert len(pieces("kuota latsar angkatan 2 , 30 orang ya ?")) == 2  # 30 is no next level
    told = pieces("saya sudah lulus pkpm tingkat iii , iv kapan dibuka ?")  # III is the asker's
    assert told == [("saya sudah lulus pkpm tingkat iii", False), ("iv kapan dibuka", True)]


def test_a_rate_and_a_purpose_word_are_not_what_is_asked_of():
    """ "dpt brp per semester": "per" names a rate, no counted thing; "biar dapet sertifikat
    ... brp persen": "biar" opens the purpose, the certificate is asked of."""
    rate = analyse("kalo ambil S1 keperawatan + ners dpt brp per semester", today=TODAY)
    assert "per" not in rate.units
    purpose = analyse(
        "biar dapet sertifikat pelatihan internal minimal hadir brp persen", today=TODAY
    )
    assert purpose.head({"sertifikat": 2.0, "latih": 1.0, "hadir": 1.5}) == {"sertifikat"}


def test_a_year_of_an_acronym_s_programme_is_another_year():
    """ "kuota pka ... thn 2025": a table "Pelatihan manajerial dan kepemimpinan tahun 2027"
    names PKA by its expansion (kepemimpinan), so its year is the year of what was asked."""
    q = analyse("kuota pka kabupaten contoh tahun 2025 kemarin berapa orang?", today=TODAY)
    table = (
        "Pelatihan manajerial dan kepemimpinan tahun 2027 di Kabupaten Contoh:\n"
        "Nama pelatihan: Pelatihan Kepemimpinan Administrator (PKA) Angkatan I; Kuota: 40"
    )
    assert contradicts(table, q)
    same = analyse("kuota pka kabupaten contoh tahun 2027 berapa orang?", today=TODAY)
    assert not contradicts(table, same)
    latsar = analyse("kuota latsar tahun 2025 berapa orang?", today=TODAY)  # "pelatihan dasar"
    plan = "Rencana pelatihan tahun 2026 disusun. Realisasi Latsar 2025: kuota 120 orang"
    assert not contradicts(plan, latsar)  # "pelatihan" dates any training, not Latsar


def test_a_functional_position_level_is_a_level():
    """ "target jp perawat ahli utama": a table of Ahli Pertama, Muda and Madya is about those
    levels; "Ahli Madya" is answered from it."""
    levels = {"pertama", "muda", "madya"}
    assert ordinals("Perawat Ahli Pertama, Ahli Muda dan Ahli Madya") == {"ahli": levels}
    assert ordinals("Ahli Pertama, Muda, dan Madya") == {"ahli": levels}
    assert ordinals("Ahli Pertama s.d. Ahli Utama") == {"ahli": {*levels, "utama"}}
    assert ordinals("tenaga ahli gizi") == {} and ordinals("Tenaga ahli: 2 orang") == {}
    table = "Perawat Ahli Pertama: 30 JP\nPerawat Ahli Muda: 36 JP\nPerawat Ahli Madya: 40 JP"
    assert contradicts(table, analyse("target jp perawat ahli utama brp ya", today=TODAY))
    assert not contradicts(table, analyse("target jp perawat ahli madya brp ya", today=TODAY))


def test_the_people_of_a_batch_or_year_are_named_where_it_is():
    """ "Siapa saja mentor BIMA Angkatan II": a rule on who may mentor names no batch, so it
    does not say who did; the decree for Angkatan II (its title) does. A year alone is named
    by a 2025 list; with a batch asked, the rule's year names no batch's people."""
    q = analyse("siapa saja mentor program bima angkatan ii ?", today=TODAY)
    rule = "(1) Mentor BIMA paling rendah Auditor Muda dengan masa kerja 5 tahun."
    assert unnamed_batch(rule, q, headings=("Pasal 20", "Peraturan Inspektur Tahun 2026"))
    decree = "1. Drs. Yosef Wamea, Auditor Madya"
    assert not unnamed_batch(decree, q, headings=("Keputusan Mentor BIMA Angkatan II",))
    dated = analyse("siapa aja pemenang anugerah pembelajar 2025 ?", today=TODAY)
    assert unnamed_batch("(1) Anugerah diberikan setiap tahun kepada tiga pegawai.", dated)
    assert not unnamed_batch("Pemenang Anugerah Pembelajar 2025: Sdr. Rina", dated)
    both = analyse("siapa saja preseptor prima angkatan ii tahun 2026 ?", today=TODAY)
    assert unnamed_batch("Preseptor PRIMA ditetapkan Direktur.", both, headings=("Perdir 2026",))
    assert not unnamed_batch(rule, analyse("syarat mentor bima apa saja ?", today=TODAY))


def test_words_only_the_askers_situation_holds_are_told_not_asked():
    """ "sy cpns formasi 2026 di pemprov, latsar angkatan 1 2027 kapan daftarnya?": the
    situation's words are told; those of the ask are not, even where the story repeats them."""
    q = analyse(
        "sy cpns formasi 2026 di pemprov, latsar angkatan 1 taun 2027 kapan ya daftar terakhirnya?",
        today=TODAY,
    )
    told = {t for g in q.told for t in g}
    assert {"formasi", "2026", "pemprov"} <= told
    assert not told & {"latsar", "2027", "daftar"}
    assert q.year == 2027  # the asker's year of appointment is no filter of the catalog


def test_an_ask_without_a_topic_of_its_own_keeps_the_situation_asked():
    """ "sy penyuluh di BPP Rawa Bening. no WA nya brp?": the ask names nothing but the fact,
    so the situation names what is asked: nothing is told only."""
    q = analyse("sy penyuluh di BPP Rawa Bening. no WA nya brp?", today=TODAY)
    assert q.told == []
    single = analyse("kalo ga lulus latsar gmn ya?", today=TODAY)
    assert single.told == []


def test_a_piece_saying_what_is_sought_keeps_its_month():
    """ "sy mau ikut pelatihan bulan maret, ada yg daring ga?": the month is what is sought;
    "sy peserta PKP, seminar akhir sy bulan maret, bahan presentasinya apa aja?" tells it."""
    sought = analyse("sy mau ikut pelatihan bulan maret, ada yg daring ga?", today=TODAY)
    assert sought.months == [3]
    story = analyse(
        "sy peserta PKP, seminar akhir sy bulan maret, bahan presentasinya apa aja?", today=TODAY
    )
    assert story.months == []


def test_a_bare_amount_in_a_tariff_row_is_money_under_a_money_title():
    q = analyse("biaya sewa aula utk instansi lain brp per hari?", today=TODAY)
    row = "fasilitas: Aula Serbaguna\nsatuan: per hari\nasn instansi lain: 750.000\njumlah ruang: 2"
    idf = {"biaya": 1.0, "sewa": 2.0, "aula": 3.0, "instansi": 1.0, "hari": 0.5}
    assert q.kind == "money"
    assert fact_near_terms(row, q, idf, 4.0, "Tarif fasilitas 2026\nAula Serbaguna")
    assert not fact_near_terms(row, q, idf, 4.0, "Data fasilitas 2026\nAula Serbaguna")
    labelled = row.replace("asn instansi lain", "tarif instansi lain")
    assert fact_near_terms(labelled, q, idf, 4.0, "Data fasilitas 2026\nAula Serbaguna")


def test_a_numbered_unit_of_an_organisation_is_read_as_a_level():
    """ "Alamat UPT Wilayah VII": a list of UPT Wilayah I to VI names only others, whichever
    way the number is written; "upt wilayah 6" is the sixth."""
    listing = (
        "UPT Pendapatan dan Alamat: UPT Pendapatan Wilayah I Seberang Kota, Jalan Pattimura 5\n"
        "UPT Pendapatan dan Alamat: UPT Pendapatan Wilayah VI Padang Lamun, Jalan Lamun 2"
    )
    assert contradicts(listing, analyse("Alamat UPT Pendapatan Wilayah VII di mana?", today=TODAY))
    assert not contradicts(listing, analyse("alamat upt wilayah 6 dmn", today=TODAY))


def test_a_numbered_part_is_no_unit_of_a_count_or_a_length():
    """ "Perkuliahan semester II", "UPT Wilayah VI" name a part; they state no length of study
    and no number of regions."""
    length = analyse("tugas belajar berapa lama?", today=TODAY)
    assert not has_fact("Perkuliahan semester II dimulai September 2026.", length)
    regions = analyse("UPT Bapenda ada brp wilayah?", today=TODAY)
    assert not has_fact("UPT Pendapatan Wilayah VI berlokasi di Jalan Lamun 2.", regions)
    assert "10" not in tokenize("coaching 3 sesi x 90 menit")


def test_a_piece_asking_about_a_thing_keeps_it_asked():
    """ "saya mau tanya jadwal PKA, kapan dibukanya?": PKA is what is asked about, not the
    asker's situation."""
    q = analyse("saya mau tanya jadwal PKA, kapan dibukanya?", today=TODAY)
    assert not any("pka" in g for g in q.told)


def test_a_count_in_a_cost_table_is_no_money():
    q = analyse("biaya diklat PIM 3 brp?", today=TODAY)
    row = "kegiatan: Diklat PIM III\njumlah peserta: 1.200\nsatuan biaya: 4.500.000"
    idf = {"biaya": 1.0, "diklat": 2.0, "pim": 3.0}
    heading = "Rekap biaya dan peserta pelatihan 2025\nDiklat PIM III"
    assert fact_near_terms(row, q, idf, 4.0, heading)
    counted = row.replace("\nsatuan biaya: 4.500.000", "")
    assert not fact_near_terms(counted, q, idf, 4.0, heading)


def test_a_count_of_a_year_is_another_years_only_under_a_heading_dated_so():
    """ "kuota latsar tahun 2026": minutes titled April 2025 give that year's count; a rule
    whose text says since when a standing figure holds still states it; a rule's own number
    and year ("Nomor 1 Tahun 2024") name no year asked."""
    q = analyse("berapa orang kuota latsar tahun 2026?", today=TODAY)
    minutes = "Baru 9 pendaftar untuk kuota latsar 14 orang."
    assert contradicts(minutes, q, headings=("Notulen Rapat 22 April 2025",))
    standing = "Kuota Latsar ditetapkan 120 orang per tahun sejak Januari 2024."
    assert not contradicts(standing, q, headings=("Pedoman Latsar",))
    when = analyse("kapan latsar angkatan I tahun 2024 dibuka?", today=TODAY)
    ruled = "Sesuai Peraturan LAN Nomor 1 Tahun 2024, Latsar Angkatan I dibuka pada Maret 2025."
    assert contradicts(ruled, when)


def test_two_asks_typed_without_a_break_are_two_asks():
    """ "tgl brp jam brp (ya kak)": the date and the time, each with its noun before its
    question word; the unit after a question word stays with its ask ("latsar brp hari jpnya
    brp", "kuota angkatan 2 brp org biayanya brp")."""
    q = analyse("pelatihan arsip angk 2 tgl brp jam brp", today=TODAY)
    assert [a.kind for a in q.asked] == ["day", "number"]
    assert len(pieces("pendaftaran tutup tgl brp jam brp ya kak")) == 2
    for one in ("latsar brp hari jpnya brp", "kuota angkatan 2 brp org biayanya brp"):
        assert pieces(one) == [(one, True)]


def test_a_cell_the_question_names_is_an_office_not_a_batch_year_or_shorter_label():
    """ "kuota ... angkatan II brp org": "angkatan: 2" is the row's batch, no count; of "Lulus"
    and "Tidak Lulus", the question naming "tidak lulus" names the longer label; a cell
    spaced "Gerai Samsat : 15" is one still."""
    row = "kode: DK-04\nangkatan: 2\nUPT Timur: 9\nLulus: 18\nTidak Lulus: 2\nGerai Samsat : 15"
    assert named_cells(row, analyse("kuota DK-04 angkatan II brp org", today=TODAY)) == []
    assert named_cells(row, analyse("DK-04 yg tidak lulus brp org", today=TODAY)) == ["2"]
    assert named_cells(row, analyse("kuota DK-04 gerai samsat brp org", today=TODAY)) == ["15"]
    assert pick_sentences(row, analyse("kuota DK-04 gerai samsat brp", today=TODAY), {})[-1] == (
        "Gerai Samsat : 15"
    )


def test_a_column_is_named_without_its_bracketed_code_or_by_the_code_alone():
    """ "jatah Bidang X untuk Desain Grafis Promosi": the quota table's column "Desain Grafis
    Promosi (SMB-30-10)" is named without its code; "kuota pemasaran utk TKB" names the
    column "Teknik Komunikasi Budaya (TKB)" by its acronym; a name part only is no column."""
    row = (
        "Unit kerja: Bidang Ekonomi Kreatif\nDesain Grafis Promosi (SMB-30-10): 7\n"
        "Teknik Komunikasi Budaya (TKB): 3\nJumlah: 19"
    )
    asked = analyse("Berapa jatah Bidang Ekonomi Kreatif untuk Desain Grafis Promosi?", today=TODAY)
    assert named_cells(row, asked) == ["7"]
    assert named_cells(row, analyse("kuota ekonomi kreatif utk TKB brp org?", today=TODAY)) == ["3"]
    assert named_cells(row, analyse("kuota ekonomi kreatif utk desain brp org?", today=TODAY)) == []
    # a bracketed qualifier tells columns apart: it is no code to leave out
    levels = "Unit kerja: Bidang X\nBahasa Inggris (Tingkat I): 4\nRealisasi peserta (2030): 7"
    assert (
        named_cells(levels, analyse("kuota bidang X bahasa inggris tingkat II brp", today=TODAY))
        == []
    )
    assert (
        named_cells(levels, analyse("realisasi peserta bidang X 2031 brp org", today=TODAY)) == []
    )


def test_a_broadcasts_org_is_a_count_of_people():
    """ "👥 Kuota 30 org": a chat broadcast writes the unit as the asker does."""
    q = analyse("kuota pelatihan arsip angkatan 2 brp org", today=TODAY)
    assert has_fact("👥 Kuota 30 org, prioritas pengelola arsip baru", q)
    assert not has_fact("🗓️ Selasa, 14 Juli 2026", q)


def test_examples_asked_are_of_the_thing_named_after_contoh():
    """ "contoh proyek belajar apa saja": examples of projects, which a guide gives with
    "misalnya" (a stopword), so the list is of "proyek", not of "contoh"."""
    q = analyse("contoh proyek belajar apa saja yang dikerjakan mentee", today=TODAY)
    idf = {"contoh": 2.0, "proyek": 2.5, "ajar": 1.0, "mentee": 3.0, "kerja": 1.0}
    assert q.head(idf) == {"proyek"}


def test_a_total_allocation_asked_is_money_read_from_the_tables_total_row():
    """ "berapa total alokasi anggaran diklat 2027": an allocation of money (the word after
    the counted noun names it), read from the table's "Jumlah seluruhnya" row, not from the
    row whose activity shares a word with the question."""
    q = analyse("berapa total alokasi anggaran pengembangan pegawai 2027?", today=TODAY)
    assert q.kind == "money"
    assert analyse("berapa alokasi kuota pelatihan 2027", today=TODAY).kind == "number"
    text = (
        "Alokasi anggaran pengembangan pegawai tahun 2027 tercantum dalam tabel berikut.\n"
        "Kegiatan: Pelatihan teknis; Sumber dana: APBD; Jumlah: Rp120.000.000\n"
        "Kegiatan: Pengembangan aplikasi pembelajaran; Sumber dana: APBD; Jumlah: Rp80.000.000\n"
        "Kegiatan: Jumlah seluruhnya; Sumber dana: APBD; Jumlah: Rp200.000.000"
    )
    assert any("Rp200.000.000" in s for s in pick_sentences(text, q, {}))
    one = analyse("berapa total anggaran pengembangan aplikasi pembelajaran?", today=TODAY)
    assert not any("Rp200.000.000" in s for s in pick_sentences(text, one, {}))
    mentors = (  # a column label every row has names no row's item
        "Daftar pendamping angkatan II.\n"
        "No: 1; Pendamping: Rina; Jumlah peserta: 4; Honor: Rp300.000\n"
        "No: 2; Pendamping: Yusuf; Jumlah peserta: 2; Honor: Rp300.000\n"
        "No: 3; Pendamping: Sari; Jumlah peserta: 2; Honor: Rp300.000\n"
        "No: 4; Pendamping: Made; Jumlah peserta: 3; Honor: Rp300.000\n"
        "Pendamping: Jumlah; Jumlah peserta: 11; Honor: Rp1.200.000"
    )
    asked = analyse("berapa peserta total di angkatan II?", today=TODAY)
    assert any("Jumlah peserta: 11" in s for s in pick_sentences(mentors, asked, {}))


def test_a_column_unit_with_its_rate_reads_as_money_per_that_rate():
    """ "Bantuan Biaya (Rp per orang)" and "2.750.000": Rp2.750.000 per orang, an amount of
    money a "berapa bantuan biaya" question asks for."""
    text = (
        "| Kenaikan Jenjang | Bantuan Biaya (Rp per orang) |\n|---|---|\n"
        "| Ahli Pertama ke Ahli Muda | 2.750.000 |\n| Ahli Muda ke Ahli Madya | 3.500.000 |"
    )
    assert "Bantuan Biaya: Rp2.750.000 per orang" in split_units(text)[0]
    q = analyse("berapa bantuan biaya uji kompetensi ahli pertama ke ahli muda", today=TODAY)
    assert q.kind == "money" and has_fact(split_units(text)[0], q)


def test_an_amount_of_a_year_asked_is_not_read_from_a_table_captioned_with_another():
    """ "anggaran festival panen tahun 2025 brp": the rows under "Tabel 5. Pagu Anggaran ...
    Tahun 2026" give 2026's budget; asked for 2026, they answer."""
    text = (
        "(2) Pagu anggaran tercantum dalam tabel berikut.\n"
        "Tabel 5. Pagu Anggaran Pengembangan Kompetensi Tahun 2026\n"
        "| Kegiatan | Pagu (Rp) |\n|---|---|\n| Festival Panen | 85.000.000 |"
    )
    headings = ("BAB XIII PEMBIAYAAN > Pasal 31", "Perkadis Nomor 6 Tahun 2026")
    asked = analyse("berapa anggaran festival panen tahun 2025?", today=TODAY)
    assert contradicts(text, asked, headings=headings)
    this_year = analyse("berapa anggaran festival panen tahun 2026?", today=TODAY)
    assert not contradicts(text, this_year, headings=headings)


def test_a_rule_cited_in_a_caption_dates_no_amount():
    """ "Tabel 2. Honorarium Fasilitator (PMK 39 Tahun 2024)": the cited rule's year is its
    number's, so the table's amounts are a standing rate, not 2024's."""
    text = (
        "Tabel 2. Honorarium Fasilitator (PMK 39 Tahun 2024)\n"
        "| Kegiatan | Honor (Rp per JP) |\n|---|---|\n| Pelatihan teknis | 300.000 |"
    )
    asked = analyse("honor fasilitator pelatihan teknis tahun 2026 brp?", today=TODAY)
    assert not contradicts(text, asked, headings=("Pasal 30",))
    dated = text.replace("(PMK 39 Tahun 2024)", "Tahun 2024")
    assert contradicts(dated, asked, headings=("Pasal 30",))
    for rule in ("Perka LAN 10 Tahun 2018", "UU ASN 20 Tahun 2023", "PermenPAN-RB 1 Tahun 2023"):
        cited = text.replace("PMK 39 Tahun 2024", rule)
        assert not contradicts(cited, asked, headings=("Pasal 30",))
    batch = text.replace("(PMK 39 Tahun 2024)", "Angkatan 2 Tahun 2024")
    assert contradicts(batch, asked, headings=("Pasal 30",))  # a batch's year dates it


def test_a_rate_asked_is_a_period_or_session_not_a_head_or_a_date():
    """ "per semester" and "per jam pelajaran" are what a figure is given per; "setiap ASN",
    "per pegawai" (any quota or fee is per head) and "per hari ini" (when) are not."""
    rates = lambda text: analyse(text, today=TODAY).rates  # noqa: E731
    assert rates("bantuan biaya tubel S2 per semester brp") == [{"semester"}]
    assert rates("honor fasilitator per jam pelajaran brp") == [{"jp", "jam ajar"}]
    assert rates("brp jp minimal per tahun utk setiap asn?") == [{"tahun"}]
    assert rates("biaya pelatihan kearsipan per pegawai brp") == []
    assert rates("kuota latsar angkatan III per hari ini brp") == []


def test_a_fiscal_year_or_a_count_before_a_money_word_asks_no_money():
    """ "kuota tubel tahun anggaran 2027 brp": a count in a fiscal year; "berapa kuota biaya
    tubel": seats of a funded programme; "berapa alokasi anggaran": money."""
    assert analyse("kuota tubel tahun anggaran 2027 berapa?", today=TODAY).kind == "number"
    assert analyse("berapa kuota biaya tubel?", today=TODAY).kind == "number"
    assert analyse("berapa alokasi anggaran diklat 2027?", today=TODAY).kind == "money"
    # the word after the counted noun where "berapa" counts it, not its first mention
    assert analyse("alokasi kuota diklat, berapa alokasi anggarannya?", today=TODAY).kind == "money"


def test_a_catalogue_row_shortening_its_batches_and_months_names_them():
    """ "Angk. I 7-8 Apr; Angk. II 13-14 Des": the batches are angkatan 1 and 2 (so a third
    is another's), the dates are days of a month (so "kapan" and "tanggal berapa" are
    answered), and "Mei" is a month whatever its length."""
    row = "Kode: KPB-07; Jadwal: Angk. I 7-8 Apr; Angk. II 13-14 Des; Kuota: 30"
    assert ordinals(row) == {"angkatan": {1, 2}}
    assert has_fact(row, analyse("jadwal KPB-07 angkatan kedua kapan ya", today=TODAY).asked[0])
    assert has_fact(row, analyse("KPB-07 angk 2 tgl brp?", today=TODAY).asked[0])
    assert has_fact("Apel dipindah ke 29 Mei 2026.", analyse("apel kapan", today=TODAY))
    assert contradicts(row, analyse("KPB-07 angkatan ketiga kapan?", today=TODAY))
    assert not contradicts(row, analyse("KPB-07 angkatan II mulai kapan?", today=TODAY))
    assert ordinals("angkatan ke-2 dilaksanakan 5 Mei") == {"angkatan": {2}}
    assert ordinals("cairan gel 5 ml") == {}  # "gel" without its dot is no gelombang


def test_documents_shortened_words_are_their_full_words():
    """ "Angk. II", "Gel. I", "Kab. Sela": the question's "angkatan 2", "gelombang 1",
    "kabupaten" are the words a document shortened."""
    from knowledge.text.tokens import tokenize

    assert tokenize("Angk. II 4-6 Agu") == tokenize("angkatan 2 4-6 agu")
    assert tokenize("Gel. I") == tokenize("gelombang 1")
    assert tokenize("Kab. Sela Bara") == tokenize("kabupaten sela bara")


def test_the_lexical_index_scores_a_tables_rows_and_codes_whole():
    """A course's row among others of an annex table is scored as its own unit, and "KPB-15"
    is one token beside "kpb" and "15" ("kpb 15" in a question is the same code); a chunk
    whose rows crowd the top counts once, and the search reads deeper for the others."""
    from knowledge.search.bm25 import LexicalIndex, lexical_tokens, units_of

    text = (
        "Aturan\nLampiran\n| Kode | Jadwal |\n|---|---|\n| KPB-14 | 2-3 Mar |\n| KPB-15 | 9 Jul |"
    )
    assert units_of(text)[1:] == [
        "Aturan\nLampiran\n| Kode | Jadwal |\n| KPB-14 | 2-3 Mar |",
        "Aturan\nLampiran\n| Kode | Jadwal |\n| KPB-15 | 9 Jul |",
    ]
    glossary = "Aturan\nPasal 1\nYang dimaksud dengan:\n1. Dinas adalah Dinas Kelautan.\n2. Nelayan adalah pelaku usaha.\n3. SIPA adalah Sistem Informasi Pelatihan Awak."
    assert units_of(glossary)[-1] == (
        "Aturan\nPasal 1\nYang dimaksud dengan:\n3. SIPA adalah Sistem Informasi Pelatihan Awak."
    )
    assert "kpb15" in lexical_tokens("kpb 15 angkatan 2 kapan", query=True)
    assert "kpb15" in lexical_tokens("| KPB-15 | 9 Jul |")
    assert "pasal5" not in lexical_tokens("sebagaimana dimaksud dalam pasal 5 ayat (2)")
    index = LexicalIndex.build(["a", "b"], [text, "Aturan\nBab\nKPB-1 sampai KPB-5 lima belas"], 1)
    found = [cid for cid, _ in index.search("kpb-15 kapan", 5)]
    assert found[0] == "a" and found.count("a") == 1  # a chunk once, by its best unit
    rows = "\n".join(f"| jadwal pelatihan | sesi {n} |" for n in range(30))
    crowded = LexicalIndex.build(
        ["tabel", *(f"p{n}" for n in range(5))],
        [
            f"T\nS\n| a | b |\n|---|---|\n{rows}",
            *(f"T\nS\njadwal pelatihan ke-{n}" for n in range(5)),
        ],
        1,
    )
    assert len(crowded.search("jadwal pelatihan", 6)) == 6


def test_a_size_is_asked_in_its_units_and_a_count_of_staff_by_whose_column():
    """ "ukuran file maksimal" is stated in MB ("paling besar 5 MB"); "pegawai honorer ...
    berapa orang" is the cell "Jumlah Pegawai Honorer: 12": the count's frame ("jumlah
    pegawai") is no word the asker must write; a total names no office."""
    size = analyse("brp ukuran file laporan paling besar?", today=TODAY)
    assert "mb" in size.units and "ukuran" in size.units
    assert has_fact("Unggah laporan dalam PDF paling besar 5 MB.", size)
    row = (
        "Kantor: Cabang Utara\nJumlah Pegawai PNS: 31\nJumlah Pegawai Honorer: 12\n"
        "Jumlah Pegawai Honorer Paruh Waktu: 4"
    )
    asked = analyse("pegawai honorer di kantor cabang utara ada berapa orang", today=TODAY)
    assert named_cells(row, asked) == ["12"]
    part_time = analyse("honorer paruh waktu cabang utara brp org", today=TODAY)
    assert named_cells(row, part_time) == ["4"]
    quota = "kode: KPB-03\nKantor Pusat: 0\nCabang Selatan: 6\ntotal kuota: 24"
    other = analyse("kuota KPB-03 untuk cabang timur berapa orang?", today=TODAY)
    assert named_cells(quota, other) == []


def test_a_total_asked_in_other_words_or_of_a_row_with_empty_cells_is_the_total_row():
    """ "jumlah seluruh belanja ... Dinas Kelautan" asks the table's total (the agency's name,
    in most passages, names no row); "total insentif narasumber" is the "Jumlah" row though its
    empty cells lack the word "insentif" every other row has; "keseluruhan" in a question
    asking no amount asks no total."""
    fees = (
        "Tabel 4. Insentif Narasumber Gelombang I\n\n"
        "| No | Narasumber | Insentif per sesi (Rp) | Jumlah (Rp) |\n|---|---|---|---|\n"
        "| 1 | Rudi Hartono | 400.000 | 1.600.000 |\n| 2 | Maya Sari | 400.000 | 2.000.000 |\n"
        "| 3 | Agus Salim | 400.000 | 1.200.000 |\n|  | Jumlah |  | 4.800.000 |"
    )
    idf = {"insentif": 4.5, "narasumber": 1.1, "gelombang": 1.3, "1": 0.5}
    asked = analyse("total insentif narasumber gelombang I brp", today=TODAY)
    assert any("4.800.000" in s for s in pick_sentences(fees, asked, idf))
    budget = (
        "(2) Belanja pelatihan tahun 2026 tercantum dalam Tabel 6.\n"
        "Tabel 6. Belanja Pelatihan Tahun 2026\n\n| Kegiatan | Jumlah (Rp) |\n|---|---|\n"
        "| Diklat Nelayan | 700.000.000 |\n| Sekolah Kelautan | 250.000.000 |\n"
        "| Jumlah seluruhnya | 950.000.000 |\n\nSumber dana seluruh kegiatan adalah APBD."
    )
    idf = {"laut": 0.8, "dinas": 0.7, "belanja": 2.9, "latih": 1.2}
    whole = analyse("Berapa jumlah seluruh belanja pelatihan Dinas Kelautan?", today=TODAY)
    assert any("950.000.000" in s for s in pick_sentences(budget, whole, idf))
    source = analyse("dari mana sumber dana untuk keseluruhan pelatihan?", today=TODAY)
    assert not any("950.000.000" in s for s in pick_sentences(budget, source, idf))


def test_a_table_passage_contradicts_only_when_every_row_does():
    """Read whole, "KPB-12 ... Angk. I; Angk. II" beside "KPB-13 ... Angk. III" names a third
    batch; row by row, only another course has it. A caption naming the asked batch says every
    row is of it."""
    from knowledge.reading.tables import every_row_another

    table = (
        "| Kode | Jadwal |\n|---|---|\n| KPB-12 | Angk. I 9 Jun; Angk. II 10 Nov |\n"
        "| KPB-13 | Angk. I 2 Feb; Angk. II 3 Jun; Angk. III 8 Sep |"
    )
    assert every_row_another(table, analyse("KPB-12 angkatan III kapan", today=TODAY))
    assert not every_row_another(table, analyse("KPB-13 angkatan III kapan", today=TODAY))
    captioned = "Peserta Angkatan III\n" + table.replace("KPB-13", "KPB-12")
    assert not every_row_another(captioned, analyse("KPB-12 angkatan III kapan", today=TODAY))


def test_a_batchs_date_is_read_where_the_batch_is_named():
    """ "angkatan 3 kapan": a note dated when a budget was drawn up names no batch, so it is
    no batch's date; a year asked need not be named by a schedule of that year."""
    from knowledge.reading.about import unnamed_batch

    batch = analyse("pelatihan nelayan angkatan 3 kapan?", today=TODAY)
    assert unnamed_batch("Disusun 12 Januari 2026 oleh Subbagian Umum.", batch, years=False)
    assert not unnamed_batch("Angkatan III: 8-9 September 2026.", batch, years=False)
    year = analyse("pelatihan nelayan tahun 2026 kapan?", today=TODAY)
    assert not unnamed_batch("Pelatihan nelayan: 8-9 September.", year, years=False)


def test_a_person_s_row_of_a_table_file_is_read_as_one_statement():
    """One field a line: the name's line alone names nothing of the question; the row does."""
    row = "No: 4\nNama: Wulan Sari\nJabatan: Analis Kebencanaan\nUnit kerja: Pos Siaga Hulu"
    q = analyse("siapa nama analis kebencanaan di pos siaga hulu?", today=TODAY)
    assert q.kind == "name"
    idf = {"analis": 3.0, "bencana": 2.0, "pos": 2.0, "siaga": 2.0, "hulu": 3.0}
    assert fact_near_terms(row, q, idf, 4.0, record=True)
    assert not fact_near_terms(row, q, idf, 4.0)


def test_a_row_is_named_by_its_own_values_not_by_the_labels_every_row_has():
    from knowledge.reading.tables import names_a_row, row_labels

    row = "No: 4\nUnit kerja: Loket Kantor Dinas\nASN capai target: 9\nPersen capai target: 62,5"
    idf = {"loket": 3.0, "kantor": 2.0, "dinas": 0.2, "capai": 2.5, "target": 2.0}
    today = date(2027, 3, 1)
    assert names_a_row(row, analyse("persen capai target loket brp", today=today), idf)
    assert not names_a_row(row, analyse("persen capai target dinas brp", today=today), idf)
    assert not names_a_row(row, analyse("berapa persen asn capai target", today=today), idf)
    assert row_labels(row) == {"unit kerja", "asn capai target", "persen capai target"}


def test_an_acronym_never_defined_is_read_from_the_phrase_after_the_same_kind_word():
    from knowledge.reading.acronyms import implied_acronyms

    texts = [
        "Rapat dihadiri Kepala Bidang PDAK dan Kepala Seksi Arsip.",
        "Hak akses dicabut oleh Bidang Pengolahan Data Administrasi Kependudukan.",
        "Rencana Anggaran Biaya (RAB) dan Rekap Anggaran Bidang disusun; RAB BALAI dibagikan.",
        "Kode pelatihan DKP-213; Dinas Kependudukan dan Pencatatan Sipil Kota.",
    ]
    found = implied_acronyms(texts, known={"rab"})
    assert found == {"pdak": "pengolahan data administrasi kependudukan"}


def test_an_items_own_sentence_wrapped_under_it_goes_on_and_its_fields_stay_apart():
    lines = [
        "4. Laporan disampaikan paling lambat 10 hari kerja, yaitu Kamis, 12 November",
        "   2026.",
        "5. Ujian praktik",
        "   Tempat : Laboratorium Komputer",
        "   Peserta membawa kartu ujian.",
        "6. Narahubung panitia",
        "   Drs. Budi Santoso",
    ]
    assert unwrapped(lines) == [
        "4. Laporan disampaikan paling lambat 10 hari kerja, yaitu Kamis, 12 November 2026.",
        "5. Ujian praktik\nTempat : Laboratorium Komputer\nPeserta membawa kartu ujian.",
        "6. Narahubung panitia\nDrs. Budi Santoso",
    ]


def test_a_text_moves_a_day_when_it_says_from_that_day_to_another():
    from knowledge.reading.facts import moves

    old = "Forum akhir pada Kamis, 28 Mei 2026 di aula."
    assert moves("Forum akhir dipindahkan dari Kamis, 28 Mei 2026 menjadi 25 Mei 2026.", old)
    assert moves("Batas diperpanjang dari 28 Mei 2026\nmenjadi 4 Juni 2026.", old)
    assert not moves("Forum akhir tetap 28 Mei 2026; kuota dari 30 menjadi 45 orang.", old)
    assert not moves("Rapat dipindahkan dari 2 Juni 2026 menjadi 9 Juni 2026.", old)


def test_an_amount_is_stated_per_the_period_asked_and_of_the_code_asked():
    """ "biaya per angkatan DKP-213": a note giving DKP-213's licence fee names no batch, and
    one giving DKP-206's amount per batch is another course's; the row with both answers."""
    today = date(2027, 3, 1)
    q = analyse("biaya per angkatan DKP-213 brp", today=today)
    notes = (
        "1. Biaya DKP-213 terutama untuk sewa lisensi server sebesar Rp12.400.000.\n"
        "2. Biaya DKP-206 per angkatan sudah termasuk blangko latih sebesar Rp2.350.000."
    )
    row = "Kode: DKP-213; Kegiatan: Basis Data; Biaya per angkatan: Rp36.500.000; Jumlah: Rp36.500.000"
    assert not fact_near_terms(notes, q, {}, 5.0)
    assert fact_near_terms(row, q, {}, 5.0)


def test_a_glossary_item_is_read_with_its_section_name():
    """ "status JP 'ditolak' artinya apa": "- Ditolak: ..." under "Status klaim JP" says it; the
    same item under another section's name does not."""
    q = analyse("status jp ditolak artinya apa", today=date(2027, 3, 1))
    text = "- Diakui: JP masuk capaian.\n- Ditolak: bukti tidak sah; klaim diajukan ulang."
    idf = {"status": 2.0, "jp": 1.0, "tolak": 3.0}
    heading = "Pedoman Klaim JP\nStatus klaim JP di aplikasi"
    assert fact_near_terms(text, q, idf, 5.0, heading)
    assert not fact_near_terms(text, q, idf, 5.0, "Pedoman Klaim JP\nAlur verifikasi")


def test_a_change_tables_row_moves_what_still_gives_its_old_value():
    """Minutes' "Semula | Menjadi", an erratum's "Tertulis | Seharusnya": the row's old value
    still written elsewhere (the same words, or the same days with other dashes) is no longer
    what stands; "Lama pelatihan" is a duration, not an old value."""
    from knowledge.reading.facts import changed_from, moves

    table = (
        "| No | Kegiatan | Semula | Menjadi |\n|---|---|---|---|\n"
        "| 1 | Bimtek arsip - tempat | Gedung Serbaguna | Aula Bappeda lantai 3 |\n"
        "| 2 | Bimtek arsip - tanggal | Senin-Rabu, 2-4 Maret 2027 | Senin-Rabu, 9-11 Maret 2027 |\n"
    )
    schedule = "kegiatan: Bimtek Arsip | tanggal: 2\u20134 Maret 2027 | tempat: Gedung Serbaguna"
    rows = moves(table, schedule)
    assert len(rows) == 2 and "Aula Bappeda lantai 3" in rows[0], rows
    assert moves(table, schedule, rows_only=True) == rows
    assert not moves(table, "kegiatan: Bimtek Arsip | tanggal: 16 Maret 2027 | tempat: Aula")
    erratum = "| Halaman | Tertulis | Seharusnya |\n|---|---|---|\n| 4 | 30 JP | 32 JP |\n"
    assert moves(erratum, "Target pelatihan teknis 30 JP setahun.")
    assert changed_from("Kode: AR-01; Lama pelatihan: 3 hari; Sasaran: pegawai baru") is None
    assert changed_from("Nama: Bimtek; Jadwal lama: 2 Maret; Jadwal baru: 9 Maret") == "2 Maret"
    # a pre- and post-test, a count of old and new staff, a cancelled row: no value moved
    assert changed_from("Unsur: Skor; Sebelum pelatihan: 60; Sesudah pelatihan: 80") is None
    assert changed_from("Unit: Arsip; Pegawai lama: 10 orang; Jadwal baru: 9 Maret") is None
    assert changed_from("Kegiatan: Bimtek - tempat; Semula: Aula Cempaka; Menjadi: -") is None
    # a whole figure: "2 Maret" is not what "12 Maret" gives
    moved = "| Kegiatan | Semula | Menjadi |\n|---|---|---|\n| Bimtek arsip | 2 Maret 2027 | 9 Maret 2027 |\n"
    assert not moves(moved, "Bimtek arsip pada 12 Maret 2027.")
    assert moves(moved, "Bimtek arsip pada 2 Maret 2027.")


def test_a_move_needs_its_verb_and_the_same_year():
    from knowledge.reading.facts import moves

    old = "Forum akhir pada Kamis, 28 Mei 2026 di aula."
    assert moves("Forum akhir diundur dari tanggal 28 Mei 2026 ke 4 Juni 2026.", old)
    assert not moves("Forum akhir dipindahkan dari 28 Mei 2025 menjadi 2 Juni 2025.", old)
    assert not moves("Terhitung mulai dari 28 Mei 2026, absensi menjadi kewenangan Bidang.", old)


def test_a_total_row_names_the_whole_not_an_item_counted():
    from knowledge.reading.tables import names_the_whole

    assert names_the_whole("Unit kerja: JUMLAH / RATA-RATA DINAS\nTotal JP: 2666")
    assert names_the_whole("No: \nSeksi: Jumlah seluruhnya\nPegawai: 84")
    assert names_the_whole("No: Jumlah\nPerangkat daerah: Seluruh perangkat daerah di atas")
    assert not names_the_whole("No: 3\nIndikator Kinerja: Jumlah inovasi pelayanan\nTarget: 5")


def test_rule_and_batch_numbers_are_no_item_codes():
    from knowledge.reading.about import other_code

    assert other_code("biaya dkp 213 per angkatan", "Biaya DKP-206 per angkatan Rp2.350.000.")
    assert not other_code("biaya dkp 213 per angkatan", "Biaya DKP-213 sebesar Rp36.500.000.")
    rules = "menurut pp 11 2017 no 800 angk 12 tahun 2026"
    assert not other_code(rules, "Kode DKP-206; PP 12 Tahun 2017; Nomor 801/12/2026; Angk. 13")


def test_dotted_and_lettered_codes_are_codes_numbers_and_amounts_are_not():
    """ "LH.06 brp JP" is not answered by the row of LH.04; "isi Formulir LD-D" not by the
    contents of LD-C; "Jl. Lintas No.40", "Rp.500.000" and "Pk.08.00" hold no code."""
    from knowledge.reading.about import other_code

    assert other_code("lh 06 berapa jp", "LH.04 Penilaian AMDAL: 40 JP; LH.05 KLHS: 24 JP")
    assert not other_code("lh 06 berapa jp", "LH.06 Pengawasan Ketaatan: 40 JP")
    assert other_code("apa isi formulir ld-d ?", "Isi LD-C (Laporan Dampak): bukti penerapan")
    assert not other_code("apa isi formulir ld-c ?", "Isi LD-C (Laporan Dampak): bukti penerapan")
    asked = "alamat no 40 biaya rp 500 mulai jam 08 00 hlm 12"
    text = "Jl. Lintas No.41, biaya Rp.600.000, mulai Pk.09.00 dan Jam.09, Hlm.13"
    assert not other_code(asked, text)


def test_a_region_named_by_its_direction_is_told_apart_only_from_other_directions():
    """ "Wilayah Timur" is not "Wilayah Utara"; whether it is "Wilayah II" the documents do
    not say, and "tingkat tengah" names no level."""
    from knowledge.reading.about import comparable, ordinals, other_levels

    asked = ordinals("upk wilayah timur di mana")
    assert asked == {"wilayah": {"timur"}}
    assert other_levels("UPK Wilayah Utara (Kecamatan Bukit Kemuning)", asked)
    assert not other_levels("UPT Wilayah II (Tanjung Batu)", asked)
    assert not comparable({"timur"}, {1, 2, 3}) and comparable({2}, {1, 3})
    assert ordinals("pelatihan tingkat tengah") == {}


CIRCULAR = (
    "3. Perubahan Kelas Lontar\n"
    "   a. KA-06 Restorasi Arsip Kertas Angkatan II:\n"
    "      1) tanggal semula 8-10 September 2026, menjadi Selasa-Kamis, 22-24 September 2026;\n"
    "      2) tempat tetap di Laboratorium Restorasi Depo Arsip.\n"
    "   b. KA-04 Alih Media Arsip (Digitalisasi) Angkatan II:\n"
    "      1) tanggal semula 15-17 September 2026, menjadi Selasa-Kamis, 6-8 Oktober 2026;\n"
    "      2) tempat tetap di Laboratorium Digitalisasi Depo Arsip.\n"
)


def test_a_nested_item_is_read_with_the_item_it_belongs_to():
    """A circular's "1) tanggal semula ..." names no class: its parent item "b. KA-04 ...:"
    does, so the date is stated for KA-04 and quoted with that parent line."""
    q = analyse("KA-04 angk II pindah ke tgl brp?", today=TODAY)
    idf = {"ka": 1.0, "04": 3.0, "06": 3.0, "tanggal": 1.0, "pindah": 1.0}
    assert fact_near_terms(CIRCULAR, q, idf, 5.0)
    picked = "\n".join(pick_sentences(CIRCULAR, q, idf))
    assert "b. KA-04 Alih Media Arsip (Digitalisasi) Angkatan II:" in picked
    assert "6-8 Oktober 2026" in picked


def test_a_count_of_people_is_given_in_pegawai_too():
    """ "max brp org ...": a rule writes "3 (tiga) pegawai", a count of people as much as
    "3 orang" or "3 peserta"; a time of day is no count of people."""
    q = analyse("max brp org depo arsip boleh ikut kelas yg sama barengan?", today=TODAY)
    assert has_fact("Paling banyak 3 (tiga) pegawai Depo Arsip boleh mengikuti kelas yang sama.", q)
    assert not has_fact("Kelas Depo Arsip dimulai pukul 08.00 WITA.", q)


def test_a_day_said_to_be_what_it_was_is_moved_without_a_verb():
    from knowledge.reading.facts import moves

    """Minutes' decisions write "semula 2-3 September 2026, menjadi 9-10 September 2026"
    with no verb of moving: the schedule's "2-3 September" no longer stands."""
    schedule = (
        "| Tanggal | Kegiatan |\n|---|---|\n| 2-3 September | Klinik Uji Kompetensi Gel. II |"
    )
    minutes = (
        "RINGKASAN KEPUTUSAN\n3. Klinik Uji Kompetensi Gelombang II: semula 2-3 September 2026, "
        "menjadi 9-10 September 2026; tempat tetap Ruang Pelatihan Depo Arsip."
    )
    assert moves(minutes, schedule)
    assert not moves("Klinik tetap 2-3 September 2026, semula direncanakan daring.", schedule)
    assert not moves(minutes.replace("semula 2-3", "semula 4-5"), schedule)


def test_a_count_reached_or_labelled_is_said_for_its_counted_noun():
    """ "pendaftar ... mencapai 31 orang": the registrants' count, said with "mencapai"; a
    label's "Ukuran: paling besar 2 MB" gives the size after its colon."""
    q = analyse("Berapa jumlah pendaftar KP-02 Angkatan II?", today=TODAY)
    assert has_fact("c. pendaftar KP-02 Angkatan II mencapai 31 orang, melebihi kuota.", q)
    assert not has_fact("c. KP-02 Angkatan II dibuka untuk 31 orang.", q)
    size = analyse("ukuran file maksimal brp?", today=TODAY)
    assert has_fact("Ukuran: paling besar 2 MB, format PDF", size)


def test_an_amount_in_a_money_tables_markdown_row_is_money():
    """A budget table's cells carry no "Rp" ("Angka dalam rupiah" above it): under a title
    naming money, "Sisa: 36.750.000" in a Markdown row is the amount asked."""
    table = (
        "| No | Komponen | Pagu akhir | Sisa |\n|---|---|---|---|\n"
        "| 3 | Program Mentoring | 30.000.000 | 16.150.000 |\n"
        "| 4 | Pelatihan teknis eksternal | 140.500.000 | 36.750.000 |\n"
    )
    q = analyse("Berapa sisa anggaran komponen Pelatihan teknis eksternal?", today=TODAY)
    idf = {"sisa": 2.0, "anggar": 1.0, "komponen": 1.0, "latih": 0.5, "teknis": 1.5}
    assert fact_near_terms(table, q, idf, 5.0, "Realisasi Anggaran 2026")
    assert not fact_near_terms(table, q, idf, 5.0, "Rekap Peserta 2026")


def test_an_amount_as_of_a_day_is_not_of_that_month():
    """ "sisa anggaran ... per 30 September 2026": the figure standing on that day, which a
    budget table noting "dibayar Oktober" gives; "pelatihan bulan Agustus" still asks August."""
    from knowledge.reading.about import contradicts

    table = (
        "| Komponen | Sisa | Keterangan |\n|---|---|---|\n"
        "| Pelatihan teknis eksternal | 36.750.000 | sisa dibayar Oktober |\n"
    )
    asked = analyse(
        "Berapa sisa anggaran pelatihan teknis eksternal per 30 September 2026?", today=TODAY
    )
    assert not contradicts(table, asked)
    month = analyse("pelatihan teknis bulan September 2026 apa saja?", today=TODAY)
    assert contradicts(table, month)


def test_an_acronym_spelled_by_a_listed_expansion_is_defined_and_a_list_of_roles_is_not():
    from knowledge.reading.acronyms import find_acronyms

    text = "Program CAKAP (Cermat, Akuntabel, Kompeten, Adaptif, dan Profesional) berjalan."
    assert find_acronyms(text) == {"cakap": "cermat akuntabel kompeten adaptif dan profesional"}
    roles = "Rapat KPA (Kuasa Pengguna Anggaran, Bendahara, dan PPK) wajib dihadiri."
    assert "kpa" not in find_acronyms(roles)


def test_a_preposition_after_berapa_is_no_counted_noun_and_calon_is_no_head():
    """ "calon peserta ... berenang sejauh berapa tanpa alat bantu": "50 meter" answers; the
    fact is of the participants ("calon" says they are to be), and "tanpa" counts nothing."""
    q = analyse(
        "Calon peserta water rescue harus bisa berenang sejauh berapa tanpa alat bantu?",
        today=TODAY,
    )
    assert q.kind == "number" and q.units == ()
    assert q.head({"calon": 2.0, "serta": 1.0, "water": 3.0, "renang": 2.0}) == {"serta"}


def test_a_glossary_table_and_a_notes_key_teach_acronyms_and_define_them():
    """ "| AKP | Analisis Kebutuhan Pelatihan |" under "Singkatan | Kepanjangan", and a note
    "BJK = Bidang Bina Jasa Konstruksi": each says what the acronym is, with no "adalah"."""
    glossary = (
        "| Singkatan | Kepanjangan |\n|---|---|\n| AKP | Analisis Kebutuhan Pelatihan |\n"
        "| JP | Jam Pelajaran, setara 45 menit |\n| No | Nama |\n"
    )
    note = "Singkatan unit pada lembar Kuota: BM = Bidang Bina Marga; BJK = Bidang Bina Jasa Konstruksi."
    assert find_acronyms(glossary) == {"akp": "analisis kebutuhan pelatihan", "jp": "jam pelajaran"}
    assert find_acronyms(note) == {"bm": "bidang bina marga", "bjk": "bidang bina jasa konstruksi"}
    formulas = "NK = Nilai Kinerja x 0,6\nTotal TPK = TPK Pelatihan dan TPK Seminar."
    assert find_acronyms(formulas) == {}  # a formula's line names no acronym
    idf = {"akp": 4.0, "analisis": 2.0, "butuh": 2.0, "latih": 1.0, "bjk": 4.0, "bidang": 1.0}
    acronyms = {"akp": "analisis kebutuhan pelatihan", "bjk": "bidang bina jasa konstruksi"}
    akp = analyse("AKP tuh apaan?", today=TODAY, acronyms=acronyms)
    assert defines("Singkatan: AKP; Kepanjangan: Analisis Kebutuhan Pelatihan", akp, idf, 5.0)
    assert not defines("Usulan diisi melalui formulir AKP di SIPAKAR.", akp, idf, 5.0)
    # a schedule's row whose first cell is the acronym says when, not what it is
    assert not defines("Kegiatan: AKP; Tanggal: 5 Mei 2027; Tempat: Aula", akp, idf, 5.0)
    bjk = analyse("singkatan BJK itu unit apa?", today=TODAY, acronyms=acronyms)
    assert defines(note, bjk, idf, 5.0)
    # an acronym beside its expansion says nothing of another term asked with it
    detasering = analyse("detasering tuh maksudnya apa? dapet JP ga?", today=TODAY)
    jp = "Jumlah JP (jam pelajaran) dari e-learning mengikuti sertifikat penyelenggara."
    assert not defines(jp, detasering, {**idf, "detasering": 5.0, "jp": 1.0}, 5.0)


def test_a_rule_number_written_short_is_also_the_number_rules_write():
    """ "Perkadis 4/2023" is "Peraturan Kepala Dinas Nomor 4 Tahun 2023" in the rule itself."""
    q = analyse("Di Perkadis 4/2023 batas JP nonklasikal berapa persen?", today=TODAY)
    assert {"4/2023", "4 tahun 2023"} in q.groups
    assert any("atur kepala dinas" in g for g in q.groups)


def test_who_holds_an_office_is_a_name_asked():
    """ "siapa yang menjabat Ketua Harian": the person holding it, not the duties of the role."""
    for asked in (
        "Siapa yang menjabat Ketua Harian Tim Pengelola?",
        "Kasubbag umpeg dijabat siapa?",
    ):
        assert analyse(asked, today=TODAY).kind == "name"
    assert analyse("siapa yang menyusun RPK?", today=TODAY).kind == "who"


def test_a_length_asked_is_a_number_with_a_length_unit():
    """ "berapa panjang jalan provinsi": "mengelola 1.284,6 km jalan provinsi" states it, with no
    word "panjang"; a count of bridges in the same sentence does not."""
    q = analyse("Berapa panjang jalan provinsi yang dikelola Dinas pada 2027?", today=TODAY)
    assert q.kind == "number" and "km" in q.units
    idf = {"panjang": 2.0, "jalan": 2.0, "provinsi": 1.0, "kelola": 1.0, "dinas": 0.5}
    sentence = "Pada tahun 2027 Dinas mengelola 1.284,6 km jalan provinsi dan 213 jembatan."
    assert fact_near_terms(sentence, q, idf, 4.0)
    assert not fact_near_terms(sentence.replace("1.284,6 km ", ""), q, idf, 4.0)


def test_a_table_of_labels_and_values_reads_each_row_as_a_field():
    """Minutes open with "| Hari/tanggal | Kamis, 13 Juli 2028 |" over "| Peserta | 31 orang |":
    no header row, so "Peserta: 31 orang", not "Hari/tanggal: Peserta; Kamis, ...: 31 orang";
    a header naming its columns ("| Istilah | Arti |") still heads its rows."""
    minutes = (
        "| Hari/tanggal | Kamis, 13 Juli 2028 |\n|---|---|\n| Waktu | 09.00-12.15 WIB |\n"
        "| Peserta | 31 orang: kepala bidang dan FPU |"
    )
    assert split_units(minutes) == [
        "Hari/tanggal: Kamis, 13 Juli 2028",
        "Waktu: 09.00-12.15 WIB",
        "Peserta: 31 orang: kepala bidang dan FPU",
    ]
    q = analyse("brp org peserta rakor?", today=TODAY)
    assert has_fact(split_units(minutes)[2], q)
    glossary = "| Istilah | Arti |\n|---|---|\n| JP | Jam Pelajaran |"
    assert split_units(glossary) == ["Istilah: JP; Arti: Jam Pelajaran"]
    # a header naming a year, or whose column holds amounts only, is a header
    target = "| Indikator | Target 2028 |\n|---|---|\n| Peserta Latsar | 120 |"
    assert split_units(target) == ["Indikator: Peserta Latsar; Target 2028: 120"]
    hours = (
        "| Jenis Pelatihan | Jumlah jam pelajaran minimal per tahun |\n|---|---|\n"
        "| Latsar | 40 |\n| PKA | 60 |"
    )
    assert split_units(hours)[0].startswith("Jenis Pelatihan: Latsar; Jumlah jam pelajaran")


def test_when_a_thing_counts_as_another_asks_a_condition_not_a_date():
    """ "Kapan pelatihan campuran dihitung sebagai jalur klasikal?": the condition (at least half
    of its JP face to face), which no date states; "kapan pelatihan campuran dimulai" a date."""
    assert (
        analyse(
            "Kapan pelatihan campuran (blended) dihitung sebagai jalur klasikal?", today=TODAY
        ).kind
        == "general"
    )
    assert analyse("kapan webinar termasuk dalam jalur nonklasikal?", today=TODAY).kind == "general"
    assert analyse("kapan pelatihan campuran dimulai?", today=TODAY).kind == "date"
    # a date of something named with "termasuk", or asked with "jadwal", is a date
    assert analyse("kapan jadwal latsar termasuk angkatan II?", today=TODAY).kind == "date"
    assert analyse("kapan tanggal pelatihan yg termasuk dalam kiprah?", today=TODAY).kind == "date"


def test_the_field_a_question_names_is_picked_past_a_long_lead_in():
    """A summons letter: a long addressee list ending "... yang dilaksanakan pada:" over
    "| Tempat | Gedung Graha ... |" and "| Penyelenggara | LSP ... |": "di mana" and "lembaga
    apa yang menyelenggarakan" are answered by those fields, which the lead-in crowded out."""
    lead = (
        "6. Kepala Balai Pengelolaan Sumber Daya Air Wangsa-Lindu, di Tempat Dalam rangka "
        "pelaksanaan Program TAPAK Tahun 2027 dan pemenuhan sertifikat kompetensi kerja bagi "
        "aparatur yang menangani pengawasan pekerjaan konstruksi, bersama ini kami memanggil "
        "pegawai sebagaimana tercantum dalam lampiran surat ini untuk mengikuti Pelatihan Ahli "
        "K3 Konstruksi Angkatan II (kode JK-01) yang dilaksanakan pada:"
    )
    text = (
        f"{lead}\n\n| Hari/tanggal | Senin-Jumat, 13-17 September 2027 |\n|---|---|\n"
        "| Waktu | pukul 08.00-16.30 WITA |\n| Tempat | Gedung Graha Konstruksi Lantai 3 |\n"
        "| Penyelenggara | LSP Konstruksi Nusa Wangsa bekerja sama dengan Dinas |"
    )
    where = analyse("Di mana pelaksanaan Pelatihan Ahli K3 Konstruksi Angkatan II?", today=TODAY)
    assert "Tempat: Gedung Graha Konstruksi Lantai 3" in pick_sentences(text, where, {})
    who = analyse("Lembaga apa yang menyelenggarakan Pelatihan Ahli K3 Konstruksi?", today=TODAY)
    assert any(s.startswith("Penyelenggara: LSP") for s in pick_sentences(text, who, {}))
    # a date asked is found by its kind: the field "Penyelenggara" is no date
    when = analyse("Pelatihan Ahli K3 Konstruksi yg diselenggarakan LSP kapan?", today=TODAY)
    assert not any(s.startswith("Penyelenggara:") for s in pick_sentences(text, when, {}))


def test_a_lead_in_brings_the_table_under_its_caption():
    """ "... model Kirkpatrick empat tingkat:" over "Tabel 9.1 Tingkat evaluasi" and the table:
    the caption between does not cut the lead-in from its rows."""
    text = (
        "Evaluasi BELANTARA mengadaptasi model Kirkpatrick empat tingkat:\n"
        "Tabel 9.1 Tingkat evaluasi\n\n"
        "| Tingkat | Yang diukur | Waktu |\n|---|---|---|\n"
        "| 1 Reaksi | Kepuasan peserta | Akhir kegiatan |\n"
        "| 2 Pembelajaran | Pengetahuan dan keterampilan | Awal dan akhir kegiatan |\n"
        "| 3 Perilaku | Penerapan di tempat kerja | Setelah kegiatan |\n"
        "| 4 Hasil | Dampak pada kinerja unit | Akhir tahun |"
    )
    q = analyse("Sebutkan empat tingkat evaluasi yang dipakai dalam BELANTARA.", today=TODAY)
    picked = " ".join(pick_sentences(text, q, {"evaluasi": 2.0, "tingkat": 2.0}))
    for level in ("1 Reaksi", "2 Pembelajaran", "3 Perilaku", "4 Hasil"):
        assert level in picked


def test_a_word_of_the_tables_caption_tells_no_rows_apart():
    """ "Siapa saja ... Verifikator JP dalam Tim Pengelola Kompetensi": "Pengelola" stands in
    the caption and in one Verifikator's post, so both Verifikator rows are named."""
    text = (
        "Tabel 2.2 Susunan Tim Pengelola Kompetensi 2028\n\n"
        "| Kedudukan dalam tim | Nama | Jabatan |\n|---|---|---|\n"
        "| Pengarah | Ir. Nurul Hidayati Syarif, M.T. | Kepala Badan |\n"
        "| Verifikator JP | Fitriani Lestari, S.E. | Pengelola Kepegawaian |\n"
        "| Verifikator JP | Muhammad Alfian Noor, A.Md. | Pengadministrasi Kepegawaian |\n"
        "| Bendahara Kegiatan | Nor Aida Rahmah, A.Md.Ak. | Bendahara Pengeluaran |"
    )
    q = analyse(
        "Siapa saja yang bertugas sebagai Verifikator JP dalam Tim Pengelola Kompetensi?",
        today=TODAY,
    )
    idf = {"verifikator": 3.0, "jp": 1.0, "tim": 1.0, "kelola": 1.0, "kompetensi": 1.0}
    picked = " ".join(pick_sentences(text, q, idf))
    assert "Fitriani Lestari" in picked and "Muhammad Alfian Noor" in picked
    assert "Nor Aida Rahmah" not in picked


def test_a_section_titled_with_an_acronym_does_not_write_it_out():
    """ "SI-RAKIT singkatan dari apa?": a slide "Peralihan APIK ke SI-RAKIT" is about it and
    says what it is for, not what it stands for; asked what it is, the title still answers."""
    slide = "• SI-RAKIT aktif: 1 Februari 2029\n• Login memakai NIP."
    heading = "Paparan Sosialisasi — Halaman 9 - Peralihan APIK ke SI-RAKIT"
    idf = {"si-rakit": 4.0, "rakit": 4.0}
    expansion = analyse("SI-RAKIT singkatan dari apa?", today=TODAY)
    assert expansion.asks_expansion
    assert not fact_near_terms(slide, expansion, idf, 4.0, heading)
    # where the documents write it out, the searcher knows the expansion (find_acronyms)
    known = {"sirakit": "sistem informasi rekam kompetensi dan pelatihan terpadu"}
    expansion = analyse("SI-RAKIT singkatan dari apa?", today=TODAY, acronyms=known)
    written = "Sistem Informasi Rekam Kompetensi dan Pelatihan Terpadu (SI-RAKIT) diluncurkan."
    assert fact_near_terms(written, expansion, idf, 4.0, "Berita")
    assert not fact_near_terms(slide, expansion, idf, 4.0, heading)
    # a heading that writes it out does say what it stands for
    rpi = analyse("RPI itu kepanjangannya apa?", today=TODAY)
    form = "Bagian A diisi pegawai."
    assert fact_near_terms(
        form, rpi, {"rpi": 4.0}, 4.0, "Pedoman > FORMAT RENCANA PENGEMBANGAN INDIVIDU (RPI)"
    )
    what = analyse("SI-RAKIT itu apa?", today=TODAY)
    assert fact_near_terms(slide, what, idf, 4.0, heading) == fact_near_terms(
        slide, what, idf, 4.0, heading.replace("APIK ke ", "")
    )


def test_a_hyphenated_system_name_is_an_acronym_its_brackets_write_out():
    """ "SI-RAKIT (Sistem Informasi Rekam Kompetensi dan Pelatihan Terpadu)", "e-PRAJA
    (Elektronik Pencatatan ...)": read as the question's word reads them ("sirakit"), so
    "SI-RAKIT singkatan dari apa" is answered by the sentence that writes it out."""
    launch = (
        "Kepala Badan meluncurkan SI-RAKIT (Sistem Informasi Rekam Kompetensi dan Pelatihan "
        "Terpadu) di Aula Lantai 2. Aplikasi e-PRAJA (Elektronik Pencatatan Riwayat Aparatur "
        "dan Jabatan) dimatikan."
    )
    known = find_acronyms(launch)
    assert known["sirakit"] == "sistem informasi rekam kompetensi dan pelatihan terpadu"
    assert known["epraja"] == "elektronik pencatatan riwayat aparatur dan jabatan"
    assert find_acronyms("Pelatihan DKP-213 (Dasar Kependudukan) dibuka.") == {}
    q = analyse("SI-RAKIT singkatan dari apa?", today=TODAY, acronyms=known)
    assert fact_near_terms(launch, q, {"rakit": 4.0}, 4.0, "Berita")


def test_a_glossary_item_writes_an_acronym_out_only_with_a_name_after_it():
    q = analyse("SI-RAKIT singkatan dari apa?", today=TODAY)
    idf = {"rakit": 4.0}
    for item in (
        "- SI-RAKIT: Sistem Informasi Rekam Kompetensi dan Pelatihan Terpadu",
        "Singkatan: SI-RAKIT; Kepanjangan: Sistem Informasi Rekam Kompetensi",
    ):
        assert fact_near_terms(item, q, idf, 4.0, "Glosarium")
    for item in ("• SI-RAKIT aktif: 1 Februari 2029", "• SI-RAKIT: aktif 1 Februari 2029"):
        assert not fact_near_terms(item, q, idf, 4.0, "Glosarium")
    numbered = analyse("KLIP singkatan dari apa?", today=TODAY)
    item = "1. KLIP: Kelompok Layanan Inovasi Publik"
    assert fact_near_terms(item, numbered, {"klip": 4.0}, 4.0, "Daftar istilah")


def test_rows_told_apart_by_a_word_the_lead_in_names_too():
    """ "verifikator" stands in the lead-in and in the rows: with no other word telling rows
    apart, it still does."""
    text = (
        "Tim terdiri atas Pengarah, Ketua, Verifikator, dan Bendahara sebagai berikut.\n\n"
        "| Kedudukan dalam tim | Nama |\n|---|---|\n| Pengarah | Ani |\n"
        "| Verifikator | Budi |\n| Verifikator | Citra |\n| Bendahara | Dedi |"
    )
    q = analyse("Siapa saja yang menjadi verifikator dalam tim?", today=TODAY)
    picked = " ".join(pick_sentences(text, q, {"verifikator": 3.0, "tim": 1.0}))
    assert "Budi" in picked and "Citra" in picked and "Dedi" not in picked


def test_a_phrase_alternative_counts_where_its_words_stand_together():
    groups = [{"latsar", "latih dasar"}]
    stems = {"latih", "bls", "dasar"}
    assert group_hits(groups, stems) == [True]  # without the order, the words anywhere
    names = frozenset({"latih dasar"})  # an acronym's written-out name
    apart = partial(in_order, "Pelatihan: BLS dan Kegawatdaruratan Dasar")
    assert group_hits(groups, stems, apart, names) == [False]
    together = partial(in_order, "Pelatihan Dasar CPNS")
    assert group_hits(groups, {"latih", "dasar", "cpns"}, together, names) == [True]
    # a paraphrase need not stand whole: "penggantian biaya" is "biaya ... tidak diganti"
    paid = partial(in_order, "Biaya mandiri tidak diganti oleh Pemerintah Kabupaten.")
    refund = [{"reimburse", "ganti biaya"}]
    assert group_hits(refund, {"biaya", "mandiri", "ganti"}, paid, names) == [True]


def test_a_rows_year_is_its_nearest_headings_that_names_one():
    """The sheet "Rencana Anggaran Tahun 2030" of the workbook "Rekap Capaian 2029" holds 2030's
    budget; a sheet dated only by the day its data were taken is of its workbook's year."""
    q = analyse("Berapa total anggaran program pada tahun 2029?", today=TODAY)
    row = "Kegiatan: Jumlah seluruhnya\nPagu (Rp): 731.110.000"
    budget = ("Rencana Anggaran Program Tahun 2030 > Jumlah seluruhnya", "Rekap Capaian 2029")
    assert contradicts(row, q, headings=budget, table_row=True)
    taken = ("Rekap per unit (posisi 15 Januari 2030) > Jumlah", "Rekap Capaian 2029")
    assert not contradicts(row, q, headings=taken, table_row=True)
    asked_2030 = analyse("Berapa total anggaran program pada tahun 2030?", today=TODAY)
    assert not contradicts(row, asked_2030, headings=budget, table_row=True)


def test_outside_asked_is_not_answered_by_the_inside_rate():
    q = analyse("Uang harian PLP kalau lokasinya di luar kabupaten berapa?", today=TODAY)
    inside = "Komponen: Uang harian PLP dalam kabupaten; Ketentuan: Rp150.000 per hari"
    assert contradicts(inside, q)
    both = inside + "\nKomponen: Uang harian PLP luar kabupaten; Ketentuan: Rp300.000 per hari"
    assert not contradicts(both, q)
    within = analyse("LPHB diunggah dalam waktu berapa hari?", today=TODAY)
    assert not contradicts("Di luar waktu kerja, LPHB diunggah paling lambat 10 hari.", within)


def test_a_quarter_asked_is_not_answered_by_the_other_half_years_recap():
    q = analyse("Capaian JP Bidang PSDKP triwulan III 2030 berapa persen?", today=TODAY)
    row = "Unit Kerja: Bidang PSDKP\nRata-rata JP: 6,9\nPersentase: 35,7%"
    first_half = ("Bidang PSDKP", "Capaian JP Unit Semester 1 2030")
    assert contradicts(row, q, headings=first_half, table_row=True)
    second_half = ("Bidang PSDKP", "Capaian JP Unit Semester II 2030")
    assert not contradicts(row, q, headings=second_half, table_row=True)


def test_hari_apa_asks_a_when_that_a_weekday_or_a_date_answers():
    q = analyse("Sosialisasi perubahan perkadis diadakan hari apa?", today=TODAY)
    assert q.kind == "date"
    assert has_fact("Sosialisasi: Kamis, 16 Mei 2030 di Aula Dinas", q)
    weekly = analyse("Kelas Dermaga diadakan setiap hari apa?", today=TODAY)
    assert has_fact("Pertemuan diadakan pada Rabu kedua dan Rabu keempat setiap bulan.", weekly)
    assert not has_fact("Peserta memperoleh 2 JP untuk setiap pertemuan.", weekly)


def test_a_quarter_named_is_read_though_another_half_year_is_named_beside_it():
    q = analyse("Rata-rata JP pegawai sampai akhir triwulan I 2030 berapa?", today=TODAY)
    minutes = (
        "1. Evaluasi capaian triwulan I: rata-rata JP pegawai sampai 31 Maret 2030 baru 5,8 JP."
        "\n3. Agenda Kelas Dermaga semester II disusun bersama unit."
    )
    assert not contradicts(minutes, q)


def test_a_rows_own_dates_do_not_hide_its_titles_year():
    q = analyse("Berapa persen ASN yang mencapai 20 JP pada 2026?", today=TODAY)
    total = (
        "Perangkat daerah: Seluruh\nPersentase capaian: 72%\nSumber: SIBELIA per 15 Januari 2027"
    )
    headings = ("Jumlah — Seluruh perangkat daerah", "Rekap capaian JP perangkat daerah 2026")
    assert not contradicts(total, q, headings=headings, table_row=True)


def test_the_review_s_false_triggers_stay_answerable():
    """Negative cases of the side, half-year, year and weekday readings (a review's list)."""
    yes_no = analyse("Apakah coaching boleh dilakukan di luar jam kerja?", today=TODAY)
    assert not contradicts("Coaching dilaksanakan dalam jam kerja.", yes_no)
    minister = analyse("Berapa hari izin ke luar negeri diproses?", today=TODAY)
    assert not contradicts("Izin diberikan oleh Menteri Dalam Negeri dalam 14 hari.", minister)
    report = analyse("Kapan laporan capaian triwulan III disampaikan?", today=TODAY)
    text = "Laporan disampaikan setelah triwulan berakhir. Evaluasi semester I pada bulan Juli."
    assert not contradicts(text, report)
    q = analyse("Berapa pagu anggaran tahun 2030?", today=TODAY)
    row = "Komponen: Jumlah\nPagu (Rp): 387.500.000"
    rule_year = ("Lampiran Perkadis Nomor 2 Tahun 2029 > Jumlah", "Rencana Anggaran 2030")
    assert not contradicts(row, q, headings=rule_year, table_row=True)
    q2026 = analyse("Berapa pagu anggaran tahun 2026?", today=TODAY)
    for taken in ("Data per 15-Jan-2027", "Posisi 2027-01-15", "Update Januari 2027"):
        headings = (taken, "Rekap Capaian 2026")
        assert not contradicts(row, q2026, headings=headings, table_row=True), taken
    for count in ("Kalau izin setengah hari apa dipotong tukin?", "Cuti 3 hari apa perlu izin?"):
        assert analyse(count, today=TODAY).kind != "date"
    weekly = analyse("Kelas Dermaga diadakan setiap hari apa?", today=TODAY)
    assert not has_fact("Kelas Dermaga berlangsung selama 2 minggu.", weekly)


def test_a_phrase_is_not_read_across_sentences():
    stems = {"ikut", "latih", "dasar", "nilai"}
    across = partial(in_order, "Pegawai mengikuti pelatihan. Dasar penilaian adalah LPHB.")
    names = frozenset({"latih dasar"})
    assert group_hits([{"latsar", "latih dasar"}], stems, across, names) == [False]


def test_a_ratio_or_composition_is_of_the_parts_it_compares():
    idf = {"komposisi": 3.0, "rasio": 3.0, "teori": 2.0, "praktik": 2.0, "instruktur": 2.5}
    parts = analyse("Komposisi teori dan praktik pelatihan berapa persen?", today=TODAY)
    assert parts.head(idf) != {"komposisi"}
    ratio = analyse("rasio instruktur sama peserta pas praktik brp?", today=TODAY)
    assert ratio.head(idf) != {"rasio"}


def test_a_rules_table_is_of_the_rules_year_when_no_heading_names_another():
    q = analyse("Berapa hadiah Juru Sita Teladan pada tahun 2025?", today=TODAY)
    row = "Kategori: Juru Sita Teladan\nJumlah Penerima: satu orang\nHadiah: Rp5.000.000"
    rule = ("BAB XVII PENGHARGAAN > Pasal 36", "Perkaban Bapenda Nomor 3 Tahun 2026")
    assert contradicts(row, q, headings=rule, table_row=True)


def test_a_quarter_named_in_the_text_is_read_under_another_half_years_title():
    q = analyse("Kapan rapat evaluasi SEMAI triwulan III dijadwalkan?", today=TODAY)
    text = "Rapat evaluasi berikutnya (triwulan III) dijadwalkan Kamis, 8 Oktober 2026."
    headings = ("Penutup", "Notulen Rapat Evaluasi Program SEMAI Semester I Tahun 2026")
    assert not contradicts(text, q, headings=headings)


def test_a_periods_column_counts_what_its_table_counts():
    """ "berapa JP triwulan III bidang KBKK": the "Triwulan III" cell of a JP recap (a label
    says JP); a recap of participants' "Triwulan III" is no JP, nor is a rank's "Golongan III"
    a period; a count of people is read from the participants' recap."""
    jp = "Unit kerja: Bidang KBKK\nTriwulan II: 229\nTriwulan III: 284\nJumlah JP 2029: 868"
    people = "Unit kerja: Bidang KBKK\nTriwulan III: 24\nGolongan III: 34\nJumlah peserta: 60"
    asked = analyse("berapa JP triwulan III bidang KBKK", today=TODAY)
    assert named_pairs(jp, asked) == [("Triwulan III", "284")]
    assert named_pairs(people, asked) == []
    assert named_pairs(people, analyse("berapa JP golongan III bidang KBKK", today=TODAY)) == []
    counted = analyse("peserta triwulan III bidang KBKK brp org", today=TODAY)
    assert named_pairs(people, counted) == [("Triwulan III", "24")]


def test_a_speaker_is_a_role_that_answers_who_gives_a_session():
    """ "materi X diisi oleh siapa": a schedule's "Narasumber: PMI Kabupaten ..." names the
    body giving it, as "Fasilitator: ..." would; a row naming no one does not."""
    q = analyse("Materi keselamatan pengunjung di pelatihan pemandu diisi oleh siapa?", today=TODAY)
    row = "Hari: Hari V; Materi: Keselamatan pengunjung; Narasumber: PMI Kabupaten Lembah Karang"
    assert has_fact(row, q)
    assert not has_fact("Hari: Hari V; Waktu: 08.00-12.00; Materi: Keselamatan pengunjung", q)
    for role in ("Narsum", "Pemateri", "Instruktur", "Pengajar", "Pelatih"):
        assert has_fact(row.replace("Narasumber", role), q)
    assert not has_fact("Materi: Keselamatan pengunjung; Jenis: pelatihan lapangan", q)


def test_paragraphs_closed_by_semicolons_are_the_items_a_list_question_asks_for():
    """A terms of reference's follow-up set as paragraphs without markers, each closed by
    ";" (the last by "."): a list; a sentence with one semicolon inside it is none."""
    from knowledge.reading.facts import has_fact

    q = analyse("Apa saja tindak lanjut peserta setelah bimtek?", today=TODAY)
    assert q.kind == "list"
    assert has_fact("peserta menyampaikan LAPP paling lambat 21 hari kalender setelah bimtek;", q)
    assert has_fact("peserta berbagi pengetahuan kepada rekan kerja; dan", q)
    assert has_fact("peserta mengisi survei kepuasan; dan/atau", q)
    assert not has_fact("Peserta hadir tepat waktu; panitia menyiapkan ruang.", q)
