"""A rule's own dates: "kapan X ditetapkan / mulai berlaku" is read from its closing article
and the enactment line of its signature block, not from a transition article's dates."""

from __future__ import annotations

from knowledge.reading.enactment import asks_enactment, enactment, names_kind, rule_kinds
from knowledge.text.articles import year_numbers
from tests.knowledge.test_answer import answerer_over

DECREE = """# Keputusan Kepala Dinas Nomor 12 Tahun 2031 tentang Penetapan Instruktur Internal

KESATU: Menetapkan Instruktur Internal Dinas sebagaimana tercantum dalam Lampiran.

KEDUA: Instruktur yang ditetapkan berdasarkan Keputusan Nomor 8 Tahun 2028 tetap berlaku
sampai masa tugasnya berakhir, paling lama sampai dengan tanggal 30 Juni 2032.

KETIGA: Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Dinas Nomor 8 Tahun 2028
dicabut dan dinyatakan tidak berlaku.

KEEMPAT: Keputusan ini mulai berlaku pada
tanggal 1 April 2031.

Ditetapkan di Lembah Hijau
pada tanggal 17 Maret 2031
KEPALA DINAS,
Drs. Yosef Bataona, M.Si.
NIP 19700312 199503 1 004
"""

GUIDE = """# Pedoman Instruktur Internal 2031

Instruktur internal mengajar paling sedikit 12 JP setahun dan dinilai peserta setiap sesi.
Pedoman ini mengacu pada Keputusan Kepala Dinas Nomor 12 Tahun 2031.
"""


def test_a_rules_dates_are_asked_with_its_kind_and_a_when():
    assert asks_enactment("kepkadis 12/2031 ditetapkan tgl brp?")
    assert asks_enactment("Keputusan instruktur internal mulai berlaku kapan?")
    assert not asks_enactment("sertifikat instruktur saya masih berlaku sampai kapan?")
    assert not asks_enactment("Rencana pengembangan kompetensi ditetapkan paling lambat kapan?")
    assert not asks_enactment("Menurut Keputusan 2028, berapa lama masa berlaku penugasan?")
    assert not asks_enactment("yg selesai sebelum perkadis baru berlaku, laporannya kapan?")
    assert not asks_enactment("RPK ditetapkan paling lambat kapan menurut Perkadis 3/2031?")
    assert not asks_enactment("Berapa target JP PPPK sejak Perkadis 3/2031 berlaku?")
    assert not asks_enactment("Apa saja yang berubah sejak Perkadis 3/2031 mulai berlaku?")
    assert not asks_enactment("Aturan lama tetap berlaku sampai kapan?")
    assert not asks_enactment("Siapa saja peserta yang ditetapkan dalam SK tanggal 5 Maret?")
    assert year_numbers(
        "Perkadis Nomor 5 Tahun 2032 tentang Perubahan atas Perkadis Nomor 3 Tahun 2031"
    ) == ["5 tahun 2032", "3 tahun 2031"]
    assert year_numbers("Keputusan Nomor 12 Tahun 2031 dan SE 3/2030") == [
        "12 tahun 2031",
        "3 tahun 2030",
    ]
    assert rule_kinds("SE lama ditetapkan kapan") == {"surat edaran"}


def test_the_closing_article_and_the_enactment_line_not_a_transition_date():
    lines = enactment(DECREE)
    assert lines == [
        "KETIGA: Pada saat Keputusan ini mulai berlaku, Keputusan Kepala Dinas Nomor 8 Tahun 2028"
        " dicabut dan dinyatakan tidak berlaku.",
        "KEEMPAT: Keputusan ini mulai berlaku pada tanggal 1 April 2031.",
        "Ditetapkan di Lembah Hijau pada tanggal 17 Maret 2031",
    ]


def test_a_decree_named_by_number_answers_with_its_own_dates(tmp_path, store, embedder):
    files = {"kepkadis-12-2031.md": DECREE, "pedoman-instruktur-2031.md": GUIDE}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("Kapan Keputusan Nomor 12 Tahun 2031 ditetapkan dan mulai berlaku?")
    assert answer.outcome == "answer"
    assert "17 Maret 2031" in answer.text and "1 April 2031" in answer.text
    assert "30 Juni 2032" not in answer.text
    assert answer.sources[0].source == "kepkadis-12-2031.md"
    assert "Nomor 8 Tahun 2028" in answer.text  # what it replaced, said with when it holds
    who = answerer.answer("kepkadis 12/2031 ditetapkan tgl brp, siapa yg netapin?")
    assert "Yosef Bataona" in who.text and "17 Maret 2031" in who.text


CIRCULAR = """# SE Bantuan Biaya Pelatihan 2031

SURAT EDARAN KEPALA DINAS NOMOR 800.1/017/SE/2031

1. Pencabutan
Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor 800/045/SE/2029 tentang
Bantuan Biaya Pelatihan dicabut dan dinyatakan tidak berlaku.

2. Besaran
Bantuan biaya pelatihan mandiri paling banyak Rp5.000.000 per pegawai per tahun.

3. Masa Berlaku
a. Surat Edaran ini berlaku mulai tanggal 1 Maret 2031.
b. Pengajuan yang disetujui sebelum tanggal 1 Maret 2031 tetap diproses.

Ditetapkan di Lembah Hijau pada tanggal 2 Februari 2031
"""

OLD_CIRCULAR = """# SURAT EDARAN KEPALA DINAS NOMOR 800/045/SE/2029 TENTANG BANTUAN BIAYA PELATIHAN

1. Besaran
Bantuan biaya pelatihan mandiri paling banyak Rp3.000.000 per pegawai per tahun.

2. Surat Edaran ini berlaku sejak tanggal ditetapkan.

Ditetapkan di Lembah Hijau pada tanggal 15 Februari 2029
"""


def test_a_circular_in_force_from_a_date_and_revoking_when_it_holds():
    """ "Surat Edaran ini berlaku mulai tanggal ...", "Dengan berlakunya Surat Edaran ini, ...
    dicabut": its own dates, as a rule's "mulai berlaku pada"."""
    assert enactment(CIRCULAR) == [
        "Dengan berlakunya Surat Edaran ini, Surat Edaran Kepala Dinas Nomor 800/045/SE/2029"
        " tentang Bantuan Biaya Pelatihan dicabut dan dinyatakan tidak berlaku.",
        "Surat Edaran ini berlaku mulai tanggal 1 Maret 2031.",
        "Ditetapkan di Lembah Hijau pada tanggal 2 Februari 2031",
    ]
    assert names_kind("SE Bantuan Biaya Pelatihan 2031", {"surat edaran"})
    assert not names_kind("Daftar Tarif Layanan se-Dinas Kesehatan 2031", {"surat edaran"})
    # what holds of an article or a system is not the rule's own date
    other = (
        "(1) Besaran bantuan dalam Pasal 4 ini berlaku mulai semester genap 2031.\n"
        "Sejak berlakunya sistem SILAJU ini, formulir kertas F-07 dicabut.\n"
    )
    assert enactment(other) == []
    assert not names_kind("Panduan SEO Laman Dinas 2031", {"surat edaran"})


def test_the_circular_of_the_year_asked_though_its_title_writes_se(tmp_path, store, embedder):
    files = {"se-bantuan-biaya-2031.md": CIRCULAR, "se-bantuan-biaya-2029.md": OLD_CIRCULAR}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("Sejak kapan Surat Edaran bantuan biaya 2031 berlaku?")
    assert answer.outcome == "answer"
    assert "1 Maret 2031" in answer.text and "15 Februari 2029" not in answer.text
    assert answer.sources[0].source == "se-bantuan-biaya-2031.md"


RULE = """# Peraturan Kepala Dinas Nomor 3 Tahun 2031 tentang Pengembangan Kompetensi Pegawai

## Pasal 1

Setiap pegawai mengikuti pengembangan kompetensi paling sedikit 24 JP dalam satu tahun.

## Pasal 2

Rencana pengembangan kompetensi disusun setiap bulan Januari oleh atasan langsung.

## Pasal 9

Pada saat Peraturan Kepala Dinas ini mulai berlaku, Peraturan Kepala Dinas Nomor 6 Tahun 2027
tentang Pendidikan dan Pelatihan Pegawai dicabut dan dinyatakan tidak berlaku.

## Pasal 10

Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Februari 2031.

Ditetapkan di Lembah Hijau pada tanggal 20 Januari 2031
"""


def test_the_rules_dates_are_kept_when_its_number_is_asked_too(tmp_path, store, embedder):
    """ "mulai berlaku kapan? yg dicabut no brp": the dates reader quotes the revoking article;
    the other ask, answered by that article, is not said twice, nor does it push the dates out
    (both answers open with the rule's own number)."""
    files = {"perkadis-3-2031.md": RULE, "pedoman-instruktur-2031.md": GUIDE}
    answerer = answerer_over(tmp_path, store, embedder, files)
    answer = answerer.answer("perkadis 3/2031 mulai berlaku kapan? yg dicabut perkadis no brp")
    assert answer.outcome == "answer"
    assert "1 Februari 2031" in answer.text and "20 Januari 2031" in answer.text
    assert answer.text.count("Nomor 6 Tahun 2027") == 1
