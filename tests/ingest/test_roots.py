"""What a data dir keeps indexed: national documents always, the agency's folders (set or
remembered in the database), the sample catalog only while there are none; and pruning what
is no longer configured takes it out of the index and the catalog."""

import json

from sqlmodel import select

from ingest.curated import folder_of
from ingest.pipeline import Ingestor
from ingest.roots import LEGACY_FILE, SAMPLES, SHIPPED_DOCS, remember, remembered, roots
from knowledge.search.store import KnowledgeStore
from storage.catalog import Training
from storage.db import session_scope
from tests.fakes import HashEmbedder, markdown_doc


def test_samples_only_until_the_agency_has_folders(tmp_path, migrated_engine):
    data, kb, other = tmp_path / "data", tmp_path / "kb", tmp_path / "other"
    kb.mkdir()
    assert roots(migrated_engine, data, []) == [SHIPPED_DOCS, SAMPLES]
    remember(migrated_engine, data, [kb])
    # once each; the shipped folders are never "remembered"
    remember(migrated_engine, data, [kb, SHIPPED_DOCS, SAMPLES])
    assert remembered(migrated_engine, data) == [kb.resolve()]
    assert roots(migrated_engine, data, []) == [SHIPPED_DOCS, kb.resolve()]
    assert roots(migrated_engine, data, [other]) == [other]  # PANDU_KNOWLEDGE_PATHS, exactly
    folder_of(data).mkdir(parents=True)
    assert roots(migrated_engine, data, [])[-1] == folder_of(data)


def test_every_process_on_the_database_keeps_the_same_folders(tmp_path, migrated_engine):
    """Two workers with data dirs of their own on one database: a folder given to `pandu
    ingest` on either is the agency's knowledge base for both, in the order given."""
    first, second = tmp_path / "kb-dinas", tmp_path / "kb-bkpsdm"
    remember(migrated_engine, tmp_path / "worker-a", [first])
    remember(migrated_engine, tmp_path / "worker-b", [second, first])
    for data in (tmp_path / "worker-a", tmp_path / "worker-b"):
        assert roots(migrated_engine, data, []) == [SHIPPED_DOCS, first, second]


def test_a_data_dir_from_before_hands_its_list_to_the_database_once(tmp_path, migrated_engine):
    data, kb, older = tmp_path / "data", tmp_path / "kb", tmp_path / "lama"
    data.mkdir()
    (data / LEGACY_FILE).write_text(json.dumps([str(older)]))
    remember(migrated_engine, data, [kb])
    assert remembered(migrated_engine, data) == [older, kb.resolve()]
    assert not (data / LEGACY_FILE).exists()  # read once: a later edit of it changes nothing
    (data / LEGACY_FILE).write_text("{rusak")
    assert remembered(migrated_engine, data) == [older, kb.resolve()]
    assert not (data / LEGACY_FILE).exists()


def test_pruning_takes_the_sample_catalog_out_of_the_index_and_the_catalog(tmp_path):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "jp.md").write_text(markdown_doc("jp", "Kewajiban 20 JP", {"Jumlah": "20 JP setahun."}))
    store = KnowledgeStore(tmp_path / "data")
    ingestor = Ingestor(store, HashEmbedder(), progress=False)
    ingestor.run([SAMPLES, kb])
    with session_scope(store.engine) as session:
        assert session.exec(select(Training)).all()
    report = ingestor.prune([SHIPPED_DOCS, kb])
    assert [o.status for o in report.outcomes] == ["removed"]
    with session_scope(store.engine) as session:
        assert session.exec(select(Training)).all() == []
    assert {c.doc_id for c in store.snapshot()[1]} == {"jp"}
    assert ingestor.prune([SHIPPED_DOCS, kb]).outcomes == []
