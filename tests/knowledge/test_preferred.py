"""Which of the passages that answer comes first (knowledge/reading/preferred.py)."""

from knowledge.reading import analyse
from knowledge.reading.preferred import (
    equates,
    lists_it,
    preference,
    states_steps,
    states_the_rate,
    states_with_givens,
)
from tests.knowledge.conftest import TODAY
from tests.knowledge.test_answer import answerer_over


def test_the_sentence_stating_the_fact_beside_the_questions_own_numbers_holds_its_givens():
    """The worked figure ("20 JP ... setara dengan 900 menit") answers "20 jp ke menit brp";
    the rule it is worked from ("1 JP = 45 menit") does not state it."""
    q = analyse("20 jp tuh klo dikonversi ke menit jd brp", today=TODAY)
    rule = "Jam pelajaran adalah satuan lama belajar, dengan 1 JP = 45 menit. PNS wajib 20 JP."
    worked = "Satu JP sama dengan 45 menit. Kewajiban 20 JP per tahun setara dengan 900 menit."
    assert not states_with_givens(rule, q)
    assert states_with_givens(worked, q)
    per_x = analyse("1 sesi coaching brp jp?", today=TODAY)  # "1 X" is "per X": no given
    assert not states_with_givens("Satu sesi coaching (1 sesi) diakui 2 JP.", per_x)


def test_steps_are_a_numbered_list_or_a_section_headed_as_a_procedure():
    assert states_steps("Urutannya:\n1. masuk ke MyASN;\n2. buka menu riwayat;")
    assert states_steps("Unggah sertifikat.", "Panduan\nLangkah umum memperbarui riwayat")
    assert not states_steps("Riwayat pelatihan dicatat di MyASN oleh pegawai sendiri.")
    assert not states_steps("1. Pasal ini berlaku sejak 2027.")  # one item is no procedure


def test_a_list_question_is_answered_by_the_list_not_by_commas():
    """ "kompetensi manajerial contohnya apa aja": the eight listed under a lead-in naming
    them, not a sentence that mentions them between commas; "contohnya" asks the list."""
    q = analyse("kompetensi manajerial itu contohnya apa aja", today=TODAY)
    assert q.kind == "list" and not any("contoh" in g for g in q.groups)
    idf = {"kompetensi": 1.0, "manajerial": 2.5, "level": 2.0}
    listed = (
        "PermenPANRB 38/2017 menetapkan delapan kompetensi manajerial ASN:\n\n"
        "1. Integritas\n2. Kerjasama\n3. Komunikasi"
    )
    mentioned = "Setiap kompetensi manajerial, sosial kultural, dan teknis dibagi ke dalam level."
    assert lists_it(listed, q, idf, 5.0)
    assert not lists_it(mentioned, q, idf, 5.0)
    other_list = "Jadwal pelatihan:\n\n1. Februari\n2. Maret\n3. April"
    assert not lists_it(other_list, q, idf, 5.0)  # a list of something else
    table = "Aspek kompetensi manajerial:\nAspek: Level; Nilai: 5\nAspek: Jenis; Nilai: 8"
    assert not lists_it(table, q, idf, 5.0)  # a table's rows list aspects, not the asked


def test_the_preference_asks_only_what_the_question_asks():
    """A how-to question prefers the steps; a plain question keeps the search order."""
    idf = {"riwayat": 2.0, "latih": 1.0, "myasn": 3.0, "isi": 1.5}
    steps = ("Urutannya:\n1. masuk ke MyASN;\n2. isi riwayat pelatihan;", "Riwayat > Langkah")
    duty = ("Riwayat pelatihan di MyASN diisi oleh pegawai sendiri.", "Riwayat > Tanggung jawab")
    how = preference(analyse("cara ngisi riwayat pelatihan di myasn gmn?", today=TODAY), idf, 5.0)
    assert sorted([duty, steps], key=lambda p: how(*p)) == [steps, duty]
    who = preference(analyse("riwayat pelatihan di myasn diisi siapa?", today=TODAY), idf, 5.0)
    assert sorted([duty, steps], key=lambda p: who(*p)) == [duty, steps]


def test_the_list_asked_is_named_by_the_asking_part_and_its_count_may_be_written_out():
    """ "kompetensi manajerial ada 8 kan, apa aja sih? mau ngisi IDP nih": the lead-in says
    "delapan", and the asker's plan (IDP) is not what the list must be of."""
    q = analyse("kompetensi manajerial ASN ada 8 kan, apa aja sih? mau ngisi IDP nih", today=TODAY)
    idf = {"kompetensi": 1.0, "manajerial": 2.5, "asn": 0.5, "8": 2.0, "isi": 1.0, "idp": 3.0}
    listed = (
        "PermenPANRB 38/2017 menetapkan delapan kompetensi manajerial ASN:\n\n"
        "1. Integritas\n2. Kerjasama\n3. Komunikasi"
    )
    gaps = (
        "Jenis kompetensi membantu pegawai memilih kegiatan dalam IDP:\n\n"
        "- Kesenjangan kompetensi manajerial ditutup dengan coaching.\n- Teknis: magang."
    )
    prefer = preference(q, idf, 5.0)
    assert sorted([gaps, listed], key=lambda t: prefer(t, "")) == [listed, gaps]


def test_the_sentence_equating_the_given_quantity_with_the_asked_unit_comes_first():
    """ "1 jam itu brp menit", a conversion of units: "1 (satu) jam sama dengan 60 menit", not a
    row that has "1 jam" and some minutes; "ikut diskusi 1 jam dapat brp menit" asks of the
    discussion, whatever equation a passage writes."""
    q = analyse("1 jam itu brp menit sih", today=TODAY)
    rule = "Untuk penghitungan durasi, 1 (satu) jam sama dengan 60 (enam puluh) menit."
    row = "Kegiatan: Diskusi (paling singkat 45 menit); Satuan: 1 jam; JP diakui: 1 JP"
    assert equates(rule, q) and not equates(row, q)
    key = preference(q, {}, 1.0)
    assert sorted([row, rule], key=lambda text: key(text, "")) == [rule, row]
    assert not equates(rule, analyse("ikut diskusi 1 jam dapat brp menit", today=TODAY))


def test_an_equation_written_in_words_and_asked_with_the_units_full_name_is_read():
    """ "Satu jam pelajaran (JP) itu setara berapa menit?": the unit given by its full name and
    the equals word asked are still a conversion and nothing else; "satu JP sama dengan 45
    (empat puluh lima) menit" writes its one as a word."""
    q = analyse("Satu jam pelajaran (JP) itu setara berapa menit?", today=TODAY)
    glossary = "10. Jam Pelajaran (JP) adalah satuan waktu; satu JP sama dengan 45 (empat puluh lima) menit."
    row = "Kegiatan: Webinar; Satuan: 1 kegiatan 2-3 jam; Pengakuan JP: 2 JP"
    assert equates(glossary, q) and not equates(row, q)
    assert not equates(glossary, analyse("webinar 1 jp brp menit", today=TODAY))


def test_an_amount_written_per_the_period_asked_states_the_rate():
    """ "honor narasumber dari internal brp per JP": the rule's "Rp350.000 per JP" states the rate; a
    budget row's unit price for a year's volume of JP applies it."""
    q = analyse("honor narasumber dari internal sekarang berapa per JP?", today=TODAY)
    assert states_the_rate("(2) Honor narasumber internal sebesar Rp350.000 per JP.", q)
    assert states_the_rate("• Honor narasumber internal: Rp350.000/JP", q)
    budget = "Uraian: Honor narasumber internal\nVolume: 96\nSatuan: JP\nHarga satuan (Rp): 350.000"
    assert not states_the_rate(budget, q)
    daily = analyse("uang transport peserta in-house sehari brp? per hari maksudnya", today=TODAY)
    assert states_the_rate("Uang transport Rp125.000 per orang per hari.", daily)
    assert states_the_rate("Uang transport Rp125.000/orang/hari.", daily)
    assert not states_the_rate("Rapat dimulai pukul 08.00 per hari kerja.", daily)  # no rupiah
    jp = analyse("webinar maksimal brp JP per tahun?", today=TODAY)
    assert states_the_rate("Webinar diakui paling banyak 9 JP/tahun.", jp)
    assert not states_the_rate("Bantuan paling banyak Rp4.000.000 per pegawai per tahun.", jp)
    quota = analyse("kuota diklat bendahara brp orang per tahun?", today=TODAY)
    assert states_the_rate("Kuota peserta paling banyak 20 (dua puluh) orang per tahun.", quota)


def test_a_rate_written_for_another_group_does_not_come_before_the_row_naming_the_item():
    """ "bantuan biaya per semester untuk S1 Keperawatan": a sentence giving another group's
    rate ("PPPK ... Rp2.500.000 per semester") states no rate of the item asked: it does not
    step before the table row naming it (whose header holds the period); the item's own
    rate does."""
    q = analyse("Bantuan biaya per semester untuk S1 Keperawatan berapa?", today=TODAY)
    idf = {"bantu": 1.0, "biaya": 1.0, "semester": 1.5, "1": 0.5, "awat": 3.0}
    key = preference(q, idf, 6.0)
    other = "(2) PPPK penuh waktu diberi bantuan biaya sebesar Rp2.500.000 per semester."
    row = "Jenjang: S1 Keperawatan dan Profesi Ners; Bantuan biaya per semester: Rp4.500.000"
    assert key(other, "Pasal 2") == key(row, "Pasal 3")
    own = "(2) Mahasiswa S1 Keperawatan diberi bantuan biaya Rp4.500.000 per semester."
    assert sorted([row, own], key=lambda text: key(text, "Pasal 3")) == [own, row]
    # a word no document uses ("Sukamaju") names no item: the rate comes first as before
    far = analyse("Bantuan biaya per semester pegawai Puskesmas Sukamaju berapa?", today=TODAY)
    key = preference(far, {"bantu": 1.0, "biaya": 1.0, "semester": 1.5, "pegawai": 0.5}, 6.0)
    assert key(other, "Pasal 2") < key(row, "Pasal 3")


def test_the_rules_rate_comes_before_a_budget_rows_unit_price(tmp_path, store, embedder):
    budget = "\n".join(
        [
            "No,Uraian,Volume,Satuan,Harga satuan (Rp),Jumlah (Rp)",
            "1,Honor narasumber internal,96,JP,350.000,33.600.000",
            "2,Honor narasumber eksternal,64,JP,900.000,57.600.000",
            "3,Konsumsi rapat persiapan,40,orang,50.000,2.000.000",
        ]
    )
    rule = (
        "# Peraturan Kepala Dinas Nomor 2 Tahun 2030 tentang Pelatihan Internal\n\n"
        "## Pasal 12\n\n(1) Pelatihan internal dibiayai dari APBD.\n"
        "(2) Honor narasumber internal ditetapkan sebesar Rp350.000 per JP.\n"
        "(3) Honor narasumber eksternal paling banyak Rp900.000 per JP.\n"
    )
    files = {"rincian-anggaran-2030.csv": budget, "perkadis-2-2030.md": rule}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("honor narasumber dari internal sekarang berapa per JP?")
    assert answer.outcome == "answer"
    assert "Rp350.000 per JP" in answer.text
    assert answer.sources[0].source.endswith("perkadis-2-2030.md")


def test_a_span_asked_prefers_the_sentence_giving_both_ends():
    """ "rapat ... jam brp sampai brp": the minutes' "Waktu: pukul 09.00-11.45 WIB" before
    "Rapat ditutup pukul 11.45 WIB"; asked one time only, neither comes first for it."""
    span = analyse("rapat evaluasi 2029 jam brp sampai brp?", today=TODAY)
    closing = "Rapat ditutup pukul 11.45 WIB. Rapat berikutnya bulan Mei."
    header = "Hari, tanggal: Selasa, 12 Februari 2030\nWaktu: pukul 09.00-11.45 WIB"
    key = preference(span, {}, 1.0)
    assert sorted([closing, header], key=lambda t: key(t, "")) == [header, closing]
    one = preference(analyse("rapat evaluasi 2029 ditutup jam brp?", today=TODAY), {}, 1.0)
    assert one(closing, "") == one(header, "")
    # a span written with "s.d." and the zone twice; a telephone number is no span
    spelled = "Waktu: pukul 09.00 WIB s.d. 11.45 WIB"
    phoned = "Rapat dibuka pukul 09.00 WIB, narahubung 0812-7355-2049"
    assert sorted([phoned, spelled], key=lambda t: key(t, "")) == [spelled, phoned]
    asked = analyse("rapat evaluasi mulai jam brp selesai jam brp?", today=TODAY)
    assert preference(asked, {}, 1.0)(spelled, "") < preference(asked, {}, 1.0)(phoned, "")
