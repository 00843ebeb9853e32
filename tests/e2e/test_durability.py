"""Crashes while work is in flight: the real bot process is SIGKILLed while it is handling an
update (held at the local Bot API stand-in), and in a soak at random moments."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from benchmarks.soak import run_soak
from tests.e2e.test_run_e2e import USER, Bot, say, start_a_report

pytestmark = pytest.mark.e2e


def _held(server, method: str, timeout: float = 60) -> None:
    """Wait until the bot is inside a call of ``method`` that the stand-in is holding (the
    stand-in records a call when it arrives, with no status until it answers)."""
    deadline = time.monotonic() + timeout
    while not any(c["status"] is None for c in server.calls(method)):
        assert time.monotonic() < deadline, f"{method} never in flight"
        time.sleep(0.02)


def test_a_question_being_answered_at_a_sigkill_is_answered_after_restart(server, kb, tmp_path):
    data, log = tmp_path / "data", tmp_path / "bot.log"
    bot = Bot(server, data, kb, log)
    try:
        say(server, "/bantuan", "Yang bisa Pandu lakukan", timeout=120)
        bot.wait_indexed()  # the answer after the restart comes from the whole index
        server.fail_next("sendChatAction", status=None, delay=5)  # holds the handler here
        server.mark(USER)
        server.send_text(USER, "brp jp minimal setahun?")
        _held(server, "sendChatAction")
    finally:
        bot.kill()  # the update was confirmed to Telegram long ago: only the inbox has it
    assert server.pending_updates() == []
    bot = Bot(server, data, kb, log)
    try:
        answer = server.wait_for_text(USER, "Sumber", timeout=120)
        assert "20 JP" in answer["text"]
    finally:
        bot.stop()
    answers = [m for m in server.messages(USER) if "Sumber" in (m.get("text") or "")]
    assert len(answers) == 1


def test_a_report_step_in_flight_at_a_sigkill_is_applied_once(server, kb, tmp_path):
    data, log = tmp_path / "data", tmp_path / "bot.log"
    bot = Bot(server, data, kb, log)
    try:
        start_a_report(server)
        server.fail_next("sendMessage", status=None, delay=5)  # after the commit, before the reply
        server.send_text(USER, "10/11/2026 - 12/11/2026")
        _held(server, "sendMessage")
    finally:
        bot.kill()
    bot = Bot(server, data, kb, log)
    try:
        server.wait_for_text(USER, "Berapa JP", timeout=120)
        say(server, "24", "pertama")  # the next answer lands on the next step: applied once
    finally:
        bot.stop()
    with sqlite3.connect(data / "pandu.db") as con:
        step, raw = con.execute("SELECT step, data_json FROM flow_draft").fetchone()
    stored = json.loads(raw)
    assert step == "lesson1"
    assert (stored["start_date"], stored["end_date"], stored["jp"]) == (
        "2026-11-10",
        "2026-11-12",
        24,
    )


def test_soak_fifty_sigkills_while_filling_reports(tmp_path):
    stats = run_soak(kills=50, seconds=900, workdir=tmp_path)
    print(json.dumps(stats))
    assert stats["kills"] >= 50, stats
    assert stats["reports_submitted"] >= 3 and stats["reports_stored"] == stats["reports_submitted"]
    assert stats["lost_replies"] == stats["duplicated_reports"] == stats["missing_reports"] == 0
    assert stats["wrong_fields"] == 0 and stats["unique_references"], stats
    assert stats["resumes_checked"] > 0 and stats["resumes_wrong"] == 0, stats
    assert stats["error_replies"] == 0, stats


def test_a_button_pressed_while_the_bot_was_down_still_acts(server, kb, tmp_path):
    server.callback_query_ttl = 1.0  # Telegram: "query is too old" after ~15 s
    data, log = tmp_path / "data", tmp_path / "bot.log"
    bot = Bot(server, data, kb, log)
    try:
        say(server, "/start", "Apakah Anda setuju", timeout=120)
    finally:
        bot.kill()
    server.click(USER, "Setuju")  # pressed while Pandu is down
    time.sleep(1.5)
    bot = Bot(server, data, kb, log)
    try:
        server.wait_for_text(USER, "Siapa nama", timeout=120)
    finally:
        bot.stop()
    answers = [c for c in server.calls("answerCallbackQuery")]
    assert answers and all(c["error"] for c in answers)  # too old to answer, acted on anyway
    assert "Traceback" not in log.read_text(errors="replace")


def test_ingest_in_another_process_while_the_bot_answers_a_stream_of_questions(server, tmp_path):
    import os
    import subprocess
    import sys
    import threading

    from tests.fakes import markdown_doc
    from tests.knowledge.conftest import write_kb

    kb = write_kb(tmp_path / "kb")
    data, log = tmp_path / "data", tmp_path / "bot.log"
    bot = Bot(server, data, kb, log)
    env = {**os.environ, "PANDU_DATA_DIR": str(data), "PANDU_LOG_LEVEL": "WARNING"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    stop = threading.Event()
    ingests: list[int] = []

    def reindex() -> None:  # documents change and are re-ingested, again and again
        n = 0
        while not stop.is_set():
            n += 1
            extra = kb / "extra.md"
            if n % 2:
                extra.write_text(
                    markdown_doc(
                        f"extra-{n}", f"Edaran {n}", {"Isi": f"Edaran nomor {n} tentang cuti."}
                    )
                )
            elif extra.exists():
                extra.unlink()
            done = subprocess.run(
                [sys.executable, "-m", "bot.cli", "ingest", str(kb)],
                env=env,
                capture_output=True,
                timeout=300,
            )
            ingests.append(done.returncode)

    try:
        bot.wait_indexed()
        say(server, "brp jp minimal setahun?", "Sumber", timeout=120)
        worker = threading.Thread(target=reindex)
        worker.start()
        answers = []
        while len(ingests) < 4 or len(answers) < 12:
            answers.append(say(server, "brp jp minimal setahun?", "Sumber", timeout=60)["text"])
        stop.set()
        worker.join(timeout=300)
    finally:
        stop.set()
        bot.stop()
    assert all("20 JP" in a and "Kewajiban 20 JP" in a for a in answers)
    assert 0 in ingests and set(ingests) <= {0, 3}  # done, or refused while another ran
    assert not any("terjadi kesalahan" in (m.get("text") or "") for m in server.messages(USER))
    assert "Traceback" not in log.read_text(errors="replace")
