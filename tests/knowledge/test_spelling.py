"""Chat verbs are repaired onto the words the documents use (knowledge/text/spelling.py)."""

from knowledge.text.spelling import Speller
from knowledge.text.tokens import tokenize

DOCUMENT = (
    "Kepala BPSDM menerbitkan Surat Izin Belajar paling lama 14 hari kerja. "
    "Kepala Perangkat Daerah menunjuk pengelola kompetensi dan menetapkan rencana "
    "pengembangan kompetensi. Atasan langsung menyetujui draf. Pegawai memilih pelatihan "
    "untuk mengembangkan kompetensinya."
)


def _speller() -> Speller:
    return Speller([DOCUMENT], tokenize(DOCUMENT))


def test_a_chat_verb_with_n_or_m_for_the_prefix_is_the_documents_me_verb():
    speller = _speller()
    assert speller.repair("surat izin belajar yg nerbitin siapa") == (
        "surat izin belajar yg menerbitkan siapa"
    )
    assert speller.repair("yg nunjuk pengelola siapa") == "yg menunjuk pengelola siapa"
    assert speller.repair("siapa yg netapin rencana") == "siapa yg menetapkan rencana"
    assert speller.repair("boleh milih pelatihan sendiri") == "boleh memilih pelatihan sendiri"


def test_other_chat_affixes_and_known_words_keep_working():
    speller = _speller()
    assert speller.repair("cara ngembangin kompetensi") == "cara mengembangkan kompetensi"
    assert speller.repair("atasan nyetujuin draf") == "atasan menyetujui draf"
    # a word the documents know, or nothing near, stays as written
    assert speller.repair("nama pelatihan nonton") == "nama pelatihan nonton"


def test_a_word_cut_short_is_the_one_document_word_it_begins():
    speller = Speller(
        ["Biaya transportasi dibebankan pada DPA. Capaian dalam persentase pegawai."],
        tokenize("biaya transportasi beban dpa capai persentase pegawai"),
    )
    assert speller.repair("ongkos transport dibayar siapa") == ("ongkos transportasi dibayar siapa")
    # an Indonesian word of its own is no clipping, and a short start fits too many words
    assert speller.repair("berapa persen hadir") == "berapa persen hadir"
    assert speller.repair("info biaya") == "info biaya"


def test_jakarta_e_for_a_and_ny_for_c_are_the_documents_words():
    """ "klo sy udh nyatet di /jp pandu" is "mencatat"; "catet", "sempet" are "catat", "sempat"."""
    speller = Speller(
        ["Pelatihan yang dicatat di Pandu tidak otomatis masuk. Pegawai sempat mencatat JP."],
        tokenize("latih catat pandu otomatis masuk pegawai sempat jp"),
    )
    assert speller.repair("sy udh nyatet di pandu") == "sy udh mencatat di pandu"
    assert speller.repair("kl sy catet sendiri") == "kl sy catat sendiri"
    assert speller.repair("blm sempet ikut") == "blm sempat ikut"
    assert speller.repair("nonton video") == "nonton video"  # nothing near: as written


def test_a_dictionary_word_is_no_typo_of_a_document_word():
    """ "td liat banner katanya ..." is hearsay ("kata" + "nya"), not "kaitannya"; "bareng"
    is a word of its own, not "barang" with a Jakarta "e"."""
    speller = Speller(
        ["Kaitannya dengan barang milik daerah dicatat tahunan."],
        tokenize("kait barang milik daerah catat tahun"),
    )
    assert speller.repair("katanya ditambah") == "katanya ditambah"
    assert speller.repair("bareng atasan") == "bareng atasan"
    assert speller.repair("catet taun") == "catat tahun"  # still repaired


BLENDS = [
    "Uji kompetensi Gelombang I dilaksanakan 21-23 April 2026.",
    "Uji kompetensi Gelombang II dilaksanakan 18-20 Agustus 2026.",
    "Peserta uji kompetensi membawa kartu pegawai. Surel panitia: ujikom@dinas.go.id.",
    "Rencana strategis Dinas memuat sasaran.",
    "Uji kesehatan dilaksanakan sekali.",
    "Nama: Kelas Rangkap\nkorwil: Korwil I",
    "Nama: Kelas Rangkap\nkorwil: Korwil II",
    "Nama: Kelas Rangkap\nkorwil: Korwil III",
]


def _blends(texts: list[str]) -> Speller:
    return Speller(texts, tokenize(" ".join(texts)))


def test_a_chat_blend_is_the_phrase_whose_word_heads_it_joins():
    """ "ujikom" is "uji kompetensi", written in three passages where the blend is written in
    one (an e-mail address); "renstra" joins a phrase one passage writes: too seldom to tell."""
    speller = _blends(BLENDS)
    assert speller.blend("ujikom") == "uji kompetensi"
    assert speller.repair("ujikom gelombang 2 kapan") == "ujikom gelombang 2 kapan"  # no typo
    assert speller.blend("renstra") is None
    assert speller.blend("ujikes") is None  # "uji kesehatan" is written once
    # words apart across a line break or a mark are no phrase: "rakor" is no "rangkap korwil"
    assert speller.blend("rakor") is None
    # a dictionary word, one whose root is ("sehari": hari), or a word written often is none
    for word in ("pelatihan", "peserta", "kompetensi", "ujian", "sehari", "kebagian"):
        assert speller.blend(word) is None


def test_a_blend_two_phrases_fit_nearly_as_well_is_left_alone():
    both = ["uji kompetensi tahap awal"] * 4 + ["uji komputer tahap awal"] * 3
    assert _blends(both).blend("ujikom") is None
    more = both + ["uji kompetensi tahap akhir"] * 2
    assert _blends(more).blend("ujikom") == "uji kompetensi"


def test_a_chat_ke_verb_is_the_documents_ber_or_ter_verb():
    """ "ketemu" is "bertemu" (the documents write "pertemuan", one stem), "kepake" is
    "terpakai"; a "ke-" word the documents write stays as it is."""
    speller = Speller(
        ["Pertemuan mentoring dua kali sebulan di luar jam kerja. Ruang yang terpakai dicatat."],
        tokenize("Pertemuan mentoring dua kali sebulan di luar jam kerja. Ruang yang terpakai"),
    )
    assert speller.repair("sebulan brp kali ketemu") == "sebulan brp kali bertemu"
    assert tokenize(speller.repair("ruang yg kepake")) == tokenize("ruang yg terpakai")
    assert speller.repair("kepala ruang") == "kepala ruang"
    assert speller.repair("sertifikat keluar kapan") == "sertifikat keluar kapan"


def test_a_chat_word_without_its_vowels_is_the_document_word_with_those_consonants():
    """ "jdwl uji kpn", "tmpt uji dmn": the consonants of "jadwal" and "tempat" in order; a
    skeleton of three ("byr", "spt", "plt") is left alone, as likely an acronym as a word, and
    so is an acronym the asker wrote in capitals or a usual one."""
    speller = Speller(
        [
            "Uji ulang dibayar peserta; peserta membayar sendiri. Peserta bayar sebelum uji.",
            "Jadwal uji diumumkan. Tempat uji di aula. Tempat parkir di belakang.",
            "Sepatu boot dibawa sendiri. Surat tugas dibawa.",
        ],
        tokenize("uji ulang bayar serta jadwal umum tempat aula parkir sepatu boot surat tugas"),
    )
    assert speller.repair("jdwl uji kpn") == "jadwal uji kpn"
    assert speller.repair("tmpt uji dmn") == "tempat uji dmn"
    assert speller.repair("uji ulang byr brp") == "uji ulang byr brp"
    assert speller.repair("spt tugas dr siapa") == "spt tugas dr siapa"  # not "sepatu"
    assert speller.repair("jdwl uji", keep=frozenset({"jdwl"})) == "jdwl uji"


def test_a_skeleton_two_document_words_share_about_as_often_is_left_alone():
    """ "kmps": "kampus" and "kompos" have those consonants and are written as often."""
    speller = Speller(
        ["Kelas di kampus A.", "Kompos dibuat di TPA.", "Kampus B.", "Kompos dijual."],
        tokenize("kelas kampus a kompos buat tpa b jual"),
    )
    assert speller.repair("kelas di kmps") == "kelas di kmps"
    lopsided = Speller(
        ["Kelas di kampus A.", "Kompos dibuat.", "Kampus B.", "Kampus C.", "Kampus D."],
        tokenize("kelas kampus a kompos buat b c d"),
    )
    assert lopsided.repair("kelas di kmps") == "kelas di kampus"
