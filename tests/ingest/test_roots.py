"""What a data dir keeps indexed: national documents always, the agency's folders (set or
remembered), the sample catalog only while there are none; and pruning what is no longer
configured takes it out of the index and the catalog."""

from sqlmodel import select

from ingest.curated import folder_of
from ingest.pipeline import Ingestor
from ingest.roots import SAMPLES, SHIPPED_DOCS, remember, remembered, roots
from knowledge.search.store import KnowledgeStore
from storage.catalog import Training
from storage.db import session_scope
from tests.fakes import HashEmbedder, markdown_doc


def test_samples_only_until_the_agency_has_folders(tmp_path):
    data, kb, other = tmp_path / "data", tmp_path / "kb", tmp_path / "other"
    kb.mkdir()
    assert roots(data, []) == [SHIPPED_DOCS, SAMPLES]
    remember(data, [kb])
    remember(data, [kb, SHIPPED_DOCS])  # once each; the shipped folders are never "remembered"
    assert remembered(data) == [kb.resolve()]
    assert roots(data, []) == [SHIPPED_DOCS, kb.resolve()]
    assert roots(data, [other]) == [other]  # PANDU_KNOWLEDGE_PATHS, exactly
    folder_of(data).mkdir()
    assert roots(data, [])[-1] == folder_of(data)


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
