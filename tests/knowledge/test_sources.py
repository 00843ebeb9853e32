"""The document a question names as its source ("menurut KAK, ...") is read first."""

from __future__ import annotations

from knowledge.answers.sources import named_sources
from knowledge.search.searcher import Hit
from knowledge.text.articles import long_form
from storage.index_records import ChunkRecord
from tests.knowledge.test_answer import answerer_over

KAK = """# KAK Bimtek Penilaian Kesehatan Koperasi 2031

## Peserta, Waktu, dan Tempat

| Angkatan | Tanggal | Tempat |
|---|---|---|
| I | 8-10 September 2031 | Aula Dinas |
| II | 20-22 Oktober 2031 | Hotel Mendawai Indah |
"""

EMAIL = """Subjek: Re: Konfirmasi Peserta Bimtek Penilaian Kesehatan Koperasi Angkatan II

Mohon dicatat perubahan tempat: Bimtek Penilaian Kesehatan Koperasi Angkatan II diadakan
di Gedung UPT Pelatihan Wilayah Pesisir, bukan di hotel.
Peserta Bimtek Angkatan II hadir pukul 07.30 WIB.
"""


def test_the_document_named_after_menurut_answers_first(tmp_path, store, embedder):
    """ "menurut KAK": the terms of reference's place, cited first, though the e-mail that
    moved the batch says more of the question's words."""
    docs = {"kak-bimtek-pkk-2031.md": KAK, "email-bimtek-angkatan-ii.txt": EMAIL}
    answerer = answerer_over(tmp_path, store, embedder, docs)
    named = answerer.answer("menurut KAK, bimtek angkatan II diadakan di mana?")
    assert named.outcome != "refusal"
    assert named.sources[0].source == "kak-bimtek-pkk-2031.md"
    assert "Hotel Mendawai Indah" in named.text


def _hit(doc_id: str, title: str) -> Hit:
    record = ChunkRecord(
        id=doc_id,
        file_path=f"{doc_id}.md",
        source=f"{doc_id}.md",
        doc_id=doc_id,
        title=title,
        text="...",
    )
    return Hit(record, 0.0)


def test_a_source_is_named_by_its_title_its_number_or_its_acronym():
    """The longest opening of the words after "menurut" that a title holds, every figure of
    it kept; a number names only the document whose own number it is; a version ("aturan
    baru", "sblm diubah"), a criterion ("berdasarkan golongan") or a name every document
    read has tells none apart."""
    hits = [
        _hit("perkadis-3-2024-program", "Peraturan Kepala Dinas Nomor 3 Tahun 2024"),
        _hit(
            "perkadis-2-2026-perubahan", "Perubahan atas Peraturan Kepala Dinas Nomor 3 Tahun 2024"
        ),
        _hit("panduan-sauh-2029", "Panduan SAUH Edisi 2029"),
        _hit("jadwal-pelatihan-2031", "Jadwal Pelatihan 2031"),
        _hit("se-019-2025-sikap", "Surat Edaran Sekretaris tentang SIKAP"),
        _hit("kak-bimtek-2031", "KAK Bimtek Penilaian Kesehatan Koperasi 2031"),
    ]
    own = {"perkadis-3-2024-program": "3 tahun 2024", "perkadis-2-2026-perubahan": "2 tahun 2026"}

    def named(question: str) -> set[str]:
        def written(hit: Hit) -> bool | None:
            number = own.get(hit.chunk.doc_id)
            return None if number is None else number in long_form(question.lower())

        return named_sources(question, hits, lambda: {"se": "surat edaran"}, written)

    assert named("Menurut Panduan SAUH Edisi 2029, target PPPK brp?") == {"panduan-sauh-2029"}
    assert named("menurut perkadis 3/2024 target brp") == {"perkadis-3-2024-program"}
    assert named("menurut buletin SIKAP, rekap dikirim tgl brp?") == set()  # no such title
    assert named("menurut surat sekretaris, rekap dikirim tgl brp?") == {"se-019-2025-sikap"}
    # a rule without its number: the base or its amendment, for the rules' reading to tell
    assert named("menurut peraturan kepala dinas, target brp?") == set()
    assert named("menurut SE, rekap dikirim tgl brp?") == set()
    assert named("menurut KAK peserta baru wajib bawa apa") == {"kak-bimtek-2031"}
    assert named("menurut jadwal pelatihan 2030, PBJ kapan?") == set()  # not the 2031 one
    assert named("menurut pedoman 2029 honor brp") == set()
    assert named("menurut aturan baru target brp") == set()
    assert named("menurut perkadis 3/2024 sblm diubah, target brp") == set()
    assert named("kuota dibagi berdasarkan jadwal pelatihan?") == set()
    assert named("target PPPK brp?") == set()
