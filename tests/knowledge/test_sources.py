"""The document a question names as its source ("menurut KAK, ...") is read first."""

from __future__ import annotations

from knowledge.answers.sources import named_sources
from knowledge.search.searcher import Hit
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
    """The longest opening of the words after "menurut" that a title holds; a version
    ("menurut aturan baru", "sblm diubah") or a name every document has tells none apart."""
    hits = [
        _hit("perkadis-3-2024-program", "Peraturan Kepala Dinas Nomor 3 Tahun 2024"),
        _hit("perkadis-2-2026-perubahan", "Peraturan Kepala Dinas Nomor 2 Tahun 2026"),
        _hit("panduan-sauh-2029", "Panduan SAUH Edisi 2029"),
    ]
    assert named_sources("Menurut Panduan SAUH Edisi 2029, target PPPK brp?", hits, {}) == {
        "panduan-sauh-2029"
    }
    assert named_sources("menurut perkadis 3/2024 target brp", hits, {}) == {
        "perkadis-3-2024-program"
    }
    assert named_sources("menurut pedoman 2029 honor brp", hits, {}) == set()
    assert named_sources("menurut aturan baru target brp", hits, {}) == set()
    assert named_sources("menurut perkadis 3/2024 sblm diubah, target brp", hits, {}) == set()
    assert named_sources("target PPPK brp?", hits, {}) == set()
