"""A handbook written on a rule since replaced gives way to the replacing rule where that
states what was asked (knowledge/answers/versions.py)."""

from knowledge.reading import analyse
from knowledge.search.searcher import Searcher
from tests.knowledge.conftest import TODAY
from tests.knowledge.test_answer import answerer_over

OLD = """# Peraturan Kepala Dinas Nomor 11 Tahun 2024 tentang Pengembangan Kompetensi

## Pasal 7

Rencana Pengembangan Kompetensi (RPK) disetujui oleh Kepala Subbagian Umum dan Kepegawaian.
"""
NEW = """# Peraturan Kepala Dinas Nomor 4 Tahun 2028 tentang Program KIPRAH

## Pasal 7

(1) Setiap Pegawai menyusun RPK paling lambat tanggal 28 Februari.
(2) RPK disetujui oleh atasan langsung dan dicatat dalam SILAJU.

## Pasal 20

Dengan berlakunya Peraturan ini, Peraturan Kepala Dinas Nomor 11 Tahun 2024 dicabut.
"""
HANDBOOK = """# Pedoman Program KIPRAH Edisi 2028

## Dasar hukum

Pedoman ini disusun berdasarkan Peraturan Kepala Dinas Nomor 11 Tahun 2024 tentang
Pengembangan Kompetensi.

## 7.1 Rencana Pengembangan Kompetensi Individu

Setiap pegawai menyusun Rencana Pengembangan Kompetensi (RPK) bersama atasan langsung. RPK
disetujui oleh Kepala Subbagian Umum dan Kepegawaian. Format RPK ada di Lampiran II.

## 9.1 Jumat Belajar

Jumat Belajar diadakan setiap Jumat pukul 13.30 di Aula Serindit.
"""


def test_the_replacing_rule_answers_over_a_handbook_on_the_old_one(tmp_path, store, embedder):
    files = {"perkadis-11-2024.md": OLD, "perkadis-4-2028.md": NEW, "pedoman.md": HANDBOOK}
    answerer = answerer_over(tmp_path, store, embedder, files)
    searcher: Searcher = answerer.searcher
    assert searcher.doc("pedoman").follows_replaced == ["perkadis-4-2028"]
    assert not searcher.doc("perkadis-4-2028").follows_replaced  # it cites both: it revokes
    now = answerer.answer("RPK sekarang disetujui siapa?")
    assert now.outcome == "answer" and "atasan langsung dan dicatat" in now.text
    assert now.sources[0].doc_id == "perkadis-4-2028"
    assert "masih mengacu pada aturan yang telah diganti" in now.text
    # what the new rule does not say is still the handbook's, without a note
    friday = answerer.answer("Jumat Belajar jam berapa?")
    assert friday.sources[0].doc_id == "pedoman" and "13.30" in friday.text
    assert "masih mengacu" not in friday.text
    # asked of the old rule, the handbook's old value is not replaced; asked without saying
    # "now", the handbook answers (the rule need not hold its figures and names)
    before = answerer.answer("dulu RPK disetujui siapa?")
    assert "Kepala Subbagian Umum dan Kepegawaian" in before.text
    plain = answerer.answer("RPK disetujui oleh siapa?")
    assert plain.sources[0].doc_id == "pedoman" and "masih mengacu" not in plain.text
    rule = answerer.answer("menurut perkadis baru RPK disetujui siapa?")
    assert rule.sources[0].doc_id == "perkadis-4-2028"


def test_a_handbook_passage_giving_the_replaced_rule_as_its_source_gives_way(
    tmp_path, store, embedder
):
    """ "Target JP menurut Peraturan Kepala Dinas Nomor 11 Tahun 2024 adalah ..." is the old
    rule's value even asked plainly: the replacing rule's passage answers, with the note."""
    handbook = HANDBOOK + (
        "\n## 3.1 Target JP\n\nTarget JP menurut Peraturan Kepala Dinas Nomor 11 Tahun 2024 "
        "adalah 20 JP setiap tahun bagi PNS jabatan fungsional.\n"
    )
    new = NEW + "\n## Pasal 5\n\nTarget JP PNS jabatan fungsional adalah 32 JP setiap tahun.\n"
    files = {"perkadis-11-2024.md": OLD, "perkadis-4-2028.md": new, "pedoman.md": handbook}
    answerer = answerer_over(tmp_path, store, embedder, files)
    target = answerer.answer("berapa target JP PNS jabatan fungsional?")
    assert target.sources[0].doc_id == "perkadis-4-2028" and "32 JP" in target.text
    assert "masih mengacu pada aturan yang telah diganti" in target.text
    # a passage of the handbook that names no rule still answers as the handbook's
    plain = answerer.answer("RPK disetujui oleh siapa?")
    assert plain.sources[0].doc_id == "pedoman" and "masih mengacu" not in plain.text


AMENDMENT = """# Peraturan Kepala Dinas Nomor 2 Tahun 2028 tentang Perubahan atas Peraturan Kepala Dinas Nomor 11 Tahun 2024 tentang Pengembangan Kompetensi

## Pasal I

Beberapa ketentuan dalam Peraturan Kepala Dinas Nomor 11 Tahun 2024 tentang Pengembangan
Kompetensi diubah sebagai berikut:
1. Ketentuan Pasal 7 diubah, sehingga berbunyi sebagai berikut:
RPK disetujui oleh atasan langsung dan dicatat di SILAJU.

## Pasal II

Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Maret 2028.
"""


def test_an_amending_rule_answers_what_it_changed_over_a_handbook_asked_now(
    tmp_path, store, embedder
):
    """A handbook on a rule since amended (not replaced) may give a changed value: asked what
    holds now, the amendment's passage answers with its note; what it did not change, and
    what is asked without "now", stay the handbook's."""
    files = {"perkadis-11-2024.md": OLD, "perkadis-2-2028.md": AMENDMENT, "pedoman.md": HANDBOOK}
    answerer = answerer_over(tmp_path, store, embedder, files)
    searcher: Searcher = answerer.searcher
    assert searcher.doc("pedoman").follows_replaced == ["perkadis-2-2028"]
    assert not searcher.doc("perkadis-2-2028").replaced_whole  # it amends, the rest stands
    now = answerer.answer("menurut ketentuan yang berlaku, RPK pegawai disetujui siapa?")
    assert now.sources[0].doc_id == "perkadis-2-2028" and "atasan langsung" in now.text
    assert "Kepala Subbagian" not in now.text
    handbook = next(
        h for h in searcher.search("RPK pegawai disetujui") if h.chunk.doc_id == "pedoman"
    )
    amended = next(h for h in searcher.search("RPK disetujui") if h.chunk.doc_id != "pedoman")
    q = analyse("RPK pegawai sekarang disetujui siapa?", today=TODAY)
    best, note = answerer.versions.over_follower(q, handbook, [handbook, amended])
    assert best is amended and "sebagian ketentuannya telah diubah" in note
    friday = answerer.answer("Jumat Belajar sekarang jam berapa?")
    assert friday.sources[0].doc_id == "pedoman" and "13.30" in friday.text
    plain = answerer.answer("RPK disetujui oleh siapa?")
    assert plain.sources[0].doc_id == "pedoman"


def test_a_second_amendment_does_not_follow_the_first(tmp_path, store, embedder):
    """Two amendments of one rule each cite only the rule they amend: neither is a handbook
    written on the rule the other changed."""
    second = AMENDMENT.replace("Nomor 2 Tahun 2028", "Nomor 5 Tahun 2030").replace(
        "Ketentuan Pasal 7", "Ketentuan Pasal 9"
    )
    files = {
        "perkadis-11-2024.md": OLD,
        "perkadis-2-2028.md": AMENDMENT,
        "perkadis-5-2030.md": second,
        "pedoman.md": HANDBOOK,
    }
    searcher: Searcher = answerer_over(tmp_path, store, embedder, files).searcher
    assert searcher.doc("perkadis-2-2028").follows_replaced == []
    assert searcher.doc("perkadis-5-2030").follows_replaced == []
    assert sorted(searcher.doc("pedoman").follows_replaced) == [
        "perkadis-2-2028",
        "perkadis-5-2030",
    ]


TARGET_RULE = """# Peraturan Kepala Dinas Nomor 2 Tahun 2029 tentang Program JANGKAR

## Pasal 4

(1) Setiap PNS wajib memenuhi paling sedikit 20 (dua puluh) JP dalam 1 (satu) tahun.
(2) Setiap PPPK wajib memenuhi paling sedikit 12 (dua belas) JP dalam 1 (satu) tahun kontrak.

## Pasal 6

Coaching dihitung 2 (dua) JP untuk setiap sesi.
"""
TARGET_AMENDMENT = """# Peraturan Kepala Dinas Nomor 1 Tahun 2030 tentang Perubahan atas Peraturan Kepala Dinas Nomor 2 Tahun 2029

## Pasal I

Beberapa ketentuan dalam Peraturan Kepala Dinas Nomor 2 Tahun 2029 diubah sebagai berikut:
1. Ketentuan Pasal 4 ayat (2) diubah, sehingga Pasal 4 berbunyi sebagai berikut:

## Pasal 4

(1) Setiap PNS wajib memenuhi paling sedikit 20 (dua puluh) JP dalam 1 (satu) tahun.
(2) Setiap PPPK wajib memenuhi paling sedikit 16 (enam belas) JP dalam 1 (satu) tahun kontrak.

## Pasal II

Peraturan Kepala Dinas ini mulai berlaku pada tanggal 1 Mei 2030.
"""
TARGET_HANDBOOK = """# Pedoman Program JANGKAR 2030

## 3.1 Target JP Tahunan

Target JP tahunan ditetapkan dalam Pasal 4 Peraturan Kepala Dinas Nomor 2 Tahun 2029
sebagai berikut.

| Kategori pegawai | Target paling sedikit |
|---|---|
| PNS | 20 JP per tahun |
| PPPK | 12 JP per tahun |

## 3.2 Rencana belajar

Target JP dan rencana belajar pegawai disusun bersama atasan langsung setiap Januari.
"""


def _over_amended_target(tmp_path, store, embedder, handbook: str, searched: str, asked: str):
    """The handbook passage citing Pasal 4 (found by ``searched``), read over for ``asked``."""
    files = {
        "perkadis-2-2029.md": TARGET_RULE,
        "perkadis-1-2030.md": TARGET_AMENDMENT,
        "pedoman.md": handbook,
    }
    answerer = answerer_over(tmp_path, store, embedder, files)
    hit = next(
        h
        for h in answerer.searcher.search(searched)
        if h.chunk.doc_id == "pedoman" and "Pasal 4" in h.chunk.text
    )
    q = analyse(asked, today=TODAY)
    return answerer.versions.over_follower(q, hit, [hit])


def test_the_amended_article_a_handbook_cites_answers_now_whatever_its_words(
    tmp_path, store, embedder
):
    """The handbook's "Target JP ... ditetapkan dalam Pasal 4" gives the old 12 JP; the
    amendment changed Pasal 4 and writes "wajib memenuhi paling sedikit 16 JP" (no "target"):
    asked what holds now, that article answers."""
    asked = "Sekarang target JP PPPK berapa setahun?"
    best, note = _over_amended_target(
        tmp_path, store, embedder, TARGET_HANDBOOK, "target JP tahunan PPPK", asked
    )
    assert best.chunk.doc_id == "perkadis-1-2030" and "16 (enam belas) JP" in best.chunk.text
    assert "sebagian ketentuannya telah diubah" in note


def test_an_amended_article_answers_only_a_fact_it_holds(tmp_path, store, embedder):
    """Asked now whether coaching counts, the handbook's sentence on coaching answers, though
    its passage cites the amended Pasal 4 too (a yes/no ask is no fact the article holds)."""
    handbook = TARGET_HANDBOOK.replace(
        "| PPPK | 12 JP per tahun |\n",
        "| PPPK | 12 JP per tahun |\n\nKegiatan coaching diakui sebagai pemenuhan target bila "
        "dicatat di SI-SAMPAN.\n",
    )
    asked = "Apakah sekarang coaching diakui sebagai pemenuhan target JP?"
    best, _ = _over_amended_target(
        tmp_path, store, embedder, handbook, "coaching diakui pemenuhan target", asked
    )
    assert best.chunk.doc_id == "pedoman"


OLD_SE = """# Surat Edaran Nomor 800.1/027/Dinas/2029 tentang Jumat Belajar

## Ketentuan

Jumat Belajar dilaksanakan setiap hari Jumat pukul 07.30-09.00 WIB, setelah apel pagi.
"""
NEW_SE = """# Surat Edaran Nomor 800.1/061/Dinas/2030

## Ketentuan

a. Kamis Belajar dilaksanakan setiap hari Kamis pukul 13.30-15.30 WIB.
b. Kehadiran dicatat melalui pindai kode QR paling lambat pukul 16.00 WIB.

## Pencabutan

Dengan berlakunya Surat Edaran ini, Surat Edaran Nomor 800.1/027/Dinas/2029 tentang Jumat
Belajar dicabut dan dinyatakan tidak berlaku.
"""
GUIDE = """# Buku Panduan Belajar Edisi 2029

## 9.2 Jumat Belajar

Sesuai Surat Edaran Nomor 800.1/027/Dinas/2029, setiap hari Jumat pukul 07.30-09.00 WIB
disediakan sebagai waktu belajar terjadwal bagi pegawai.
"""


def test_what_holds_now_of_a_handbook_citing_a_replaced_circular_is_the_new_circulars(
    tmp_path, store, embedder
):
    """ "sekarang jadwal belajar terjadwal jam brp": the handbook's passage names the circular
    replaced whole; the replacing circular's passage stating a time answers, though its words
    ("Kamis Belajar") are not the question's ("waktu belajar terjadwal")."""
    files = {"se-2029.md": OLD_SE, "se-2030.md": NEW_SE, "panduan.md": GUIDE}
    answerer = answerer_over(tmp_path, store, embedder, files)
    now = answerer.answer("sekarang waktu belajar terjadwal hari apa jam brp?")
    assert now.outcome == "answer" and now.sources[0].doc_id == "se-2030"
    assert "13.30-15.30" in now.text and "masih mengacu" in now.text
