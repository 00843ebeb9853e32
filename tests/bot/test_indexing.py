"""Start-up indexing in the background: the bot answers from an empty or partial index at
once and says indexing is running; the thread fills the index, logs progress, and the next
answer, from the full index, carries no note."""

from __future__ import annotations

import logging
import threading
import time

from bot.indexing import StartupIndexing
from bot.services import open_store
from bot.settings import Settings
from tests.bot.conftest import USER, Harness, text_of
from tests.fakes import HashEmbedder, markdown_doc


async def consent(bot: Harness) -> None:
    await bot.say("/start")
    await bot.press("Setuju")
    await bot.say("/batal")


async def test_a_new_data_dir_answers_at_once_and_from_the_index_once_filled(
    tmp_path, kb_folder, caplog
):
    bot = Harness(tmp_path / "data")  # nothing indexed yet
    await bot.start()
    services = bot.app.bot_data["services"]
    indexing = StartupIndexing(
        bot.settings, bot.embedder, [kb_folder], on_done=services.answers.settle
    )
    try:
        services.indexing = indexing
        indexing.running.set()  # as run_bot does before the thread starts
        await consent(bot)
        early = text_of(await bot.say("brp jp minimal setahun utk pns?"))
        assert "masih mengindeks" in early and "20 JP" not in early
        with caplog.at_level(logging.INFO, logger="pandu.indexing"):
            indexing.start()
            assert indexing.wait(timeout=120)
        assert any("indexing done" in r.getMessage() for r in caplog.records)
        assert any("chunks/s" in r.getMessage() for r in caplog.records)  # progress lines
        later = text_of(await bot.say("brp jp minimal setahun utk pns?"))
        assert "20 JP" in later and "masih mengindeks" not in later
        assert len(bot.transport.sent_to(USER)) >= 4
    finally:
        await bot.stop()


async def test_a_failing_indexing_leaves_the_bot_answering(tmp_path, kb_folder, caplog):
    bot = Harness(tmp_path / "data")
    bot.ingest(kb_folder)
    (kb_folder / "rusak.pdf").write_bytes(b"%PDF-1.4 cut off")
    indexing = StartupIndexing(bot.settings, bot.embedder, [kb_folder])
    await bot.start()
    try:
        bot.app.bot_data["services"].indexing = indexing
        with caplog.at_level(logging.INFO, logger="pandu.indexing"):
            indexing.start()
            assert indexing.wait(timeout=120)
        assert any("1 failed" in r.getMessage() for r in caplog.records)
        await consent(bot)
        answer = text_of(await bot.say("brp jp minimal setahun utk pns?"))
        assert "20 JP" in answer and "masih mengindeks" not in answer
    finally:
        await bot.stop()


class SlowEmbedder(HashEmbedder):
    """Each batch takes a while (two texts), as the real model's do; the first says it began."""

    batch_size = 2

    def __init__(self) -> None:
        super().__init__()
        self.began = threading.Event()

    def encode_documents(self, texts: list[str]):
        self.began.set()
        time.sleep(0.2)
        return super().encode_documents(texts)


def test_a_stopping_bot_ends_its_indexing_between_batches_and_loses_nothing(tmp_path, caplog):
    """SIGTERM while the knowledge base is being indexed: the batch in hand is written, the
    thread ends before the process does (it used to embed on into a closed thread pool and
    log a traceback per file), and the next start indexes the rest."""
    folder = tmp_path / "kb"
    folder.mkdir()
    for i in range(30):
        sections = {"Isi": f"Ketentuan nomor {i} tentang pelatihan pegawai."}
        (folder / f"dok{i}.md").write_text(markdown_doc(f"dok{i}", f"Dokumen {i}", sections))
    settings = Settings(data_dir=tmp_path / "data", knowledge_paths=[folder])
    embedder = SlowEmbedder()
    indexing = StartupIndexing(settings, embedder, [folder])
    with caplog.at_level(logging.INFO, logger="pandu.indexing"):
        indexing.start()
        assert embedder.began.wait(timeout=30)
        indexing.stop(timeout=30)
    assert not indexing.running.is_set()
    assert any("indexing stopped" in r.getMessage() for r in caplog.records)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    written = indexed_docs(settings)
    assert 0 < len(written) < 30
    again = StartupIndexing(settings, HashEmbedder(), [folder])
    again.start()
    assert again.wait(timeout=60)
    assert indexed_docs(settings) == {f"dok{i}" for i in range(30)}


def indexed_docs(settings: Settings) -> set[str]:
    store = open_store(settings)
    return {chunk.doc_id for chunk in store.snapshot()[1]}
