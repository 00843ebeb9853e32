"""Vectors on a Chroma server (``chroma_url``): ingest and search as with the embedded store,
every process sees every writer's vectors without reopening, and a server that does not
answer is a clear error."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import chromadb
import pytest
from chromadb.config import Settings

from ingest.pipeline import Ingestor
from knowledge.answers.compose import Answerer
from knowledge.search.searcher import Searcher, ranked_docs
from knowledge.search.store import KnowledgeStore, VectorServerUnreachable
from storage.clock import FixedClock
from tests.fakes import HashEmbedder
from tests.knowledge.conftest import TODAY, write_kb
from tests.knowledge.test_live_index import JP_24, churn_doc
from tests.support import chroma_server as chroma_server_module
from tests.support.chroma_server import ChromaServer, free_port

ROOT = Path(__file__).resolve().parents[2]


def dense_texts(store: KnowledgeStore, embedder, query: str, k: int = 3) -> list[str]:
    chunks = {c.id: c.text for c in store.snapshot()[1]}
    return [chunks[cid] for cid, _ in store.dense_search(embedder.encode_query(query), k)]


def test_ingest_search_update_and_rebuild(any_store, kb_dir, embedder):
    """The same store API on both: cosine space, incremental updates, --rebuild."""
    Ingestor(any_store, embedder, progress=False).run([kb_dir])
    answer = Answerer(Searcher(any_store, embedder), clock=FixedClock(TODAY)).answer(
        "brp jp minimal setahun utk pns?"
    )
    assert answer.confident and "20 JP" in answer.text
    assert any_store.collection.configuration_json["hnsw"]["space"] == "cosine"
    stored = any_store.collection.get(limit=1, include=["embeddings"])
    (cid, score), *_ = any_store.dense_search(3 * stored["embeddings"][0], 1)
    assert cid == stored["ids"][0] and score == pytest.approx(1.0, abs=1e-4)  # cosine: 3v ~ v

    (kb_dir / "jp.md").write_text(JP_24)
    assert Ingestor(any_store, embedder, progress=False).run([kb_dir]).count("updated") == 1
    texts = dense_texts(any_store, embedder, "JP minimal setahun")
    assert any("24 JP" in t for t in texts) and not any("20 JP" in t for t in texts)

    before = any_store.collection.name
    Ingestor(any_store, embedder, progress=False).run([kb_dir], rebuild=True)
    assert any("24 JP" in t for t in dense_texts(any_store, embedder, "JP minimal setahun"))
    assert any_store.collection.count() == len(any_store.snapshot()[1])
    if any_store.chroma_url:  # the rebuilt index has a new collection; the old one is gone
        settings = Settings(anonymized_telemetry=False)  # HttpClient writes into it: a new one
        server = chromadb.HttpClient(host=any_store.chroma_url, settings=settings)
        names = [c.name for c in server.list_collections()]
        assert any_store.collection.name != before and before not in names


def test_two_indexes_on_one_server_keep_apart(chroma_server, tmp_path, embedder):
    """Two data dirs (two agencies, or tests) share a server: each has its own collection,
    and one's ingest or rebuild never sweeps the other's vectors."""
    one = KnowledgeStore(tmp_path / "one", chroma_url=chroma_server.url)
    two = KnowledgeStore(tmp_path / "two", chroma_url=chroma_server.url)
    Ingestor(one, embedder, progress=False).run([write_kb(tmp_path / "kb")])
    Ingestor(two, embedder, progress=False).run([tmp_path / "kb"], rebuild=True)
    Ingestor(two, embedder, progress=False).run([tmp_path / "kb"], rebuild=True)
    assert one.collection.name != two.collection.name
    assert one.collection.count() == len(one.snapshot()[1]) > 0


def test_two_stores_see_each_others_writes_without_reopening(chroma_server, kb_dir, tmp_path):
    """As the bot and `pandu ingest` would: two stores, two HTTP clients, one index."""
    embedder = HashEmbedder()
    bot = KnowledgeStore(tmp_path / "data", chroma_url=chroma_server.url)
    bot.open_vectors()
    assert bot.dense_search(embedder.encode_query("JP minimal setahun"), 3) == []
    ingest = KnowledgeStore(tmp_path / "data", chroma_url=chroma_server.url)
    Ingestor(ingest, embedder, progress=False).run([kb_dir])
    bot.forget_cached()  # what the searcher does when the version moves (no reopen)
    assert any("20 JP" in t for t in dense_texts(bot, embedder, "JP minimal setahun"))
    (kb_dir / "jp.md").write_text(JP_24)
    Ingestor(ingest, embedder, progress=False).run([kb_dir])
    bot.forget_cached()
    texts = dense_texts(bot, embedder, "JP minimal setahun")
    assert any("24 JP" in t for t in texts) and not any("20 JP" in t for t in texts)


INGEST = """
import sys
from pathlib import Path
from ingest.pipeline import Ingestor
from knowledge.search.store import KnowledgeStore
from tests.fakes import HashEmbedder
data, kb, url, rebuild = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], sys.argv[4] == "1"
Ingestor(KnowledgeStore(data, chroma_url=url), HashEmbedder(), progress=False).run(
    [kb], rebuild=rebuild
)
"""


def ingest_elsewhere(data: Path, kb: Path, url: str, *, rebuild: bool = False) -> None:
    command = [sys.executable, "-c", INGEST, str(data), str(kb), url, "1" if rebuild else "0"]
    subprocess.run(command, cwd=ROOT, check=True)


def test_another_process_ingests_and_rebuilds_and_this_one_sees_it(
    chroma_server, store_on_server, kb_dir, embedder
):
    """The embedded client would keep answering from its old HNSW until reopened; on the
    server another process's writes show at the next query, and a rebuild (a new collection)
    is found by looking the collection up again."""
    store = store_on_server
    Ingestor(store, embedder, progress=False).run([kb_dir])
    assert any("20 JP" in t for t in dense_texts(store, embedder, "JP minimal setahun"))
    (kb_dir / "jp.md").write_text(JP_24)
    ingest_elsewhere(store.data_dir, kb_dir, chroma_server.url)
    store.forget_cached()
    texts = dense_texts(store, embedder, "JP minimal setahun")  # a KeyError if stale ids
    assert any("24 JP" in t for t in texts) and not any("20 JP" in t for t in texts)

    (kb_dir / "jp.md").write_text(JP_24.replace("24 JP", "30 JP"))
    ingest_elsewhere(store.data_dir, kb_dir, chroma_server.url, rebuild=True)
    store.forget_cached()
    assert any("30 JP" in t for t in dense_texts(store, embedder, "JP minimal setahun"))


@pytest.fixture
def store_on_server(chroma_server, tmp_path) -> KnowledgeStore:
    return KnowledgeStore(tmp_path / "data", chroma_url=chroma_server.url)


class NotChroma(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_a_server_that_does_not_answer_is_a_clear_error(tmp_path, kb_dir, embedder):
    url = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    store = KnowledgeStore(tmp_path / "data", chroma_url=url)  # nothing is reached yet
    with pytest.raises(VectorServerUnreachable, match=re.escape(url)) as raised:
        store.open_vectors()
    assert "tidak dapat dihubungi" in str(raised.value) and raised.value.url == url
    with pytest.raises(VectorServerUnreachable):
        Ingestor(store, embedder, progress=False).run([kb_dir])
    with pytest.raises(VectorServerUnreachable):  # never reached: not silently BM25 only
        store.dense_search(embedder.encode_query("JP"), 3)

    web = ThreadingHTTPServer(("127.0.0.1", 0), NotChroma)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    try:
        other = f"http://127.0.0.1:{web.server_address[1]}"
        with pytest.raises(VectorServerUnreachable, match="bukan server Chroma"):
            KnowledgeStore(tmp_path / "data", chroma_url=other).open_vectors()
    finally:
        web.shutdown()
        web.server_close()


@pytest.mark.parametrize("url", ["127.0.0.1:8000", "ftp://127.0.0.1:8000", "http://", "http://h:x"])
def test_a_malformed_url_is_refused_at_once(tmp_path, url):
    with pytest.raises(ValueError, match="PANDU_CHROMA_URL tidak valid"):
        KnowledgeStore(tmp_path / "data", chroma_url=url)


def test_a_server_gone_after_start_leaves_bm25_answers_and_fails_ingest(tmp_path, kb_dir, embedder):
    """A server that answered once and then went away: questions are answered without
    vectors (logged), an ingest stops with the clear error; back up, vectors return."""
    server = ChromaServer(tmp_path / "chroma").start()
    try:
        store = KnowledgeStore(tmp_path / "data", chroma_url=server.url)
        Ingestor(store, embedder, progress=False).run([kb_dir])
        answerer = Answerer(Searcher(store, embedder), clock=FixedClock(TODAY))
        server.stop()
        assert store.dense_search(embedder.encode_query("JP minimal setahun"), 3) == []
        answer = answerer.answer("brp jp minimal setahun utk pns?")
        assert answer.confident and "20 JP" in answer.text  # BM25 alone finds it
        (kb_dir / "jp.md").write_text(JP_24)
        with pytest.raises(VectorServerUnreachable, match=re.escape(server.url)):
            Ingestor(store, embedder, progress=False).run([kb_dir])
        server = ChromaServer(tmp_path / "chroma", port=server.port).start(tries=1)
        assert any("20 JP" in t for t in dense_texts(store, embedder, "JP minimal setahun"))
    finally:
        server.stop()


CHURN = """
import sys, time
from pathlib import Path
from ingest.pipeline import Ingestor
from knowledge.search.store import KnowledgeStore
from tests.fakes import HashEmbedder
from tests.knowledge.test_live_index import churn_doc, leave_doc
data, kb, seconds, url = Path(sys.argv[1]), Path(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
store = KnowledgeStore(data, chroma_url=url)
store.open_vectors()  # chromadb imported and connected: the ingests start at "ready"
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


def test_answers_stay_right_while_another_process_ingests_on_the_server(chroma_server, tmp_path):
    """test_live_index's bot-while-HR-ingests check with the vectors on a server: two
    question threads, another process ingesting; no reopen is needed to stay right."""
    kb, data = write_kb(tmp_path / "kb"), tmp_path / "data"
    (kb / "tubel.md").write_text(churn_doc(0))
    store = KnowledgeStore(data, chroma_url=chroma_server.url)
    Ingestor(store, HashEmbedder(), progress=False).run([kb])  # as HR did before the bot
    searcher = Searcher(store, HashEmbedder(), reload_every=0.0)
    answerer = Answerer(searcher, clock=FixedClock(TODAY))
    stable_docs = {"kewajiban-jp", "konversi-2019", "konversi-2024", "tukin", "latsar", "katalog"}
    churn = subprocess.Popen(
        [sys.executable, "-c", CHURN, str(data), str(kb), "1.5", chroma_server.url],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert churn.stdout.readline().strip() == "ready"

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
                    assert f"ronde {rounds[1]} " in moving.text
            for hit in searcher.search("tugas belajar dibiayai", k=5, mode="dense"):
                rounds = re.fullmatch(r"(tubel|cuti)-(\d+)", hit.chunk.doc_id)
                assert rounds or hit.chunk.doc_id in stable_docs, hit.chunk.doc_id
            versions.add(searcher.version)
            asked += 1
            time.sleep(0.01)
        return versions, churn_sources

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = [f.result() for f in [pool.submit(ask_while_ingesting) for _ in range(2)]]
    committed = {0, *map(int, churn.stdout.read().split())}
    assert churn.returncode == 0
    assert len(set().union(*(v for v, _ in results))) >= 3, "the ingests did not overlap"
    assert {n for _, sources in results for n in sources} <= committed
    searcher._checked_at = 0.0
    top = ranked_docs(searcher.search("tugas belajar dibiayai", k=3, mode="dense"))[0]
    assert top == f"tubel-{max(committed)}"


def test_a_chroma_that_cannot_start_fails_the_test_with_its_log(tmp_path, monkeypatch):
    monkeypatch.setattr(chroma_server_module, "chroma_binary", lambda: "/bin/false")
    with pytest.raises(pytest.fail.Exception, match="exited with 1; its log"):
        ChromaServer(tmp_path / "chroma").start()
