"""Start-up indexing in the background: the bot answers from an empty or partial index at
once and says indexing is running; the thread fills the index, logs progress, and the next
answer, from the full index, carries no note."""

from __future__ import annotations

import logging

from bot.indexing import StartupIndexing
from tests.bot.conftest import USER, Harness, text_of


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
