"""One ingest at a time per data dir, and the vector sweep only under that lock."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.pipeline import Ingestor
from knowledge.search.store import IngestBusy, KnowledgeStore
from storage import index_records as records
from tests.ingest.test_pipeline import state

ROOT = Path(__file__).resolve().parents[2]
HOLD_LOCK = """
import sys
from pathlib import Path
from knowledge.search.store import KnowledgeStore
with KnowledgeStore(Path(sys.argv[1])).writing():
    print("held", flush=True)
    sys.stdin.read()  # until the test closes stdin or kills this process
"""


def hold_ingest_lock(data_dir: Path) -> subprocess.Popen:
    """Another process in the middle of an ingest (it holds the lock until told to stop)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(data_dir)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_ingest_fails_fast_while_another_process_ingests(kb, store, embedder):
    holder = hold_ingest_lock(store.data_dir)
    try:
        started = time.perf_counter()
        with pytest.raises(IngestBusy, match="Ingest lain sedang berjalan di data dir ini"):
            Ingestor(store, embedder, progress=False).run([kb])
        # refused at once: a waiting ingest would block until the holder is killed
        assert time.perf_counter() - started < 5.0
        assert store.version() == 0 and embedder.documents_embedded == 0  # nothing touched
    finally:
        holder.kill()  # like a crash: the kernel drops the lock with the process
        holder.wait()
    report = Ingestor(store, embedder, progress=False).run([kb])
    assert report.count("added") == 2  # no stale lock left behind


def test_a_starting_ingest_does_not_sweep_a_running_ingests_vectors(
    kb, store, embedder, monkeypatch
):
    """Ingest A has written a.md's vectors but not committed its rows when ingest B starts.
    B used to sweep those vectors as strays; A then committed rows without vectors."""
    commit = records.replace_file
    refused = []

    def start_another_ingest_then_commit(session, **kwargs):
        if not refused:
            other = KnowledgeStore(store.data_dir)  # its own lock descriptor, like a process
            try:
                Ingestor(other, embedder, progress=False).run([kb / "b.md"])
            except IngestBusy:
                refused.append(store.collection.count())
        commit(session, **kwargs)

    monkeypatch.setattr(records, "replace_file", start_another_ingest_then_commit)
    Ingestor(store, embedder, progress=False).run([kb / "a.md"])
    assert refused and refused[0] > 0  # B was refused while A's uncommitted vectors existed
    assert set(state(store)) == {str(kb / "a.md")}  # vectors, SQL rows and BM25 agree


def test_sweep_and_reset_need_the_ingest_lock(store, embedder):
    import numpy as np

    store.upsert_vectors(["stray-0001"], np.ones((1, embedder.dim), np.float32), [{"x": 1}])
    with pytest.raises(RuntimeError, match="ingest lock"):
        store.reconcile()
    with pytest.raises(RuntimeError, match="ingest lock"):
        store.reset()
    assert store.collection.count() == 1
    with store.writing():
        assert store.reconcile() == 1
    assert store.collection.count() == 0
