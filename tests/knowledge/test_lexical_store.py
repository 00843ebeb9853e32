"""The saved BM25 index: versioned folders swapped in by an atomic pointer, so a reader (the
bot reloading) never finds it missing or half-written while ingest saves a new one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ingest.pipeline import Ingestor
from knowledge.search.bm25 import LexicalIndex
from knowledge.search.store import KnowledgeStore

ROOT = Path(__file__).resolve().parents[2]
SAVE_LOOP = """
import sys
import time
from pathlib import Path
from knowledge.search.store import KnowledgeStore
from tests.knowledge.test_lexical_store import index_for
store, seen = KnowledgeStore(Path(sys.argv[1])), Path(sys.argv[3])
for version in range(1, int(sys.argv[2]) + 1):
    store.save_lexical(index_for(version), wait=True)
    deadline = time.monotonic() + 30  # the next save waits until the reader met this one
    while time.monotonic() < deadline and int(seen.read_text() or 0) < version:
        time.sleep(0.001)
"""


def index_for(version: int) -> LexicalIndex:
    """An index whose size tells its version, so a mix of two versions shows."""
    n = 200 + version
    texts = [f"pelatihan dasar cpns angkatan {i} wajib {version} jp" for i in range(n)]
    return LexicalIndex.build([f"v{version}-{i}" for i in range(n)], texts, version)


def whole(index: LexicalIndex | None) -> bool:
    return (
        index is not None
        and len(index.ids) == 200 + index.version
        and all(i.startswith(f"v{index.version}-") for i in index.ids)
        and index.search("cpns angkatan 7", 1)[0][0] == f"v{index.version}-7"
    )


def test_a_reader_never_finds_bm25_missing_or_half_written_while_another_process_saves(
    store, tmp_path
):
    store.save_lexical(index_for(0), wait=True)
    met = tmp_path / "met"  # the newest version read, so saves and reads overlap under any load
    met.write_text("0")
    saver = subprocess.Popen(
        [sys.executable, "-c", SAVE_LOOP, str(store.data_dir), "60", str(met)], cwd=ROOT
    )
    seen, reads = set(), 0
    while saver.poll() is None:
        index = store.saved_lexical()
        assert whole(index), f"read {reads}: missing or mixed BM25 index"
        seen.add(index.version)
        reads += 1
        (tmp_path / "met.tmp").write_text(str(max(seen)))
        (tmp_path / "met.tmp").replace(met)
        if reads % 10 == 0:  # the bot saving what it built, at the same time
            store.save_lexical(index_for(index.version), wait=False)
    assert saver.returncode == 0
    assert len(seen) >= 3, "the saves did not overlap the reads"
    assert store.saved_lexical().version == 60
    assert sorted(p.name for p in store.lexical_dir.iterdir())[0] == "CURRENT"
    assert len(list(store.lexical_dir.iterdir())) == 2  # the pointer and the live folder


def test_a_folder_removed_while_being_read_is_read_again_from_the_new_one(store, monkeypatch):
    store.save_lexical(index_for(1), wait=True)
    load = LexicalIndex.load
    calls = []

    def saved_over_while_reading(folder):
        if not calls:  # another process swaps in version 2 and removes version 1's folder
            store.save_lexical(index_for(2), wait=True)
        calls.append(folder)
        return load(folder)

    monkeypatch.setattr(LexicalIndex, "load", saved_over_while_reading)
    index = store.saved_lexical()
    assert not calls[0].exists() and whole(index) and index.version == 2


def test_an_older_version_never_replaces_a_newer_one(store):
    assert store.save_lexical(index_for(5), wait=True)
    assert not store.save_lexical(index_for(3), wait=True)
    assert store.lexical_version() == 5 and store.saved_lexical().version == 5


def test_bm25_left_by_an_older_pandu_is_replaced(tmp_path, embedder):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "a.md").write_text("# Latsar\n\nLatsar CPNS berlangsung satu tahun.\n")
    data = tmp_path / "data"
    old = index_for(1)  # the layout before: files straight in lexical/, fixed temporary names
    (data / "lexical").mkdir(parents=True)
    old.save(data / "lexical")
    (data / "lexical.tmp").mkdir()
    store = KnowledgeStore(data)
    assert store.saved_lexical() is None
    Ingestor(store, embedder, progress=False).run([kb])
    assert store.saved_lexical().search("latsar", 1)
    assert not (data / "lexical.tmp").exists()
    assert len(list(store.lexical_dir.iterdir())) == 2
