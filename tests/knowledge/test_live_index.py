"""A running searcher while the index changes under it: a rebuild, and an ingest in another
process while questions keep coming."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ingest.pipeline import Ingestor
from knowledge.answers.compose import Answerer
from knowledge.search.searcher import Searcher, ranked_docs
from knowledge.search.store import KnowledgeStore
from storage.clock import FixedClock
from tests.fakes import HashEmbedder, markdown_doc
from tests.knowledge.conftest import DOCS, TODAY, write_kb

ROOT = Path(__file__).resolve().parents[2]
JP_24 = DOCS["jp.md"].replace("paling sedikit 20 JP", "paling sedikit 24 JP")


def test_version_only_grows_and_a_searcher_opened_before_a_rebuild_sees_the_new_index(
    kb_dir, store, embedder
):
    Ingestor(store, embedder, progress=False).run([kb_dir])
    before = store.version()
    searcher = Searcher(KnowledgeStore(store.data_dir), embedder)  # the bot's own store
    assert "20 JP" in searcher.search("berapa JP minimal setahun", k=1)[0].chunk.text
    (kb_dir / "jp.md").write_text(JP_24)  # as many files as before: same count of commits
    Ingestor(store, embedder, progress=False).run([kb_dir], rebuild=True)
    assert store.version() > before
    searcher._checked_at = 0.0  # the reload check runs at most every couple of seconds
    for mode in ("hybrid", "bm25", "dense"):  # dense: the searcher reopened its Chroma client
        texts = [h.chunk.text for h in searcher.search("JP minimal setahun", k=3, mode=mode)]
        assert any("24 JP" in t for t in texts) and not any("20 JP" in t for t in texts), mode


REBUILD = """
import sys
from pathlib import Path
from ingest.pipeline import Ingestor
from knowledge.search.store import KnowledgeStore
from tests.fakes import HashEmbedder
Ingestor(KnowledgeStore(Path(sys.argv[1])), HashEmbedder(), progress=False).run(
    [Path(sys.argv[2])], rebuild=True
)
"""


def test_dense_search_survives_another_process_replacing_the_collection(kb_dir, store, embedder):
    """`pandu ingest --rebuild` deletes the Chroma collection this process is querying; until
    the searcher's next reload notices, its queries used to raise NotFoundError."""
    Ingestor(store, embedder, progress=False).run([kb_dir])
    vector = embedder.encode_query("berapa JP minimal setahun")
    assert store.dense_search(vector, 3)
    (kb_dir / "jp.md").write_text(JP_24)
    subprocess.run(
        [sys.executable, "-c", REBUILD, str(store.data_dir), str(kb_dir)], cwd=ROOT, check=True
    )
    ids = [cid for cid, _ in store.dense_search(vector, 3)]
    rebuilt = KnowledgeStore(store.data_dir).collection.get(include=[])["ids"]
    assert ids and set(ids) <= set(rebuilt)


def test_a_reopen_by_one_store_leaves_other_stores_on_the_path_working(kb_dir, store, embedder):
    """Chroma shares one client system per path in a process, and a reopen stops it: the
    ingest's store must not be left holding a stopped client (it used to fail)."""
    Ingestor(store, embedder, progress=False).run([kb_dir])
    KnowledgeStore(store.data_dir).reopen_vectors()  # the bot's searcher, seeing a new version
    (kb_dir / "jp.md").write_text(JP_24)
    assert Ingestor(store, embedder, progress=False).run([kb_dir]).count("updated") == 1
    vector = embedder.encode_query("JP minimal setahun")
    assert store.dense_search(vector, 3)


CHURN = """
import sys, time
from pathlib import Path
from ingest.pipeline import Ingestor
from knowledge.search.store import KnowledgeStore
from tests.fakes import HashEmbedder
from tests.knowledge.test_live_index import churn_doc, leave_doc
data, kb, seconds = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3])
store = KnowledgeStore(data)
store.open_vectors()  # chromadb imported (1-2 s) and opened: the ingests start at "ready"
ingestor = Ingestor(store, HashEmbedder(), progress=False)
print("ready", flush=True)
end, n = time.monotonic() + seconds, 0
while time.monotonic() < end or n < 4:
    n += 1
    (kb / "tubel.md").write_text(churn_doc(n))
    extra = kb / "sementara.md"
    if n % 2:
        extra.write_text(leave_doc(n))
    else:
        extra.unlink(missing_ok=True)
    ingestor.run([kb])
    print(n, flush=True)
"""


def churn_doc(n: int) -> str:
    sections = {
        f"Bagian {j}": f"Tugas belajar ronde {n} bagian {j} dibiayai instansi." for j in range(8)
    }
    return markdown_doc(f"tubel-{n}", "Tugas Belajar", sections)


def leave_doc(n: int) -> str:
    return markdown_doc(f"cuti-{n}", "Cuti Besar", {"Isi": f"Cuti besar ronde {n} tiga bulan."})


def test_answers_stay_right_while_another_process_ingests(tmp_path):
    """The bot answers a stream of questions on two threads (its default pool) while HR
    re-indexes in another process (files changed, added and removed, vectors replaced, BM25
    saved): no exception, the stable answer never changes, every source is a document some
    ingest committed, quoted with its own text, and BM25 always matches the chunks held."""
    kb, data = write_kb(tmp_path / "kb"), tmp_path / "data"
    (kb / "tubel.md").write_text(churn_doc(0))
    Ingestor(KnowledgeStore(data), HashEmbedder(), progress=False).run([kb])
    searcher = Searcher(KnowledgeStore(data), HashEmbedder(), reload_every=0.0)
    answerer = Answerer(searcher, clock=FixedClock(TODAY))
    stable_docs = {"kewajiban-jp", "konversi-2019", "konversi-2024", "tukin", "latsar"}
    churn = subprocess.Popen(
        [sys.executable, "-c", CHURN, str(data), str(kb), "1.5"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert churn.stdout.readline().strip() == "ready"  # Chroma open: the ingests start now

    def ask_while_ingesting() -> tuple[set[int], list[int]]:
        versions, churn_sources, asked = set(), [], 0
        while churn.poll() is None or asked < 10:
            stable = answerer.answer("brp jp minimal setahun utk pns?")
            assert stable.confident and "20 JP" in stable.text
            assert stable.sources[0].source == "jp.md"
            moving = answerer.answer("tugas belajar dibiayai siapa?")
            for source in moving.sources:
                rounds = re.fullmatch(r"tubel-(\d+)", source.doc_id)
                assert rounds or source.doc_id in stable_docs, source.doc_id
                if rounds:
                    churn_sources.append(int(rounds[1]))
                    assert f"ronde {rounds[1]} " in moving.text  # the passage is its doc's
            for hit in searcher.search("tugas belajar dibiayai", k=5):  # uncached: Chroma too
                rounds = re.fullmatch(r"(tubel|cuti)-(\d+)", hit.chunk.doc_id)
                assert rounds or hit.chunk.doc_id in stable_docs, hit.chunk.doc_id
                if rounds and rounds[1] == "tubel":
                    churn_sources.append(int(rounds[2]))
            assert searcher.lexical.version == searcher.version  # BM25 of the chunks it holds
            versions.add(searcher.version)
            asked += 1
            time.sleep(0.01)  # a busy bot, not a tight loop starving the other process
        return versions, churn_sources

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [f.result() for f in [pool.submit(ask_while_ingesting) for _ in range(2)]]
    committed = {0, *map(int, churn.stdout.read().split())}
    assert churn.returncode == 0
    versions = set().union(*(v for v, _ in results))
    churn_sources = {n for _, sources in results for n in sources}
    assert len(versions) >= 3, "the ingests did not overlap the questions"
    assert churn_sources and churn_sources <= committed
    searcher._checked_at = 0.0
    for mode in ("bm25", "dense"):
        top = ranked_docs(searcher.search("tugas belajar dibiayai", k=3, mode=mode))[0]
        assert top == f"tubel-{max(committed)}", mode
