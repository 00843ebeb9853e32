"""`pandu run` as a real process against the local Bot API stand-in on 127.0.0.1: full
conversations over HTTP, a SIGKILL in the middle of onboarding, and the token kept out of
the logs at DEBUG level."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.e2e.conftest import TOKEN, USER
from tests.support.updates import message_update, post_update

pytestmark = pytest.mark.e2e


class Bot:
    """The bot process; its stderr goes to a file the test reads afterwards."""

    def __init__(self, server, data_dir, kb, log_path, **env) -> None:
        self.log_path = log_path
        self.log_from = log_path.stat().st_size if log_path.exists() else 0
        full_env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "PANDU_DATA_DIR": str(data_dir),
            "PANDU_KNOWLEDGE_PATHS": json.dumps([str(kb)]),
            "PANDU_LOG_LEVEL": "DEBUG",
            **env,
        }
        self.log = open(log_path, "ab")  # noqa: SIM115  (closed in stop)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "run"],
            env=full_env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def wait_indexed(self, timeout: float = 180) -> None:
        """Until this run's background indexing is done (answers from the whole index)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with open(self.log_path, "rb") as log:
                log.seek(self.log_from)
                if b"indexing done" in log.read():
                    return
            time.sleep(0.2)
        raise AssertionError("the bot's background indexing did not finish")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self.log.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


def say(server, text: str, fragment: str, timeout: float = 60) -> dict:
    server.mark(USER)
    if text.startswith("/"):
        server.send_command(USER, text)
    else:
        server.send_text(USER, text)
    return _wait(server, fragment, timeout)


def press(server, label: str, fragment: str, timeout: float = 30) -> dict:
    """Press a button; the reply may be a new message or an edit of the menu it was on."""
    server.click(USER, label)
    return server.wait_for_text(USER, fragment, timeout)


def start_a_report(server) -> None:
    """Consent (profile left for later), then a report with its training named."""
    say(server, "/start", "Apakah Anda setuju", timeout=120)
    press(server, "Setuju", "Siapa nama")
    say(server, "/batal", "Dibatalkan")
    say(server, "/laporan", "Nama pelatihan")
    say(server, "Workshop SPBE", "Tanggal pelatihan")


def _wait(server, fragment: str, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        try:
            new = server.wait_for_messages(USER, 1, timeout=max(0.1, deadline - time.monotonic()))
        except TimeoutError:
            raise AssertionError(
                f"no reply containing {fragment!r}: {[m.get('text') for m in server.messages(USER)][-5:]}"
            ) from None
        for message in new:
            if fragment in (message.get("text") or ""):
                return message
        if time.monotonic() > deadline:
            raise AssertionError(
                f"no reply containing {fragment!r}: {[m.get('text') for m in new]}"
            )
        time.sleep(0.05)


def test_sigkill_in_the_middle_of_onboarding_resumes_at_the_same_step(server, kb, tmp_path):
    data, log = tmp_path / "data", tmp_path / "bot.log"
    bot = Bot(server, data, kb, log)
    try:
        say(server, "/start", "Apakah Anda setuju", timeout=120)
        press(server, "Setuju", "Siapa nama")
        say(server, "Budi Santoso", "NIP")
    finally:
        bot.kill()
    bot = Bot(server, data, kb, log)
    try:
        say(server, "198001012005011002", "Unit kerja", timeout=120)
        say(server, "Dinas Pendidikan", "Jabatan")
        say(server, "Analis Kebijakan", "Status")
        done = press(server, "PNS", "Profil tersimpan")
        assert "Budi Santoso" in done["text"] and "198001012005011002" in done["text"]
        bot.wait_indexed()
        answer = say(server, "brp jp minimal setahun utk pns?", "Sumber")
        assert "20 JP" in answer["text"]
        assert [b["text"] for b in answer["reply_markup"]["inline_keyboard"][0]] == ["👍", "👎"]
        press(server, "👎", "alasannya")
        say(server, "kurang contoh", "Terima kasih")
        assert server.chat_actions(USER), "typing action was sent"
    finally:
        bot.stop()
    logs = log.read_text(errors="replace")
    assert TOKEN not in logs and TOKEN.split(":")[1] not in logs
    assert "Traceback" not in logs


def test_catalog_and_answers_from_worker_processes(server, kb, tmp_path):
    bot = Bot(server, tmp_path / "data", kb, tmp_path / "bot.log", PANDU_KNOWLEDGE_PROCESSES="1")
    try:
        bot.wait_indexed()
        assert "20 JP" in say(server, "brp jp minimal setahun?", "Sumber", timeout=120)["text"]
        server.fail_next("sendMessage", status=502)  # a network hiccup: retried, not lost
        assert "Mentor" in say(server, "siapa mentor latsar?", "Sumber")["text"]
        say(server, "/pelatihan", "Katalog pelatihan")
        press(server, "Terdekat", "Pelatihan terdekat")
        detail = press(server, "Kearsipan", "Kode: K1")
        assert "Batas pendaftaran" in detail["text"]
    finally:
        bot.stop()


def test_missing_or_malformed_token_exits_2_without_traceback(tmp_path):
    for token in ("", "not-a-token"):
        env = {**os.environ, "TELEGRAM_BOT_TOKEN": token, "PANDU_DATA_DIR": str(tmp_path)}
        result = subprocess.run(
            [sys.executable, "-m", "bot.cli", "run"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2, result.stderr
        assert "TELEGRAM_BOT_TOKEN" in result.stderr and "Traceback" not in result.stderr


def test_webhook_checks_its_secret_and_answers(server, kb, tmp_path):
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}"  # behind the public https URL, a proxy forwards here
    public = "https://pandu.example.org"
    bot = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "run",
            "--webhook",
            public,
            "--listen",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        env={
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_BASE_URL": server.base_url,
            "PANDU_DATA_DIR": str(tmp_path / "data"),
            "PANDU_KNOWLEDGE_PATHS": json.dumps([str(kb)]),
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        [registered] = server.wait_until(
            lambda: server.calls("setWebhook"), timeout=120, what="setWebhook"
        )
        secret = registered["params"]["secret_token"]
        assert len(secret) >= 32 and registered["params"]["url"] == f"{public}/telegram"
        server.add_chat(USER, "private")
        update = message_update(777, USER, "/bantuan")

        def post(token: str) -> int:
            return post_update(f"{url}/telegram", token, update)

        assert post("salah" + secret[5:]) == 403
        server.mark(USER)
        assert post(secret) == 200
        assert "Yang bisa Pandu lakukan" in server.wait_for_messages(USER, 1, timeout=30)[0]["text"]
    finally:
        bot.terminate()
        bot.wait(timeout=30)


def test_terminal_chat_runs_the_same_flows(kb, tmp_path):
    env = {
        **os.environ,
        "PANDU_DATA_DIR": str(tmp_path / "data"),
        "PANDU_KNOWLEDGE_PATHS": json.dumps([str(kb)]),
    }
    env.pop("TELEGRAM_BOT_TOKEN", None)
    turns = "/start\n1\n/batal\nbrp jp minimal setahun?\n/pelatihan\n1\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "chat"],
        input=turns,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = result.stdout
    assert result.returncode == 0, result.stderr
    assert "[1] ✅ Setuju" in out and "Siapa nama" in out and "Dibatalkan" in out
    assert "20 JP" in out and "Sumber:" in out and "[1] 👍" in out
    assert "Pelatihan terdekat" in out


def test_sigkill_in_the_middle_of_a_report_keeps_the_draft(server, kb, tmp_path):
    data, log = tmp_path / "data", tmp_path / "bot.log"
    bot = Bot(server, data, kb, log)
    try:
        start_a_report(server)
    finally:
        bot.kill()
    bot = Bot(server, data, kb, log)
    try:
        say(server, "10/11/2026 - 12/11/2026", "Berapa JP", timeout=120)
        say(server, "24", "pertama")
    finally:
        bot.stop()
